import { Heading } from '@digdir/designsystemet-react';
import type { Route } from './+types/edit';
import { loadGroupForEdit, saveGroup } from './group-form.server';
import { PageTitle } from '../../shared/ui/page';
import { GroupForm } from './components/group-form';
import { emptyFormErrors } from '../../shared/forms/form-errors';
import { useI18n } from '../../shared/i18n/i18n-context';
import { portalPath } from '../../shared/layout/portals';

export function loader({ params, context }: Route.LoaderArgs) {
  return loadGroupForEdit(params, context);
}

export function action({ request, params, context }: Route.ActionArgs) {
  return saveGroup(request, params, context);
}

export default function EditGroupPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { portal, id, name, version, municipalities } = loaderData;
  const groupHref = portalPath(portal, `grupper/${id}`);
  return (
    <div className="portal-stack">
      <PageTitle>{t('groups.edit.title', { name })}</PageTitle>
      <Heading level={1} data-size="lg">
        {t('groups.edit.heading', { name })}
      </Heading>
      <GroupForm
        values={actionData?.values ?? loaderData.values}
        errors={actionData?.errors ?? emptyFormErrors()}
        conflict={actionData?.conflict ?? null}
        version={version}
        municipalities={municipalities}
        cancelHref={groupHref}
        reloadHref={portalPath(portal, `grupper/${id}/rediger`)}
      />
    </div>
  );
}
