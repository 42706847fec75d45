import type {
  AccessLogEntryRecord,
  ActivityOutcomeRecord,
  AgreementRecord,
  ApiClientRecord,
  CaseNoteGrantRecord,
  CaseNoteRecord,
  CaseReferralRecord,
  CaseStatusChangeRecord,
  FollowUpCaseRecord,
  CalendarFeedTokenRecord,
  ContactAffiliationRecord,
  ContactPersonRecord,
  EnrolmentRecord,
  FacilitatorAssignmentRecord,
  FacilitatorRecord,
  GroupChangeRecord,
  GroupFollowUpRecord,
  GroupRecord,
  GroupSummaryRecord,
  GroupStatusChangeRecord,
  InquiryConsentRecord,
  InquiryRecord,
  InterestListEntryRecord,
  OutreachActivityRecord,
  PartnerRecord,
  ReferralResourceRecord,
  StaffUserRecord,
  TrainingCourseRecord,
  TrainingHistoryRecord,
  VenueRecord,
  VolunteerPeerRecord,
  PeerCheckInRecord,
  SurveyRecord,
  ServiceReferralRecord,
} from '@selvhjelp/db';
import type { SurveyQuestionResultView } from '../modules/surveys/models.js';
import type { AccessLogAction, AccessLogRecordType, AccessPurpose, DistrictId } from '@selvhjelp/domain';
import { isDistrictRole } from '@selvhjelp/domain';
import type { Database, Repositories } from '@selvhjelp/db';
import type { PeerMatchCaseRecord } from '../modules/volunteer-peers/models.js';
import DataLoader from 'dataloader';
import type { Viewer } from './policy.js';
import { REDACTIONS, readScope } from './policy.js';

/** The records a viewer can receive, by kind; the kind is what the read hook is told. */
export interface RecordKinds {
  facilitator: FacilitatorRecord;
  trainingHistoryEntry: TrainingHistoryRecord;
  contactPerson: ContactPersonRecord;
  facilitatorAssignment: FacilitatorAssignmentRecord;
  group: GroupRecord;
  /** A group as the staff list shows it, when the query asks no more (decision 0043). */
  groupSummary: GroupSummaryRecord;
  groupStatusChange: GroupStatusChangeRecord;
  groupFollowUp: GroupFollowUpRecord;
  groupChange: GroupChangeRecord;
  staffUser: StaffUserRecord;
  calendarFeedToken: CalendarFeedTokenRecord;
  apiClient: ApiClientRecord;
  /** A service's submission as its API client sees it (nothing personal). */
  serviceReferral: ServiceReferralRecord;
  trainingCourse: TrainingCourseRecord;
  enrolment: EnrolmentRecord;
  partner: PartnerRecord;
  contactAffiliation: ContactAffiliationRecord;
  agreement: AgreementRecord;
  venue: VenueRecord;
  outreachActivity: OutreachActivityRecord;
  activityOutcome: ActivityOutcomeRecord;
  followUpCase: FollowUpCaseRecord;
  caseNote: CaseNoteRecord;
  caseReferral: CaseReferralRecord;
  caseStatusChange: CaseStatusChangeRecord;
  caseNoteGrant: CaseNoteGrantRecord;
  accessLogEntry: AccessLogEntryRecord;
  inquiry: InquiryRecord;
  consent: InquiryConsentRecord;
  interestListEntry: InterestListEntryRecord;
  referralResource: ReferralResourceRecord;
  volunteerPeer: VolunteerPeerRecord;
  peerCheckIn: PeerCheckInRecord;
  /** A follow-up case as matching hands it out (id and version): logged as the case. */
  peerMatchCase: PeerMatchCaseRecord;
  survey: SurveyRecord;
  /** A question's results; its free-text answers are redacted for anyone but the owner's staff. */
  surveyQuestionResult: SurveyQuestionResultView;
}

export type RecordKind = keyof RecordKinds;

/**
 * The kinds whose every read, change and denied attempt goes to the access log (decision 0019):
 * which log record type, the id of the record the entry is about, and the action a read is
 * (notes are READ_NOTES of their case; check-ins are reads of their peer). A kind is listed here
 * once it is in RecordKinds.
 */
interface LoggedKind {
  recordType: AccessLogRecordType;
  /** The logged record's id (a note's case, a check-in's peer). */
  recordIdOf(record: object): string;
  /** The action of a read, when it is not the `how`'s (byId/nested: READ, list: LIST, export: EXPORT). */
  readAction?: AccessLogAction;
}

const field =
  (name: string) =>
  (record: object): string =>
    String((record as Record<string, unknown>)[name]);

export const LOGGED_KINDS: Readonly<Record<string, LoggedKind>> = Object.freeze({
  inquiry: { recordType: 'INQUIRY', recordIdOf: field('id') },
  followUpCase: { recordType: 'FOLLOW_UP_CASE', recordIdOf: field('id') },
  caseNote: { recordType: 'FOLLOW_UP_CASE', recordIdOf: field('caseId'), readAction: 'READ_NOTES' },
  volunteerPeer: { recordType: 'VOLUNTEER_PEER', recordIdOf: field('id') },
  peerCheckIn: { recordType: 'VOLUNTEER_PEER', recordIdOf: field('peerId') },
  peerMatchCase: { recordType: 'FOLLOW_UP_CASE', recordIdOf: field('id') },
});

/** What the access log needs to know of an access besides the records: why, and where to write. */
export interface Access {
  /** Decided by the service method, never by the client. */
  purpose: AccessPurpose;
  /** The transaction the read or write runs in: the entries commit (or fail) with it. */
  tx?: Repositories;
  /** Overrides the action the `how` gives (CREATE or UPDATE after a write). */
  action?: AccessLogAction;
}

/** Where the read path writes access-log entries, and the request they belong to. */
export interface AccessLogTarget {
  db: Database;
  requestId: string | null;
  now(): Date;
}

const ACTION_OF_HOW: Readonly<Record<ReadHow, AccessLogAction>> = {
  byId: 'READ',
  nested: 'READ',
  list: 'LIST',
  export: 'EXPORT',
};

/** How a record was reached: its own query, a list or page, an edge of another record, or a file export. */
export type ReadHow = 'byId' | 'list' | 'nested' | 'export';

/**
 * Told of every read before the records leave the gateway. Registries need nothing from it; the
 * inquiries capability plugs its access log in here. A hook that throws fails the read, so a
 * record is never handed out unlogged.
 */
export type ReadHook = (
  viewer: Viewer | null,
  kind: RecordKind,
  ids: readonly string[],
  how: ReadHow,
  via?: string,
) => void | Promise<void>;

export const ignoreReads: ReadHook = () => undefined;

/**
 * The one way records leave the service layer, per request: every record a viewer receives
 * (by id, in a list, through a nested edge, in an export) passes `pass`, which tells the read
 * hook and applies the redaction table of the policy module.
 */
export class ReadPath {
  constructor(
    private readonly viewer: Viewer | null,
    private readonly hook: ReadHook = ignoreReads,
    private readonly accessLog: AccessLogTarget | null = null,
  ) {}

  /**
   * Hands `records` to the viewer: tells the read hook, writes the access log for a logged kind
   * (one entry per record shown, before anything is returned; `access` is then required), and
   * applies the redaction table. A log entry that cannot be written fails the read.
   */
  async pass<K extends RecordKind>(
    kind: K,
    records: readonly RecordKinds[K][],
    how: ReadHow,
    via?: string,
    access?: Access,
  ): Promise<RecordKinds[K][]> {
    if (records.length === 0) return [];
    await this.hook(
      this.viewer,
      kind,
      records.map((record) => idOf(kind, record)),
      how,
      via,
    );
    const logged = LOGGED_KINDS[kind];
    if (logged) await this.log(kind, logged, records, how, access);
    return records.map((record) => redact(this.viewer, kind, record));
  }

  async one<K extends RecordKind>(
    kind: K,
    record: RecordKinds[K],
    how: ReadHow = 'byId',
    via?: string,
    access?: Access,
  ): Promise<RecordKinds[K]> {
    const [passed] = await this.pass(kind, [record], how, via, access);
    return passed!;
  }

  async maybe<K extends RecordKind>(
    kind: K,
    record: RecordKinds[K] | null,
    how: ReadHow,
    via?: string,
    access?: Access,
  ): Promise<RecordKinds[K] | null> {
    return record ? this.one(kind, record, how, via, access) : null;
  }

  /**
   * A batch loader for records other records point to (a page of cases asking for their
   * inquiries), made once per request for each `key`: each batch is one `load` and passes the
   * read path at once, so a page costs one query and, for a logged kind, one access-log
   * statement however many records it shows. Ids `load` does not find (missing or out of
   * scope) give null.
   */
  batchLoader<K extends RecordKind>(
    key: string,
    kind: K,
    via: string,
    access: Access | undefined,
    load: (ids: string[]) => Promise<readonly (RecordKinds[K] | null)[]>,
    idOfRecord: (record: RecordKinds[K]) => string = (record) => idOf(kind, record),
  ): DataLoader<string, RecordKinds[K] | null> {
    const cacheKey = `${kind}|${key}|${via}`;
    const cached = this.batchLoaders.get(cacheKey) as DataLoader<string, RecordKinds[K] | null> | undefined;
    if (cached) return cached;
    const loader = new DataLoader<string, RecordKinds[K] | null>(async (ids) => {
      const found = await load([...ids]);
      const present = found.filter((record): record is RecordKinds[K] => record !== null);
      const passed: RecordKinds[K][] = await this.pass(kind, present, 'nested', via, access);
      const byId = new Map<string, RecordKinds[K]>();
      present.forEach((record, index) => byId.set(idOfRecord(record), passed[index]!));
      return ids.map((id): RecordKinds[K] | null => byId.get(id) ?? null);
    });
    this.batchLoaders.set(cacheKey, loader);
    return loader;
  }

  private readonly batchLoaders = new Map<string, unknown>();

  /**
   * Logs a denied attempt on a logged kind in a statement of its own (the request then fails,
   * and a transaction would take the entry with it). `recordDistrictId` is the district of the
   * record when it exists anywhere (so that district's lead sees the attempt), else null.
   */
  async denied(
    kind: RecordKind,
    recordId: string,
    recordDistrictId: DistrictId | null,
    outcome: 'FORBIDDEN' | 'NOT_FOUND',
    access: Omit<Access, 'tx'> & { action: AccessLogAction },
  ): Promise<void> {
    const logged = LOGGED_KINDS[kind];
    if (!logged) throw new Error(`${kind} is not a logged kind.`);
    const target = this.requireTarget();
    const viewer = this.requireViewer();
    await target.db.repositories.accessLog.append(readScope(viewer), [
      {
        occurredAt: target.now(),
        staffUserId: viewer.user.id,
        role: viewer.user.role,
        actorDistrictId: actorDistrict(viewer),
        recordDistrictId,
        recordType: logged.recordType,
        recordId,
        action: access.action,
        outcome,
        purpose: access.purpose,
        requestId: target.requestId,
      },
    ]);
  }

  private async log(
    kind: string,
    logged: LoggedKind,
    records: readonly object[],
    how: ReadHow,
    access: Access | undefined,
  ): Promise<void> {
    if (!access) throw new Error(`A read of ${kind} needs its purpose for the access log.`);
    const target = this.requireTarget();
    const viewer = this.requireViewer();
    const action = access.action ?? logged.readAction ?? ACTION_OF_HOW[how];
    const occurredAt = target.now();
    // One entry per record shown (a note list of one case is one entry for the case).
    const seen = new Set<string>();
    const entries = [];
    for (const record of records) {
      const recordId = logged.recordIdOf(record);
      if (seen.has(recordId)) continue;
      seen.add(recordId);
      entries.push({
        occurredAt,
        staffUserId: viewer.user.id,
        role: viewer.user.role,
        actorDistrictId: actorDistrict(viewer),
        recordDistrictId: (record as { districtId: DistrictId }).districtId,
        recordType: logged.recordType,
        recordId,
        action,
        outcome: 'ALLOWED' as const,
        purpose: access.purpose,
        requestId: target.requestId,
      });
    }
    const repositories = access.tx ?? target.db.repositories;
    await repositories.accessLog.append(readScope(viewer), entries);
  }

  private requireTarget(): AccessLogTarget {
    if (!this.accessLog) throw new Error('This read path has no access log to write to.');
    return this.accessLog;
  }

  private requireViewer(): Viewer {
    // Logged kinds are never read without a login: the policy refuses first.
    if (!this.viewer) throw new Error('A logged record was read without a viewer.');
    return this.viewer;
  }
}

function actorDistrict(viewer: Viewer): DistrictId | null {
  return isDistrictRole(viewer.user.role) ? viewer.user.districtId : null;
}

/** A record's id as the hook is told it; a training history entry is its enrolment. */
function idOf<K extends RecordKind>(kind: K, record: RecordKinds[K]): string {
  return 'id' in record ? record.id : record.enrolmentId;
}

interface AnyRedaction {
  fields: readonly string[];
  mayRead(viewer: Viewer | null, record: object): boolean;
}

const redactions: Partial<Record<RecordKind, AnyRedaction>> = REDACTIONS;

function redact<K extends RecordKind>(viewer: Viewer | null, kind: K, record: RecordKinds[K]): RecordKinds[K] {
  const redaction = redactions[kind];
  if (!redaction || redaction.mayRead(viewer, record)) return record;
  return { ...record, ...Object.fromEntries(redaction.fields.map((field) => [field, null])) };
}
