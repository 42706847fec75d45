import type {
  CourseSessionRecord,
  FacilitatorRecord,
  GroupRecord,
  OutreachActivityRecord,
  TrainingCourseRecord,
} from '@selvhjelp/db';
import type { District, IsoDate } from '@selvhjelp/domain';
import type { FollowUpCaseDueModel } from '../follow-up-cases/models.js';
import type { PeerCheckInDueModel } from '../volunteer-peers/models.js';

// What the agenda resolvers receive (codegen mappers): records that passed their services' read path.

export interface AgendaCourseSessionModel {
  course: TrainingCourseRecord;
  session: CourseSessionRecord;
}

export interface DistrictAgendaModel {
  district: District;
  today: IsoDate;
  upcomingUntil: IsoDate;
  groupFollowUps: { totalCount: number; overdueCount: number; items: GroupRecord[] };
  startingGroups: { totalCount: number; overdueCount: number; items: GroupRecord[] };
  caseFollowUps: { totalCount: number; overdueCount: number; items: FollowUpCaseDueModel[] };
  peerCheckIns: { totalCount: number; overdueCount: number; items: PeerCheckInDueModel[] };
  lapsingFacilitators: { totalCount: number; items: FacilitatorRecord[] };
  courseSessions: { totalCount: number; items: AgendaCourseSessionModel[] };
  activities: { totalCount: number; items: OutreachActivityRecord[] };
}
