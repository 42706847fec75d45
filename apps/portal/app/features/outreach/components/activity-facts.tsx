import { Heading } from '@digdir/designsystemet-react';
import { AppLink } from '../../../shared/ui/app-link';
import type { ActivityStatus, ActivityType, AudienceType } from '../../../generated/graphql';
import { themeLabel } from '../../groups/labels';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { activityStatusLabel, activityTypeLabel, audienceLabel } from '../labels';

interface Named {
  id: string;
  name: string;
}

export interface ActivityFactsProps {
  activity: {
    type: ActivityType;
    status: ActivityStatus;
    date: string;
    startTime?: string | null;
    endTime?: string | null;
    online: boolean;
    place?: string | null;
    municipality?: { name: string } | null;
    staff: readonly Named[];
    partners: readonly Named[];
    audiences: readonly AudienceType[];
    participantCount?: number | null;
    themes: readonly { id: string; label: string }[];
    notes?: string | null;
  };
  partnerHref: (id: string) => string;
}

/** What the activity was: when, where, who took part and whom it reached. */
export function ActivityFacts({ activity, partnerHref }: ActivityFactsProps) {
  const { t, lang, formatDate } = useI18n();
  const none = t('outreach.none');
  const time =
    activity.startTime && activity.endTime ? `${activity.startTime}–${activity.endTime}` : t('outreach.page.allDay');
  const where = [activity.online ? t('outreach.page.online') : null, activity.place].filter(Boolean).join(', ') || none;
  return (
    <section aria-labelledby="activity-facts-heading" className="portal-stack">
      <Heading level={2} data-size="sm" id="activity-facts-heading">
        {t('outreach.page.facts')}
      </Heading>
      <dl className="portal-facts">
        <dt>{t('outreach.field.type')}</dt>
        <dd>{activityTypeLabel(lang, activity.type)}</dd>
        <dt>{t('outreach.field.status')}</dt>
        <dd>{activityStatusLabel(lang, activity.status)}</dd>
        <dt>{t('outreach.field.date')}</dt>
        <dd>{formatDate(activity.date)}</dd>
        <dt>{t('outreach.page.time')}</dt>
        <dd>{time}</dd>
        <dt>{t('outreach.field.place')}</dt>
        <dd>{where}</dd>
        <dt>{t('outreach.field.municipalityNumber')}</dt>
        <dd>{activity.municipality?.name ?? none}</dd>
        <dt>{t('outreach.field.staffUserIds')}</dt>
        <dd>{activity.staff.map(({ name }) => name).join(', ') || none}</dd>
        <dt>{t('outreach.field.partnerIds')}</dt>
        <dd>
          {activity.partners.length === 0 ? (
            none
          ) : (
            <ul className="portal-plain-list">
              {activity.partners.map((partner) => (
                <li key={partner.id}>
                  <AppLink to={partnerHref(partner.id)}>{partner.name}</AppLink>
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('outreach.field.audiences')}</dt>
        <dd>{activity.audiences.map((audience) => audienceLabel(lang, audience)).join(', ') || none}</dd>
        <dt>{t('outreach.field.participantCount')}</dt>
        <dd>{activity.participantCount ?? none}</dd>
        <dt>{t('outreach.field.themeIds')}</dt>
        <dd>{activity.themes.map((theme) => themeLabel(lang, theme)).join(', ') || none}</dd>
        <dt>{t('outreach.field.notes')}</dt>
        <dd className="portal-pre-line">{activity.notes ?? none}</dd>
      </dl>
    </section>
  );
}
