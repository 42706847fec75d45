import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ShouldRevalidateFunctionArgs } from 'react-router';
import type { Route } from './+types/group';
import { groupPageAction } from './group-actions.server';
import { loadGroupPage } from './group.server';
import { AppLink } from '../../shared/ui/app-link';
import { ChangeHistory } from './components/change-history';
import { FacilitatorAssignments } from './components/facilitator-assignments';
import { FollowUpSection } from './components/follow-up-section';
import { GroupOverview } from './components/group-overview';
import { StatusSection } from './components/status-section';
import { StatusTag } from './components/status-tag';
import { PageTitle } from '../../shared/ui/page';
import { useI18n } from '../../shared/i18n/i18n-context';
import { portalPath } from '../../shared/layout/portals';

export function loader({ request, params, context }: Route.LoaderArgs) {
  return loadGroupPage(request, params, context);
}

export function action({ request, params, context }: Route.ActionArgs) {
  return groupPageAction(request, params, context);
}

/** A refused status change (4xx) is not reloaded by default; after a conflict the page must show what is saved now. */
export function shouldRevalidate({ actionResult, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  const conflict =
    typeof actionResult === 'object' &&
    actionResult !== null &&
    (actionResult as { conflict?: unknown }).conflict === true;
  return conflict || defaultShouldRevalidate;
}

export default function GroupPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { portal, group, today, notice, canEdit, facilitators } = loaderData;
  const base = portalPath(portal, 'grupper');
  return (
    <div className="portal-stack">
      <PageTitle>{group.name}</PageTitle>
      <Paragraph data-size="sm">
        <AppLink to={base}>{t('groups.page.back')}</AppLink>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {group.name}
      </Heading>
      {notice && !actionData ? (
        <Alert data-color="success" role="status">
          <Paragraph>{notice === 'created' ? t('groups.page.created') : t('groups.page.saved')}</Paragraph>
        </Alert>
      ) : null}
      <div className="portal-actions">
        <StatusTag status={group.status} />
        {canEdit ? <AppLink to={`${base}/${group.id}/rediger`}>{t('groups.page.edit')}</AppLink> : null}
        {group.isPublic ? (
          <AppLink to={`/grupper/${group.slug}`} reloadDocument>
            {t('groups.page.publicLink')}
          </AppLink>
        ) : (
          <Paragraph data-size="sm">{t('groups.page.notPublic')}</Paragraph>
        )}
      </div>
      <GroupOverview group={group} portalBase={portalPath(portal)} registersLinked={portal.kind === 'district'} />
      <StatusSection
        group={group}
        result={actionData?.intent === 'status' ? actionData : undefined}
        canEdit={canEdit}
        today={today}
      />
      <FacilitatorAssignments
        portal={portal}
        facilitators={facilitators}
        result={actionData?.intent === 'assign' ? actionData : undefined}
      />
      <FollowUpSection
        group={group}
        result={actionData?.intent === 'followUp' ? actionData : undefined}
        canEdit={canEdit}
        today={today}
      />
      <ChangeHistory history={group.history} />
    </div>
  );
}
