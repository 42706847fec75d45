import { Heading, Paragraph } from '@digdir/designsystemet-react';
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

/**
 * What needs doing first in the district: seven short lists, follow-ups first, then what is
 * coming up. Each list is a section (heading, count, entries, link to the full list).
 */
export function DistrictAgenda({ agenda, portal, shown }: { agenda: Agenda; portal: DistrictPortal; shown: number }) {
  const { t, formatDate } = useI18n();
  const path = (page: string) => portalPath(portal, page);
  const { today } = agenda;
  const activitiesQuery = new URLSearchParams({ status: 'PLANNED', from: today, to: agenda.upcomingUntil });
  return (
    <section aria-labelledby="home-agenda" className="portal-stack">
      <Heading level={2} data-size="md" id="home-agenda">
        {t('home.agenda.heading')}
      </Heading>
      <Paragraph>{t('home.agenda.intro', { shown })}</Paragraph>
      <div className="portal-agenda">
        <AgendaSection
          id="group-follow-ups"
          title={t('home.agenda.groupFollowUps')}
          totalCount={agenda.groupFollowUps.totalCount}
          overdueCount={agenda.groupFollowUps.overdueCount}
          empty={t('home.agenda.groupFollowUps.empty')}
          all={{ to: path('grupper/oppfolging'), label: t('home.agenda.groupFollowUps.all') }}
        >
          {agenda.groupFollowUps.items.map((group) => {
            const due = group.nextFollowUpDue ?? today;
            return (
              <AgendaItem
                key={group.id}
                to={path(`grupper/${group.id}`)}
                name={group.name}
                when={<Due date={due} overdue={due < today} />}
                overdue={due < today}
              />
            );
          })}
        </AgendaSection>
        <AgendaSection
          id="case-follow-ups"
          title={t('home.agenda.caseFollowUps')}
          totalCount={agenda.caseFollowUps.totalCount}
          overdueCount={agenda.caseFollowUps.overdueCount}
          empty={t('home.agenda.caseFollowUps.empty')}
          all={{ to: `${path('saker')}?due=1`, label: t('home.agenda.caseFollowUps.all') }}
        >
          {agenda.caseFollowUps.items.map((item) => (
            <AgendaItem
              key={item.followUpCase.id}
              to={path(`saker/${item.followUpCase.id}`)}
              name={item.followUpCase.reference}
              when={<Due date={item.dueOn} overdue={item.overdue} />}
              overdue={item.overdue}
            />
          ))}
        </AgendaSection>
        <AgendaSection
          id="peer-check-ins"
          title={t('home.agenda.peerCheckIns')}
          totalCount={agenda.peerCheckIns.totalCount}
          overdueCount={agenda.peerCheckIns.overdueCount}
          empty={t('home.agenda.peerCheckIns.empty')}
          all={{ to: path('likepersoner'), label: t('home.agenda.peerCheckIns.all') }}
        >
          {agenda.peerCheckIns.items.map((item) => (
            <AgendaItem
              key={item.peer.id}
              to={path(`likepersoner/${item.peer.id}`)}
              name={item.peer.name ?? t('home.agenda.peerAnonymised')}
              when={<Due date={item.dueOn} overdue={item.overdue} />}
              overdue={item.overdue}
            />
          ))}
        </AgendaSection>
        <AgendaSection
          id="lapsing-facilitators"
          title={t('home.agenda.lapsing')}
          totalCount={agenda.lapsingFacilitators.totalCount}
          empty={t('home.agenda.lapsing.empty')}
          all={{ to: `${path('igangsettere')}?status=QUALIFIED`, label: t('home.agenda.lapsing.all') }}
        >
          {agenda.lapsingFacilitators.items.map((facilitator) => (
            <AgendaItem
              key={facilitator.id}
              to={path(`igangsettere/${facilitator.id}`)}
              name={facilitator.name}
              when={
                facilitator.qualification.lapsesOn ? (
                  <time dateTime={facilitator.qualification.lapsesOn}>
                    {t('home.agenda.lapsesOn', { date: formatDate(facilitator.qualification.lapsesOn) })}
                  </time>
                ) : null
              }
            />
          ))}
        </AgendaSection>
        <AgendaSection
          id="course-sessions"
          title={t('home.agenda.courseSessions')}
          totalCount={agenda.courseSessions.totalCount}
          empty={t('home.agenda.courseSessions.empty')}
          all={{ to: path('kurs'), label: t('home.agenda.courseSessions.all') }}
        >
          {agenda.courseSessions.items.map(({ course, session }) => (
            <AgendaItem
              key={session.id}
              to={path(`kurs/${course.id}`)}
              name={course.title}
              when={<Day date={session.date} time={session.startTime} />}
            />
          ))}
        </AgendaSection>
        <AgendaSection
          id="activities"
          title={t('home.agenda.activities')}
          totalCount={agenda.activities.totalCount}
          empty={t('home.agenda.activities.empty')}
          all={{ to: `${path('aktiviteter')}?${activitiesQuery.toString()}`, label: t('home.agenda.activities.all') }}
        >
          {agenda.activities.items.map((activity) => (
            <AgendaItem
              key={activity.id}
              to={path(`aktiviteter/${activity.id}`)}
              name={activity.title}
              when={<Day date={activity.date} time={activity.startTime} />}
            />
          ))}
        </AgendaSection>
        <AgendaSection
          id="starting-groups"
          title={t('home.agenda.startingGroups')}
          totalCount={agenda.startingGroups.totalCount}
          overdueCount={agenda.startingGroups.overdueCount}
          empty={t('home.agenda.startingGroups.empty')}
          all={{ to: `${path('grupper')}?status=STARTING`, label: t('home.agenda.startingGroups.all') }}
        >
          {agenda.startingGroups.items.map((group) => {
            const start = group.schedule.startDate;
            const passed = start < today;
            return (
              <AgendaItem
                key={group.id}
                to={path(`grupper/${group.id}`)}
                name={group.name}
                when={
                  <time dateTime={start}>
                    {t(passed ? 'home.agenda.startedOn' : 'home.agenda.startsOn', { date: formatDate(start) })}
                  </time>
                }
              />
            );
          })}
        </AgendaSection>
      </div>
    </section>
  );
}
