import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { isClosedGroup } from '@selvhjelp/domain';
import { MeetingList } from '../../groups/components/meeting-list';
import type { PublicGroupQuery } from '../../../generated/graphql';
import { describeSchedule, languageName, targetGroupLabel, themeLabel } from '../../groups/labels';
import { useI18n } from '../../../shared/i18n/i18n-context';

type PublicGroup = PublicGroupQuery['publicGroup'];

/** Where the group meets: the venue with its accessibility, or online. Never the meeting link. */
function Place({ group }: { group: PublicGroup }) {
  const { t } = useI18n();
  const { venue } = group;
  if (group.format === 'ONLINE' || !venue) return <Paragraph>{t('finder.group.online')}</Paragraph>;
  return (
    <>
      <address className="portal-address">
        {venue.name}
        <br />
        {venue.streetAddress}
        <br />
        {`${venue.postalCode} ${venue.postalPlace}`}
      </address>
      {group.format === 'HYBRID' ? <Paragraph>{t('finder.group.hybrid')}</Paragraph> : null}
      <Heading level={3} data-size="2xs">
        {t('finder.group.accessibility')}
      </Heading>
      <ul className="portal-plain-list">
        <li>{venue.stepFreeAccess ? t('finder.group.stepFreeYes') : t('finder.group.stepFreeNo')}</li>
        <li>{venue.hearingLoop ? t('finder.group.hearingLoopYes') : t('finder.group.hearingLoopNo')}</li>
        {venue.accessibilityNotes ? <li>{venue.accessibilityNotes}</li> : null}
      </ul>
    </>
  );
}

/** The public page of a group: what it is, where and when it meets, and whom to contact. */
export function PublicGroupDetails({ group }: { group: PublicGroup }) {
  const { t, lang } = useI18n();
  const schedule = describeSchedule(t, lang, group.schedule);
  const { contact } = group;
  // The finder lists no closed group, but a page loaded before it closed must not invite anyone in.
  const closed = isClosedGroup(group);
  return (
    <div className="portal-stack">
      <section aria-labelledby="public-about-heading" className="portal-stack">
        <Heading level={2} data-size="sm" id="public-about-heading">
          {t('finder.group.about')}
        </Heading>
        <Paragraph className="portal-pre-line">{group.description}</Paragraph>
        <dl className="portal-details">
          <dt>{t('finder.group.themes')}</dt>
          <dd>{group.themes.map((theme) => themeLabel(lang, theme)).join(', ')}</dd>
          <dt>{t('finder.group.targetGroup')}</dt>
          <dd>{targetGroupLabel(lang, group.targetGroup)}</dd>
          <dt>{t('finder.group.languages')}</dt>
          <dd>{group.languages.map((code) => languageName(lang, code)).join(', ')}</dd>
        </dl>
        {group.openForNewMembers && !closed ? <Paragraph>{t('finder.group.openForNew')}</Paragraph> : null}
      </section>
      <section aria-labelledby="public-place-heading" className="portal-stack">
        <Heading level={2} data-size="sm" id="public-place-heading">
          {t('finder.group.place')}
        </Heading>
        <Paragraph>{`${group.municipality.name}, ${group.municipality.county.name}`}</Paragraph>
        <Place group={group} />
      </section>
      <section aria-labelledby="public-when-heading" className="portal-stack">
        <Heading level={2} data-size="sm" id="public-when-heading">
          {t('finder.group.when')}
        </Heading>
        <Paragraph data-testid="schedule-text">{schedule.rhythm}</Paragraph>
        <Paragraph data-size="sm">{schedule.period}</Paragraph>
        {closed ? (
          <Paragraph>{t('groups.meetings.closed')}</Paragraph>
        ) : (
          <>
            <Heading level={3} data-size="2xs">
              {t('finder.group.nextMeetings')}
            </Heading>
            <MeetingList meetings={group.nextMeetings} empty={t('finder.group.noMeetings')} />
          </>
        )}
        <Paragraph>
          <Link href={`/grupper/${group.slug}/kalender.ics`} download={`${group.slug}.ics`}>
            {t('finder.group.calendar')}
          </Link>
        </Paragraph>
      </section>
      <section aria-labelledby="public-contact-heading" className="portal-stack" data-testid="contact">
        <Heading level={2} data-size="sm" id="public-contact-heading">
          {t('finder.group.contact')}
        </Heading>
        <Paragraph>{t('finder.group.contactIntro', { office: contact.officeName })}</Paragraph>
        <dl className="portal-details">
          <dt>{t('finder.group.email')}</dt>
          <dd>
            <Link href={`mailto:${contact.email}`}>{contact.email}</Link>
          </dd>
          <dt>{t('finder.group.phone')}</dt>
          <dd>
            <Link href={`tel:${contact.phone.replace(/\s+/g, '')}`}>{contact.phone}</Link>
          </dd>
          {contact.web ? (
            <>
              <dt>{t('finder.group.web')}</dt>
              <dd>
                <Link href={contact.web}>{contact.web}</Link>
              </dd>
            </>
          ) : null}
        </dl>
      </section>
    </div>
  );
}
