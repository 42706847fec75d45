import { Heading } from '@digdir/designsystemet-react';
import type { Route } from './+types/new';
import { savePeer } from './peer-form.server';
import { loadPeerFormOptions } from './peer-options.server';
import { PageTitle } from '../../shared/ui/page';
import { PeerForm } from './components/peer-form';
import { emptyFormErrors } from '../../shared/forms/form-errors';
import { useI18n } from '../../shared/i18n/i18n-context';
import { portalPath } from '../../shared/layout/portals';
import { EMPTY_PEER_FORM } from './peer-form';

export function loader({ context }: Route.LoaderArgs) {
  return loadPeerFormOptions(context, true);
}

export function action({ request, context }: Route.ActionArgs) {
  return savePeer(request, {}, context);
}

export default function NewPeerPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { portal, ...options } = loaderData;
  return (
    <div className="portal-stack">
      <PageTitle>{t('peers.new.title')}</PageTitle>
      <Heading level={1} data-size="lg">
        {t('peers.new.title')}
      </Heading>
      <PeerForm
        {...options}
        values={actionData?.values ?? EMPTY_PEER_FORM}
        errors={actionData?.errors ?? emptyFormErrors()}
        cancelHref={portalPath(portal, 'likepersoner')}
      />
    </div>
  );
}
