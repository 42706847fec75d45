import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import type { DistrictAgendaQuery } from '../../../generated/graphql';
import type { DistrictPortal } from '../../../shared/layout/portals';
import { portalPath } from '../../../shared/layout/portals';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { AgendaItem, AgendaSection } from './agenda-section';

type Agenda = DistrictAgendaQuery['districtAgenda'];

function Day({ date, time }: { date: string; time?: string | null }) {
  const { t, formatDate } = useI18n();
  const day = <time dateTime={date}>{formatDate(date)}</time>;
  if (!time) return day;
  return <time dateTime={`${date}T${time}`}>{t('home.agenda.at', { date: formatDate(date), time })}</time>;
}

/** A due day in words: "Forfaller 10. des." or "Forfalt 1. des.". */
function Due({ date, overdue }: { date: string; overdue: boolean }) {
  const { t, formatDate } = useI18n();
  return (
    <time dateTime={date}>
      {t(overdue ? 'home.agenda.overdueSince' : 'home.agenda.due', { date: formatDate(date) })}
    </time>
  );
}

/** The agenda's lists, each with its heading, empty text and link label in the messages. */
type AgendaList =
  'groupFollowUps' | 'caseFollowUps' | 'peerCheckIns' | 'lapsing' | 'courseSessions' | 'activities' | 'startingGroups';

interface AgendaEntry {
  key: string;
  to: string;
  name: string;
  when: ReactNode;
  overdue?: boolean;
}

interface AgendaListData {
  /** The section's id on the page. */
  id: string;
  list: AgendaList;
  /** The list's counts; overdueCount only for the lists that can be overdue. */
  counts: { totalCount: number; overdueCount?: number };
  /** The full list in the register's own page. */
  all: string;
  entries: AgendaEntry[];
}

/** "Utløper 10. des.", or nothing without a day. */
function LapsesOn({ date }: { date: string | null | undefined }) {
  const { t, formatDate } = useI18n();
  return date ? <time dateTime={date}>{t('home.agenda.lapsesOn', { date: formatDate(date) })}</time> : null;
}

/** "Oppstart 3. jan.", or "Skulle starte 1. des." once the day has passed. */
function StartsOn({ date, today }: { date: string; today: string }) {
  const { t, formatDate } = useI18n();
  const message = date < today ? 'home.agenda.startedOn' : 'home.agenda.startsOn';
  return <time dateTime={date}>{t(message, { date: formatDate(date) })}</time>;
}

/**
 * What needs doing first in the district: seven short lists, follow-ups first, then what is
 * coming up. Each list is a section (heading, count, entries, link to the full list).
 */
export function DistrictAgenda({ agenda, portal, shown }: { agenda: Agenda; portal: DistrictPortal; shown: number }) {
  const { t } = useI18n();
  const path = (page: string) => portalPath(portal, page);
  const { today } = agenda;
  const activitiesQuery = new URLSearchParams({ status: 'PLANNED', from: today, to: agenda.upcomingUntil });
  // `due`: an entry due on a day, "Forfalt" once it has passed.
  const entry = (key: string, page: string, name: string, when: ReactNode, overdue?: boolean): AgendaEntry => ({
    key,
    to: path(page),
    name,
    when,
    overdue,
  });
  const due = (key: string, page: string, name: string, dueOn: string, overdue: boolean) =>
    entry(key, page, name, <Due date={dueOn} overdue={overdue} />, overdue);
  const lists: AgendaListData[] = [
    {
      id: 'group-follow-ups',
      list: 'groupFollowUps',
      counts: agenda.groupFollowUps,
      all: path('grupper/oppfolging'),
      entries: agenda.groupFollowUps.items.map((group) => {
        const dueOn = group.nextFollowUpDue ?? today;
        return due(group.id, `grupper/${group.id}`, group.name, dueOn, dueOn < today);
      }),
    },
    {
      id: 'case-follow-ups',
      list: 'caseFollowUps',
      counts: agenda.caseFollowUps,
      all: `${path('saker')}?due=1`,
      entries: agenda.caseFollowUps.items.map(({ followUpCase: { id, reference }, dueOn, overdue }) =>
        due(id, `saker/${id}`, reference, dueOn, overdue),
      ),
    },
    {
      id: 'peer-check-ins',
      list: 'peerCheckIns',
      counts: agenda.peerCheckIns,
      all: path('likepersoner'),
      entries: agenda.peerCheckIns.items.map(({ peer: { id, name }, dueOn, overdue }) =>
        due(id, `likepersoner/${id}`, name ?? t('home.agenda.peerAnonymised'), dueOn, overdue),
      ),
    },
    {
      id: 'lapsing-facilitators',
      list: 'lapsing',
      counts: agenda.lapsingFacilitators,
      all: `${path('igangsettere')}?status=QUALIFIED`,
      entries: agenda.lapsingFacilitators.items.map(({ id, name, qualification }) =>
        entry(id, `igangsettere/${id}`, name, <LapsesOn date={qualification.lapsesOn} />),
      ),
    },
    {
      id: 'course-sessions',
      list: 'courseSessions',
      counts: agenda.courseSessions,
      all: path('kurs'),
      entries: agenda.courseSessions.items.map(({ course, session }) =>
        entry(session.id, `kurs/${course.id}`, course.title, <Day date={session.date} time={session.startTime} />),
      ),
    },
    {
      id: 'activities',
      list: 'activities',
      counts: agenda.activities,
      all: `${path('aktiviteter')}?${activitiesQuery.toString()}`,
      entries: agenda.activities.items.map(({ id, title, date, startTime }) =>
        entry(id, `aktiviteter/${id}`, title, <Day date={date} time={startTime} />),
      ),
    },
    {
      id: 'starting-groups',
      list: 'startingGroups',
      counts: agenda.startingGroups,
      all: `${path('grupper')}?status=STARTING`,
      entries: agenda.startingGroups.items.map(({ id, name, schedule }) =>
        entry(id, `grupper/${id}`, name, <StartsOn date={schedule.startDate} today={today} />),
      ),
    },
  ];
  return (
    <section aria-labelledby="home-agenda" className="portal-stack">
      <Heading level={2} data-size="md" id="home-agenda">
        {t('home.agenda.heading')}
      </Heading>
      <Paragraph>{t('home.agenda.intro', { shown })}</Paragraph>
      <div className="portal-agenda">
        {lists.map(({ id, list, counts, all, entries }) => (
          <AgendaSection
            key={id}
            id={id}
            title={t(`home.agenda.${list}`)}
            totalCount={counts.totalCount}
            overdueCount={counts.overdueCount}
            empty={t(`home.agenda.${list}.empty`)}
            all={{ to: all, label: t(`home.agenda.${list}.all`) }}
          >
            {entries.map(({ key, ...entry }) => (
              <AgendaItem key={key} {...entry} />
            ))}
          </AgendaSection>
        ))}
      </div>
    </section>
  );
}
