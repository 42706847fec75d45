import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { isClosedGroup } from '@selvhjelp/domain';
import { AppLink } from '../../../shared/ui/app-link';
import { MeetingList } from './meeting-list';
import type { GroupPageQuery } from '../../../generated/graphql';
import { describeSchedule, formatLabel, languageName, targetGroupLabel, themeLabel } from '../labels';
import { useI18n } from '../../../shared/i18n/i18n-context';

type Group = GroupPageQuery['group'];

/**
 * Everything about the group as staff see it, including the meeting link. `portalBase`: `/vest`.
 * `registersLinked`: whether the district's partner and activity pages exist here (not on the
 * national portal, which reads groups only), else their names are shown as text.
 */
export function GroupOverview({
  group,
  portalBase,
  registersLinked = true,
}: {
  group: Group;
  portalBase: string;
  registersLinked?: boolean;
}) {
  const { t, lang, formatDate } = useI18n();
  const closed = isClosedGroup(group);
  const { venue } = group;
  const accessibility = venue
    ? [
        venue.stepFreeAccess ? t('finder.group.stepFreeYes') : t('finder.group.stepFreeNo'),
        venue.hearingLoop ? t('finder.group.hearingLoopYes') : t('finder.group.hearingLoopNo'),
        venue.accessibilityNotes ?? '',
      ].filter(Boolean)
    : [];
  const schedule = describeSchedule(t, lang, group.schedule);
  return (
    <>
      <section aria-labelledby="group-about-heading" className="portal-stack">
        <Heading level={2} data-size="sm" id="group-about-heading">
          {t('groups.details.heading')}
        </Heading>
        <dl className="portal-details">
          <dt>{t('groups.form.description')}</dt>
          <dd className="portal-pre-line">{group.description}</dd>
          <dt>{t('groups.form.themes')}</dt>
          <dd>{group.themes.map((theme) => themeLabel(lang, theme)).join(', ')}</dd>
          <dt>{t('groups.form.targetGroup')}</dt>
          <dd>{targetGroupLabel(lang, group.targetGroup)}</dd>
          <dt>{t('groups.form.municipality')}</dt>
          <dd>{`${group.municipality.name} (${group.municipality.number}), ${group.district.name}`}</dd>
          <dt>{t('groups.form.format')}</dt>
          <dd>{formatLabel(lang, group.format)}</dd>
          {venue ? (
            <>
              <dt>{t('groups.details.venue')}</dt>
              <dd>
                <address className="portal-address">
                  {venue.name}
                  <br />
                  {venue.streetAddress}
                  <br />
                  {`${venue.postalCode} ${venue.postalPlace}`}
                </address>
                {venue.partner ? (
                  <>
                    {t('groups.details.venuePartner')}{' '}
                    {registersLinked ? (
                      <AppLink to={`${portalBase}/samarbeidspartnere/${venue.partner.id}`}>
                        {venue.partner.name}
                      </AppLink>
                    ) : (
                      venue.partner.name
                    )}
                  </>
                ) : null}
              </dd>
              <dt>{t('groups.details.accessibility')}</dt>
              <dd>{accessibility.join('. ')}</dd>
            </>
          ) : null}
          {group.meetingUrl ? (
            <>
              <dt>{t('groups.details.meetingUrl')}</dt>
              <dd className="portal-break">
                <Link href={group.meetingUrl} rel="noreferrer">
                  {group.meetingUrl}
                </Link>
              </dd>
            </>
          ) : null}
          {group.originActivities.length > 0 ? (
            <>
              <dt>{t('groups.details.originActivities')}</dt>
              <dd>
                <ul className="portal-plain-list">
                  {group.originActivities.map((activity) => (
                    <li key={activity.id}>
                      {registersLinked ? (
                        <AppLink to={`${portalBase}/aktiviteter/${activity.id}`}>{activity.title}</AppLink>
                      ) : (
                        activity.title
                      )}{' '}
                      ({formatDate(activity.date)})
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
          <dt>{t('groups.form.languages')}</dt>
          <dd>{group.languages.map((code) => languageName(lang, code)).join(', ')}</dd>
          {closed ? null : (
            <>
              <dt>{t('groups.form.openForNewMembers')}</dt>
              <dd>{group.openForNewMembers ? t('groups.yes') : t('groups.no')}</dd>
            </>
          )}
          <dt>{t('groups.details.maxSize')}</dt>
          <dd>{group.maxSize ?? t('groups.details.noLimit')}</dd>
        </dl>
      </section>
      <section aria-labelledby="group-meetings-heading" className="portal-stack">
        <Heading level={2} data-size="sm" id="group-meetings-heading">
          {t('groups.meetings.heading')}
        </Heading>
        <Paragraph data-testid="schedule-text">{schedule.rhythm}</Paragraph>
        <Paragraph data-size="sm">{schedule.period}</Paragraph>
        {closed ? (
          <Paragraph>{t('groups.meetings.closed')}</Paragraph>
        ) : (
          <>
            <Heading level={3} data-size="2xs">
              {t('groups.meetings.next')}
            </Heading>
            <MeetingList meetings={group.nextMeetings} empty={t('groups.meetings.none')} />
          </>
        )}
      </section>
    </>
  );
}
