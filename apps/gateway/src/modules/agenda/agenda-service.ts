import type { AgendaDays, Database, OutreachActivityRecord, TrainingCourseRecord } from '@selvhjelp/db';
import { AGENDA_MAX_FIRST } from '@selvhjelp/db';
import type { IsoDate } from '@selvhjelp/domain';
import { FOLLOW_UP_SOON_DAYS, addDays, findDistrict, isDistrictRole, todayIn } from '@selvhjelp/domain';
import { badUserInput, forbidden, notFound } from '../../kernel/errors.js';
import type { Viewer } from '../../kernel/policy.js';
import { readScope } from '../../kernel/policy.js';
import type { FacilitatorService } from '../facilitators/facilitator-service.js';
import type { FollowUpCaseService } from '../follow-up-cases/case-service.js';
import type { GroupService } from '../groups/group-service.js';
import type { OutreachService } from '../outreach/outreach-service.js';
import type { TrainingService } from '../training/training-service.js';
import type { VolunteerPeerService } from '../volunteer-peers/volunteer-peer-service.js';
import type { AgendaCourseSessionModel, DistrictAgendaModel } from './models.js';

/** Facilitators whose qualification lapses within this many days are on the home page (issue 13). */
export const LAPSING_WITHIN_DAYS = 60;
/** Course sessions and activities this many days ahead. */
export const UPCOMING_DAYS = 30;
const DEFAULT_FIRST = 5;

/** The request's services the agenda reads through, so every record passes their read path. */
export interface AgendaSources {
  groups(): GroupService;
  training(): TrainingService;
  outreach(): OutreachService;
  facilitators(): FacilitatorService;
  followUpCases(): FollowUpCaseService;
  volunteerPeers(): VolunteerPeerService;
}

const present = <T>(records: readonly (T | null)[]): T[] => records.filter((record): record is T => record !== null);

/**
 * The district home: what needs doing first in the viewer's district. It adds no reading of its
 * own: the personal lists are the cases', peers' and facilitators' due lists through their
 * services (so a case shown here is a read of that case, logged as on the case list), and the
 * registry lists are ids and counts from one statement whose records are loaded through their
 * services' batch loaders. The statement count is the same whatever the district's size.
 */
export class AgendaService {
  constructor(
    private readonly db: Database,
    private readonly viewer: Viewer,
    private readonly sources: AgendaSources,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async districtAgenda(districtId: string | null | undefined, first: number | null | undefined) {
    const { user } = this.viewer;
    // National roles have the national overview as their home; cases and peers are district staff's only.
    if (!isDistrictRole(user.role) || !user.districtId) throw forbidden('DISTRICT_HOME_DISTRICT_STAFF_ONLY');
    const id = districtId ?? user.districtId;
    if (id !== user.districtId) throw notFound('DISTRICT_NOT_FOUND');
    const size = first ?? DEFAULT_FIRST;
    if (!Number.isInteger(size) || size < 0 || size > AGENDA_MAX_FIRST)
      throw badUserInput('first', 'AGENDA_FIRST_RANGE', { maximum: AGENDA_MAX_FIRST });
    const district = findDistrict(id);
    if (!district) throw notFound('DISTRICT_NOT_FOUND');

    const today: IsoDate = todayIn(this.now());
    const days: AgendaDays = {
      today,
      followUpsBy: addDays(today, FOLLOW_UP_SOON_DAYS),
      upcomingUntil: addDays(today, UPCOMING_DAYS),
    };
    const [lists, caseFollowUps, peerCheckIns, lapsingFacilitators] = await Promise.all([
      this.db.repositories.agenda.registryLists(readScope(this.viewer), id, days, size),
      this.sources.followUpCases().dueShortList(size, 'DistrictAgenda.caseFollowUps'),
      this.sources.volunteerPeers().checkInsDueShortList(size, 'DistrictAgenda.peerCheckIns'),
      this.sources.facilitators().lapsingShortList(id, LAPSING_WITHIN_DAYS, size, 'DistrictAgenda.lapsingFacilitators'),
    ]);
    // Started together, so each service's loader sends one statement for both lists.
    const groups = this.sources.groups();
    const [followUpGroups, startingGroups, courses, activities] = await Promise.all([
      groups.nestedMany(lists.groupFollowUps.ids, 'DistrictAgenda.groupFollowUps'),
      groups.nestedMany(lists.startingGroups.ids, 'DistrictAgenda.startingGroups'),
      this.courses(lists.courseSessions.sessions.map((session) => session.courseId)),
      Promise.all(
        lists.activities.ids.map((activityId) =>
          this.sources.outreach().nested(activityId, 'DistrictAgenda.activities'),
        ),
      ),
    ]);
    const courseById = new Map(courses.map((course) => [course.id, course]));
    const sessions: AgendaCourseSessionModel[] = [];
    for (const ref of lists.courseSessions.sessions) {
      const course = courseById.get(ref.courseId);
      const session = course?.sessions.find((candidate) => candidate.id === ref.sessionId);
      if (course && session) sessions.push({ course, session });
    }
    const agenda: DistrictAgendaModel = {
      district,
      today,
      upcomingUntil: days.upcomingUntil,
      groupFollowUps: { ...counts(lists.groupFollowUps), items: followUpGroups },
      startingGroups: { ...counts(lists.startingGroups), items: startingGroups },
      caseFollowUps,
      peerCheckIns,
      lapsingFacilitators,
      courseSessions: { totalCount: lists.courseSessions.totalCount, items: sessions },
      activities: { totalCount: lists.activities.totalCount, items: present<OutreachActivityRecord>(activities) },
    };
    return agenda;
  }

  private async courses(ids: readonly string[]): Promise<TrainingCourseRecord[]> {
    const training = this.sources.training();
    const unique = [...new Set(ids)];
    return present(await Promise.all(unique.map((id) => training.nested(id, 'DistrictAgenda.courseSessions'))));
  }
}

function counts(list: { totalCount: number; overdueCount: number }): { totalCount: number; overdueCount: number } {
  return { totalCount: list.totalCount, overdueCount: list.overdueCount };
}
