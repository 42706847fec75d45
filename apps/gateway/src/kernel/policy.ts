import type {
  ContactPersonRecord,
  FacilitatorRecord,
  InquiryRecord,
  StaffUserRecord,
  SurveyOwner,
} from '@selvhjelp/db';
import type { SurveyQuestionResultView } from '../modules/surveys/models.js';
import type { ApiScope, DistrictId, PersonalDataViewer, Role, Scope } from '@selvhjelp/domain';
import {
  DISTRICT_IDS,
  NATIONAL_SCOPE,
  canSeeContactDetails,
  districtScope,
  isDistrictId,
  isDistrictRole,
} from '@selvhjelp/domain';
import { forbidden, refused, unauthenticated } from './errors.js';

/**
 * The one place that decides what a viewer may do. Services ask it for a scope or an
 * assertion before they call a repository; resolvers never decide access themselves.
 */
export interface Viewer {
  user: StaffUserRecord;
  sessionId: string;
  /** The login session behind the request, as it stands after this request's use of it. */
  session?: ViewerSession;
}

export interface ViewerSession {
  realmDistrictId: DistrictId | null;
  expiresAt: Date;
  lastSeenAt: Date;
}

/**
 * A partner organisation's program calling with an API key (issue 14, decision 0032). Not a
 * `Viewer`: no staff service is built for it (the context refuses them with FORBIDDEN), so no
 * record a staff member may read reaches it by a path someone forgot to close. What it reads goes
 * through the partner reads of modules/api-clients, each asking `apiClientReadScope` below.
 */
export interface ApiClientViewer {
  clientId: string;
  /** The key used; null for an OAuth2 access token from the configured issuer (decision 0035). */
  secretId: string | null;
  name: string;
  scopes: readonly ApiScope[];
  districtIds: readonly DistrictId[];
}

/**
 * The district a client's read of `scope` covers: the one asked for when the client sees it
 * (null: another district, answered as empty or NOT_FOUND like a staff member's out-of-scope
 * read), else its one district; a client of several districts names one.
 */
export function apiClientReadScope(
  client: ApiClientViewer,
  scope: ApiScope,
  requested: string | null | undefined,
  field = 'filter.districtId',
): Scope | null {
  assertApiScope(client, scope);
  if (requested)
    return client.districtIds.includes(requested as DistrictId) ? districtScope(requested as DistrictId) : null;
  const [only, ...more] = client.districtIds;
  if (!only) return null;
  if (more.length > 0) throw refused({ reason: 'API_CLIENT_PICK_DISTRICT', field });
  return districtScope(only);
}

export function assertApiScope(client: ApiClientViewer, scope: ApiScope): void {
  if (!client.scopes.includes(scope)) throw forbidden('API_SCOPE_MISSING', { scope });
}

/**
 * `referrals:write`: the district a submission goes to must be one of the client's; another is
 * refused on the field that named it (the municipality), so the service knows what to fix.
 */
export function apiClientReferralScope(client: ApiClientViewer, districtId: string | undefined, field: string): Scope {
  assertApiScope(client, 'referrals:write');
  if (!districtId || !apiClientSeesDistrict(client, districtId))
    throw refused({ reason: 'SERVICE_REFERRAL_MUNICIPALITY_OUTSIDE', field });
  return districtScope(districtId as DistrictId);
}

/**
 * `referrals:write`: where a client's own submissions are looked up (by its id and reference, the
 * real bound): its one district, or all of its districts' when it has several.
 */
export function apiClientSubmissionsScope(client: ApiClientViewer): Scope {
  assertApiScope(client, 'referrals:write');
  const [only, ...more] = client.districtIds;
  return only && more.length === 0 ? districtScope(only) : NATIONAL_SCOPE;
}

/** Whether a record of this district is one the client sees (for reads by id). */
export function apiClientSeesDistrict(client: ApiClientViewer, districtId: string): boolean {
  return client.districtIds.includes(districtId as DistrictId);
}

/**
 * `statistics:read`: the overview of the client's districts (no list: all of them); a district
 * it does not see is FORBIDDEN, as another district is for district staff.
 */
export function apiClientOverviewScope(
  client: ApiClientViewer,
  requested: readonly string[] | null | undefined,
): { scope: Scope; districts: DistrictId[] } {
  assertApiScope(client, 'statistics:read');
  const wanted = [...new Set(requested ?? [])];
  for (const id of wanted)
    if (!isDistrictId(id))
      throw refused({ reason: 'OVERVIEW_UNKNOWN_DISTRICT', field: 'districts', params: { district: id } });
  if (wanted.some((id) => !apiClientSeesDistrict(client, id))) throw forbidden('API_CLIENT_OTHER_DISTRICT');
  const districts = wanted.length === 0 ? [...client.districtIds] : DISTRICT_IDS.filter((id) => wanted.includes(id));
  const [only] = districts;
  // Several districts are read as national users read a selection of districts.
  return { scope: districts.length === 1 && only ? districtScope(only) : NATIONAL_SCOPE, districts };
}

/** Which API clients a viewer manages: all for administrators, their own district's for district leads. */
export function apiClientAdministrationScope(viewer: Viewer): Scope {
  switch (viewer.user.role) {
    case 'ADMIN':
      return NATIONAL_SCOPE;
    case 'DISTRICT_LEAD':
      return readScope(viewer);
    default:
      throw forbidden('API_CLIENTS_LEADS_ONLY');
  }
}

/** The portal a login happens on: `undefined` = API client, `null` = national portal. */
export type LoginRealm = { districtId: DistrictId | null } | undefined;

export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw unauthenticated();
  return viewer;
}

/** Everything a viewer may read: their district, or all districts for national roles. */
export function readScope(viewer: Viewer): Scope {
  return scopeOfUser(viewer.user);
}

export function scopeOfUser(user: Pick<StaffUserRecord, 'role' | 'districtId'>): Scope {
  if (isDistrictRole(user.role)) {
    if (!user.districtId || !isDistrictId(user.districtId)) {
      // A district role without a valid district must never fall back to national scope.
      throw forbidden('USER_WITHOUT_DISTRICT');
    }
    return districtScope(user.districtId);
  }
  return NATIONAL_SCOPE;
}

/** Which staff accounts a viewer may manage: all for admins, their own district for leads. */
export function userAdministrationScope(viewer: Viewer): Scope {
  switch (viewer.user.role) {
    case 'ADMIN':
      return NATIONAL_SCOPE;
    case 'DISTRICT_LEAD':
      return readScope(viewer);
    default:
      throw forbidden('MANAGE_USERS_LEADS_ONLY');
  }
}

export function mayAdministerUsers(viewer: Viewer): boolean {
  return viewer.user.role === 'ADMIN' || viewer.user.role === 'DISTRICT_LEAD';
}

/** Whether the viewer may give an account this role in this district. */
export function assertMayAssignRole(viewer: Viewer, role: Role, districtId: string | null | undefined): void {
  const scope = userAdministrationScope(viewer);
  if (viewer.user.role === 'ADMIN') return;
  if (!isDistrictRole(role)) {
    throw forbidden('LEAD_CREATES_DISTRICT_ROLES_ONLY');
  }
  if (scope.kind === 'district' && districtId !== scope.districtId) {
    throw forbidden('CREATE_USERS_OWN_DISTRICT_ONLY');
  }
}

/** A district portal admits that district's staff; the national portal admits national roles. */
export function mayUseRealm(user: Pick<StaffUserRecord, 'role' | 'districtId'>, realm: LoginRealm): boolean {
  if (realm === undefined) return true;
  if (realm.districtId === null) return !isDistrictRole(user.role);
  return isDistrictRole(user.role) && user.districtId === realm.districtId;
}

/** A district's registers (groups, facilitators, courses) are written by its own staff; national roles read. */
export function districtWriteScope(viewer: Viewer): Scope {
  if (!isDistrictRole(viewer.user.role)) {
    throw forbidden('REGISTERS_DISTRICT_STAFF_ONLY');
  }
  return readScope(viewer);
}

/** People's contact details (facilitators, partner contacts) are for staff of their own district only. */
export function mayReadPersonalDetails(viewer: Viewer | null, districtId: string): boolean {
  return Boolean(viewer && isDistrictRole(viewer.user.role) && viewer.user.districtId === districtId);
}

/** District settings are changed by the district's lead. */
export function districtLeadScope(viewer: Viewer): Scope {
  if (viewer.user.role !== 'DISTRICT_LEAD') throw forbidden('DISTRICT_SETTINGS_LEAD_ONLY');
  return readScope(viewer);
}

/**
 * The retention job's runs (when, how many records) are the administrators' to check; the
 * months themselves are each district lead's (districtLeadScope).
 */
export function retentionRunsScope(viewer: Viewer): Scope {
  if (viewer.user.role !== 'ADMIN') throw forbidden('RETENTION_RUNS_ADMIN_ONLY');
  return NATIONAL_SCOPE;
}

/** The yearly report for all districts at once (the background job and its files) is the national office's. */
export function reportJobsScope(viewer: Viewer): Scope {
  if (isDistrictRole(viewer.user.role)) throw forbidden('REPORT_JOBS_NATIONAL_ONLY');
  return NATIONAL_SCOPE;
}

/**
 * One report made on request: district staff get their own district's, national roles any
 * district's and the national one (null).
 */
export function assertMayDownloadReport(viewer: Viewer, districtId: DistrictId | null): void {
  if (!isDistrictRole(viewer.user.role)) return;
  if (districtId === null || districtId !== viewer.user.districtId) throw forbidden('REPORT_OWN_DISTRICT_ONLY');
}

/** An exception from a course's full-attendance rule is the district lead's call, for their own district's courses. */
export function attendanceExceptionScope(viewer: Viewer): Scope {
  if (viewer.user.role !== 'DISTRICT_LEAD') throw forbidden('ATTENDANCE_EXCEPTION_LEAD_ONLY');
  return readScope(viewer);
}

/**
 * Inquiries, follow-up cases and volunteer peers (health data, issue 12) are for staff of their
 * district only: the national office sees aggregates, administrators and partner clients nothing.
 */
export function personalRecordsScope(viewer: Viewer): Scope {
  if (!isDistrictRole(viewer.user.role)) throw forbidden('PERSONAL_RECORDS_DISTRICT_STAFF_ONLY');
  return readScope(viewer);
}

/** The viewer is the lead of this district. */
export function isDistrictLeadOf(viewer: Viewer | null, districtId: string): boolean {
  return Boolean(viewer && viewer.user.role === 'DISTRICT_LEAD' && viewer.user.districtId === districtId);
}

/** Things only the lead of the record's district does (note grants, the access log, art. 15 exports). */
export function assertDistrictLeadOf(viewer: Viewer, districtId: string, reason: string): void {
  if (!isDistrictLeadOf(viewer, districtId)) throw forbidden(reason);
}

/**
 * The viewer as the domain's personal-data rules see them (`canSeeContactDetails`,
 * `canReadCaseNotes`), for a record of `districtId`.
 */
export function personalDataViewer(
  viewer: Viewer | null,
  districtId: string,
  extras: { isResponsible?: boolean; notesGrantedUntil?: Date | null } = {},
): PersonalDataViewer {
  return {
    role: viewer ? viewer.user.role : 'PARTNER_CLIENT',
    inDistrict: Boolean(viewer && isDistrictRole(viewer.user.role) && viewer.user.districtId === districtId),
    isResponsible: extras.isResponsible ?? false,
    notesGrantedUntil: extras.notesGrantedUntil ?? null,
  };
}

/**
 * Whether the viewer sees (and so may change) the person's alias and contact on an inquiry:
 * district staff while the follow-up consent is in force, the district lead always.
 */
export function maySeeInquiryContact(
  viewer: Viewer | null,
  record: { districtId: string; followUpConsentInForce: boolean },
): boolean {
  return canSeeContactDetails(personalDataViewer(viewer, record.districtId), record.followUpConsentInForce);
}

/**
 * Surveys (issue 13): district staff run their district's, NATIONAL and ADMIN the national
 * office's (district null). Everyone reads within readScope: a district its own, national roles
 * every survey (results are aggregates).
 */
export function surveyOwner(viewer: Viewer): SurveyOwner {
  if (isDistrictRole(viewer.user.role)) return districtScopeOf(readScope(viewer));
  return null;
}

function districtScopeOf(scope: Scope): DistrictId {
  if (scope.kind !== 'district') throw forbidden('USER_WITHOUT_DISTRICT');
  return scope.districtId;
}

/** Free-text answers are for staff of the owning district; a national survey's for NATIONAL and ADMIN. */
export function maySeeSurveyFreeText(viewer: Viewer | null, survey: { districtId: string | null }): boolean {
  if (!viewer) return false;
  if (survey.districtId === null) return !isDistrictRole(viewer.user.role);
  return isDistrictRole(viewer.user.role) && viewer.user.districtId === survey.districtId;
}

/** Comparing districts' answers to a template is the national office's. */
export function surveyComparisonScope(viewer: Viewer): Scope {
  if (isDistrictRole(viewer.user.role)) throw forbidden('SURVEY_COMPARISON_NATIONAL_ONLY');
  return NATIONAL_SCOPE;
}

/** Staff of the record's own district; everyone else gets the record without its personal fields. */
function ownDistrictStaff(viewer: Viewer | null, record: { districtId: string }): boolean {
  return mayReadPersonalDetails(viewer, record.districtId);
}

type NullableField<T> = { [K in keyof T]: null extends T[K] ? K : never }[keyof T];

interface Redaction<T> {
  /** Fields a viewer who may not see them receives as null. */
  fields: readonly NullableField<T>[];
  mayRead(viewer: Viewer | null, record: T): boolean;
}

/**
 * The redaction table: which fields of which record kind are personal, and who may see them.
 * Declared here once; the read path applies it to every record a viewer receives, so no
 * resolver, loader or export decides it on its own.
 */
export const REDACTIONS: {
  facilitator: Redaction<FacilitatorRecord>;
  contactPerson: Redaction<ContactPersonRecord>;
  inquiry: Redaction<InquiryRecord>;
  surveyQuestionResult: Redaction<SurveyQuestionResultView>;
} = {
  // The consent text carries the consent; without it the API shows no consent at all.
  facilitator: { fields: ['email', 'phone', 'notes', 'consentText'], mayRead: ownDistrictStaff },
  contactPerson: { fields: ['email', 'phone', 'consentNote'], mayRead: ownDistrictStaff },
  // Once the follow-up consent is withdrawn (or was never given), only the district lead sees who it was.
  inquiry: {
    fields: ['personAlias', 'contactMethod', 'contactValue', 'contactTimes'],
    mayRead: maySeeInquiryContact,
  },
  // What respondents wrote may say who they are: the owning district's staff only.
  surveyQuestionResult: {
    fields: ['freeTextAnswers'],
    mayRead: (viewer, result) => maySeeSurveyFreeText(viewer, result.survey),
  },
};

/**
 * Which districts' overview a viewer may read (issue 13): district staff and leads their own
 * district only (another district, or several, is FORBIDDEN, so a district cannot read the
 * national figures by asking for all of them); national users and administrators any. No list
 * (or an empty one) means the viewer's whole scope.
 */
export function overviewScope(
  viewer: Viewer,
  requested: readonly string[] | null | undefined,
): { scope: Scope; districts: DistrictId[] } {
  const wanted = [...new Set(requested ?? [])];
  for (const id of wanted)
    if (!isDistrictId(id))
      throw refused({ reason: 'OVERVIEW_UNKNOWN_DISTRICT', field: 'districts', params: { district: id } });
  const scope = readScope(viewer);
  if (scope.kind === 'district') {
    if (wanted.some((id) => id !== scope.districtId)) throw forbidden('OVERVIEW_OWN_DISTRICT_ONLY');
    return { scope, districts: [scope.districtId] };
  }
  const districts = wanted.length === 0 ? [...DISTRICT_IDS] : DISTRICT_IDS.filter((id) => wanted.includes(id));
  return { scope, districts };
}
