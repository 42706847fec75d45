import { Heading } from '@digdir/designsystemet-react';
import type { Route } from './+types/edit';
import { loadPeerForEdit, savePeer } from './peer-form.server';
import { PageTitle } from '../../shared/ui/page';
import { PeerForm } from './components/peer-form';
import { emptyFormErrors } from '../../shared/forms/form-errors';
import { useI18n } from '../../shared/i18n/i18n-context';
import { portalPath } from '../../shared/layout/portals';

export function loader({ params, context }: Route.LoaderArgs) {
  return loadPeerForEdit(params, context);
}

export function action({ request, params, context }: Route.ActionArgs) {
  return savePeer(request, params, context);
}

export default function EditPeerPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { portal, id, name, version, facilitator, municipalities, languages, themes, staff } = loaderData;
  return (
    <div className="portal-stack">
      <PageTitle>{t('peers.edit.title', { name })}</PageTitle>
      <Heading level={1} data-size="lg">
        {t('peers.edit.title', { name })}
      </Heading>
      <PeerForm
        values={actionData?.values ?? loaderData.values}
        errors={actionData?.errors ?? emptyFormErrors()}
        conflict={actionData?.conflict ?? null}
        version={version}
        linkedFacilitator={facilitator}
        municipalities={municipalities}
        languages={languages}
        themes={themes}
        staff={staff}
        cancelHref={portalPath(portal, `likepersoner/${id}`)}
        reloadHref={portalPath(portal, `likepersoner/${id}/rediger`)}
      />
    </div>
  );
}
