import type { AccessLogAction, AccessPurpose, DistrictId, Scope } from '@selvhjelp/domain';
import { isUuid } from '@selvhjelp/domain';
import { GatewayError, notFound } from '../../kernel/errors.js';
import type { Viewer } from '../../kernel/policy.js';
import { personalRecordsScope } from '../../kernel/policy.js';
import type { ReadPath, RecordKind } from '../../kernel/read-path.js';

/** The record a denied attempt is about: its kind, id, and where to find its district whoever asks. */
export interface DeniedTarget {
  kind: RecordKind;
  id: string;
  /** The record's district outside the viewer's scope (NATIONAL_SCOPE), null when it does not exist. */
  districtOf(): Promise<DistrictId | null>;
  action: AccessLogAction;
  purpose: AccessPurpose;
}

/**
 * The viewer's scope for peers and matching (district staff only), logging a FORBIDDEN attempt
 * on `target` first. A non-uuid id is no record: refused without an entry.
 */
export async function personalScopeFor(viewer: Viewer, read: ReadPath, target: DeniedTarget): Promise<Scope> {
  try {
    return personalRecordsScope(viewer);
  } catch (error) {
    if (error instanceof GatewayError && isUuid(target.id))
      await read.denied(target.kind, target.id, await target.districtOf(), 'FORBIDDEN', target);
    throw error;
  }
}

/** Logs a NOT_FOUND attempt on `target` (with the district of a record that exists elsewhere), then returns the error to throw. */
export async function notFoundLogged(read: ReadPath, target: DeniedTarget, reason: string): Promise<GatewayError> {
  if (isUuid(target.id)) await read.denied(target.kind, target.id, await target.districtOf(), 'NOT_FOUND', target);
  return notFound(reason);
}
