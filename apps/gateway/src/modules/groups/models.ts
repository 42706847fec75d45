import type { GroupProjection, GroupRecord, GroupSummaryRecord } from '@selvhjelp/db';
import type { GraphQLResolveInfo } from 'graphql';
import type { Group } from '../../generated/resolvers-types.js';
import { requestedFields } from '../../kernel/selection.js';

// What the Group resolvers receive (codegen mapper): a full record, or, from the staff list when
// the query asks for no more, a summary (decision 0043).

export type GroupModel = GroupRecord | GroupSummaryRecord;

/**
 * The Group fields a GroupSummaryRecord answers: its own columns, the reference data they name
 * (municipality, district, themes), what follows from them (isPublic), and what is read by the
 * group's id (status history, follow-ups, history). Every other field needs the full record.
 */
const SUMMARY_FIELDS: ReadonlySet<string> = new Set<keyof Group>([
  '__typename',
  'id',
  'name',
  'status',
  'isPublic',
  'openForNewMembers',
  'nextFollowUpDue',
  'updatedAt',
  'municipality',
  'district',
  'themes',
  'statusHistory',
  'followUps',
  'history',
]);

/** How much of each group a connection's query needs: summaries when it asks only SUMMARY_FIELDS. */
export function groupProjectionFor(info: GraphQLResolveInfo): GroupProjection {
  const fields = requestedFields(info, ['edges', 'node']);
  return fields && [...fields].every((field) => SUMMARY_FIELDS.has(field)) ? 'summary' : 'record';
}

/**
 * The full record, for a field a summary does not answer. A summary reaching such a field is a
 * bug in SUMMARY_FIELDS: it fails the field rather than answer from what was not read.
 */
export function fullGroup(group: GroupModel): GroupRecord {
  if ('schedule' in group) return group;
  throw new Error(`Group ${group.id} was read as a summary, which has no schedule`);
}
