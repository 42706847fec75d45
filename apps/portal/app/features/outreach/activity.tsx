import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Route } from './+types/activity';
import { activityPageAction, loadActivityPage } from './activity.server';
import { AppLink } from '../../shared/ui/app-link';
import { ActivityFacts } from './components/activity-facts';
import { OutcomeSection } from './components/outcome-section';
import { PageTitle } from '../../shared/ui/page';
import { Removal } from '../../shared/ui/removal';
import { useI18n } from '../../shared/i18n/i18n-context';
import { portalPath } from '../../shared/layout/portals';

export function loader({ request, params, context }: Route.LoaderArgs) {
  return loadActivityPage(request, params, context);
}

export function action({ request, params, context }: Route.ActionArgs) {
  return activityPageAction(request, params, context);
}

export default function ActivityPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { portal, activity, notice, options } = loaderData;
  const base = portalPath(portal, 'aktiviteter');
  const add = actionData?.intent === 'add-outcome' ? actionData : null;
  return (
    <div className="portal-stack">
      <PageTitle>{activity.title}</PageTitle>
      <Paragraph data-size="sm">
        <AppLink to={base}>{t('outreach.page.back')}</AppLink>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {activity.title}
      </Heading>
      {notice ? (
        <Alert data-color="success" role="status">
          <Paragraph>{t(`outreach.page.notice.${notice}`)}</Paragraph>
        </Alert>
      ) : null}
      <div className="portal-actions">
        <AppLink to={`${base}/${activity.id}/rediger`}>{t('outreach.page.edit')}</AppLink>
      </div>
      <ActivityFacts activity={activity} partnerHref={(id) => portalPath(portal, `samarbeidspartnere/${id}`)} />
      <OutcomeSection
        // A successful add redirects here; a fresh form then starts empty.
        key={activity.outcomes.length}
        outcomes={activity.outcomes}
        options={options}
        pathOf={(page) => portalPath(portal, page)}
        addErrors={add?.errors ?? null}
        addValues={add?.values ?? null}
        removeErrors={
          actionData && (actionData.intent === 'remove-outcome' || actionData.intent === 'unknown')
            ? actionData.errors.form
            : []
        }
      />
      {actionData?.intent === 'remove-failed' ? (
        <Alert data-color="danger" role="alert">
          {actionData.errors.form.join(' ')}
        </Alert>
      ) : null}
      <Removal
        headingId="activity-remove-heading"
        heading={t('outreach.remove.heading')}
        explanation={t('outreach.remove.explanation')}
        question={t('outreach.remove.question', { title: activity.title })}
        startLabel={t('outreach.remove.start')}
        confirming={actionData?.intent === 'remove'}
        cancelHref={`${base}/${activity.id}`}
        hiddenFields={{ version: String(activity.version) }}
      />
    </div>
  );
}
