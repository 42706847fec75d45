import type {
  ActivityOutcomeRecord,
  AgreementRecord,
  CalendarFeedTokenRecord,
  ContactAffiliationRecord,
  ContactPersonRecord,
  EnrolmentRecord,
  FacilitatorAssignmentRecord,
  FacilitatorRecord,
  GroupChangeRecord,
  GroupFollowUpRecord,
  GroupRecord,
  GroupStatusChangeRecord,
  OutreachActivityRecord,
  PartnerRecord,
  StaffUserRecord,
  TrainingCourseRecord,
  TrainingHistoryRecord,
  VenueRecord,
} from '@selvhjelp/db';
import type { Viewer } from './policy.js';
import { REDACTIONS } from './policy.js';

/** The records a viewer can receive, by kind; the kind is what the read hook is told. */
export interface RecordKinds {
  facilitator: FacilitatorRecord;
  trainingHistoryEntry: TrainingHistoryRecord;
  contactPerson: ContactPersonRecord;
  facilitatorAssignment: FacilitatorAssignmentRecord;
  group: GroupRecord;
  groupStatusChange: GroupStatusChangeRecord;
  groupFollowUp: GroupFollowUpRecord;
  groupChange: GroupChangeRecord;
  staffUser: StaffUserRecord;
  calendarFeedToken: CalendarFeedTokenRecord;
  trainingCourse: TrainingCourseRecord;
  enrolment: EnrolmentRecord;
  partner: PartnerRecord;
  contactAffiliation: ContactAffiliationRecord;
  agreement: AgreementRecord;
  venue: VenueRecord;
  outreachActivity: OutreachActivityRecord;
  activityOutcome: ActivityOutcomeRecord;
}

export type RecordKind = keyof RecordKinds;

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
  ) {}

  async pass<K extends RecordKind>(
    kind: K,
    records: readonly RecordKinds[K][],
    how: ReadHow,
    via?: string,
  ): Promise<RecordKinds[K][]> {
    if (records.length === 0) return [];
    await this.hook(
      this.viewer,
      kind,
      records.map((record) => idOf(kind, record)),
      how,
      via,
    );
    return records.map((record) => redact(this.viewer, kind, record));
  }

  async one<K extends RecordKind>(
    kind: K,
    record: RecordKinds[K],
    how: ReadHow = 'byId',
    via?: string,
  ): Promise<RecordKinds[K]> {
    const [passed] = await this.pass(kind, [record], how, via);
    return passed!;
  }

  async maybe<K extends RecordKind>(
    kind: K,
    record: RecordKinds[K] | null,
    how: ReadHow,
    via?: string,
  ): Promise<RecordKinds[K] | null> {
    return record ? this.one(kind, record, how, via) : null;
  }
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
