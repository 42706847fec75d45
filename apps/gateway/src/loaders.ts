import type {
  ActivityOutcomeRecord,
  AgreementRecord,
  ContactAffiliationRecord,
  ContactPersonRecord,
  OutreachActivityRecord,
  PartnerRecord,
  VenueRecord,
  Database,
  EnrolmentRecord,
  FacilitatorAssignmentRecord,
  FacilitatorRecord,
  GroupChangeRecord,
  GroupFollowUpRecord,
  GroupRecord,
  GroupStatusChangeRecord,
  SessionAttendanceRecord,
  StaffUserRecord,
  TrainingCourseRecord,
  TrainingHistoryRecord,
} from '@selvhjelp/db';
import type { IsoDate, Scope } from '@selvhjelp/domain';
import DataLoader from 'dataloader';

/**
 * Per-request batch loaders: a list of 100 groups asking for their history costs one query
 * per kind of history, not one per group. Created with the viewer's scope, so a loader can
 * never hand out rows the viewer may not see.
 */
export interface Loaders {
  staffUser: DataLoader<string, StaffUserRecord | null>;
  groupStatusHistory: DataLoader<string, GroupStatusChangeRecord[]>;
  groupFollowUps: DataLoader<string, GroupFollowUpRecord[]>;
  groupChanges: DataLoader<string, GroupChangeRecord[]>;
  group: DataLoader<string, GroupRecord | null>;
  facilitator: DataLoader<string, FacilitatorRecord | null>;
  course: DataLoader<string, TrainingCourseRecord | null>;
  assignmentsOfFacilitator: DataLoader<string, FacilitatorAssignmentRecord[]>;
  assignmentsOfGroup: DataLoader<string, FacilitatorAssignmentRecord[]>;
  trainingHistory: DataLoader<string, TrainingHistoryRecord[]>;
  enrolmentsOfCourse: DataLoader<string, EnrolmentRecord[]>;
  attendanceOfCourse: DataLoader<string, SessionAttendanceRecord[]>;
  partner: DataLoader<string, PartnerRecord | null>;
  /** Day of the latest contact per partner; null when never. */
  partnerLastContact: DataLoader<string, IsoDate | null>;
  contactsOfPartner: DataLoader<string, ContactPersonRecord[]>;
  formerContactsOfPartner: DataLoader<string, ContactAffiliationRecord[]>;
  agreementsOfPartner: DataLoader<string, AgreementRecord[]>;
  venuesOfPartner: DataLoader<string, VenueRecord[]>;
  activitiesOfPartner: DataLoader<string, OutreachActivityRecord[]>;
  /** Group ids, by group name. */
  groupsStartedWithPartner: DataLoader<string, string[]>;
  contact: DataLoader<string, ContactPersonRecord | null>;
  contactHistory: DataLoader<string, ContactAffiliationRecord[]>;
  groupsAtVenue: DataLoader<string, GroupRecord[]>;
  activity: DataLoader<string, OutreachActivityRecord | null>;
  outcomesOfActivity: DataLoader<string, ActivityOutcomeRecord[]>;
  originActivitiesOfGroup: DataLoader<string, OutreachActivityRecord[]>;
}

export function createLoaders(db: Database, scope: Scope, today: IsoDate): Loaders {
  const repos = db.repositories;
  const grouped = <T>(load: (ids: string[]) => Promise<Map<string, T[]>>) =>
    new DataLoader<string, T[]>(async (ids) => {
      const byGroup = await load([...ids]);
      return ids.map((id) => byGroup.get(id) ?? []);
    });
  return {
    // Names of staff who changed a group are shown to anyone who may read the group, whatever
    // district the staff member belongs to (a national admin may have made the change).
    staffUser: new DataLoader(async (ids) => repos.staffUsers.findByIds({ kind: 'national' }, [...ids])),
    groupStatusHistory: grouped((ids) => repos.groups.statusHistoryFor(scope, ids)),
    groupFollowUps: grouped((ids) => repos.groups.followUpsFor(scope, ids)),
    groupChanges: grouped((ids) => repos.groups.changesFor(scope, ids)),
    group: new DataLoader(async (ids) => repos.groups.findByIds(scope, [...ids])),
    facilitator: new DataLoader(async (ids) => repos.facilitators.findByIds(scope, [...ids], { today })),
    course: new DataLoader(async (ids) => repos.trainingCourses.findByIds(scope, [...ids])),
    assignmentsOfFacilitator: grouped((ids) => repos.facilitators.assignmentsFor(scope, ids)),
    assignmentsOfGroup: grouped((ids) => repos.facilitators.assignmentsForGroups(scope, ids)),
    trainingHistory: grouped((ids) => repos.facilitators.trainingHistoryFor(scope, ids)),
    enrolmentsOfCourse: grouped((ids) => repos.trainingCourses.enrolmentsFor(scope, ids)),
    attendanceOfCourse: grouped((ids) => repos.trainingCourses.attendanceFor(scope, ids)),
    partner: new DataLoader(async (ids) => repos.partners.findByIds(scope, [...ids])),
    partnerLastContact: new DataLoader(async (ids) => {
      const days = await repos.partners.lastContactOn(scope, [...ids], today);
      return ids.map((id) => days.get(id) ?? null);
    }),
    contactsOfPartner: grouped((ids) => repos.partners.contactsOfPartners(scope, ids)),
    formerContactsOfPartner: grouped((ids) => repos.partners.formerContactsOfPartners(scope, ids)),
    agreementsOfPartner: grouped((ids) => repos.partners.agreementsOfPartners(scope, ids)),
    venuesOfPartner: grouped((ids) => repos.partners.venuesOfPartners(scope, ids)),
    activitiesOfPartner: grouped((ids) => repos.outreach.activitiesOfPartners(scope, ids)),
    groupsStartedWithPartner: grouped((ids) => repos.outreach.groupsStartedWithPartners(scope, ids)),
    contact: new DataLoader(async (ids) => repos.partners.contactsByIds(scope, [...ids])),
    contactHistory: grouped((ids) => repos.partners.contactHistory(scope, ids)),
    groupsAtVenue: grouped((ids) => repos.partners.groupsAtVenues(scope, ids)),
    activity: new DataLoader(async (ids) => repos.outreach.findByIds(scope, [...ids])),
    outcomesOfActivity: grouped((ids) => repos.outreach.outcomesFor(scope, ids)),
    originActivitiesOfGroup: grouped((ids) => repos.outreach.originActivitiesOfGroups(scope, ids)),
  };
}
