import { Heading } from '@digdir/designsystemet-react';
import type { Route } from './+types/new';
import { loadGroupFormOptions, saveGroup } from './group-form.server';
import { PageTitle } from '../../shared/ui/page';
import { GroupForm } from './components/group-form';
import { emptyFormErrors } from '../../shared/forms/form-errors';
import { EMPTY_GROUP_FORM } from './group-form';
import { useI18n } from '../../shared/i18n/i18n-context';
import { portalPath } from '../../shared/layout/portals';

export function loader({ context }: Route.LoaderArgs) {
  return loadGroupFormOptions(context);
}

export function action({ request, context }: Route.ActionArgs) {
  return saveGroup(request, {}, context);
}

export default function NewGroupPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { portal, municipalities } = loaderData;
  return (
    <div className="portal-stack">
      <PageTitle>{t('groups.new.title')}</PageTitle>
      <Heading level={1} data-size="lg">
        {t('groups.new.heading')}
      </Heading>
      <GroupForm
        values={actionData?.values ?? EMPTY_GROUP_FORM}
        errors={actionData?.errors ?? emptyFormErrors()}
        municipalities={municipalities}
        cancelHref={portalPath(portal, 'grupper')}
      />
    </div>
  );
}
