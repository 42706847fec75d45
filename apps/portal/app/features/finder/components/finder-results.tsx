import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { AppLink } from '../../../shared/ui/app-link';
import type { PublicGroupsQuery } from '../../../generated/graphql';
import { scheduleRhythm, themeLabel } from '../../groups/labels';
import { useI18n } from '../../../shared/i18n/i18n-context';

type PublicGroupCard = PublicGroupsQuery['publicGroups']['edges'][number]['node'];

/** One group in the results: name, themes, place or "online", when, and the next meeting. */
function GroupCard({ group }: { group: PublicGroupCard }) {
  const { t, lang, formatMeeting } = useI18n();
  const place =
    group.format === 'ONLINE'
      ? t('finder.results.online')
      : [
          group.venue?.postalPlace ?? group.municipality.name,
          group.format === 'HYBRID' ? t('finder.results.online') : '',
        ]
          .filter(Boolean)
          .join(' / ');
  const next = group.nextMeetings[0];
  return (
    <Card data-color="neutral" className="portal-stack portal-group-card">
      <Heading level={3} data-size="xs">
        <AppLink to={`/grupper/${group.slug}`}>{group.name}</AppLink>
      </Heading>
      <dl className="portal-details portal-details--compact">
        <dt>{t('finder.results.themes')}</dt>
        <dd>{group.themes.map((theme) => themeLabel(lang, theme)).join(', ')}</dd>
        <dt>{t('finder.results.place')}</dt>
        <dd>{place}</dd>
        <dt>{t('finder.results.when')}</dt>
        <dd>{scheduleRhythm(lang, group.schedule)}</dd>
      </dl>
      {next ? (
        <Paragraph data-size="sm">
          {t('finder.results.nextMeeting', { when: formatMeeting(next.start, next.end) })}
        </Paragraph>
      ) : null}
    </Card>
  );
}

export function FinderResults({ groups, totalCount }: { groups: readonly PublicGroupCard[]; totalCount: number }) {
  const { t } = useI18n();
  const count =
    totalCount === 0
      ? t('finder.results.none')
      : totalCount === 1
        ? t('finder.results.one')
        : t('finder.results.count', { count: totalCount });
  return (
    <section aria-labelledby="finder-results-heading" className="portal-stack">
      <Heading level={2} data-size="sm" id="finder-results-heading">
        {t('finder.results.heading')}
      </Heading>
      <Paragraph role="status" data-testid="finder-count">
        {count}
      </Paragraph>
      {groups.length > 0 ? (
        <ul className="portal-group-list">
          {groups.map((group) => (
            <li key={group.slug}>
              <GroupCard group={group} />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
