import type { UploadArg } from '../uploads/read-upload.js';
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { StaffUserRecord as StaffUserRecordModel, ApiClientRecord as ApiClientRecordModel, ApiClientSecretRecord as ApiClientSecretRecordModel, ServiceReferralRecord as ServiceReferralRecordModel, GroupRecord as GroupRecordModel, VenueRecord as VenueRecordModel, GroupStatusChangeRecord as GroupStatusChangeRecordModel, GroupFollowUpRecord as GroupFollowUpRecordModel, GroupChangeRecord as GroupChangeRecordModel, FacilitatorRecord as FacilitatorRecordModel, FacilitatorAssignmentRecord as FacilitatorAssignmentRecordModel, TrainingHistoryRecord as TrainingHistoryRecordModel, NeedsAttention as NeedsAttentionModel, DistrictSettingRecord as DistrictSettingRecordModel, RetentionSettingsRecord as RetentionSettingsRecordModel, RetentionRunRecord as RetentionRunRecordModel, ReportJobRecord as ReportJobRecordModel, ReportFileInfo as ReportFileInfoModel, TrainingCourseRecord as TrainingCourseRecordModel, CourseSessionRecord as CourseSessionRecordModel, EnrolmentRecord as EnrolmentRecordModel, AttendanceExceptionRecord as AttendanceExceptionRecordModel, PartnerRecord as PartnerRecordModel, ContactPersonRecord as ContactPersonRecordModel, ContactAffiliationRecord as ContactAffiliationRecordModel, AgreementRecord as AgreementRecordModel, AgreementAttachmentRecord as AgreementAttachmentRecordModel, OutreachActivityRecord as OutreachActivityRecordModel, ActivityOutcomeRecord as ActivityOutcomeRecordModel, CalendarFeedTokenRecord as CalendarFeedTokenRecordModel, ActivityTotalsRecord as ActivityTotalsRecordModel, NetworkMapRecord as NetworkMapRecordModel, NetworkMunicipalityRecord as NetworkMunicipalityRecordModel, PartnerTypeCountRecord as PartnerTypeCountRecordModel, FollowUpCaseRecord as FollowUpCaseRecordModel, CaseStatusChangeRecord as CaseStatusChangeRecordModel, CaseNoteRecord as CaseNoteRecordModel, CaseReferralRecord as CaseReferralRecordModel, CaseNoteGrantRecord as CaseNoteGrantRecordModel, AccessLogEntryRecord as AccessLogEntryRecordModel, InquiryRecord as InquiryRecordModel, InquiryConsentRecord as InquiryConsentRecordModel, InterestListEntryRecord as InterestListEntryRecordModel, InterestDemandRecord as InterestDemandRecordModel, PlannedActivityResult as PlannedActivityResultModel, ReferralResourceRecord as ReferralResourceRecordModel, SurveyRecord as SurveyRecordModel, VolunteerPeerRecord as VolunteerPeerRecordModel, PeerCheckInRecord as PeerCheckInRecordModel } from '@selvhjelp/db';
import type { ApiClientKeyModel as ApiClientKeyModelModel } from '../modules/api-clients/api-client-service.js';
import type { InquiryServiceReferralModel as InquiryServiceReferralModelModel } from '../modules/service-referrals/views.js';
import type { District as DistrictModel, County as CountyModel, Municipality as MunicipalityModel, Theme as ThemeModel, Schedule as ScheduleModel, MeetingTime as MeetingTimeModel, Qualification as QualificationModel, SurveyTemplate as SurveyTemplateModel, SurveyTemplateQuestion as SurveyTemplateQuestionModel } from '@selvhjelp/domain';
import type { GroupModel as GroupModelModel } from '../modules/groups/models.js';
import type { OverviewModel as OverviewModelModel } from '../modules/overview/models.js';
import type { FollowUpCaseDueModel as FollowUpCaseDueModelModel } from '../modules/follow-up-cases/models.js';
import type { DistrictAgendaModel as DistrictAgendaModelModel, AgendaCourseSessionModel as AgendaCourseSessionModelModel } from '../modules/agenda/models.js';
import type { InterestContactView as InterestContactViewModel, InterestContactsView as InterestContactsViewModel } from '../modules/inquiries/views.js';
import type { SurveyQuestionModel as SurveyQuestionModelModel, SurveyResultsView as SurveyResultsViewModel, SurveyQuestionResultView as SurveyQuestionResultViewModel } from '../modules/surveys/models.js';
import type { PeerCheckInDueModel as PeerCheckInDueModelModel, PeerSuggestionModel as PeerSuggestionModelModel, PeerSuggestionsModel as PeerSuggestionsModelModel, PeerMatchReasonModel as PeerMatchReasonModelModel, PeerMatchRecord as PeerMatchRecordModel } from '../modules/volunteer-peers/models.js';
import type { GatewayContext } from '../kernel/context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date without time (YYYY-MM-DD), in Europe/Oslo. */
  Date: { input: string; output: string; }
  /** An instant in time, as an ISO 8601 string with offset (for example `2026-11-22T09:30:00.000Z`). */
  DateTime: { input: Date; output: Date; }
  /**
   * A file sent with the operation, following the GraphQL multipart request specification
   * (<https://github.com/jaydenseric/graphql-multipart-request-spec>): POST `multipart/form-data` to
   * `/graphql` with a part `operations` (the usual JSON with the file variable set to `null`), a part
   * `map` (`{"0": ["variables.input.attachment"]}`) and the file itself as part `0`, with its file
   * name. Such a request must carry the header `Apollo-Require-Preflight: true` (protection against
   * cross-site requests). With curl:
   *
   *     curl https://…/graphql -H 'Authorization: Bearer …' -H 'Apollo-Require-Preflight: true' \
   *       -F operations='{"query":"mutation ($f: Upload!) { … }","variables":{"f":null}}' \
   *       -F map='{"0":["variables.f"]}' -F 0=@avtale.pdf
   *
   * The file is read as a stream and refused as soon as it passes its limit. Ordinary JSON requests
   * (everything else) are limited to a small body (256 kB by default).
   */
  Upload: { input: UploadArg; output: UploadArg; }
};

/** What was done with a record in an access-log entry. */
export type AccessLogAction =
  | 'ANONYMISE'
  | 'CREATE'
  | 'EXPORT'
  /** Seen in a list (one entry per record shown). */
  | 'LIST'
  | 'READ'
  | 'READ_NOTES'
  | 'UPDATE';

export type AccessLogConnection = {
  __typename?: 'AccessLogConnection';
  edges: Array<AccessLogEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AccessLogEdge = {
  __typename?: 'AccessLogEdge';
  cursor: Scalars['String']['output'];
  node: AccessLogEntry;
};

/** One entry of the access log (innsynslogg). */
export type AccessLogEntry = {
  __typename?: 'AccessLogEntry';
  action: AccessLogAction;
  /** The actor's district at the time; empty for national roles. */
  actorDistrict?: Maybe<District>;
  id: Scalars['ID']['output'];
  occurredAt: Scalars['DateTime']['output'];
  outcome: AccessOutcome;
  purpose: AccessPurpose;
  /** The actor's role at the time (SYSTEM for the retention job). */
  role: Scalars['String']['output'];
  /** Who; empty for the retention job. */
  staffUser?: Maybe<StaffUser>;
};

export type AccessOutcome =
  | 'ALLOWED'
  /** Refused: the viewer may not see it. */
  | 'FORBIDDEN'
  /** Refused: answered as not found (another district, or no such record). */
  | 'NOT_FOUND';

/** Why a record was accessed; decided by the gateway for each operation, never by the client. */
export type AccessPurpose =
  | 'ACCESS_REVIEW'
  | 'CASE_WORK'
  | 'MATCHING'
  | 'PEER_FOLLOW_UP'
  | 'RETENTION'
  | 'SUBJECT_ACCESS_REQUEST';

/** Totals of one district. */
export type ActivityDistrictTotal = {
  __typename?: 'ActivityDistrictTotal';
  activities: Scalars['Int']['output'];
  district: District;
  groupsStarted: Scalars['Int']['output'];
  participants: Scalars['Int']['output'];
};

/**
 * Activities are listed newest first. `from`/`to` are inclusive calendar days; totals and the CSV
 * export use the same filter, so their numbers agree.
 */
export type ActivityFilter = {
  /** Activities that reached any of these audiences. */
  audiences?: InputMaybe<Array<AudienceType>>;
  /** National roles: one district only. */
  districtId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Activities the partner took part in. */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  /** Case-insensitive search in the title. */
  search?: InputMaybe<Scalars['String']['input']>;
  statuses?: InputMaybe<Array<ActivityStatus>>;
  to?: InputMaybe<Scalars['Date']['input']>;
  types?: InputMaybe<Array<ActivityType>>;
};

export type ActivityInput = {
  audiences?: InputMaybe<Array<AudienceType>>;
  date: Scalars['Date']['input'];
  endTime?: InputMaybe<Scalars['String']['input']>;
  municipalityNumber?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  online?: Scalars['Boolean']['input'];
  /** Required once COMPLETED; never negative. */
  participantCount?: InputMaybe<Scalars['Int']['input']>;
  /** Partners of the district. */
  partnerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Required unless online. */
  place?: InputMaybe<Scalars['String']['input']>;
  /** Active staff of the district. */
  staffUserIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** HH:MM; give both start and end, or neither. */
  startTime?: InputMaybe<Scalars['String']['input']>;
  status?: ActivityStatus;
  themeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  title: Scalars['String']['input'];
  type: ActivityType;
};

/** A link from an activity to what came of it; exactly one of group, facilitator or partner is set, by kind. */
export type ActivityOutcome = {
  __typename?: 'ActivityOutcome';
  activity: OutreachActivity;
  createdAt: Scalars['DateTime']['output'];
  facilitator?: Maybe<Facilitator>;
  group?: Maybe<Group>;
  id: Scalars['ID']['output'];
  kind: OutcomeKind;
  note?: Maybe<Scalars['String']['output']>;
  partner?: Maybe<Partner>;
};

export type ActivityStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  /** Ahead; in the district's calendar feed. */
  | 'PLANNED';

/** Totals of the activities that match a filter. */
export type ActivityTotals = {
  __typename?: 'ActivityTotals';
  activities: Scalars['Int']['output'];
  /** One row per district with activities (national overview). */
  byDistrict: Array<ActivityDistrictTotal>;
  /** One row per activity type, in the order of the enum, including types with no activities. */
  byType: Array<ActivityTypeTotal>;
  /** Groups started as an outcome of the activities. */
  groupsStarted: Scalars['Int']['output'];
  /** Sum of participant counts (activities without a count add nothing). */
  participants: Scalars['Int']['output'];
};

export type ActivityType =
  | 'INFORMATION_MEETING'
  | 'NETWORK_MEETING'
  | 'PARTNER_MEETING'
  /** Professional day (fagdag). */
  | 'PROFESSIONAL_DAY'
  /** Course for public-service staff. */
  | 'PUBLIC_SERVICE_COURSE'
  /** Stand or booth. */
  | 'STAND'
  /** Talk or lecture. */
  | 'TALK';

/** Totals of one activity type. */
export type ActivityTypeTotal = {
  __typename?: 'ActivityTypeTotal';
  activities: Scalars['Int']['output'];
  groupsStarted: Scalars['Int']['output'];
  participants: Scalars['Int']['output'];
  type: ActivityType;
};

export type AddActivityOutcomeInput = {
  activityId: Scalars['ID']['input'];
  kind: OutcomeKind;
  note?: InputMaybe<Scalars['String']['input']>;
  /** The group, facilitator or partner (of the same district) the kind points at. */
  targetId: Scalars['ID']['input'];
};

export type AddCaseNoteInput = {
  caseId: Scalars['ID']['input'];
  /** Defaults to today; not in the future. */
  date?: InputMaybe<Scalars['Date']['input']>;
  /** Moves the case's next follow-up; after the note's date. */
  nextFollowUpOn?: InputMaybe<Scalars['Date']['input']>;
  /** Never a national identity number (refused with reason NATIONAL_ID_NUMBER). */
  text: Scalars['String']['input'];
};

export type AddCaseReferralInput = {
  caseId: Scalars['ID']['input'];
  /** Defaults to today; not in the future. */
  date?: InputMaybe<Scalars['Date']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  referralResourceId: Scalars['ID']['input'];
};

export type AddContactInput = {
  contact: ContactInput;
  partnerId: Scalars['ID']['input'];
  role?: InputMaybe<Scalars['String']['input']>;
  /** When the person took up the place; defaults to today. */
  since?: InputMaybe<Scalars['Date']['input']>;
};

/** Planned outreach activities in the next 30 days, in date order. */
export type AgendaActivities = {
  __typename?: 'AgendaActivities';
  items: Array<OutreachActivity>;
  totalCount: Scalars['Int']['output'];
};

/** Follow-up cases due: open cases whose next follow-up is overdue or within a week, overdue first. */
export type AgendaCaseFollowUps = {
  __typename?: 'AgendaCaseFollowUps';
  /** Each case listed is a read of that case (access log: LIST, purpose CASE_WORK). */
  items: Array<FollowUpCaseDue>;
  overdueCount: Scalars['Int']['output'];
  totalCount: Scalars['Int']['output'];
};

/** One session of a training course, with its course. */
export type AgendaCourseSession = {
  __typename?: 'AgendaCourseSession';
  course: TrainingCourse;
  session: CourseSession;
};

/** Sessions of the district's courses (not cancelled) in the next 30 days, in date order. */
export type AgendaCourseSessions = {
  __typename?: 'AgendaCourseSessions';
  items: Array<AgendaCourseSession>;
  totalCount: Scalars['Int']['output'];
};

/** Facilitators qualified today whose qualification lapses within 60 days, soonest first. */
export type AgendaFacilitators = {
  __typename?: 'AgendaFacilitators';
  items: Array<Facilitator>;
  totalCount: Scalars['Int']['output'];
};

/** Groups on a short list of the agenda: the first few, and how many there are in all. */
export type AgendaGroups = {
  __typename?: 'AgendaGroups';
  items: Array<Group>;
  /** Of the total, how many are overdue (0 where a list cannot be overdue). */
  overdueCount: Scalars['Int']['output'];
  totalCount: Scalars['Int']['output'];
};

/** Check-ins with volunteer peers that are overdue or due within a week, overdue first. */
export type AgendaPeerCheckIns = {
  __typename?: 'AgendaPeerCheckIns';
  /** Each peer listed is a read of that peer (access log: LIST, purpose PEER_FOLLOW_UP). */
  items: Array<PeerCheckInDue>;
  overdueCount: Scalars['Int']['output'];
  totalCount: Scalars['Int']['output'];
};

/** A cooperation agreement with a partner. */
export type Agreement = {
  __typename?: 'Agreement';
  attachment?: Maybe<AgreementAttachment>;
  endsOn?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  /** Whether the agreement is in force today. */
  inForce: Scalars['Boolean']['output'];
  partner: Partner;
  /** What the parties agreed to do. */
  scope: Scalars['String']['output'];
  startsOn: Scalars['Date']['output'];
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** The signed document of an agreement. */
export type AgreementAttachment = {
  __typename?: 'AgreementAttachment';
  byteSize: Scalars['Int']['output'];
  /** The document, base64-encoded. Ask for one at a time. */
  contentBase64: Scalars['String']['output'];
  /** Decided from the file's content, never taken from the uploader. */
  contentType: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  sha256: Scalars['String']['output'];
  uploadedAt: Scalars['DateTime']['output'];
};

export type AgreementInput = {
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  scope: Scalars['String']['input'];
  startsOn: Scalars['Date']['input'];
  title: Scalars['String']['input'];
};

/** An organisation's access to this API: its scopes, the districts it sees, until when (decision 0032). */
export type ApiClient = {
  __typename?: 'ApiClient';
  contactEmail: Scalars['String']['output'];
  /** Who answers for the client at the organisation. */
  contactName: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  districts: Array<District>;
  /** After this the keys stop working; empty: no expiry. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** When a key of this client last reached the API (to the minute). */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /**
   * The organisation's number in the Register of Legal Entities (nine digits). OAuth2 access tokens
   * from the configured issuer (Maskinporten) for this organisation act as this client (decision 0035).
   */
  organisationNumber?: Maybe<Scalars['String']['output']>;
  /** The partner in the network it belongs to, if any (the id only: reading the partner is staff's own query). */
  partnerId?: Maybe<Scalars['ID']['output']>;
  /** Revoked clients' keys stop working at once, on every gateway. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  scopes: Array<ApiScope>;
  /** Its keys, newest first: never the key, only its last four characters. */
  secrets: Array<ApiClientSecret>;
  /** Its use over the last `days` days (1 to 396): requests, rate-limited, errors, points, per day and per operation. */
  usage: ApiClientUsage;
  /** Optimistic concurrency version; pass it back when saving or rotating. */
  version: Scalars['Int']['output'];
};


/** An organisation's access to this API: its scopes, the districts it sees, until when (decision 0032). */
export type ApiClientUsageArgs = {
  days?: InputMaybe<Scalars['Int']['input']>;
};

/** A new key with its client. The key is shown only here, once: only its hash is kept. */
export type ApiClientKey = {
  __typename?: 'ApiClientKey';
  client: ApiClient;
  /** `shn_` + 36 characters. Send it as `Authorization: Bearer <key>`. */
  key: Scalars['String']['output'];
};

/** One key of an API client, as staff see it. */
export type ApiClientSecret = {
  __typename?: 'ApiClientSecret';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The key's last four characters; every key starts with `shn_`. */
  lastFour: Scalars['String']['output'];
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Set on the previous key when a rotation starts: it works until then. */
  validUntil?: Maybe<Scalars['DateTime']['output']>;
};

/** An API client's use over the last `days` days, from the usage log (kept 13 months). */
export type ApiClientUsage = {
  __typename?: 'ApiClientUsage';
  days: Scalars['Int']['output'];
  /** Days with use, oldest first. */
  perDay: Array<ApiUsageDay>;
  /** Operation names by points spent, most first (at most 50). */
  perOperation: Array<ApiUsageOperation>;
  totals: ApiUsageCounts;
};

/**
 * What an API client may do (issue 14). No scope ever opens inquiries, follow-up cases,
 * facilitators, volunteer peers, contact persons or staff.
 */
export type ApiScope =
  /** `activities:read`: outreach activities (talks, information meetings, stands) in the client's districts. */
  | 'ACTIVITIES_READ'
  /** `groups:read`: the group registry's non-personal fields, in the client's districts. */
  | 'GROUPS_READ'
  /** `referrals:write`: submit referrals and requests for talks or courses. */
  | 'REFERRALS_WRITE'
  /** `statistics:read`: aggregates, with small numbers protected. */
  | 'STATISTICS_READ';

/** Counts of an API client's operations over a stretch of time. */
export type ApiUsageCounts = {
  __typename?: 'ApiUsageCounts';
  /** Answered with an error, or refused before running. */
  errors: Scalars['Int']['output'];
  /** Points charged to the budget. */
  pointsSpent: Scalars['Int']['output'];
  /** Refused for the budget (HTTP 429). */
  rateLimited: Scalars['Int']['output'];
  requests: Scalars['Int']['output'];
};

/** One calendar day (Norway) of an API client's use. */
export type ApiUsageDay = {
  __typename?: 'ApiUsageDay';
  counts: ApiUsageCounts;
  day: Scalars['Date']['output'];
};

/** One operation name of an API client's use; `operationName` is empty for anonymous operations. */
export type ApiUsageOperation = {
  __typename?: 'ApiUsageOperation';
  counts: ApiUsageCounts;
  operationName?: Maybe<Scalars['String']['output']>;
};

export type ApproveAttendanceExceptionInput = {
  enrolmentId: Scalars['ID']['input'];
  /** Why the participant completes without full attendance (at most 300 characters). */
  reason: Scalars['String']['input'];
};

export type AssignFacilitatorInput = {
  facilitatorId: Scalars['ID']['input'];
  /** Defaults to today. */
  fromDate?: InputMaybe<Scalars['Date']['input']>;
  groupId: Scalars['ID']['input'];
  role?: InputMaybe<Scalars['String']['input']>;
};

/** A district lead's approval that a participant completes the course without attending every session. */
export type AttendanceException = {
  __typename?: 'AttendanceException';
  approvedAt: Scalars['DateTime']['output'];
  /** Null when the staff user has been deleted since. */
  approvedBy?: Maybe<StaffUser>;
  reason: Scalars['String']['output'];
};

export type AttendanceInput = {
  enrolmentId: Scalars['ID']['input'];
  present: Scalars['Boolean']['input'];
  sessionId: Scalars['ID']['input'];
};

/** Who an activity reached. */
export type AudienceType =
  | 'CORRECTIONAL_SERVICE'
  | 'HEALTH_SERVICES'
  | 'MUNICIPAL_SERVICES'
  | 'NAV'
  | 'OTHER'
  | 'PUBLIC'
  | 'SCHOOLS'
  | 'USER_ORGANISATIONS'
  | 'VOLUNTEERS';

/** A staff member's address for subscribing to the district calendar from a calendar app. The secret token is shown only once, when the address is made. */
export type CalendarFeed = {
  __typename?: 'CalendarFeed';
  createdAt: Scalars['DateTime']['output'];
  /** When a calendar app last fetched the feed. */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** What the user saw when confirming a cancellation; refused (CONFLICT, ENROLMENT_CANCEL_STALE) when it changed since. */
export type CancelEnrolmentConfirmation = {
  courseVersion: Scalars['Int']['input'];
  /** The enrolment shown as getting the freed seat; null when nobody was. */
  promotedEnrolmentId?: InputMaybe<Scalars['ID']['input']>;
};

/** The outcome of a cancellation, and who moved up from the waiting list. */
export type CancelEnrolmentResult = {
  __typename?: 'CancelEnrolmentResult';
  course: TrainingCourse;
  enrolment: Enrolment;
  /** The participant who got the freed seat, if anyone was waiting. */
  promoted?: Maybe<Enrolment>;
};

/** A dated note on a case: for the responsible staff member, the district lead and staff granted access. */
export type CaseNote = {
  __typename?: 'CaseNote';
  author?: Maybe<StaffUser>;
  createdAt: Scalars['DateTime']['output'];
  date: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  /** Empty once the case is anonymised. */
  text?: Maybe<Scalars['String']['output']>;
};

/** The district lead's time-limited grant for one staff member to read one case's notes. */
export type CaseNoteGrant = {
  __typename?: 'CaseNoteGrant';
  /** Not revoked and not yet expired. */
  active: Scalars['Boolean']['output'];
  expiresAt: Scalars['DateTime']['output'];
  grantedAt: Scalars['DateTime']['output'];
  grantedBy?: Maybe<StaffUser>;
  id: Scalars['ID']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  staffUser: StaffUser;
};

/** What came of a closed case. */
export type CaseOutcome =
  | 'JOINED_GROUP'
  | 'LOST_CONTACT'
  | 'NO_LONGER_NEEDED'
  | 'OTHER'
  | 'REFERRED_TO_PROFESSIONAL_HELP';

/** A referral on a case to a resource of the district's referral directory. */
export type CaseReferral = {
  __typename?: 'CaseReferral';
  createdAt: Scalars['DateTime']['output'];
  date: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  referralResourceId: Scalars['ID']['output'];
  /** The resource's name as the directory has it. */
  referralResourceName: Scalars['String']['output'];
  referredBy?: Maybe<StaffUser>;
};

/** A follow-up case is open while someone is followed up, paused while it rests, closed with an outcome. */
export type CaseStatus =
  /** Closed for good: someone who comes back is a new inquiry and case. */
  | 'CLOSED'
  | 'OPEN'
  | 'PAUSED';

/** One step of a case's lifecycle. */
export type CaseStatusChange = {
  __typename?: 'CaseStatusChange';
  changedBy?: Maybe<StaffUser>;
  changedOn: Scalars['Date']['output'];
  /** Empty for the case's first step (opened). */
  fromStatus?: Maybe<CaseStatus>;
  id: Scalars['ID']['output'];
  outcome?: Maybe<CaseOutcome>;
  toStatus: CaseStatus;
};

export type ChangeCaseStatusInput = {
  /** Defaults to today; not in the future. */
  effectiveDate?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  /** Required to close, and only then. */
  outcome?: InputMaybe<CaseOutcome>;
  /** A few words on how the case ended; required for OTHER. Kept as a note of the case. */
  outcomeNote?: InputMaybe<Scalars['String']['input']>;
  status: CaseStatus;
  version: Scalars['Int']['input'];
};

export type ChangeGroupStatusInput = {
  /** Defaults to today; may not be in the future. */
  effectiveDate?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  status: GroupStatus;
  version: Scalars['Int']['input'];
};

export type ChangeTrainingCourseStatusInput = {
  id: Scalars['ID']['input'];
  /** Required when cancelling. */
  reason?: InputMaybe<Scalars['String']['input']>;
  status: CourseStatus;
  version: Scalars['Int']['input'];
};

/** The outcome of a course status change; on completion, who completed. */
export type ChangeTrainingCourseStatusResult = {
  __typename?: 'ChangeTrainingCourseStatusResult';
  completedFacilitators: Array<Facilitator>;
  course: TrainingCourse;
};

/** A consent given with an inquiry: for what, when, the words agreed to, and when it was withdrawn. */
export type Consent = {
  __typename?: 'Consent';
  givenOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  /** Given and not withdrawn, today. */
  inForce: Scalars['Boolean']['output'];
  purpose: ConsentPurpose;
  withdrawnOn?: Maybe<Scalars['Date']['output']>;
  wording: Scalars['String']['output'];
};

export type ConsentInput = {
  /** No later than today. */
  givenOn: Scalars['Date']['input'];
  purpose: ConsentPurpose;
  /** The words the person agreed to. */
  wording: Scalars['String']['input'];
};

/** What a person consents to, each purpose on its own. */
export type ConsentPurpose =
  /** To be counted in anonymous statistics. */
  | 'ANONYMOUS_STATISTICS'
  /** To be contacted again for follow-up. */
  | 'FOLLOW_UP_CONTACT'
  /** To be on a group's interest list and contacted when it starts. */
  | 'INTEREST_LIST'
  /** To be referred to another service. */
  | 'REFERRAL';

/** A place a person had at a partner, and when they left it. */
export type ContactAffiliation = {
  __typename?: 'ContactAffiliation';
  contact: ContactPerson;
  fromDate: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  partner: Partner;
  role?: Maybe<Scalars['String']['output']>;
  toDate: Scalars['Date']['output'];
};

export type ContactInput = {
  consentNote?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** The one way to reach a person again. */
export type ContactMethod =
  | 'EMAIL'
  | 'PHONE';

/** A person at a partner. Email, phone and consent note are for staff of the district only. */
export type ContactPerson = {
  __typename?: 'ContactPerson';
  /** How and when the person agreed to be kept on record. */
  consentNote?: Maybe<Scalars['String']['output']>;
  email?: Maybe<Scalars['String']['output']>;
  /** Earlier places, most recent first. */
  history: Array<ContactAffiliation>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Where the person is now; empty when they left and are at no partner of the district. */
  partner?: Maybe<Partner>;
  phone?: Maybe<Scalars['String']['output']>;
  role?: Maybe<Scalars['String']['output']>;
  /** When the person took up the current place. */
  since?: Maybe<Scalars['Date']['output']>;
  version: Scalars['Int']['output'];
};

/** A county (fylke) in the 2024 county structure. */
export type County = {
  __typename?: 'County';
  district: District;
  municipalities: Array<Municipality>;
  name: Scalars['String']['output'];
  /** Official two-digit county number. */
  number: Scalars['String']['output'];
};

/** One gathering of a course; times are local to Europe/Oslo. */
export type CourseSession = {
  __typename?: 'CourseSession';
  date: Scalars['Date']['output'];
  end: Scalars['DateTime']['output'];
  endTime: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  place?: Maybe<Scalars['String']['output']>;
  start: Scalars['DateTime']['output'];
  startTime: Scalars['String']['output'];
};

export type CourseSessionInput = {
  date: Scalars['Date']['input'];
  endTime: Scalars['String']['input'];
  place?: InputMaybe<Scalars['String']['input']>;
  startTime: Scalars['String']['input'];
};

export type CourseStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'OPEN'
  | 'PLANNED'
  | 'RUNNING';

export type CourseType =
  /** Basic facilitator training; completing it qualifies. */
  | 'BASIC'
  /** Network meeting or theme evening; no qualification. */
  | 'NETWORK_MEETING'
  /** Refresher; completing it renews a qualification. */
  | 'REFRESHER';

/** Where groups are: municipalities with at least one STARTING or RUNNING group on the period's last day. */
export type Coverage = {
  __typename?: 'Coverage';
  counties: Array<CoverageCounty>;
  /** The covered municipality numbers (for the map), ascending. */
  coveredMunicipalityNumbers: Array<Scalars['String']['output']>;
};

/** A county's municipalities and how many of them have an open group. */
export type CoverageCounty = {
  __typename?: 'CoverageCounty';
  county: County;
  covered: Scalars['Int']['output'];
  municipalities: Scalars['Int']['output'];
};

export type CreateAgreementInput = {
  agreement: AgreementInput;
  /**
   * The signed document (see `Upload` for how to send a file): PDF, DOCX, ODT, PNG or JPEG, the
   * content matching the file name, within the gateway's limit (5 MiB unless configured). Too
   * large: BAD_USER_INPUT with reason FILE_TOO_LARGE, and nothing is stored.
   */
  attachment?: InputMaybe<Scalars['Upload']['input']>;
  partnerId: Scalars['ID']['input'];
};

export type CreateApiClientInput = {
  contactEmail: Scalars['String']['input'];
  contactName: Scalars['String']['input'];
  /** District leads may give their own district only. */
  districtIds: Array<Scalars['ID']['input']>;
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  name: Scalars['String']['input'];
  /** Nine digits (spaces allowed), checked; one client not revoked per organisation. */
  organisationNumber?: InputMaybe<Scalars['String']['input']>;
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  scopes: Array<ApiScope>;
};

export type CreateFacilitatorInput = {
  consent: FacilitatorConsentInput;
  facilitator: FacilitatorInput;
};

export type CreateGroupInput = {
  group: GroupInput;
};

export type CreateStaffUserInput = {
  /** Required for district roles, must be empty for NATIONAL and ADMIN. */
  districtId?: InputMaybe<Scalars['ID']['input']>;
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  role: Role;
};

/**
 * A new survey: from a template (fromTemplate; its questions, and its title and intro in `language`
 * unless given), or written by hand (title and 1–40 questions). District staff make their district's
 * surveys; NATIONAL and ADMIN make the national office's.
 */
export type CreateSurveyInput = {
  closesOn: Scalars['Date']['input'];
  fromTemplate?: InputMaybe<Scalars['String']['input']>;
  intro?: InputMaybe<Scalars['String']['input']>;
  language?: InputMaybe<Language>;
  opensOn: Scalars['Date']['input'];
  /** Not with fromTemplate. */
  questions?: InputMaybe<Array<SurveyQuestionInput>>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type CreateVolunteerPeerInput = {
  consent: VolunteerPeerConsentInput;
  /** Makes a facilitator of the district a peer too; name, email and phone are then the facilitator's. */
  facilitatorId?: InputMaybe<Scalars['ID']['input']>;
  peer: VolunteerPeerInput;
};

export type DatabaseKind =
  | 'PGLITE'
  | 'POSTGRESQL';

export type DeactivateStaffUserInput = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/** A district office of Selvhjelp Norge and the area it covers. */
export type District = {
  __typename?: 'District';
  counties: Array<County>;
  /** Stable identifier, also the portal path segment: nord, midt, vest, sorvest, sor, innlandet, ost. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  officeTown: Scalars['String']['output'];
};

/**
 * What needs doing first in a district, for its home page: each list holds its first `first`
 * entries (overdue first), with the count of the whole list.
 */
export type DistrictAgenda = {
  __typename?: 'DistrictAgenda';
  activities: AgendaActivities;
  caseFollowUps: AgendaCaseFollowUps;
  courseSessions: AgendaCourseSessions;
  district: District;
  /** Groups not closed whose next follow-up is overdue or due within 14 days. */
  groupFollowUps: AgendaGroups;
  lapsingFacilitators: AgendaFacilitators;
  peerCheckIns: AgendaPeerCheckIns;
  /** Groups under way to start (STARTING), soonest start date first (overdueCount: start date passed). */
  startingGroups: AgendaGroups;
  /** The day the lists are worked out for (Europe/Oslo). */
  today: Scalars['Date']['output'];
  /** The last day of the upcoming lists (today + 30 days). */
  upcomingUntil: Scalars['Date']['output'];
};

/** How to reach the district office that answers for a group; members are never contacted directly. */
export type DistrictContact = {
  __typename?: 'DistrictContact';
  email: Scalars['String']['output'];
  officeName: Scalars['String']['output'];
  phone: Scalars['String']['output'];
  web?: Maybe<Scalars['String']['output']>;
};

/** A district's settings. */
export type DistrictSettings = {
  __typename?: 'DistrictSettings';
  district: District;
  /** How long a basic course or refresher keeps a facilitator qualified. */
  refresherIntervalMonths: Scalars['Int']['output'];
};

export type EnrolInput = {
  courseId: Scalars['ID']['input'];
  /** An existing facilitator of the district… */
  facilitatorId?: InputMaybe<Scalars['ID']['input']>;
  /** …or a new person, registered on the way. */
  newFacilitator?: InputMaybe<CreateFacilitatorInput>;
};

/** A facilitator's place on a course, or on its waiting list. */
export type Enrolment = {
  __typename?: 'Enrolment';
  /** The district lead's approved exception from full attendance, if any. */
  attendanceException?: Maybe<AttendanceException>;
  /** Session ids the participant attended. */
  attendedSessionIds: Array<Scalars['ID']['output']>;
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whether the participant completed the course (only once it is COMPLETED). */
  completed: Scalars['Boolean']['output'];
  enrolledAt: Scalars['DateTime']['output'];
  facilitator: Facilitator;
  id: Scalars['ID']['output'];
  status: EnrolmentStatus;
  /** 1-based position while on the waiting list. */
  waitingPosition?: Maybe<Scalars['Int']['output']>;
};

/** The outcome of an enrolment: a seat, or a place on the waiting list. */
export type EnrolmentResult = {
  __typename?: 'EnrolmentResult';
  course: TrainingCourse;
  enrolment: Enrolment;
  gotSeat: Scalars['Boolean']['output'];
};

export type EnrolmentStatus =
  | 'CANCELLED'
  | 'ENROLLED'
  | 'WAITING'
  /** Still on the waiting list when the course was completed: the list closed without a seat. */
  | 'WAITING_LIST_CLOSED';

/** A trained volunteer (igangsetter) who helps a new group start, then withdraws. Contact details are for staff of the facilitator's district only. */
export type Facilitator = {
  __typename?: 'Facilitator';
  /** Groups the facilitator helped start, newest first. */
  assignments: Array<FacilitatorAssignment>;
  availability: FacilitatorAvailability;
  consent?: Maybe<FacilitatorConsent>;
  createdAt: Scalars['DateTime']['output'];
  district: District;
  email?: Maybe<Scalars['String']['output']>;
  /** Set when the facilitator asked to be forgotten; personal fields are then empty. */
  forgottenAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  languages: Array<Scalars['String']['output']>;
  municipality: Municipality;
  name: Scalars['String']['output'];
  notes?: Maybe<Scalars['String']['output']>;
  phone?: Maybe<Scalars['String']['output']>;
  qualification: Qualification;
  themeConsent: Scalars['Boolean']['output'];
  /** Themes of lived experience or preference; only recorded with the facilitator's consent. */
  themes: Array<Theme>;
  /** Courses the facilitator enrolled in, newest first. */
  trainingHistory: Array<TrainingHistoryEntry>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

/** A facilitator helping a group start. */
export type FacilitatorAssignment = {
  __typename?: 'FacilitatorAssignment';
  facilitator: Facilitator;
  fromDate: Scalars['Date']['output'];
  group: Group;
  id: Scalars['ID']['output'];
  role?: Maybe<Scalars['String']['output']>;
  /** When the facilitator withdrew; empty while the assignment lasts. */
  toDate?: Maybe<Scalars['Date']['output']>;
};

/** What needs a district's attention in its facilitator network. */
export type FacilitatorAttention = {
  __typename?: 'FacilitatorAttention';
  /** Qualified facilitators with no group or course for twelve months. */
  inactive: Array<Facilitator>;
  /** Qualified facilitators whose qualification lapses within three months. */
  lapsingSoon: Array<Facilitator>;
  /** Groups that have been starting up for more than three months. */
  startingTooLong: Array<Group>;
};

export type FacilitatorAvailability =
  | 'AVAILABLE'
  | 'BUSY'
  | 'RESTING';

export type FacilitatorConnection = {
  __typename?: 'FacilitatorConnection';
  edges: Array<FacilitatorEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** What a facilitator agreed to when registered. */
export type FacilitatorConsent = {
  __typename?: 'FacilitatorConsent';
  givenOn: Scalars['Date']['output'];
  text: Scalars['String']['output'];
};

export type FacilitatorConsentInput = {
  givenOn: Scalars['Date']['input'];
  /** The text the facilitator agreed to. */
  text: Scalars['String']['input'];
};

export type FacilitatorEdge = {
  __typename?: 'FacilitatorEdge';
  cursor: Scalars['String']['output'];
  node: Facilitator;
};

export type FacilitatorFilter = {
  availabilities?: InputMaybe<Array<FacilitatorAvailability>>;
  municipalityNumbers?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Case-insensitive search in the name. */
  search?: InputMaybe<Scalars['String']['input']>;
  statuses?: InputMaybe<Array<QualificationStatus>>;
  themeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type FacilitatorInput = {
  availability?: FacilitatorAvailability;
  email?: InputMaybe<Scalars['String']['input']>;
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  municipalityNumber: Scalars['String']['input'];
  name: Scalars['String']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Whether the facilitator agreed to have themes recorded; themes must be empty without it. */
  themeConsent?: Scalars['Boolean']['input'];
  themeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/**
 * One person's follow-up after an inquiry (oppfølgingssak). Health data: only staff of the case's
 * district see it (the national office never sees single cases, partner clients never); every
 * read, list, export and change is written to the access log before the data is returned.
 */
export type FollowUpCase = {
  __typename?: 'FollowUpCase';
  /**
   * Who has read the case (listed, exported, changed it, or tried to), newest first. District lead
   * only (FORBIDDEN CASE_LEAD_ONLY); the review itself is logged with purpose ACCESS_REVIEW.
   */
  accessLog: AccessLogConnection;
  /** Whether the retention job removed the notes and the inquiry's personal details. */
  anonymised: Scalars['Boolean']['output'];
  closedOn?: Maybe<Scalars['Date']['output']>;
  createdAt: Scalars['DateTime']['output'];
  district: District;
  id: Scalars['ID']['output'];
  /** The inquiry itself (its read is in the access log like any other). */
  inquiry: Inquiry;
  /** The inquiry the case was opened from. */
  inquiryId: Scalars['ID']['output'];
  /** Whether the viewer may read `notes` (the responsible staff member, the district lead, staff with a running grant). */
  mayReadNotes: Scalars['Boolean']['output'];
  nextFollowUpOn?: Maybe<Scalars['Date']['output']>;
  /** The lead's grants to read the notes, newest first, ended ones too. District lead only (FORBIDDEN CASE_LEAD_ONLY). */
  noteGrants: Array<CaseNoteGrant>;
  /**
   * Dated notes, newest first. FORBIDDEN (reason CASE_NOTES_FORBIDDEN) for anyone but the
   * responsible staff member, the district lead and staff the lead granted access to the case;
   * every read and every refused attempt is in the access log.
   */
  notes: Array<CaseNote>;
  openedOn: Scalars['Date']['output'];
  /** Set exactly when CLOSED. */
  outcome?: Maybe<CaseOutcome>;
  /** The matched volunteer peer (with their load); empty when none is matched. */
  peer?: Maybe<VolunteerPeer>;
  /** The volunteer peer who follows the person, set by a confirmed match. */
  peerId?: Maybe<Scalars['ID']['output']>;
  peerMatchedOn?: Maybe<Scalars['Date']['output']>;
  /** Eight random symbols, shown as two groups of four (K7QM-4XRT); never sequential. */
  reference: Scalars['String']['output'];
  /** Referrals made on the case, newest first. */
  referrals: Array<CaseReferral>;
  responsibleStaffUser: StaffUser;
  status: CaseStatus;
  /** The case's lifecycle, oldest first. */
  statusChanges: Array<CaseStatusChange>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};


/**
 * One person's follow-up after an inquiry (oppfølgingssak). Health data: only staff of the case's
 * district see it (the national office never sees single cases, partner clients never); every
 * read, list, export and change is written to the access log before the data is returned.
 */
export type FollowUpCaseAccessLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type FollowUpCaseConnection = {
  __typename?: 'FollowUpCaseConnection';
  edges: Array<FollowUpCaseEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A case on the due list. */
export type FollowUpCaseDue = {
  __typename?: 'FollowUpCaseDue';
  dueOn: Scalars['Date']['output'];
  followUpCase: FollowUpCase;
  overdue: Scalars['Boolean']['output'];
};

export type FollowUpCaseEdge = {
  __typename?: 'FollowUpCaseEdge';
  cursor: Scalars['String']['output'];
  node: FollowUpCase;
};

export type FollowUpCaseFilter = {
  /** Cases whose next follow-up is on or before this day. */
  dueBy?: InputMaybe<Scalars['Date']['input']>;
  responsibleStaffUserIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  statuses?: InputMaybe<Array<CaseStatus>>;
};

/** A self-help group as district staff see it. */
export type Group = {
  __typename?: 'Group';
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  district: District;
  /** Facilitators who helped or help the group start. */
  facilitatorAssignments: Array<FacilitatorAssignment>;
  followUps: Array<GroupFollowUp>;
  format: GroupFormat;
  /** Every change to the group, newest first. */
  history: Array<GroupChange>;
  id: Scalars['ID']['output'];
  /** Whether the group is shown in the public finder now. */
  isPublic: Scalars['Boolean']['output'];
  /** Language codes (ISO 639-1), for example `nb`, `en`, `se`. */
  languages: Array<Scalars['String']['output']>;
  maxSize?: Maybe<Scalars['Int']['output']>;
  /** Link to online meetings; shown to staff only, never in the public finder. */
  meetingUrl?: Maybe<Scalars['String']['output']>;
  municipality: Municipality;
  name: Scalars['String']['output'];
  nextFollowUpDue?: Maybe<Scalars['Date']['output']>;
  nextMeetings: Array<Meeting>;
  openForNewMembers: Scalars['Boolean']['output'];
  /** Activities this group came of. */
  originActivities: Array<OutreachActivity>;
  schedule: GroupSchedule;
  /** Stable public address of the group (`/grupper/<slug>`). */
  slug: Scalars['String']['output'];
  status: GroupStatus;
  statusHistory: Array<GroupStatusChange>;
  targetGroup: TargetGroup;
  themes: Array<Theme>;
  updatedAt: Scalars['DateTime']['output'];
  venue?: Maybe<Venue>;
  version: Scalars['Int']['output'];
};


/** A self-help group as district staff see it. */
export type GroupNextMeetingsArgs = {
  count?: InputMaybe<Scalars['Int']['input']>;
};

/** One recorded change to a group: who, when, and which fields went from what to what. */
export type GroupChange = {
  __typename?: 'GroupChange';
  changedAt: Scalars['DateTime']['output'];
  changedBy?: Maybe<StaffUser>;
  fields: Array<GroupFieldChange>;
  id: Scalars['ID']['output'];
  kind: GroupChangeKind;
};

export type GroupChangeKind =
  | 'CREATED'
  | 'FOLLOW_UP'
  | 'IMPORTED'
  | 'STATUS_CHANGED'
  | 'UPDATED';

export type GroupConnection = {
  __typename?: 'GroupConnection';
  edges: Array<GroupEdge>;
  pageInfo: PageInfo;
  /** Counts per status for the same filter, ignoring the status filter itself. */
  statusCounts: Array<GroupStatusCount>;
  totalCount: Scalars['Int']['output'];
};

export type GroupEdge = {
  __typename?: 'GroupEdge';
  cursor: Scalars['String']['output'];
  node: Group;
};

export type GroupFeedConnection = {
  __typename?: 'GroupFeedConnection';
  edges: Array<GroupFeedEdge>;
  /**
   * `endCursor` is where to resume: keep it and pass it as `after` next time. On an empty page it
   * is the `after` you sent. `hasNextPage` says more is ready now.
   */
  pageInfo: PageInfo;
};

export type GroupFeedEdge = {
  __typename?: 'GroupFeedEdge';
  cursor: Scalars['String']['output'];
  node: GroupFeedEntry;
};

/**
 * One change in the groups change feed (decision 0036). Several changes of one group within a page
 * come as one entry, at the place of the last.
 */
export type GroupFeedEntry = {
  __typename?: 'GroupFeedEntry';
  /** When the change was saved. */
  changedAt: Scalars['DateTime']['output'];
  /** The group as it is now (the same fields as `groups`); null when REMOVED. */
  group?: Maybe<Group>;
  groupId: Scalars['ID']['output'];
  kind: GroupFeedEntryKind;
};

/** What happened to a group, as the change feed tells it. */
export type GroupFeedEntryKind =
  /** Created or changed: `group` holds its current non-personal fields. */
  | 'CHANGED'
  /** Deleted, or moved to a district the client does not see: drop it from your copy. */
  | 'REMOVED';

/** One field of a recorded change, with old and new values as display text. */
export type GroupFieldChange = {
  __typename?: 'GroupFieldChange';
  field: Scalars['String']['output'];
  newValue?: Maybe<Scalars['String']['output']>;
  oldValue?: Maybe<Scalars['String']['output']>;
};

export type GroupFilter = {
  /** National users may pick a district; district users always see their own. */
  districtId?: InputMaybe<Scalars['ID']['input']>;
  /** Only groups whose next follow-up is due on or before this date. */
  followUpDueBefore?: InputMaybe<Scalars['Date']['input']>;
  municipalityNumber?: InputMaybe<Scalars['String']['input']>;
  openForNewMembers?: InputMaybe<Scalars['Boolean']['input']>;
  /** Case-insensitive search in the group's name. */
  search?: InputMaybe<Scalars['String']['input']>;
  statuses?: InputMaybe<Array<GroupStatus>>;
  themeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** The district's check-in with a group. */
export type GroupFollowUp = {
  __typename?: 'GroupFollowUp';
  createdAt: Scalars['DateTime']['output'];
  date: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  note: Scalars['String']['output'];
  registeredBy?: Maybe<StaffUser>;
};

export type GroupFormat =
  | 'HYBRID'
  | 'IN_PERSON'
  | 'ONLINE';

/** What a CSV import found or did, row by row. */
export type GroupImportResult = {
  __typename?: 'GroupImportResult';
  /** Whether rows were written (never on a dry run, never when any row is invalid unless `skipInvalid`). */
  committed: Scalars['Boolean']['output'];
  createdCount: Scalars['Int']['output'];
  dryRun: Scalars['Boolean']['output'];
  /** Valid rows that repeat a group the district has (same name, municipality and schedule) or an earlier row of the file. */
  duplicateCount: Scalars['Int']['output'];
  invalidCount: Scalars['Int']['output'];
  rows: Array<GroupImportRow>;
  validCount: Scalars['Int']['output'];
};

/** One data row of an imported CSV file. */
export type GroupImportRow = {
  __typename?: 'GroupImportRow';
  /**
   * A valid row that repeats a group of the district (same name, municipality and schedule) or an
   * earlier row of the file; left out on import unless `importDuplicates`.
   */
  duplicate: Scalars['Boolean']['output'];
  errors: Array<ImportFieldError>;
  /** Line number in the file (the header is line 1). */
  line: Scalars['Int']['output'];
  municipalityName?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  valid: Scalars['Boolean']['output'];
};

export type GroupInput = {
  description: Scalars['String']['input'];
  format: GroupFormat;
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  maxSize?: InputMaybe<Scalars['Int']['input']>;
  /** Required for ONLINE and HYBRID. */
  meetingUrl?: InputMaybe<Scalars['String']['input']>;
  municipalityNumber: Scalars['String']['input'];
  name: Scalars['String']['input'];
  openForNewMembers: Scalars['Boolean']['input'];
  schedule: GroupScheduleInput;
  targetGroup: TargetGroup;
  themeIds: Array<Scalars['ID']['input']>;
  /** Required for IN_PERSON and HYBRID. */
  venue?: InputMaybe<VenueInput>;
};

export type GroupOrder = {
  direction?: SortDirection;
  field?: GroupOrderField;
};

export type GroupOrderField =
  | 'NAME'
  | 'NEXT_FOLLOW_UP_DUE'
  | 'STATUS'
  | 'UPDATED_AT';

/** When a group meets. Times are local to Europe/Oslo. */
export type GroupSchedule = {
  __typename?: 'GroupSchedule';
  /** Only for IRREGULAR. */
  dates: Array<Scalars['Date']['output']>;
  durationMinutes: Scalars['Int']['output'];
  endDate?: Maybe<Scalars['Date']['output']>;
  kind: ScheduleKind;
  /** 1–4, or -1 for the last such weekday of the month; only for MONTHLY_NTH_WEEKDAY. */
  nth?: Maybe<Scalars['Int']['output']>;
  startDate: Scalars['Date']['output'];
  /** Local start time, HH:MM. */
  startTime: Scalars['String']['output'];
  timezone: Scalars['String']['output'];
  weekday?: Maybe<Weekday>;
};

export type GroupScheduleInput = {
  dates?: InputMaybe<Array<Scalars['Date']['input']>>;
  durationMinutes: Scalars['Int']['input'];
  endDate?: InputMaybe<Scalars['Date']['input']>;
  kind: ScheduleKind;
  nth?: InputMaybe<Scalars['Int']['input']>;
  startDate: Scalars['Date']['input'];
  startTime: Scalars['String']['input'];
  weekday?: InputMaybe<Weekday>;
};

export type GroupStatus =
  | 'CLOSED'
  /** An idea: someone wants a group; nothing has started. */
  | 'IDEA'
  | 'PAUSED'
  /** Running on its own (selvgående). */
  | 'RUNNING'
  /** Starting up, usually with a facilitator (igangsetter). */
  | 'STARTING';

/** A lifecycle step of a group. */
export type GroupStatusChange = {
  __typename?: 'GroupStatusChange';
  changedAt: Scalars['DateTime']['output'];
  changedBy?: Maybe<StaffUser>;
  effectiveDate: Scalars['Date']['output'];
  from?: Maybe<GroupStatus>;
  reason: Scalars['String']['output'];
  to: GroupStatus;
};

/** How many groups have a status. */
export type GroupStatusCount = {
  __typename?: 'GroupStatusCount';
  count: Scalars['Int']['output'];
  status: GroupStatus;
};

/** Why a field of an imported row is wrong. */
export type ImportFieldError = {
  __typename?: 'ImportFieldError';
  /** The CSV column. */
  column: Scalars['String']['output'];
  /** The reason in the language asked for (Accept-Language). */
  message: Scalars['String']['output'];
  /** The values the reason's text names (a quoted cell, a limit). */
  params: Array<MessageParam>;
  /** The refusal's code, for clients that render their own text. */
  reason: Scalars['String']['output'];
};

export type ImportGroupsInput = {
  dryRun: Scalars['Boolean']['input'];
  /**
   * The CSV file (semicolon, UTF-8; see `Upload` for how to send a file), within the gateway's
   * limit (2 MiB unless configured). Too large: BAD_USER_INPUT with reason FILE_TOO_LARGE.
   */
  file: Scalars['Upload']['input'];
  /** Write duplicate rows too (the user has seen them flagged in the dry run); otherwise they are left out. */
  importDuplicates?: InputMaybe<Scalars['Boolean']['input']>;
  /** Write the valid rows and leave out the invalid ones (the user has seen them in the dry run). */
  skipInvalid?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Who is asking: the person, a relative (pårørende), a public service, or a partner of the network. */
export type InquirerType =
  | 'PARTNER'
  | 'PERSON'
  | 'PUBLIC_SERVICE'
  | 'RELATIVE';

/**
 * An inquiry (henvendelse) to a district office. Health data: only staff of the district see
 * inquiries (the national office sees aggregates), and every read is in the access log. The
 * person's alias and contact are shown only while the follow-up consent is in force (the district
 * lead always sees them).
 */
export type Inquiry = {
  __typename?: 'Inquiry';
  actions: Array<InquiryAction>;
  /** The planned outreach activity this inquiry (a request for a talk or course) became. */
  activity?: Maybe<OutreachActivity>;
  channel: InquiryChannel;
  /** Every consent, withdrawn ones included, by purpose. */
  consents: Array<Consent>;
  contact?: Maybe<PersonContact>;
  createdAt: Scalars['DateTime']['output'];
  district: District;
  /** The follow-up case opened from it, if any. */
  followUpCase?: Maybe<FollowUpCase>;
  /** Whether the person's follow-up consent is in force today. */
  followUpConsentInForce: Scalars['Boolean']['output'];
  /** Whether a follow-up case was opened from it. */
  hasCase: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  inquirerType: InquirerType;
  /** The person's places on interest lists, first taken first. */
  interestListEntries: Array<InterestListEntry>;
  /** Languages the person can talk in, preferred first. */
  languages: Array<Scalars['String']['output']>;
  minutesSpent: Scalars['Int']['output'];
  municipality?: Maybe<Municipality>;
  note?: Maybe<Scalars['String']['output']>;
  /** The partner of the network that asked. */
  partner?: Maybe<Partner>;
  /** First name or alias. */
  personAlias?: Maybe<Scalars['String']['output']>;
  publicServiceType?: Maybe<PublicServiceType>;
  receivedOn: Scalars['Date']['output'];
  /** Local HH:MM (Europe/Oslo); empty when only the day is known. */
  receivedTime?: Maybe<Scalars['String']['output']>;
  /** When a public service sent it through the API (henvisning fra tjeneste): the service and its reference. */
  serviceReferral?: Maybe<InquiryServiceReferral>;
  themes: Array<Theme>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

/** What the office did about an inquiry. */
export type InquiryAction =
  | 'ADDED_TO_INTEREST_LIST'
  | 'INFORMATION_GIVEN'
  | 'MATCHED_TO_PEER'
  | 'REFERRED_TO_GROUP'
  | 'REFERRED_TO_PROFESSIONAL_HELP'
  | 'TALK_OR_COURSE_REQUESTED';

/** How an inquiry reached the office. REFERRAL: a public service or partner sent the person. */
export type InquiryChannel =
  | 'EMAIL'
  | 'OFFICE_VISIT'
  | 'PHONE'
  | 'REFERRAL'
  | 'WEB_FORM';

/** A page of inquiries. */
export type InquiryConnection = {
  __typename?: 'InquiryConnection';
  edges: Array<InquiryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** An inquiry in a page. */
export type InquiryEdge = {
  __typename?: 'InquiryEdge';
  cursor: Scalars['String']['output'];
  node: Inquiry;
};

export type InquiryFilter = {
  channels?: InputMaybe<Array<InquiryChannel>>;
  /** True: only inquiries a case was opened from; false: only those without. */
  hasCase?: InputMaybe<Scalars['Boolean']['input']>;
  inquirerTypes?: InputMaybe<Array<InquirerType>>;
  receivedFrom?: InputMaybe<Scalars['Date']['input']>;
  receivedTo?: InputMaybe<Scalars['Date']['input']>;
  themeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/**
 * An inquiry as staff log it. Day and time default to now. Free text (note, alias, consent
 * wording) with a national identity number is refused: BAD_USER_INPUT, reason NATIONAL_ID_NUMBER.
 */
export type InquiryInput = {
  actions: Array<InquiryAction>;
  channel: InquiryChannel;
  consents?: InputMaybe<Array<ConsentInput>>;
  inquirerType: InquirerType;
  /** Places on interest lists taken with the inquiry (logInquiry only; later ones with addToInterestList). */
  interestList?: InputMaybe<Array<InterestListEntryInput>>;
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Whole minutes, 1–480. */
  minutesSpent: Scalars['Int']['input'];
  municipalityNumber?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** Exactly when inquirerType is PARTNER: a partner of the district. */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  person?: InputMaybe<InquiryPersonInput>;
  /** Exactly when inquirerType is PUBLIC_SERVICE. */
  publicServiceType?: InputMaybe<PublicServiceType>;
  receivedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Local HH:MM. */
  receivedTime?: InputMaybe<Scalars['String']['input']>;
  themeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Only when a follow-up needs it: a first name or alias, and one way to reach the person (with the follow-up consent). Never a national identity number. */
export type InquiryPersonInput = {
  alias?: InputMaybe<Scalars['String']['input']>;
  contact?: InputMaybe<PersonContactInput>;
};

/** What a service's submission told staff, beside the inquiry it became (staff of the district only). */
export type InquiryServiceReferral = {
  __typename?: 'InquiryServiceReferral';
  /** The organisation whose API client sent it. */
  clientName: Scalars['String']['output'];
  /** When the person would like to be contacted (hidden with the contact). */
  contactTimes?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: ServiceReferralKind;
  /** The service's own reference. */
  reference: Scalars['String']['output'];
  serviceContactEmail?: Maybe<Scalars['String']['output']>;
  serviceContactName?: Maybe<Scalars['String']['output']>;
  serviceContactPhone?: Maybe<Scalars['String']['output']>;
  serviceUnit: Scalars['String']['output'];
  submittedAt: Scalars['DateTime']['output'];
  talkAudienceSize?: Maybe<Scalars['Int']['output']>;
  talkPlace?: Maybe<Scalars['String']['output']>;
  talkTopic?: Maybe<Scalars['String']['output']>;
  talkWishedFrom?: Maybe<Scalars['Date']['output']>;
  talkWishedTo?: Maybe<Scalars['Date']['output']>;
};

/** A person on the interest list staff may contact about a starting group. */
export type InterestContact = {
  __typename?: 'InterestContact';
  entry: InterestListEntry;
  /** The inquiry, with the person's alias and contact. */
  inquiry: Inquiry;
};

/** Whom to tell that a group is starting: those who consented, and how many more wait without consent. */
export type InterestContactsForGroup = {
  __typename?: 'InterestContactsForGroup';
  group: Group;
  toContact: Array<InterestContact>;
  /** People on the list near the group without interest-list consent (a count only: they are not contacted). */
  withoutConsent: Scalars['Int']['output'];
};

/** How many wait on the interest lists for a theme in a municipality (open places only). */
export type InterestDemand = {
  __typename?: 'InterestDemand';
  count: Scalars['Int']['output'];
  municipality: Municipality;
  theme: Theme;
};

export type InterestDemandFilter = {
  municipalityNumbers?: InputMaybe<Array<Scalars['String']['input']>>;
  themeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** A place on a group's interest list: someone wants a group on a theme near them. */
export type InterestListEntry = {
  __typename?: 'InterestListEntry';
  /** Set once the person got a place or left the list. */
  closedOn?: Maybe<Scalars['Date']['output']>;
  /** The starting group the person waits for, when there is one. */
  group?: Maybe<Group>;
  id: Scalars['ID']['output'];
  inquiryId: Scalars['ID']['output'];
  municipality: Municipality;
  theme: Theme;
  version: Scalars['Int']['output'];
};

export type InterestListEntryInput = {
  /** The starting group the person waits for (a group of the district). */
  groupId?: InputMaybe<Scalars['ID']['input']>;
  municipalityNumber: Scalars['String']['input'];
  themeId: Scalars['ID']['input'];
};

/** How far from a starting group's municipality people on the interest list are asked. */
export type InterestReach =
  | 'COUNTY'
  | 'MUNICIPALITY';

export type Language =
  | 'EN'
  | 'NB';

/** A new session, answered by `login`. */
export type LoginResult = {
  __typename?: 'LoginResult';
  /** When the session ends at the latest, whatever the activity. */
  expiresAt: Scalars['DateTime']['output'];
  /** The session ends after this many seconds without use. */
  idleTimeoutSeconds: Scalars['Int']['output'];
  /** Opaque session token; send it as `Authorization: Bearer <token>`. Shown once. */
  token: Scalars['String']['output'];
  user: StaffUser;
};

/** One meeting, as instants; the local time is Europe/Oslo. */
export type Meeting = {
  __typename?: 'Meeting';
  end: Scalars['DateTime']['output'];
  start: Scalars['DateTime']['output'];
};

/** One named value of a refusal's text. */
export type MessageParam = {
  __typename?: 'MessageParam';
  name: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

/**
 * A person moves to another partner, or leaves (`toPartnerId` empty). The current place goes into
 * the history, ending on `date`.
 */
export type MoveContactInput = {
  date: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
  role?: InputMaybe<Scalars['String']['input']>;
  toPartnerId?: InputMaybe<Scalars['ID']['input']>;
  version: Scalars['Int']['input'];
};

/** A municipality (kommune) with its official four-digit number. */
export type Municipality = {
  __typename?: 'Municipality';
  county: County;
  district: District;
  name: Scalars['String']['output'];
  number: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Only for a COMPLETED activity. */
  addActivityOutcome: ActivityOutcome;
  addCaseNote: CaseNote;
  addCaseReferral: CaseReferral;
  addContact: ContactPerson;
  addToInterestList: InterestListEntry;
  /** The district lead approves that a participant completes without full attendance (lead only). */
  approveAttendanceException: Enrolment;
  /** No longer offered; kept for the referrals that link to it. */
  archiveReferralResource: ReferralResource;
  /** Assign a qualified facilitator of the group's district to a group that is starting. */
  assignFacilitator: FacilitatorAssignment;
  /** Cancel an enrolment; with `confirmed`, only if the course and who gets the seat are as the user saw them. */
  cancelEnrolment: CancelEnrolmentResult;
  changeCaseStatus: FollowUpCase;
  changeGroupStatus: Group;
  changeTrainingCourseStatus: ChangeTrainingCourseStatusResult;
  /** The person got a place or left the list. */
  closeInterestListEntry: InterestListEntry;
  /** Closes it now: closesOn becomes yesterday (Europe/Oslo), so the public link stops taking answers at once. */
  closeSurvey: Survey;
  /** Set a new password with a one-time token from a reset or from account creation. */
  completePasswordReset: Scalars['Boolean']['output'];
  /**
   * Match a follow-up case with a peer at the case's version (stale: CONFLICT). The peer's
   * exclusions are checked again under the peer's lock: at capacity, no declaration, resting or
   * stopped is a CONFLICT with that reason.
   */
  confirmPeerMatch: PeerMatchConfirmation;
  createAgreement: Agreement;
  /** Register an API client; the answer carries its first key, shown once. Administrators and district leads. */
  createApiClient: ApiClientKey;
  /** A new secret address for subscribing to the district calendar (district staff); the earlier one stops working. */
  createCalendarFeed: NewCalendarFeed;
  createFacilitator: Facilitator;
  createGroup: Group;
  createOutreachActivity: OutreachActivity;
  createPartner: Partner;
  createReferralResource: ReferralResource;
  /** Create a staff user; the answer carries a one-time token for setting the first password. */
  createStaffUser: PasswordResetTicket;
  createSurvey: Survey;
  createTrainingCourse: TrainingCourse;
  createVolunteerPeer: VolunteerPeer;
  /** Deactivate a staff user: they can no longer log in and their sessions end at once. */
  deactivateStaffUser: StaffUser;
  enrol: EnrolmentResult;
  /**
   * The right of access (GDPR art. 15): the case, its inquiry's fields, notes, referrals, consents
   * and the case's access log as one JSON document. District lead only; logged as EXPORT with
   * purpose SUBJECT_ACCESS_REQUEST.
   */
  exportFollowUpCase: Scalars['String']['output'];
  /** Remove a facilitator's personal data at their request; anonymous counts stay. */
  forgetFacilitator: Facilitator;
  /**
   * District lead only: lets an active district staff member of the case's district read its notes
   * until `until` (ahead of now, at most 90 days ahead).
   */
  grantCaseNoteAccess: CaseNoteGrant;
  importGroups: GroupImportResult;
  /** The partner provides the venue (a venue of the same district). */
  linkVenueToPartner: Venue;
  logInquiry: Inquiry;
  /**
   * Log in with email and password. A wrong password and an unknown email give the same
   * UNAUTHENTICATED error. With `realm`, only users who may use that portal can log in.
   */
  login: LoginResult;
  /** End the current session on the server. Idempotent. */
  logout: Scalars['Boolean']['output'];
  moveContact: ContactPerson;
  /** Opens a case from an inquiry of the district (one case per inquiry; not for an anonymised inquiry). */
  openFollowUpCase: FollowUpCase;
  /** A service's or partner's request for a talk or course becomes a planned activity, once (CONFLICT after). */
  planActivityFromInquiry: PlannedActivity;
  /** Record presence per participant and session, in one go. */
  recordAttendance: TrainingCourse;
  registerGroupFollowUp: Group;
  registerPeerCheckIn: PeerCheckIn;
  /** Returns the activity. */
  removeActivityOutcome: OutreachActivity;
  removeAgreement: Scalars['ID']['output'];
  /** Deletes the person and their history (at their request, or when entered by mistake). */
  removeContact: Scalars['ID']['output'];
  /** Deletes an activity entered by mistake, with its outcomes; returns its id. (A planned activity that did not happen is CANCELLED instead.) */
  removeOutreachActivity: Scalars['ID']['output'];
  /** `referrals:write`: ask the district office for a talk or course; staff plan it as an activity. */
  requestTalk: ServiceReferral;
  /** Issue a one-time password reset token for a user; their sessions end at once. */
  resetStaffUserPassword: PasswordResetTicket;
  /** Revoke the client: every key stops working within a second, on every gateway. Final. */
  revokeApiClient: ApiClient;
  /** Stops the viewer's calendar address; false when there was none. */
  revokeCalendarFeed: Scalars['Boolean']['output'];
  /** District lead only. Ends the grant now. */
  revokeCaseNoteAccess: CaseNoteGrant;
  /** A new key, shown once; the keys in use so far keep working for `overlapDays`. */
  rotateApiClientSecret: ApiClientKey;
  /** Set the refresher interval of the viewer's district (district leads). */
  setRefresherInterval: DistrictSettings;
  /** Set the retention months of the viewer's district (district leads). */
  setRetentionSettings: RetentionSettings;
  /** Queue the reports of every district and the national one for a period (national staff and administrators). */
  startReportJob: ReportJob;
  stopVolunteerPeer: VolunteerPeer;
  /**
   * `referrals:write`: refer a person to the district office of `input.municipality`. The referral
   * lands in the district's queue as an inquiry (channel REFERRAL); the answer is its status. A
   * municipality outside the client's districts is refused (BAD_USER_INPUT on `input.municipality`).
   * Staff logins answer FORBIDDEN: this is for API clients.
   */
  submitReferral: ServiceReferral;
  /**
   * No login. Stores one answer sheet with nothing that links it to the person, the request or the
   * time. BAD_USER_INPUT SURVEY_CLOSED / SURVEY_NOT_OPEN_YET outside the survey's days, NOT_FOUND for
   * an unknown token, and a field error per wrong answer.
   */
  submitSurveyResponse: SurveySubmission;
  unlinkVenueFromPartner: Venue;
  updateAgreement: Agreement;
  /** Change an API client; CONFLICT when someone saved since `version` was read. */
  updateApiClient: ApiClient;
  updateContact: ContactPerson;
  updateFacilitator: Facilitator;
  updateFollowUpCase: FollowUpCase;
  updateGroup: Group;
  updateInquiry: Inquiry;
  updateOutreachActivity: OutreachActivity;
  updatePartner: Partner;
  updateReferralResource: ReferralResource;
  /** Texts and dates; questions only before the first answer. */
  updateSurvey: Survey;
  updateTrainingCourse: UpdateTrainingCourseResult;
  updateVolunteerPeer: VolunteerPeer;
  /** Withdraws the consent for a purpose today (a consent withdrawn before keeps its day). */
  withdrawConsent: Inquiry;
};


export type MutationAddActivityOutcomeArgs = {
  input: AddActivityOutcomeInput;
};


export type MutationAddCaseNoteArgs = {
  input: AddCaseNoteInput;
};


export type MutationAddCaseReferralArgs = {
  input: AddCaseReferralInput;
};


export type MutationAddContactArgs = {
  input: AddContactInput;
};


export type MutationAddToInterestListArgs = {
  entry: InterestListEntryInput;
  inquiryId: Scalars['ID']['input'];
};


export type MutationApproveAttendanceExceptionArgs = {
  input: ApproveAttendanceExceptionInput;
};


export type MutationArchiveReferralResourceArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationAssignFacilitatorArgs = {
  input: AssignFacilitatorInput;
};


export type MutationCancelEnrolmentArgs = {
  confirmed?: InputMaybe<CancelEnrolmentConfirmation>;
  id: Scalars['ID']['input'];
};


export type MutationChangeCaseStatusArgs = {
  input: ChangeCaseStatusInput;
};


export type MutationChangeGroupStatusArgs = {
  input: ChangeGroupStatusInput;
};


export type MutationChangeTrainingCourseStatusArgs = {
  input: ChangeTrainingCourseStatusInput;
};


export type MutationCloseInterestListEntryArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationCloseSurveyArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationCompletePasswordResetArgs = {
  newPassword: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationConfirmPeerMatchArgs = {
  caseId: Scalars['ID']['input'];
  caseVersion: Scalars['Int']['input'];
  peerId: Scalars['ID']['input'];
};


export type MutationCreateAgreementArgs = {
  input: CreateAgreementInput;
};


export type MutationCreateApiClientArgs = {
  input: CreateApiClientInput;
};


export type MutationCreateFacilitatorArgs = {
  input: CreateFacilitatorInput;
};


export type MutationCreateGroupArgs = {
  input: CreateGroupInput;
};


export type MutationCreateOutreachActivityArgs = {
  activity: ActivityInput;
};


export type MutationCreatePartnerArgs = {
  partner: PartnerInput;
};


export type MutationCreateReferralResourceArgs = {
  resource: ReferralResourceInput;
};


export type MutationCreateStaffUserArgs = {
  input: CreateStaffUserInput;
};


export type MutationCreateSurveyArgs = {
  input: CreateSurveyInput;
};


export type MutationCreateTrainingCourseArgs = {
  course: TrainingCourseInput;
};


export type MutationCreateVolunteerPeerArgs = {
  input: CreateVolunteerPeerInput;
};


export type MutationDeactivateStaffUserArgs = {
  input: DeactivateStaffUserInput;
};


export type MutationEnrolArgs = {
  input: EnrolInput;
};


export type MutationExportFollowUpCaseArgs = {
  id: Scalars['ID']['input'];
};


export type MutationForgetFacilitatorArgs = {
  id: Scalars['ID']['input'];
};


export type MutationGrantCaseNoteAccessArgs = {
  caseId: Scalars['ID']['input'];
  staffUserId: Scalars['ID']['input'];
  until: Scalars['DateTime']['input'];
};


export type MutationImportGroupsArgs = {
  input: ImportGroupsInput;
};


export type MutationLinkVenueToPartnerArgs = {
  partnerId: Scalars['ID']['input'];
  venueId: Scalars['ID']['input'];
};


export type MutationLogInquiryArgs = {
  input: InquiryInput;
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
  realm?: InputMaybe<PortalRealmInput>;
};


export type MutationMoveContactArgs = {
  input: MoveContactInput;
};


export type MutationOpenFollowUpCaseArgs = {
  input: OpenFollowUpCaseInput;
};


export type MutationPlanActivityFromInquiryArgs = {
  input: PlanActivityFromInquiryInput;
};


export type MutationRecordAttendanceArgs = {
  attendance: Array<AttendanceInput>;
  courseId: Scalars['ID']['input'];
};


export type MutationRegisterGroupFollowUpArgs = {
  input: RegisterGroupFollowUpInput;
};


export type MutationRegisterPeerCheckInArgs = {
  input: RegisterPeerCheckInInput;
};


export type MutationRemoveActivityOutcomeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveAgreementArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveContactArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveOutreachActivityArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRequestTalkArgs = {
  input: RequestTalkInput;
};


export type MutationResetStaffUserPasswordArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeApiClientArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeCaseNoteAccessArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRotateApiClientSecretArgs = {
  input: RotateApiClientSecretInput;
};


export type MutationSetRefresherIntervalArgs = {
  months: Scalars['Int']['input'];
};


export type MutationSetRetentionSettingsArgs = {
  input: RetentionSettingsInput;
};


export type MutationStartReportJobArgs = {
  period: ReportPeriodInput;
};


export type MutationStopVolunteerPeerArgs = {
  input: StopVolunteerPeerInput;
};


export type MutationSubmitReferralArgs = {
  input: SubmitReferralInput;
};


export type MutationSubmitSurveyResponseArgs = {
  answers: Array<SurveyAnswerInput>;
  token: Scalars['String']['input'];
};


export type MutationUnlinkVenueFromPartnerArgs = {
  venueId: Scalars['ID']['input'];
};


export type MutationUpdateAgreementArgs = {
  input: UpdateAgreementInput;
};


export type MutationUpdateApiClientArgs = {
  input: UpdateApiClientInput;
};


export type MutationUpdateContactArgs = {
  input: UpdateContactInput;
};


export type MutationUpdateFacilitatorArgs = {
  input: UpdateFacilitatorInput;
};


export type MutationUpdateFollowUpCaseArgs = {
  input: UpdateFollowUpCaseInput;
};


export type MutationUpdateGroupArgs = {
  input: UpdateGroupInput;
};


export type MutationUpdateInquiryArgs = {
  input: UpdateInquiryInput;
};


export type MutationUpdateOutreachActivityArgs = {
  input: UpdateActivityInput;
};


export type MutationUpdatePartnerArgs = {
  input: UpdatePartnerInput;
};


export type MutationUpdateReferralResourceArgs = {
  input: UpdateReferralResourceInput;
};


export type MutationUpdateSurveyArgs = {
  input: UpdateSurveyInput;
};


export type MutationUpdateTrainingCourseArgs = {
  input: UpdateTrainingCourseInput;
};


export type MutationUpdateVolunteerPeerArgs = {
  input: UpdateVolunteerPeerInput;
};


export type MutationWithdrawConsentArgs = {
  inquiryId: Scalars['ID']['input'];
  purpose: ConsentPurpose;
};

/** A district's partner network against its municipalities: where it should reach out next. */
export type NetworkMap = {
  __typename?: 'NetworkMap';
  /** Active partners of the district by type, including types with none, in the order of the enum. */
  activePartnersByType: Array<PartnerTypeCount>;
  /** Active partners located outside the district's own municipalities. */
  activePartnersElsewhere: Scalars['Int']['output'];
  district: District;
  /** Every municipality of the district, by name. */
  municipalities: Array<NetworkMunicipality>;
  /** Municipalities with neither an active partner nor a group (starting, running or paused). */
  withNeither: Array<Municipality>;
  withoutActivePartner: Array<Municipality>;
  withoutGroup: Array<Municipality>;
};

/** One municipality on the network map. */
export type NetworkMunicipality = {
  __typename?: 'NetworkMunicipality';
  activePartners: Scalars['Int']['output'];
  activePartnersByType: Array<PartnerTypeCount>;
  /** Groups starting, running or paused. */
  groups: Scalars['Int']['output'];
  municipality: Municipality;
  /** Partners of any status. */
  partners: Scalars['Int']['output'];
};

/** A new subscription address: keep the token secret; anyone with it can read the district's planned activities. */
export type NewCalendarFeed = {
  __typename?: 'NewCalendarFeed';
  createdAt: Scalars['DateTime']['output'];
  token: Scalars['String']['output'];
};

export type OpenFollowUpCaseInput = {
  inquiryId: Scalars['ID']['input'];
  /** Defaults to two weeks after opening. */
  nextFollowUpOn?: InputMaybe<Scalars['Date']['input']>;
  /** Staff member of the district responsible for the case; defaults to the viewer. */
  responsibleStaffUserId?: InputMaybe<Scalars['ID']['input']>;
};

/** What came of an activity. */
export type OutcomeKind =
  | 'FACILITATOR_RECRUITED'
  | 'GROUP_STARTED'
  | 'NEW_PARTNER';

/** Something a district office did in its area: a talk, a professional day, a stand… */
export type OutreachActivity = {
  __typename?: 'OutreachActivity';
  audiences: Array<AudienceType>;
  createdAt: Scalars['DateTime']['output'];
  date: Scalars['Date']['output'];
  district: District;
  endTime?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  municipality?: Maybe<Municipality>;
  notes?: Maybe<Scalars['String']['output']>;
  online: Scalars['Boolean']['output'];
  /** What came of the activity, oldest first. */
  outcomes: Array<ActivityOutcome>;
  participantCount?: Maybe<Scalars['Int']['output']>;
  partners: Array<Partner>;
  place?: Maybe<Scalars['String']['output']>;
  /** The inquiry this activity was planned from (open it with `inquiry`); shown to staff of the district only. */
  plannedFromInquiryId?: Maybe<Scalars['ID']['output']>;
  /** District staff who took part. */
  staff: Array<StaffUser>;
  /** Local HH:MM, Europe/Oslo; empty for an all-day activity. */
  startTime?: Maybe<Scalars['String']['output']>;
  status: ActivityStatus;
  themes: Array<Theme>;
  title: Scalars['String']['output'];
  type: ActivityType;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

/** A page of activities. */
export type OutreachActivityConnection = {
  __typename?: 'OutreachActivityConnection';
  edges: Array<OutreachActivityEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** An activity in a page. */
export type OutreachActivityEdge = {
  __typename?: 'OutreachActivityEdge';
  cursor: Scalars['String']['output'];
  node: OutreachActivity;
};

/**
 * The figures of a period for the districts asked for (the national figures are the column totals
 * of the per-district rows). Each table is computed when selected.
 */
export type Overview = {
  __typename?: 'Overview';
  coverage: Coverage;
  districts: Array<District>;
  period: Period;
  /**
   * The same days one year earlier (29 February becomes 28 February), for comparison; null on the
   * previous period itself.
   */
  previousPeriod?: Maybe<Overview>;
  /** Counts below this are shown as "<threshold" in protected tables (the gateway's STATISTICS_SUPPRESSION_THRESHOLD). */
  suppressionThreshold: Scalars['Int']['output'];
  table: StatTable;
  /** The tables with these keys, in the order asked (all, in the enum's order, when not given). */
  tables: Array<StatTable>;
};


/**
 * The figures of a period for the districts asked for (the national figures are the column totals
 * of the per-district rows). Each table is computed when selected.
 */
export type OverviewTableArgs = {
  key: StatTableKey;
};


/**
 * The figures of a period for the districts asked for (the national figures are the column totals
 * of the per-district rows). Each table is computed when selected.
 */
export type OverviewTablesArgs = {
  keys?: InputMaybe<Array<StatTableKey>>;
};

/** Relay-style page information for cursor pagination. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/**
 * A partner organisation as a district office records it. The district that registered it owns
 * the record; only that district's staff (and the national office) see it.
 */
export type Partner = {
  __typename?: 'Partner';
  /** Activities the partner took part in, newest first. */
  activities: Array<OutreachActivity>;
  /** Cooperation agreements, newest first. */
  agreements: Array<Agreement>;
  /** People at the partner now, by name. */
  contacts: Array<ContactPerson>;
  createdAt: Scalars['DateTime']['output'];
  /** The district office that registered the partner and keeps the record. */
  district: District;
  /** The districts the partner works with, the owner first. */
  districts: Array<District>;
  /** People who were at the partner and left, most recent first. */
  formerContacts: Array<ContactAffiliation>;
  /** Groups that came of activities the partner took part in. */
  groupsStartedTogether: Array<Group>;
  id: Scalars['ID']['output'];
  /** Day of the latest activity with the partner that was not cancelled and is not in the future; empty when none. */
  lastContactOn?: Maybe<Scalars['Date']['output']>;
  municipality: Municipality;
  name: Scalars['String']['output'];
  notes?: Maybe<Scalars['String']['output']>;
  /** Norwegian organisation number, nine digits. */
  organisationNumber?: Maybe<Scalars['String']['output']>;
  postalCode?: Maybe<Scalars['String']['output']>;
  postalPlace?: Maybe<Scalars['String']['output']>;
  status: PartnerStatus;
  streetAddress?: Maybe<Scalars['String']['output']>;
  type: PartnerType;
  updatedAt: Scalars['DateTime']['output'];
  /** Venues the partner provides to groups. */
  venues: Array<Venue>;
  version: Scalars['Int']['output'];
  website?: Maybe<Scalars['String']['output']>;
};

/** A page of partners. */
export type PartnerConnection = {
  __typename?: 'PartnerConnection';
  edges: Array<PartnerEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A partner in a page. */
export type PartnerEdge = {
  __typename?: 'PartnerEdge';
  cursor: Scalars['String']['output'];
  node: Partner;
};

export type PartnerFilter = {
  /** National roles: the partners one district keeps. District users always see their own. */
  districtId?: InputMaybe<Scalars['ID']['input']>;
  municipalityNumbers?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Partners with no contact for at least this many months (1–120), including those never contacted. */
  noContactForMonths?: InputMaybe<Scalars['Int']['input']>;
  /** Case-insensitive search in the name and the organisation number. */
  search?: InputMaybe<Scalars['String']['input']>;
  statuses?: InputMaybe<Array<PartnerStatus>>;
  types?: InputMaybe<Array<PartnerType>>;
};

export type PartnerInput = {
  municipalityNumber: Scalars['String']['input'];
  name: Scalars['String']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Nine digits (spaces allowed); the modulus-11 check digit must be right. Unique within the district. */
  organisationNumber?: InputMaybe<Scalars['String']['input']>;
  postalCode?: InputMaybe<Scalars['String']['input']>;
  postalPlace?: InputMaybe<Scalars['String']['input']>;
  status?: PartnerStatus;
  streetAddress?: InputMaybe<Scalars['String']['input']>;
  type: PartnerType;
  website?: InputMaybe<Scalars['String']['input']>;
  /** Other districts the partner works with; the viewer's district is always included. */
  workingDistrictIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type PartnerStatus =
  | 'ACTIVE'
  /** Gone quiet. */
  | 'DORMANT'
  /** Not yet working together. */
  | 'PROSPECT';

/** What kind of local actor a partner is. */
export type PartnerType =
  /** DPS / specialist mental health services. */
  | 'DPS'
  /** Church or faith community. */
  | 'FAITH_COMMUNITY'
  | 'GP_OFFICE'
  | 'HOSPITAL_UNIT'
  | 'LIBRARY'
  | 'MUNICIPALITY'
  | 'NAV_OFFICE'
  | 'OTHER'
  | 'PHARMACY'
  /** Prison or correctional service. */
  | 'PRISON'
  | 'SCHOOL'
  /** User or patient organisation. */
  | 'USER_ORGANISATION'
  | 'VOLUNTEER_CENTRE';

/** How many partners of a type. */
export type PartnerTypeCount = {
  __typename?: 'PartnerTypeCount';
  count: Scalars['Int']['output'];
  type: PartnerType;
};

/** A one-time token for setting a password, to hand to the user by a safe channel. */
export type PasswordResetTicket = {
  __typename?: 'PasswordResetTicket';
  expiresAt: Scalars['DateTime']['output'];
  /** One-time token for setting a password; shown once, valid until `expiresAt`. */
  token: Scalars['String']['output'];
  user: StaffUser;
};

/** Whether a volunteer peer takes on someone new now; a resting peer keeps whom they follow. */
export type PeerAvailability =
  | 'AVAILABLE'
  | 'RESTING';

/** A check-in by staff with a volunteer peer. The note is for staff of the peer's district only. */
export type PeerCheckIn = {
  __typename?: 'PeerCheckIn';
  createdAt: Scalars['DateTime']['output'];
  date: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  /** A next check-in set by hand. */
  nextCheckInOn?: Maybe<Scalars['Date']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  staffUser?: Maybe<StaffUser>;
};

/** A peer whose check-in is overdue or due within a week. */
export type PeerCheckInDue = {
  __typename?: 'PeerCheckInDue';
  dueOn: Scalars['Date']['output'];
  overdue: Scalars['Boolean']['output'];
  peer: VolunteerPeer;
};

/** How near a suggested peer lives to the person, nearest first; UNKNOWN when the inquiry has no municipality. */
export type PeerDistance =
  | 'OTHER_DISTRICT'
  | 'SAME_COUNTY'
  | 'SAME_DISTRICT'
  | 'SAME_MUNICIPALITY'
  | 'UNKNOWN';

export type PeerGender =
  | 'MAN'
  | 'OTHER'
  | 'WOMAN';

/** How many people a peer follows now, and when staff next check in with them. */
export type PeerLoad = {
  __typename?: 'PeerLoad';
  /** People the peer follows now: open and paused cases with this peer. */
  activeFollowUps: Scalars['Int']['output'];
  capacity: Scalars['Int']['output'];
  /** The day the earliest of those matches was confirmed; empty while the peer follows no one. */
  followingSince?: Maybe<Scalars['Date']['output']>;
  freeCapacity: Scalars['Int']['output'];
  lastCheckInOn?: Maybe<Scalars['Date']['output']>;
  /** Every four weeks while the peer follows someone, unless staff set a day at the last check-in. */
  nextCheckInDue?: Maybe<Scalars['Date']['output']>;
};

/** A confirmed match: the peer with their new load, and the case's new version. */
export type PeerMatchConfirmation = {
  __typename?: 'PeerMatchConfirmation';
  caseId: Scalars['ID']['output'];
  caseVersion: Scalars['Int']['output'];
  peer: VolunteerPeer;
  peerMatchedOn: Scalars['Date']['output'];
};

/** One reason shown with a suggestion. */
export type PeerMatchReason = {
  __typename?: 'PeerMatchReason';
  code: PeerMatchReasonCode;
  params: Array<MessageParam>;
  /** The reason in the language asked for (Accept-Language). */
  text: Scalars['String']['output'];
};

/** Why a peer is suggested, or what speaks against them. */
export type PeerMatchReasonCode =
  | 'MATCH_ALL_THEMES'
  | 'MATCH_FREE_CAPACITY'
  | 'MATCH_LANGUAGE'
  | 'MATCH_NO_SHARED_LANGUAGE'
  | 'MATCH_NO_THEME'
  | 'MATCH_OTHER_DISTRICT'
  | 'MATCH_SAME_COUNTY'
  | 'MATCH_SAME_DISTRICT'
  | 'MATCH_SAME_MUNICIPALITY'
  | 'MATCH_SOME_THEMES';

/** A peer suggested for a case: peers at capacity, without a declaration, resting or stopped are never suggested. */
export type PeerSuggestion = {
  __typename?: 'PeerSuggestion';
  distance: PeerDistance;
  freeCapacity: Scalars['Int']['output'];
  peer: VolunteerPeer;
  reasons: Array<PeerMatchReason>;
  /** The most preferred of the person's languages the peer speaks. */
  sharedLanguage?: Maybe<Scalars['String']['output']>;
  /** The case's themes the peer speaks from, in the order needed. */
  sharedThemes: Array<Theme>;
};

/** Peers for a follow-up case, best first (theme fit, language, distance, free capacity). */
export type PeerSuggestions = {
  __typename?: 'PeerSuggestions';
  caseId: Scalars['ID']['output'];
  /** The case's version, to confirm a match with. */
  caseVersion: Scalars['Int']['output'];
  suggestions: Array<PeerSuggestion>;
};

/** A period of calendar days (Europe/Oslo), both days inclusive. */
export type Period = {
  __typename?: 'Period';
  from: Scalars['Date']['output'];
  to: Scalars['Date']['output'];
};

/**
 * A period of calendar days in Europe/Oslo, both days inclusive. At most ten years; `to` may not be
 * before `from` (BAD_USER_INPUT PERIOD_END_BEFORE_START / PERIOD_TOO_LONG).
 */
export type PeriodInput = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};

/** How to reach a person again. */
export type PersonContact = {
  __typename?: 'PersonContact';
  method: ContactMethod;
  value: Scalars['String']['output'];
};

export type PersonContactInput = {
  method: ContactMethod;
  value: Scalars['String']['input'];
};

/** The planned activity a request for a talk or course becomes; the rest comes from the inquiry. */
export type PlanActivityFromInquiryInput = {
  date: Scalars['Date']['input'];
  endTime?: InputMaybe<Scalars['String']['input']>;
  inquiryId: Scalars['ID']['input'];
  online?: InputMaybe<Scalars['Boolean']['input']>;
  /** Required unless online. */
  place?: InputMaybe<Scalars['String']['input']>;
  startTime?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

/** An inquiry and the planned activity it became, linked both ways. */
export type PlannedActivity = {
  __typename?: 'PlannedActivity';
  activity: OutreachActivity;
  inquiry: Inquiry;
};

/** Where a login happens: a district portal, or the national office's portal. */
export type PortalRealmInput = {
  /** Set for a district portal (for example `vest`); leave empty for the national portal. */
  districtId?: InputMaybe<Scalars['ID']['input']>;
};

/** A group as anyone may see it in the public finder: no meeting links, no staff data. */
export type PublicGroup = {
  __typename?: 'PublicGroup';
  contact: DistrictContact;
  description: Scalars['String']['output'];
  district: District;
  format: GroupFormat;
  languages: Array<Scalars['String']['output']>;
  municipality: Municipality;
  name: Scalars['String']['output'];
  nextMeetings: Array<Meeting>;
  openForNewMembers: Scalars['Boolean']['output'];
  schedule: GroupSchedule;
  slug: Scalars['String']['output'];
  status: GroupStatus;
  targetGroup: TargetGroup;
  themes: Array<Theme>;
  updatedAt: Scalars['DateTime']['output'];
  venue?: Maybe<PublicVenue>;
};


/** A group as anyone may see it in the public finder: no meeting links, no staff data. */
export type PublicGroupNextMeetingsArgs = {
  count?: InputMaybe<Scalars['Int']['input']>;
};

export type PublicGroupConnection = {
  __typename?: 'PublicGroupConnection';
  edges: Array<PublicGroupEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PublicGroupEdge = {
  __typename?: 'PublicGroupEdge';
  cursor: Scalars['String']['output'];
  node: PublicGroup;
};

export type PublicGroupFilter = {
  countyNumber?: InputMaybe<Scalars['String']['input']>;
  districtId?: InputMaybe<Scalars['ID']['input']>;
  formats?: InputMaybe<Array<GroupFormat>>;
  municipalityNumber?: InputMaybe<Scalars['String']['input']>;
  /** Case-insensitive search in the group's name. */
  search?: InputMaybe<Scalars['String']['input']>;
  themeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  weekdays?: InputMaybe<Array<Weekday>>;
};

/** Which public service (hjelpeapparatet) asks. */
export type PublicServiceType =
  /** BUP, child and adolescent psychiatry. */
  | 'CHILD_ADOLESCENT_PSYCHIATRY'
  | 'CHILD_WELFARE'
  | 'CRISIS_CENTRE'
  /** Bufdir, IMDi and other directorates. */
  | 'DIRECTORATE'
  | 'HEALTH_STATION'
  /** Integration or minority advisers. */
  | 'INTEGRATION_ADVISER'
  | 'NAV'
  | 'OTHER'
  | 'PSYCHOLOGIST'
  | 'SCHOOL';

/** A survey as the public sees it through its link: no ids of the survey, no owner, no counts. */
export type PublicSurvey = {
  __typename?: 'PublicSurvey';
  closesOn: Scalars['Date']['output'];
  /** Mental Helse 116 123, Kirkens SOS 22 40 00 00, emergency 113 (names in the language of Accept-Language). */
  helpLines: Array<SurveyHelpLine>;
  intro?: Maybe<Scalars['String']['output']>;
  opensOn: Scalars['Date']['output'];
  phase: SurveyPhase;
  /** The questions while the survey is OPEN; empty before and after. */
  questions: Array<SurveyQuestion>;
  title: Scalars['String']['output'];
};

/** A public venue: where to go, and how accessible it is. */
export type PublicVenue = {
  __typename?: 'PublicVenue';
  accessibilityNotes?: Maybe<Scalars['String']['output']>;
  hearingLoop: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  postalCode: Scalars['String']['output'];
  postalPlace: Scalars['String']['output'];
  stepFreeAccess: Scalars['Boolean']['output'];
  streetAddress: Scalars['String']['output'];
};

/** A facilitator's qualification, derived from completed training. */
export type Qualification = {
  __typename?: 'Qualification';
  basicCompletedOn?: Maybe<Scalars['Date']['output']>;
  /** First day the facilitator counts as LAPSED without a refresher. */
  lapsesOn?: Maybe<Scalars['Date']['output']>;
  latestQualifyingOn?: Maybe<Scalars['Date']['output']>;
  status: QualificationStatus;
};

export type QualificationStatus =
  /** Has not completed a basic course. */
  | 'IN_TRAINING'
  /** The latest qualification is older than the refresher interval. */
  | 'LAPSED'
  /** Completed a basic course; the latest basic course or refresher is within the district's refresher interval. */
  | 'QUALIFIED';

export type Query = {
  __typename?: 'Query';
  activityTotals: ActivityTotals;
  agreement: Agreement;
  /** One API client; NOT_FOUND when missing or outside the viewer's scope. */
  apiClient: ApiClient;
  /** API clients the viewer manages: all for administrators, their own district's for district leads. */
  apiClients: Array<ApiClient>;
  contactPerson: ContactPerson;
  counties: Array<County>;
  /** The session of this request; asking counts as use. UNAUTHENTICATED without a valid session. */
  currentSession: Session;
  district?: Maybe<District>;
  /**
   * The district home's agenda (staff of the district: the viewer's own district when districtId is
   * left out; another district answers NOT_FOUND, national roles FORBIDDEN). `first`: 0–20.
   */
  districtAgenda: DistrictAgenda;
  districtSettings: DistrictSettings;
  districts: Array<District>;
  /** One facilitator; NOT_FOUND when missing or of another district. */
  facilitator: Facilitator;
  facilitatorAttention: FacilitatorAttention;
  facilitators: FacilitatorConnection;
  /** One case; NOT_FOUND when missing or of another district. */
  followUpCase: FollowUpCase;
  /** The district's cases, newest opened first. District staff only (national roles: FORBIDDEN). */
  followUpCases: FollowUpCaseConnection;
  /** Open cases whose next follow-up is overdue or within a week, soonest first. */
  followUpCasesDue: Array<FollowUpCaseDue>;
  /** One group; NOT_FOUND when missing or of another district. */
  group: Group;
  /**
   * `groups:read`, for partners that keep a copy of the registry: every group created, changed,
   * moved or deleted in the client's district since `after` (from the start without it), in the
   * order the changes were saved. A change still being saved elsewhere is left for the next call,
   * never skipped. A client of several districts names one in `districtId`. API clients only.
   */
  groupFeed: GroupFeedConnection;
  /** Groups whose follow-up is due on or before the date (default: 14 days from today), soonest first. */
  groupFollowUpsDue: Array<Group>;
  groups: GroupConnection;
  /** The current list as CSV, in the import format (with the same filter as `groups`). */
  groupsCsv: Scalars['String']['output'];
  /** The district's inquiries, newest first. District staff only (FORBIDDEN for national roles); each one shown is logged. */
  inquiries: InquiryConnection;
  /** One inquiry; NOT_FOUND when missing or of another district (the attempt is logged). */
  inquiry: Inquiry;
  /** Whom on the interest list to contact now that the group starts: open places on its themes nearby, with interest-list consent. */
  interestContactsForGroup: InterestContactsForGroup;
  /** Open interest-list places per theme and municipality, largest first (an aggregate: national roles see every district). */
  interestDemand: Array<InterestDemand>;
  /** The logged-in staff user. UNAUTHENTICATED without a valid session. */
  me: StaffUser;
  /** All public groups in the Meeting Guide JSON format (code4recovery), as a JSON string. */
  meetingGuideFeed: Scalars['String']['output'];
  municipalities: Array<Municipality>;
  /** The viewer's working calendar subscription, if any. */
  myCalendarFeed?: Maybe<CalendarFeed>;
  /** National roles name the district; district staff get their own. */
  networkMap: NetworkMap;
  outreachActivities: OutreachActivityConnection;
  /** The activities matching the filter as CSV (semicolon-separated, UTF-8), newest first. */
  outreachActivitiesCsv: Scalars['String']['output'];
  /** One activity; NOT_FOUND when missing or of another district. */
  outreachActivity: OutreachActivity;
  /**
   * Planned activities of a district (the viewer's by default) from 30 days back, as an iCalendar
   * feed for staff; activities cancelled in that window are included with STATUS:CANCELLED so
   * subscribed calendars drop them.
   */
  outreachCalendar: Scalars['String']['output'];
  /**
   * No login: the token is the credential. The same feed as outreachCalendar for the district of
   * the token's owner. NOT_FOUND for an unknown or revoked token, or a deactivated owner, and
   * when `districtId` is given and the owner belongs to another district.
   */
  outreachCalendarFeed: Scalars['String']['output'];
  /**
   * The overview. `period` defaults to this calendar year in Europe/Oslo; `districts` to the viewer's
   * scope. District staff and leads get their own district only (another district, or several:
   * FORBIDDEN OVERVIEW_OWN_DISTRICT_ONLY); national users and administrators any districts.
   */
  overview: Overview;
  /** One partner; NOT_FOUND when missing or of another district. */
  partner: Partner;
  partners: PartnerConnection;
  /** Check-ins with the district's peers that are overdue or due within a week, soonest first. */
  peerCheckInsDue: Array<PeerCheckInDue>;
  /** Peers to suggest for a follow-up case of the district, best first, with the reasons. */
  peerSuggestions: PeerSuggestions;
  /** One public group; NOT_FOUND when it does not exist or is not public. */
  publicGroup: PublicGroup;
  /** iCalendar (RFC 5545) of a public group's schedule. */
  publicGroupICalendar: Scalars['String']['output'];
  /** Groups open to new members that are starting or running; no login needed. */
  publicGroups: PublicGroupConnection;
  /** No login. The survey behind a public link; NOT_FOUND for an unknown token. */
  publicSurvey: PublicSurvey;
  /** The calling API client's budget after this operation; empty for staff and the public, who are not budgeted. */
  rateLimit?: Maybe<RateLimit>;
  /** One resource; NOT_FOUND when missing or of another district. */
  referralResource: ReferralResource;
  /** The referral directory by name; archived resources only when asked for. */
  referralResources: ReferralResourceConnection;
  /**
   * One report generated on request: a district's (district staff: their own only) or, without
   * `district`, the national one (national staff and administrators, who may also ask for any district).
   */
  reportDownload: ReportFileDownload;
  /** A finished file of a report job; null when it does not exist. */
  reportFile?: Maybe<ReportFileDownload>;
  /** One report job; null when it does not exist. */
  reportJob?: Maybe<ReportJob>;
  /** The latest report jobs, newest first (national staff and administrators; at most 50). */
  reportJobs: Array<ReportJob>;
  /** The latest runs of the retention job, newest first (administrators; at most 100). */
  retentionRuns: Array<RetentionRun>;
  /** The retention settings of the viewer's district, or of every district for national staff and administrators. */
  retentionSettings: Array<RetentionSettings>;
  /** The gateway's own version and the database it runs on; public. */
  serverInfo: ServerInfo;
  /**
   * `referrals:write`: the status of one of the client's own submissions, by the reference it sent.
   * NOT_FOUND for a reference the client never used (another client's references are not found).
   */
  serviceReferral: ServiceReferral;
  /** One staff user; NOT_FOUND when missing or outside the viewer's scope. */
  staffUser: StaffUser;
  /** Staff users the viewer may see: everyone for national roles and admins, the own district's colleagues for district roles. Managing them is for admins and district leads. */
  staffUsers: StaffUserConnection;
  /** NOT_FOUND when missing or of another district. */
  survey: Survey;
  /** Aggregates of a survey's answers, small numbers hidden. */
  surveyResults: SurveyResults;
  /** NATIONAL and ADMIN: a template's questions compared across districts (FORBIDDEN for district staff). */
  surveyTemplateComparison: SurveyComparison;
  surveyTemplates: Array<SurveyTemplate>;
  /** The viewer's surveys, newest first: a district's own; for NATIONAL and ADMIN every district's and the national office's. */
  surveys: Array<Survey>;
  themes: Array<Theme>;
  /** The district's course calendar: every session from today on of courses not completed (cancelled ones marked so calendars drop them). */
  trainingCalendar: Scalars['String']['output'];
  /** One course; NOT_FOUND when missing or of another district. */
  trainingCourse: TrainingCourse;
  /** iCalendar (RFC 5545) of a course's sessions. */
  trainingCourseICalendar: Scalars['String']['output'];
  trainingCourses: TrainingCourseConnection;
  /** The district's venues (where groups meet), by name; at most 500. */
  venues: Array<Venue>;
  /** One volunteer peer; NOT_FOUND when missing or of another district. */
  volunteerPeer: VolunteerPeer;
  /** The district's volunteer peers by name (staff of the district; every peer listed is in the access log). */
  volunteerPeers: VolunteerPeerConnection;
};


export type QueryActivityTotalsArgs = {
  filter?: InputMaybe<ActivityFilter>;
};


export type QueryAgreementArgs = {
  id: Scalars['ID']['input'];
};


export type QueryApiClientArgs = {
  id: Scalars['ID']['input'];
};


export type QueryContactPersonArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDistrictArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDistrictAgendaArgs = {
  districtId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDistrictSettingsArgs = {
  districtId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryFacilitatorArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFacilitatorAttentionArgs = {
  districtId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryFacilitatorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FacilitatorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFollowUpCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFollowUpCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FollowUpCaseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFollowUpCasesDueArgs = {
  responsibleStaffUserId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryGroupArgs = {
  id: Scalars['ID']['input'];
};


export type QueryGroupFeedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  districtId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryGroupFollowUpsDueArgs = {
  before?: InputMaybe<Scalars['Date']['input']>;
  districtId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryGroupsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<GroupFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<GroupOrder>;
};


export type QueryGroupsCsvArgs = {
  filter?: InputMaybe<GroupFilter>;
  orderBy?: InputMaybe<GroupOrder>;
};


export type QueryInquiriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InquiryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInquiryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInterestContactsForGroupArgs = {
  groupId: Scalars['ID']['input'];
  reach?: InputMaybe<InterestReach>;
};


export type QueryInterestDemandArgs = {
  filter?: InputMaybe<InterestDemandFilter>;
};


export type QueryMeetingGuideFeedArgs = {
  districtId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryMunicipalitiesArgs = {
  countyNumber?: InputMaybe<Scalars['String']['input']>;
  districtId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryNetworkMapArgs = {
  districtId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryOutreachActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActivityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOutreachActivitiesCsvArgs = {
  filter?: InputMaybe<ActivityFilter>;
};


export type QueryOutreachActivityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOutreachCalendarArgs = {
  districtId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryOutreachCalendarFeedArgs = {
  districtId?: InputMaybe<Scalars['ID']['input']>;
  token: Scalars['String']['input'];
};


export type QueryOverviewArgs = {
  districts?: InputMaybe<Array<Scalars['ID']['input']>>;
  period?: InputMaybe<PeriodInput>;
};


export type QueryPartnerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPartnersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PartnerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPeerSuggestionsArgs = {
  caseId: Scalars['ID']['input'];
};


export type QueryPublicGroupArgs = {
  slug: Scalars['String']['input'];
};


export type QueryPublicGroupICalendarArgs = {
  slug: Scalars['String']['input'];
};


export type QueryPublicGroupsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PublicGroupFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPublicSurveyArgs = {
  token: Scalars['String']['input'];
};


export type QueryReferralResourceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReferralResourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ReferralResourceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryReportDownloadArgs = {
  district?: InputMaybe<Scalars['ID']['input']>;
  format: ReportFileFormat;
  period: ReportPeriodInput;
};


export type QueryReportFileArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReportJobArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReportJobsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRetentionRunsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryServiceReferralArgs = {
  reference: Scalars['String']['input'];
};


export type QueryStaffUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStaffUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StaffUserFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySurveyArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySurveyResultsArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySurveyTemplateComparisonArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  language?: InputMaybe<Language>;
  templateKey: Scalars['String']['input'];
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryTrainingCourseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTrainingCourseICalendarArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTrainingCoursesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TrainingCourseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryVenuesArgs = {
  filter?: InputMaybe<VenueFilter>;
};


export type QueryVolunteerPeerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVolunteerPeersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<VolunteerPeerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * An API client's budget (issue 14, decision 0034), like GitHub's `rateLimit`. Every operation of an
 * API client is charged its calculated cost (see `extensions.cost` in each answer): a query what it
 * would load (`operationCost`: lists priced by their page size, at least 1), a mutation 10. The
 * budget refills continuously; past it the answer is HTTP 429 with `Retry-After`.
 */
export type RateLimit = {
  __typename?: 'RateLimit';
  /** Points this operation was charged. */
  cost: Scalars['Int']['output'];
  /** Points the budget holds when full. */
  limit: Scalars['Int']['output'];
  /** Points left after this operation (rounded down). */
  remaining: Scalars['Int']['output'];
  /** When the budget will be full again if nothing more is spent. */
  resetAt: Scalars['DateTime']['output'];
  /** Points the budget regains per second. */
  restoreRate: Scalars['Float']['output'];
};

/** Where a resource takes people from. */
export type ReferralAreaKind =
  /** The whole district. */
  | 'DISTRICT'
  /** Some municipalities (listed). */
  | 'MUNICIPALITIES'
  /** All of Norway. */
  | 'NATIONAL';

/** The consent the person gave the service to be contacted by the district office: the words shown to them and the day (no later than today). */
export type ReferralConsentInput = {
  givenOn: Scalars['Date']['input'];
  wording: Scalars['String']['input'];
};

/** Professional help a district recommends (hjelpetilbud); referrals on cases link to it. */
export type ReferralResource = {
  __typename?: 'ReferralResource';
  /** Archived resources are no longer offered; old referrals still link to them. */
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  areaKind: ReferralAreaKind;
  district: District;
  /** How to refer or get in touch. */
  howToRefer: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The municipalities it takes people from, when areaKind is MUNICIPALITIES. */
  municipalities: Array<Municipality>;
  name: Scalars['String']['output'];
  /** What it offers. */
  offers: Scalars['String']['output'];
  /** When the resource is a partner of the network. */
  partner?: Maybe<Partner>;
  phone?: Maybe<Scalars['String']['output']>;
  type: ReferralResourceType;
  version: Scalars['Int']['output'];
  website?: Maybe<Scalars['String']['output']>;
};

/** A page of referral resources. */
export type ReferralResourceConnection = {
  __typename?: 'ReferralResourceConnection';
  edges: Array<ReferralResourceEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A referral resource in a page. */
export type ReferralResourceEdge = {
  __typename?: 'ReferralResourceEdge';
  cursor: Scalars['String']['output'];
  node: ReferralResource;
};

export type ReferralResourceFilter = {
  areaKinds?: InputMaybe<Array<ReferralAreaKind>>;
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  /** Resources that take people from this municipality (national ones, the district's own, or those naming it). */
  municipalityNumber?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<ReferralResourceType>>;
};

export type ReferralResourceInput = {
  areaKind: ReferralAreaKind;
  howToRefer: Scalars['String']['input'];
  /** Exactly when areaKind is MUNICIPALITIES. */
  municipalityNumbers?: InputMaybe<Array<Scalars['String']['input']>>;
  name: Scalars['String']['input'];
  offers: Scalars['String']['input'];
  /** A partner of the district. */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  type: ReferralResourceType;
  website?: InputMaybe<Scalars['String']['input']>;
};

/** What kind of professional help or support a resource of the referral directory is. */
export type ReferralResourceType =
  | 'CRISIS_LINE'
  /** DPS, community mental health centre. */
  | 'DPS'
  | 'FAMILY_COUNSELLING'
  | 'MUNICIPAL_SERVICE'
  | 'OTHER'
  | 'PSYCHOLOGIST'
  | 'USER_ORGANISATION';

/**
 * The person referred: a first name, how they want to be contacted (the one they prefer must be
 * given; only that one is kept), and when it suits them. Never a national identity number or a
 * diagnosis: free text with an identity number is refused (BAD_USER_INPUT, reason NATIONAL_ID_NUMBER).
 */
export type ReferredPersonInput = {
  /** How the person prefers to be contacted: PHONE or EMAIL. */
  contactPreference: ContactMethod;
  email?: InputMaybe<Scalars['String']['input']>;
  firstName: Scalars['String']['input'];
  /** When a call or message suits them, in a few words (≤ 120 characters), e.g. "weekdays after 15". */
  goodTimes?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
};

export type RegisterGroupFollowUpInput = {
  date: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
  /** Overrides the next due date that the rules would set. */
  nextFollowUpDue?: InputMaybe<Scalars['Date']['input']>;
  note: Scalars['String']['input'];
};

export type RegisterPeerCheckInInput = {
  date: Scalars['Date']['input'];
  /** Sets the next check-in by hand (after `date`). */
  nextCheckInOn?: InputMaybe<Scalars['Date']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  peerId: Scalars['ID']['input'];
};

/** A report file to download. */
export type ReportFileDownload = {
  __typename?: 'ReportFileDownload';
  /** The file, base64-encoded. Ask for one at a time. */
  contentBase64: Scalars['String']['output'];
  contentType: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
};

/**
 * The yearly report: the overview's figures per district and national, as XLSX (one sheet per
 * table, a cover sheet with the period and the small-number rule) and CSV (long form: table, row,
 * column, value; UTF-8 with BOM, separated by `;`). Small numbers are hidden in every file as on
 * screen (decision 0027).
 */
export type ReportFileFormat =
  | 'CSV'
  | 'XLSX';

/** A finished file of a report job, without its content (ask `reportFile` for that). */
export type ReportFileInfo = {
  __typename?: 'ReportFileInfo';
  byteSize: Scalars['Int']['output'];
  /** Null: the national report. */
  district?: Maybe<District>;
  fileName: Scalars['String']['output'];
  format: ReportFileFormat;
  id: Scalars['ID']['output'];
};

/** The reports of every district and the national one for a period, generated in the background. */
export type ReportJob = {
  __typename?: 'ReportJob';
  createdAt: Scalars['DateTime']['output'];
  error?: Maybe<Scalars['String']['output']>;
  /** The finished files so far: per district in the reference order, the national report last. */
  files: Array<ReportFileInfo>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  periodFrom: Scalars['Date']['output'];
  periodTo: Scalars['Date']['output'];
  /** Steps done: one per district, then the national report. */
  progressDone: Scalars['Int']['output'];
  progressTotal: Scalars['Int']['output'];
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  status: ReportJobStatus;
};

export type ReportJobStatus =
  /** Every file is ready. */
  | 'DONE'
  /** Stopped; `error` says why. */
  | 'FAILED'
  /** Waiting for a gateway process to take it. */
  | 'QUEUED'
  /** Being generated, one district at a time, then the national report. */
  | 'RUNNING';

/** Calendar days (Europe/Oslo), both inclusive. */
export type ReportPeriodInput = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};

/**
 * A request for a talk or course for the service's staff, to the district office of the
 * municipality. Idempotent by `reference` (and `Idempotency-Key`) as `submitReferral`.
 */
export type RequestTalkInput = {
  /** About how many will attend (1–10000). */
  audienceSize: Scalars['Int']['input'];
  /** Where the talk is wanted (4-digit kommunenummer); its district must be one of the API client's. */
  municipality: Scalars['String']['input'];
  /** Where, e.g. the service's address or "digitalt". */
  place: Scalars['String']['input'];
  reference: Scalars['String']['input'];
  serviceContact: ServiceContactInput;
  serviceType: PublicServiceType;
  serviceUnit: Scalars['String']['input'];
  /** Themes from the `themes` query, if any fit. */
  themeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** What the talk or course should be about (≤ 200 characters). */
  topic: Scalars['String']['input'];
  /** The wished period: from this day… */
  wishedFrom: Scalars['Date']['input'];
  /** …to this day (not in the past). */
  wishedTo: Scalars['Date']['input'];
};

/** One run of the retention job: when, as of which moment, and how many records it anonymised. */
export type RetentionRun = {
  __typename?: 'RetentionRun';
  /** The moment the run judged what was due by. */
  asOf: Scalars['DateTime']['output'];
  casesAnonymised: Scalars['Int']['output'];
  /** The rows the run deleted: kept for security or operation and past their time (zeros for runs before it deleted any). */
  deleted: RetentionRunDeletions;
  /** Every district, with zeros where nothing was due. */
  districts: Array<RetentionRunDistrict>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  inquiriesAnonymised: Scalars['Int']['output'];
  peersAnonymised: Scalars['Int']['output'];
  startedAt: Scalars['DateTime']['output'];
  trigger: RetentionTrigger;
};

/** What one run deleted. Sessions, login attempts, password links and revoked calendar links go 90 days after their last use; the API usage log after 13 months; change-feed entries a later entry of the same group supersedes after 30 days. */
export type RetentionRunDeletions = {
  __typename?: 'RetentionRunDeletions';
  apiUsageEntries: Scalars['Int']['output'];
  calendarFeedTokens: Scalars['Int']['output'];
  groupFeedEntries: Scalars['Int']['output'];
  loginAttempts: Scalars['Int']['output'];
  passwordResetTokens: Scalars['Int']['output'];
  sessions: Scalars['Int']['output'];
};

/** What one run anonymised in one district. */
export type RetentionRunDistrict = {
  __typename?: 'RetentionRunDistrict';
  casesAnonymised: Scalars['Int']['output'];
  district: District;
  inquiriesAnonymised: Scalars['Int']['output'];
  peersAnonymised: Scalars['Int']['output'];
};

/**
 * How long a district keeps what identifies a person, in months. When the time is up, the retention
 * job removes names, contact details and notes and keeps what statistics count (decision 0020).
 */
export type RetentionSettings = {
  __typename?: 'RetentionSettings';
  /** Months after a follow-up case is closed (default 12). */
  closedCaseMonths: Scalars['Int']['output'];
  /** False while the district runs on the defaults. */
  customised: Scalars['Boolean']['output'];
  district: District;
  /** Months after an inquiry was received, when no case was opened from it (default 6). */
  inquiryWithoutCaseMonths: Scalars['Int']['output'];
  /** Months after a volunteer peer stopped (default 24). */
  stoppedPeerMonths: Scalars['Int']['output'];
};

/** A district's retention months, from 1 to 60; a field left out (or null) takes its default. */
export type RetentionSettingsInput = {
  closedCaseMonths?: InputMaybe<Scalars['Int']['input']>;
  inquiryWithoutCaseMonths?: InputMaybe<Scalars['Int']['input']>;
  stoppedPeerMonths?: InputMaybe<Scalars['Int']['input']>;
};

export type RetentionTrigger =
  /** `pnpm retention:run`. */
  | 'ON_DEMAND'
  /** On the gateway's timer. */
  | 'SCHEDULED';

export type Role =
  | 'ADMIN'
  | 'DISTRICT_LEAD'
  | 'DISTRICT_STAFF'
  | 'NATIONAL';

export type RotateApiClientSecretInput = {
  id: Scalars['ID']['input'];
  /** How many days the keys in use so far keep working (0 to 30). */
  overlapDays?: InputMaybe<Scalars['Int']['input']>;
  version: Scalars['Int']['input'];
};

export type ScheduleKind =
  /** Every other week, counted from the start date. */
  | 'BIWEEKLY'
  /** Listed dates only. */
  | 'IRREGULAR'
  /** Once a month on the nth weekday (for example the second Tuesday); nth -1 = the last. */
  | 'MONTHLY_NTH_WEEKDAY'
  | 'WEEKLY';

/** What the gateway runs and on which database. */
export type ServerInfo = {
  __typename?: 'ServerInfo';
  database: DatabaseKind;
  version: Scalars['String']['output'];
};

/** Who at the service answers questions about the submission: a name and a phone number or an e-mail address (at least one). */
export type ServiceContactInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A submission as the service that sent it sees it: its kind, time and status, by the service's own
 * reference. Never anything about the person.
 */
export type ServiceReferral = {
  __typename?: 'ServiceReferral';
  /** The submission's id; a retried submission answers the same id. */
  id: Scalars['ID']['output'];
  kind: ServiceReferralKind;
  /** The service's own reference, as sent. */
  reference: Scalars['String']['output'];
  status: ServiceReferralStatus;
  /** When the district office received it. */
  submittedAt: Scalars['DateTime']['output'];
};

/**
 * What a public service sends through the API (henvisning fra tjeneste, scope `referrals:write`):
 * a person referred to a district office, or a request for a talk or course for the service's staff.
 */
export type ServiceReferralKind =
  /** `submitReferral`: a person the service refers to the district office. */
  | 'REFERRAL'
  /** `requestTalk`: a talk or course for the service's staff. */
  | 'TALK_REQUEST';

/**
 * Where a submission stands, as the service may know it. RECEIVED: in the district's queue, nobody
 * has acted on it yet. CONTACTED: staff recorded a contact or an action, or opened a follow-up. CLOSED:
 * handled (the person was helped on, the follow-up ended, the talk is planned as an activity, or the
 * inquiry was anonymised by the retention rules).
 */
export type ServiceReferralStatus =
  | 'CLOSED'
  | 'CONTACTED'
  | 'RECEIVED';

/** The session a request is made with, as the server keeps it. */
export type Session = {
  __typename?: 'Session';
  /** When the session ends at the latest, whatever the activity. */
  expiresAt: Scalars['DateTime']['output'];
  /** When the session ends unless it is used before then; every authenticated request moves it on. */
  idleExpiresAt: Scalars['DateTime']['output'];
  /** The session ends after this many seconds without use. */
  idleTimeoutSeconds: Scalars['Int']['output'];
  /**
   * The portal the session was opened on, while its user may still use that portal; null for
   * a session opened without a realm (an API client). Portals show only their own realm's pages.
   */
  realm?: Maybe<SessionRealm>;
};

/** The portal a session was opened on. */
export type SessionRealm = {
  __typename?: 'SessionRealm';
  /** The district whose portal it is; null for the national office's portal. */
  districtId?: Maybe<Scalars['ID']['output']>;
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

/** A member of staff who can log in to the portal. */
export type StaffUser = {
  __typename?: 'StaffUser';
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  deactivatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Set for district roles; empty for national and admin users. */
  district?: Maybe<District>;
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  role: Role;
  /** Optimistic concurrency version; pass it back when saving. */
  version: Scalars['Int']['output'];
};

export type StaffUserConnection = {
  __typename?: 'StaffUserConnection';
  edges: Array<StaffUserEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StaffUserEdge = {
  __typename?: 'StaffUserEdge';
  cursor: Scalars['String']['output'];
  node: StaffUser;
};

export type StaffUserFilter = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  districtId?: InputMaybe<Scalars['ID']['input']>;
  role?: InputMaybe<Role>;
};

/** One row or column of a table: a code (district id, status, theme id, YYYY-MM, …) and its label in the reader's language. */
export type StatAxisItem = {
  __typename?: 'StatAxisItem';
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
};

/**
 * One published number. A suppressed count has `value` null and `display` "<5" (a small count,
 * with the threshold) or ":" (hidden so that a small count cannot be derived; Statistics Norway's
 * sign, decision 0023): no client ever receives the exact small number or one it could be derived from.
 */
export type StatCount = {
  __typename?: 'StatCount';
  /** The number as a reader sees it: digits, "<5" or ":". */
  display: Scalars['String']['output'];
  suppressed: Scalars['Boolean']['output'];
  value?: Maybe<Scalars['Int']['output']>;
};

/**
 * A two-way table of one figure, the same shape for every figure so the portal renders, charts and
 * exports (one XLSX sheet per table) them generically. Totals are sums of the underlying counts,
 * protected like the cells.
 */
export type StatTable = {
  __typename?: 'StatTable';
  /** cells[r][c]: row r, column c. */
  cells: Array<Array<StatCount>>;
  /** What the columns are (e.g. "Status"), in the reader's language. */
  columnLabel: Scalars['String']['output'];
  columnTotals: Array<StatCount>;
  columns: Array<StatAxisItem>;
  key: StatTableKey;
  /** Whether small-number protection applies (inquiries, cases, interest lists); registry tables are published as counted. */
  protected: Scalars['Boolean']['output'];
  /** What the rows are (e.g. "Distrikt"), in the reader's language. */
  rowLabel: Scalars['String']['output'];
  rowTotals: Array<StatCount>;
  rows: Array<StatAxisItem>;
  /** True when any cell or total is suppressed. */
  suppressed: Scalars['Boolean']['output'];
  /** Title in the reader's language (Accept-Language; bokmål by default). */
  title: Scalars['String']['output'];
  total: StatCount;
};

/**
 * The overview's tables. Each is one grouped SQL count (decision 0024 says what each counts).
 * Rows are the districts asked for unless the key says otherwise.
 */
export type StatTableKey =
  /** Completed outreach activities dated in the period by type × district. */
  | 'ACTIVITIES_BY_TYPE'
  /** Participants of those activities by type × district. */
  | 'ACTIVITY_PARTICIPANTS'
  /** Follow-up cases open on the period's last day (paused included), opened and closed in the period × district. Protected. */
  | 'CASES'
  /** Courses held (running or completed, starting in the period) by course type × district. */
  | 'COURSES_HELD'
  /** Enrolled participants of those courses by course type × district. */
  | 'COURSE_PARTICIPANTS'
  /** Municipalities, and those with at least one STARTING or RUNNING group on the period's last day, per county (rows). */
  | 'COVERAGE'
  /** Facilitators qualified on the period's last day, newly qualified (first basic course) and lapsed in the period × district. */
  | 'FACILITATORS'
  /** Groups by their status on the period's last day (status history) × district. */
  | 'GROUPS_BY_STATUS'
  /** Groups not closed on the period's last day by theme × district (a group counts under each of its themes). */
  | 'GROUPS_BY_THEME'
  /** Groups started (first STARTING or RUNNING) and closed in the period × district. */
  | 'GROUPS_STARTED_CLOSED'
  /** Groups started per month of the period (columns YYYY-MM) × district. */
  | 'GROUPS_STARTED_PER_MONTH'
  /** What was done × district: an inquiry counts once under each action it records. Protected. */
  | 'INQUIRIES_BY_ACTION'
  /** Inquiries received in the period by channel × district. Protected. */
  | 'INQUIRIES_BY_CHANNEL'
  /** Inquiries by who asked × district; public services by type (child welfare, crisis centre, …). Protected. */
  | 'INQUIRIES_BY_INQUIRER'
  /** Inquiries per month (rows YYYY-MM) × channel, over the districts asked for. Protected. */
  | 'INQUIRIES_PER_MONTH'
  /** Open interest-list places on the period's last day by theme × district. Protected. */
  | 'INTEREST_DEMAND'
  /**
   * Minutes spent on those inquiries by channel × district: a sum, not a count of people, so it is
   * not protected on its own; a cell (or total) is hidden exactly where the inquiry count of the same
   * cell (or total) in INQUIRIES_BY_CHANNEL is hidden, so the time cannot reveal the small count.
   */
  | 'MINUTES_BY_CHANNEL'
  /** Active partners by type × district. */
  | 'PARTNERS_BY_TYPE';

export type StopVolunteerPeerInput = {
  id: Scalars['ID']['input'];
  /** Defaults to today. */
  stoppedOn?: InputMaybe<Scalars['Date']['input']>;
  version: Scalars['Int']['input'];
};

/**
 * A referral of a person to the district office of their municipality. `reference` is the
 * service's own (≤ 64 characters, unique per API client): sending the same submission again
 * answers the first answer and creates nothing; the same reference with different data is refused
 * (CONFLICT, reason IDEMPOTENCY_KEY_REUSED). An `Idempotency-Key` HTTP header, when sent, is used
 * the same way and takes precedence.
 */
export type SubmitReferralInput = {
  consent: ReferralConsentInput;
  /** The person's municipality (4-digit kommunenummer); its district must be one of the API client's. */
  municipality: Scalars['String']['input'];
  person: ReferredPersonInput;
  /** The reason in a few words (≤ 500 characters). No diagnosis, no identity number. */
  reasonText?: InputMaybe<Scalars['String']['input']>;
  reference: Scalars['String']['input'];
  serviceContact: ServiceContactInput;
  serviceType: PublicServiceType;
  /** The service unit, e.g. "NAV Bergenhus". */
  serviceUnit: Scalars['String']['input'];
  /** The reason in categories: theme ids from the `themes` query. */
  themeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/**
 * An anonymous user survey (brukerundersøkelse) of a district office, or of the national office
 * (district null). Answers are stored with no link to any person, request, time or address, and are
 * read only as aggregates (surveyResults).
 */
export type Survey = {
  __typename?: 'Survey';
  closesOn: Scalars['Date']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The owning district; null for the national office's survey. */
  district?: Maybe<District>;
  /** Whether answers have come in; from then on the questions cannot change. */
  hasResponses: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  intro?: Maybe<Scalars['String']['output']>;
  opensOn: Scalars['Date']['output'];
  phase: SurveyPhase;
  /** The public link's token; the portal's public page is /undersokelse/<publicToken>. */
  publicToken: Scalars['String']['output'];
  questions: Array<SurveyQuestion>;
  /** The ready-made template the survey was made from (its questions are then fixed). */
  templateKey?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

/**
 * One answer: `choices` (option indexes) for a choice question, `scaleValue` for a scale, `text` for
 * free text. A blank answer counts as not answered. Refusals name the field answers.<questionId>.
 */
export type SurveyAnswerInput = {
  choices?: InputMaybe<Array<Scalars['Int']['input']>>;
  questionId: Scalars['ID']['input'];
  scaleValue?: InputMaybe<Scalars['Int']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
};

/** A template's questions compared across the districts' surveys made from it (free text is never compared). */
export type SurveyComparison = {
  __typename?: 'SurveyComparison';
  /** Surveys open on at least one day from..to count; no period: every survey of the template. */
  from?: Maybe<Scalars['Date']['output']>;
  tables: Array<SurveyComparisonTable>;
  templateKey: Scalars['String']['output'];
  to?: Maybe<Scalars['Date']['output']>;
};

/** One district's row of a comparison table. */
export type SurveyComparisonRow = {
  __typename?: 'SurveyComparisonRow';
  /** In the order of SurveyComparisonTable.columns. */
  cells: Array<SurveyCount>;
  district: District;
  total: SurveyCount;
};

/**
 * One template question across districts: rows are districts (those with answers), columns its
 * options (or scale values). Cells and totals are protected together, so no hidden count can be
 * worked out from the rest of the table.
 */
export type SurveyComparisonTable = {
  __typename?: 'SurveyComparisonTable';
  columnTotals: Array<SurveyCount>;
  columns: Array<Scalars['String']['output']>;
  kind: SurveyQuestionKind;
  /** The template's wording, in the language asked for. */
  question: Scalars['String']['output'];
  questionKey: Scalars['String']['output'];
  rows: Array<SurveyComparisonRow>;
  total: SurveyCount;
};

/**
 * A count of answers as any reader may see it: small counts (1–4) are hidden, and so is any count
 * that could be worked out from the counts and totals shown beside it (secondary suppression).
 */
export type SurveyCount = {
  __typename?: 'SurveyCount';
  /** The number, or «<5» when suppressed. */
  display: Scalars['String']['output'];
  suppressed: Scalars['Boolean']['output'];
  /** Null when suppressed: no client ever receives the hidden number. */
  value?: Maybe<Scalars['Int']['output']>;
};

/** Where someone can talk to a person now. */
export type SurveyHelpLine = {
  __typename?: 'SurveyHelpLine';
  name: Scalars['String']['output'];
  phone: Scalars['String']['output'];
};

export type SurveyInput = {
  closesOn: Scalars['Date']['input'];
  intro?: InputMaybe<Scalars['String']['input']>;
  opensOn: Scalars['Date']['input'];
  /** Replaces every question; only before the first answer (CONFLICT SURVEY_HAS_ANSWERS after), never on a template survey. Leave out to keep them. */
  questions?: InputMaybe<Array<SurveyQuestionInput>>;
  title: Scalars['String']['input'];
};

/** How many answers chose an option. */
export type SurveyOptionResult = {
  __typename?: 'SurveyOptionResult';
  count: SurveyCount;
  /** The option's index (0-based) in SurveyQuestion.options. */
  index: Scalars['Int']['output'];
  label: Scalars['String']['output'];
};

/** Where a survey stands today (calendar days in Europe/Oslo; opensOn and closesOn both inclusive). */
export type SurveyPhase =
  /** After closesOn: the public link says the survey is closed. */
  | 'CLOSED'
  /** From opensOn through closesOn: the public link takes answers. */
  | 'OPEN'
  /** Before opensOn: the public link shows when it opens, and takes no answers. */
  | 'UPCOMING';

/** A question of a survey, in the order it is asked. */
export type SurveyQuestion = {
  __typename?: 'SurveyQuestion';
  id: Scalars['ID']['output'];
  kind: SurveyQuestionKind;
  /** The choices of SINGLE_CHOICE and MULTIPLE_CHOICE, in order; answers name them by index (0-based). Empty for the other kinds. */
  options: Array<Scalars['String']['output']>;
  /** 0-based. */
  position: Scalars['Int']['output'];
  /** A respondent must answer it. (The template asks nothing as required.) */
  required: Scalars['Boolean']['output'];
  scaleMax?: Maybe<Scalars['Int']['output']>;
  scaleMaxLabel?: Maybe<Scalars['String']['output']>;
  /** SCALE only: the lowest and highest value, and the words for both ends. */
  scaleMin?: Maybe<Scalars['Int']['output']>;
  scaleMinLabel?: Maybe<Scalars['String']['output']>;
  /** About suicide or substance use: show the help lines (PublicSurvey.helpLines) beside it. */
  sensitive: Scalars['Boolean']['output'];
  /** The template question this is; the same key in two surveys means their answers can be compared. */
  templateKey?: Maybe<Scalars['String']['output']>;
  text: Scalars['String']['output'];
};

export type SurveyQuestionInput = {
  kind: SurveyQuestionKind;
  /** SINGLE_CHOICE and MULTIPLE_CHOICE: 2–20 distinct options. Ignored for the other kinds. */
  options?: InputMaybe<Array<Scalars['String']['input']>>;
  required?: InputMaybe<Scalars['Boolean']['input']>;
  scaleMax?: InputMaybe<Scalars['Int']['input']>;
  scaleMaxLabel?: InputMaybe<Scalars['String']['input']>;
  /** SCALE: both bounds (0 or more, at most 11 points). Ignored for the other kinds. */
  scaleMin?: InputMaybe<Scalars['Int']['input']>;
  scaleMinLabel?: InputMaybe<Scalars['String']['input']>;
  text: Scalars['String']['input'];
};

/** What a survey question asks for. */
export type SurveyQuestionKind =
  /** Words. */
  | 'FREE_TEXT'
  /** Any number of the options (at least one). */
  | 'MULTIPLE_CHOICE'
  /** A whole number from scaleMin to scaleMax. */
  | 'SCALE'
  /** One of the options. */
  | 'SINGLE_CHOICE';

/**
 * The results of one question. With fewer than 5 answers, tooFewAnswers is true and there are no
 * figures at all: answered, scaleMean and freeTextAnswers are null and the lists empty.
 */
export type SurveyQuestionResult = {
  __typename?: 'SurveyQuestionResult';
  /** How many answered the question (5 or more). */
  answered?: Maybe<Scalars['Int']['output']>;
  /**
   * FREE_TEXT questions: the answers, in no meaningful order (not the order they came in). Only for
   * staff of the owning district (a national survey: NATIONAL and ADMIN); null for everyone else.
   */
  freeTextAnswers?: Maybe<Array<Scalars['String']['output']>>;
  /** Choice questions: every option, in order. A multiple-choice answer counts once for each option it chose. */
  options: Array<SurveyOptionResult>;
  question: SurveyQuestion;
  /** Scale questions: every value from scaleMin to scaleMax. */
  scale: Array<SurveyScaleResult>;
  /** Scale questions: the mean value, to two decimals; null when any value's count is hidden (the mean would let it be worked out). */
  scaleMean?: Maybe<Scalars['Float']['output']>;
  tooFewAnswers: Scalars['Boolean']['output'];
};

/** A survey's results: aggregates only, small numbers hidden. */
export type SurveyResults = {
  __typename?: 'SurveyResults';
  /** Whether this viewer sees the free-text answers (staff of the owning district). */
  freeTextVisible: Scalars['Boolean']['output'];
  questions: Array<SurveyQuestionResult>;
  /** Answer sheets received. */
  responses: SurveyCount;
  survey: Survey;
};

/** How many answers gave a scale value. */
export type SurveyScaleResult = {
  __typename?: 'SurveyScaleResult';
  count: SurveyCount;
  value: Scalars['Int']['output'];
};

/** The answer to a submitted answer sheet: nothing about the sheet comes back. */
export type SurveySubmission = {
  __typename?: 'SurveySubmission';
  /** Always true: refusals are errors (SURVEY_CLOSED, SURVEY_NOT_OPEN_YET, per-question BAD_USER_INPUT). */
  ok: Scalars['Boolean']['output'];
};

/** A ready-made survey (SURVEY_TEMPLATES in the domain). */
export type SurveyTemplate = {
  __typename?: 'SurveyTemplate';
  intro: Scalars['String']['output'];
  /** For example user-survey-2026; give it as CreateSurveyInput.fromTemplate. */
  key: Scalars['String']['output'];
  /** Its questions as they will be asked, in the language asked for. */
  questions: Array<SurveyTemplateQuestion>;
  title: Scalars['String']['output'];
};


/** A ready-made survey (SURVEY_TEMPLATES in the domain). */
export type SurveyTemplateIntroArgs = {
  language?: InputMaybe<Language>;
};


/** A ready-made survey (SURVEY_TEMPLATES in the domain). */
export type SurveyTemplateQuestionsArgs = {
  language?: InputMaybe<Language>;
};


/** A ready-made survey (SURVEY_TEMPLATES in the domain). */
export type SurveyTemplateTitleArgs = {
  language?: InputMaybe<Language>;
};

/** A question of a ready-made template; its templateKey makes answers comparable across districts. */
export type SurveyTemplateQuestion = {
  __typename?: 'SurveyTemplateQuestion';
  kind: SurveyQuestionKind;
  options: Array<Scalars['String']['output']>;
  sensitive: Scalars['Boolean']['output'];
  templateKey: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

export type TargetGroup =
  /** The people affected themselves. */
  | 'AFFECTED'
  | 'BOTH'
  /** Relatives and next of kin (pårørende). */
  | 'RELATIVES';

/** A group theme from the managed list. */
export type Theme = {
  __typename?: 'Theme';
  id: Scalars['ID']['output'];
  /** Label in the requested language (bokmål by default). */
  label: Scalars['String']['output'];
};


/** A group theme from the managed list. */
export type ThemeLabelArgs = {
  language?: InputMaybe<Language>;
};

/** A facilitator training course (igangsettertrening) run by a district office. */
export type TrainingCourse = {
  __typename?: 'TrainingCourse';
  cancelReason?: Maybe<Scalars['String']['output']>;
  capacity: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  district: District;
  enrolledCount: Scalars['Int']['output'];
  /** Enrolled participants, then the waiting list in order, then cancellations. */
  enrolments: Array<Enrolment>;
  id: Scalars['ID']['output'];
  locationText?: Maybe<Scalars['String']['output']>;
  online: Scalars['Boolean']['output'];
  sessions: Array<CourseSession>;
  startsOn: Scalars['Date']['output'];
  status: CourseStatus;
  title: Scalars['String']['output'];
  trainers: Array<StaffUser>;
  type: CourseType;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
  waitingCount: Scalars['Int']['output'];
};

export type TrainingCourseConnection = {
  __typename?: 'TrainingCourseConnection';
  edges: Array<TrainingCourseEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TrainingCourseEdge = {
  __typename?: 'TrainingCourseEdge';
  cursor: Scalars['String']['output'];
  node: TrainingCourse;
};

export type TrainingCourseFilter = {
  /** National roles: one district's courses. District users always see their own. */
  districtId?: InputMaybe<Scalars['ID']['input']>;
  /** Only courses with a session on or after this date. */
  from?: InputMaybe<Scalars['Date']['input']>;
  statuses?: InputMaybe<Array<CourseStatus>>;
  types?: InputMaybe<Array<CourseType>>;
};

export type TrainingCourseInput = {
  capacity: Scalars['Int']['input'];
  locationText?: InputMaybe<Scalars['String']['input']>;
  online?: Scalars['Boolean']['input'];
  sessions: Array<CourseSessionInput>;
  title: Scalars['String']['input'];
  trainerIds: Array<Scalars['ID']['input']>;
  type: CourseType;
};

/** One course in a facilitator's training history. */
export type TrainingHistoryEntry = {
  __typename?: 'TrainingHistoryEntry';
  /** Set when the facilitator completed the course. */
  completedOn?: Maybe<Scalars['Date']['output']>;
  course: TrainingCourse;
  enrolmentStatus: EnrolmentStatus;
  sessionsAttended: Scalars['Int']['output'];
};

export type UpdateActivityInput = {
  activity: ActivityInput;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type UpdateAgreementInput = {
  agreement: AgreementInput;
  /** Replaces the document (see `CreateAgreementInput.attachment`). */
  attachment?: InputMaybe<Scalars['Upload']['input']>;
  id: Scalars['ID']['input'];
  /** Removes the document (ignored when a new one is sent). */
  removeAttachment?: InputMaybe<Scalars['Boolean']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdateApiClientInput = {
  contactEmail: Scalars['String']['input'];
  contactName: Scalars['String']['input'];
  districtIds: Array<Scalars['ID']['input']>;
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  /** Nine digits (spaces allowed), checked; left out: unchanged; null: removed. */
  organisationNumber?: InputMaybe<Scalars['String']['input']>;
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  scopes: Array<ApiScope>;
  version: Scalars['Int']['input'];
};

export type UpdateContactInput = {
  contact: ContactInput;
  id: Scalars['ID']['input'];
  role?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdateFacilitatorInput = {
  facilitator: FacilitatorInput;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type UpdateFollowUpCaseInput = {
  id: Scalars['ID']['input'];
  nextFollowUpOn?: InputMaybe<Scalars['Date']['input']>;
  responsibleStaffUserId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type UpdateGroupInput = {
  group: GroupInput;
  id: Scalars['ID']['input'];
  /** The version the edit started from; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

export type UpdateInquiryInput = {
  id: Scalars['ID']['input'];
  /** Consents not in force are given (again); those in force stay; none is withdrawn here (withdrawConsent). */
  inquiry: InquiryInput;
  version: Scalars['Int']['input'];
};

export type UpdatePartnerInput = {
  id: Scalars['ID']['input'];
  partner: PartnerInput;
  version: Scalars['Int']['input'];
};

export type UpdateReferralResourceInput = {
  id: Scalars['ID']['input'];
  resource: ReferralResourceInput;
  version: Scalars['Int']['input'];
};

export type UpdateSurveyInput = {
  id: Scalars['ID']['input'];
  survey: SurveyInput;
  version: Scalars['Int']['input'];
};

export type UpdateTrainingCourseInput = {
  course: TrainingCourseInput;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/** The outcome of a course edit; raising the capacity moves people up from the waiting list. */
export type UpdateTrainingCourseResult = {
  __typename?: 'UpdateTrainingCourseResult';
  course: TrainingCourse;
  promoted: Array<Enrolment>;
};

export type UpdateVolunteerPeerInput = {
  id: Scalars['ID']['input'];
  peer: VolunteerPeerInput;
  version: Scalars['Int']['input'];
};

/** Where a group meets. */
export type Venue = {
  __typename?: 'Venue';
  accessibilityNotes?: Maybe<Scalars['String']['output']>;
  /** Groups that meet at the venue. */
  groups: Array<Group>;
  hearingLoop: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The partner that provides the venue. */
  partner?: Maybe<Partner>;
  postalCode: Scalars['String']['output'];
  postalPlace: Scalars['String']['output'];
  stepFreeAccess: Scalars['Boolean']['output'];
  streetAddress: Scalars['String']['output'];
};

export type VenueFilter = {
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only venues no partner provides. */
  unlinked?: InputMaybe<Scalars['Boolean']['input']>;
};

export type VenueInput = {
  accessibilityNotes?: InputMaybe<Scalars['String']['input']>;
  hearingLoop?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
  postalCode: Scalars['String']['input'];
  postalPlace: Scalars['String']['input'];
  stepFreeAccess?: InputMaybe<Scalars['Boolean']['input']>;
  streetAddress: Scalars['String']['input'];
};

/**
 * A volunteer peer (likeperson) of a district: someone with lived experience who follows a person
 * up one-to-one. For staff of the peer's district only: other districts get NOT_FOUND, national
 * roles FORBIDDEN, and every read is in the access log. A peer who is also a facilitator (one
 * person, two roles) has `facilitator`; name and contact are then the facilitator's.
 */
export type VolunteerPeer = {
  __typename?: 'VolunteerPeer';
  availability: PeerAvailability;
  /** When they can meet, e.g. weekday evenings. */
  availabilityNote?: Maybe<Scalars['String']['output']>;
  /** How many people the peer follows at once. */
  capacity: Scalars['Int']['output'];
  /** Staff's check-ins with the peer, newest first. */
  checkIns: Array<PeerCheckIn>;
  /** The day they signed the confidentiality declaration; without it they are never suggested. */
  confidentialityDeclaredOn?: Maybe<Scalars['Date']['output']>;
  consent?: Maybe<VolunteerPeerConsent>;
  createdAt: Scalars['DateTime']['output'];
  district: District;
  email?: Maybe<Scalars['String']['output']>;
  /** In their own words, what they can speak from. */
  experience?: Maybe<Scalars['String']['output']>;
  /** The same person as a facilitator; their training history is the facilitator's. */
  facilitator?: Maybe<Facilitator>;
  /** The staff member who follows the peer up. */
  followUpStaff?: Maybe<StaffUser>;
  gender?: Maybe<PeerGender>;
  id: Scalars['ID']['output'];
  languages: Array<Scalars['String']['output']>;
  load: PeerLoad;
  municipality: Municipality;
  /** Empty once anonymised after the peer stopped. */
  name?: Maybe<Scalars['String']['output']>;
  notes?: Maybe<Scalars['String']['output']>;
  phone?: Maybe<Scalars['String']['output']>;
  startedOn: Scalars['Date']['output'];
  /** The day the peer stopped as a volunteer. */
  stoppedOn?: Maybe<Scalars['Date']['output']>;
  /** Themes the peer can speak from. */
  themes: Array<Theme>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type VolunteerPeerConnection = {
  __typename?: 'VolunteerPeerConnection';
  edges: Array<VolunteerPeerEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** What a volunteer peer agreed to when registered (to be kept on record with their experience). */
export type VolunteerPeerConsent = {
  __typename?: 'VolunteerPeerConsent';
  givenOn: Scalars['Date']['output'];
  text: Scalars['String']['output'];
};

export type VolunteerPeerConsentInput = {
  givenOn: Scalars['Date']['input'];
  /** The text the peer agreed to. */
  text: Scalars['String']['input'];
};

export type VolunteerPeerEdge = {
  __typename?: 'VolunteerPeerEdge';
  cursor: Scalars['String']['output'];
  node: VolunteerPeer;
};

export type VolunteerPeerFilter = {
  availabilities?: InputMaybe<Array<PeerAvailability>>;
  municipalityNumbers?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Case-insensitive search in the name (a facilitator's name too). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** true: only peers who stopped; false: only those still volunteering. */
  stopped?: InputMaybe<Scalars['Boolean']['input']>;
  themeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type VolunteerPeerInput = {
  availability?: InputMaybe<PeerAvailability>;
  availabilityNote?: InputMaybe<Scalars['String']['input']>;
  capacity?: InputMaybe<Scalars['Int']['input']>;
  confidentialityDeclaredOn?: InputMaybe<Scalars['Date']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  experience?: InputMaybe<Scalars['String']['input']>;
  followUpStaffUserId?: InputMaybe<Scalars['ID']['input']>;
  gender?: InputMaybe<PeerGender>;
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  municipalityNumber: Scalars['String']['input'];
  /** Required unless the peer is a facilitator (then the facilitator's name is used). */
  name?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  themeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type Weekday =
  | 'FRIDAY'
  | 'MONDAY'
  | 'SATURDAY'
  | 'SUNDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'WEDNESDAY';



export type ResolverTypeWrapper<T> = T | Promise<T>;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AccessLogAction: AccessLogAction;
  AccessLogConnection: ResolverTypeWrapper<Omit<AccessLogConnection, 'edges'> & { edges: Array<ResolversTypes['AccessLogEdge']> }>;
  AccessLogEdge: ResolverTypeWrapper<Omit<AccessLogEdge, 'node'> & { node: ResolversTypes['AccessLogEntry'] }>;
  AccessLogEntry: ResolverTypeWrapper<AccessLogEntryRecordModel>;
  AccessOutcome: AccessOutcome;
  AccessPurpose: AccessPurpose;
  ActivityDistrictTotal: ResolverTypeWrapper<Omit<ActivityDistrictTotal, 'district'> & { district: ResolversTypes['District'] }>;
  ActivityFilter: ActivityFilter;
  ActivityInput: ActivityInput;
  ActivityOutcome: ResolverTypeWrapper<ActivityOutcomeRecordModel>;
  ActivityStatus: ActivityStatus;
  ActivityTotals: ResolverTypeWrapper<ActivityTotalsRecordModel>;
  ActivityType: ActivityType;
  ActivityTypeTotal: ResolverTypeWrapper<ActivityTypeTotal>;
  AddActivityOutcomeInput: AddActivityOutcomeInput;
  AddCaseNoteInput: AddCaseNoteInput;
  AddCaseReferralInput: AddCaseReferralInput;
  AddContactInput: AddContactInput;
  AgendaActivities: ResolverTypeWrapper<Omit<AgendaActivities, 'items'> & { items: Array<ResolversTypes['OutreachActivity']> }>;
  AgendaCaseFollowUps: ResolverTypeWrapper<Omit<AgendaCaseFollowUps, 'items'> & { items: Array<ResolversTypes['FollowUpCaseDue']> }>;
  AgendaCourseSession: ResolverTypeWrapper<AgendaCourseSessionModelModel>;
  AgendaCourseSessions: ResolverTypeWrapper<Omit<AgendaCourseSessions, 'items'> & { items: Array<ResolversTypes['AgendaCourseSession']> }>;
  AgendaFacilitators: ResolverTypeWrapper<Omit<AgendaFacilitators, 'items'> & { items: Array<ResolversTypes['Facilitator']> }>;
  AgendaGroups: ResolverTypeWrapper<Omit<AgendaGroups, 'items'> & { items: Array<ResolversTypes['Group']> }>;
  AgendaPeerCheckIns: ResolverTypeWrapper<Omit<AgendaPeerCheckIns, 'items'> & { items: Array<ResolversTypes['PeerCheckInDue']> }>;
  Agreement: ResolverTypeWrapper<AgreementRecordModel>;
  AgreementAttachment: ResolverTypeWrapper<AgreementAttachmentRecordModel>;
  AgreementInput: AgreementInput;
  ApiClient: ResolverTypeWrapper<ApiClientRecordModel>;
  ApiClientKey: ResolverTypeWrapper<ApiClientKeyModelModel>;
  ApiClientSecret: ResolverTypeWrapper<ApiClientSecretRecordModel>;
  ApiClientUsage: ResolverTypeWrapper<ApiClientUsage>;
  ApiScope: ApiScope;
  ApiUsageCounts: ResolverTypeWrapper<ApiUsageCounts>;
  ApiUsageDay: ResolverTypeWrapper<ApiUsageDay>;
  ApiUsageOperation: ResolverTypeWrapper<ApiUsageOperation>;
  ApproveAttendanceExceptionInput: ApproveAttendanceExceptionInput;
  AssignFacilitatorInput: AssignFacilitatorInput;
  AttendanceException: ResolverTypeWrapper<AttendanceExceptionRecordModel>;
  AttendanceInput: AttendanceInput;
  AudienceType: AudienceType;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CalendarFeed: ResolverTypeWrapper<CalendarFeedTokenRecordModel>;
  CancelEnrolmentConfirmation: CancelEnrolmentConfirmation;
  CancelEnrolmentResult: ResolverTypeWrapper<Omit<CancelEnrolmentResult, 'course' | 'enrolment' | 'promoted'> & { course: ResolversTypes['TrainingCourse'], enrolment: ResolversTypes['Enrolment'], promoted?: Maybe<ResolversTypes['Enrolment']> }>;
  CaseNote: ResolverTypeWrapper<CaseNoteRecordModel>;
  CaseNoteGrant: ResolverTypeWrapper<CaseNoteGrantRecordModel>;
  CaseOutcome: CaseOutcome;
  CaseReferral: ResolverTypeWrapper<CaseReferralRecordModel>;
  CaseStatus: CaseStatus;
  CaseStatusChange: ResolverTypeWrapper<CaseStatusChangeRecordModel>;
  ChangeCaseStatusInput: ChangeCaseStatusInput;
  ChangeGroupStatusInput: ChangeGroupStatusInput;
  ChangeTrainingCourseStatusInput: ChangeTrainingCourseStatusInput;
  ChangeTrainingCourseStatusResult: ResolverTypeWrapper<Omit<ChangeTrainingCourseStatusResult, 'completedFacilitators' | 'course'> & { completedFacilitators: Array<ResolversTypes['Facilitator']>, course: ResolversTypes['TrainingCourse'] }>;
  Consent: ResolverTypeWrapper<InquiryConsentRecordModel>;
  ConsentInput: ConsentInput;
  ConsentPurpose: ConsentPurpose;
  ContactAffiliation: ResolverTypeWrapper<ContactAffiliationRecordModel>;
  ContactInput: ContactInput;
  ContactMethod: ContactMethod;
  ContactPerson: ResolverTypeWrapper<ContactPersonRecordModel>;
  County: ResolverTypeWrapper<CountyModel>;
  CourseSession: ResolverTypeWrapper<CourseSessionRecordModel>;
  CourseSessionInput: CourseSessionInput;
  CourseStatus: CourseStatus;
  CourseType: CourseType;
  Coverage: ResolverTypeWrapper<Omit<Coverage, 'counties'> & { counties: Array<ResolversTypes['CoverageCounty']> }>;
  CoverageCounty: ResolverTypeWrapper<Omit<CoverageCounty, 'county'> & { county: ResolversTypes['County'] }>;
  CreateAgreementInput: CreateAgreementInput;
  CreateApiClientInput: CreateApiClientInput;
  CreateFacilitatorInput: CreateFacilitatorInput;
  CreateGroupInput: CreateGroupInput;
  CreateStaffUserInput: CreateStaffUserInput;
  CreateSurveyInput: CreateSurveyInput;
  CreateVolunteerPeerInput: CreateVolunteerPeerInput;
  DatabaseKind: DatabaseKind;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeactivateStaffUserInput: DeactivateStaffUserInput;
  District: ResolverTypeWrapper<DistrictModel>;
  DistrictAgenda: ResolverTypeWrapper<DistrictAgendaModelModel>;
  DistrictContact: ResolverTypeWrapper<DistrictContact>;
  DistrictSettings: ResolverTypeWrapper<DistrictSettingRecordModel>;
  EnrolInput: EnrolInput;
  Enrolment: ResolverTypeWrapper<EnrolmentRecordModel>;
  EnrolmentResult: ResolverTypeWrapper<Omit<EnrolmentResult, 'course' | 'enrolment'> & { course: ResolversTypes['TrainingCourse'], enrolment: ResolversTypes['Enrolment'] }>;
  EnrolmentStatus: EnrolmentStatus;
  Facilitator: ResolverTypeWrapper<FacilitatorRecordModel>;
  FacilitatorAssignment: ResolverTypeWrapper<FacilitatorAssignmentRecordModel>;
  FacilitatorAttention: ResolverTypeWrapper<NeedsAttentionModel>;
  FacilitatorAvailability: FacilitatorAvailability;
  FacilitatorConnection: ResolverTypeWrapper<Omit<FacilitatorConnection, 'edges'> & { edges: Array<ResolversTypes['FacilitatorEdge']> }>;
  FacilitatorConsent: ResolverTypeWrapper<FacilitatorConsent>;
  FacilitatorConsentInput: FacilitatorConsentInput;
  FacilitatorEdge: ResolverTypeWrapper<Omit<FacilitatorEdge, 'node'> & { node: ResolversTypes['Facilitator'] }>;
  FacilitatorFilter: FacilitatorFilter;
  FacilitatorInput: FacilitatorInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FollowUpCase: ResolverTypeWrapper<FollowUpCaseRecordModel>;
  FollowUpCaseConnection: ResolverTypeWrapper<Omit<FollowUpCaseConnection, 'edges'> & { edges: Array<ResolversTypes['FollowUpCaseEdge']> }>;
  FollowUpCaseDue: ResolverTypeWrapper<FollowUpCaseDueModelModel>;
  FollowUpCaseEdge: ResolverTypeWrapper<Omit<FollowUpCaseEdge, 'node'> & { node: ResolversTypes['FollowUpCase'] }>;
  FollowUpCaseFilter: FollowUpCaseFilter;
  Group: ResolverTypeWrapper<GroupModelModel>;
  GroupChange: ResolverTypeWrapper<GroupChangeRecordModel>;
  GroupChangeKind: GroupChangeKind;
  GroupConnection: ResolverTypeWrapper<Omit<GroupConnection, 'edges'> & { edges: Array<ResolversTypes['GroupEdge']> }>;
  GroupEdge: ResolverTypeWrapper<Omit<GroupEdge, 'node'> & { node: ResolversTypes['Group'] }>;
  GroupFeedConnection: ResolverTypeWrapper<Omit<GroupFeedConnection, 'edges'> & { edges: Array<ResolversTypes['GroupFeedEdge']> }>;
  GroupFeedEdge: ResolverTypeWrapper<Omit<GroupFeedEdge, 'node'> & { node: ResolversTypes['GroupFeedEntry'] }>;
  GroupFeedEntry: ResolverTypeWrapper<Omit<GroupFeedEntry, 'group'> & { group?: Maybe<ResolversTypes['Group']> }>;
  GroupFeedEntryKind: GroupFeedEntryKind;
  GroupFieldChange: ResolverTypeWrapper<GroupFieldChange>;
  GroupFilter: GroupFilter;
  GroupFollowUp: ResolverTypeWrapper<GroupFollowUpRecordModel>;
  GroupFormat: GroupFormat;
  GroupImportResult: ResolverTypeWrapper<GroupImportResult>;
  GroupImportRow: ResolverTypeWrapper<GroupImportRow>;
  GroupInput: GroupInput;
  GroupOrder: GroupOrder;
  GroupOrderField: GroupOrderField;
  GroupSchedule: ResolverTypeWrapper<ScheduleModel>;
  GroupScheduleInput: GroupScheduleInput;
  GroupStatus: GroupStatus;
  GroupStatusChange: ResolverTypeWrapper<GroupStatusChangeRecordModel>;
  GroupStatusCount: ResolverTypeWrapper<GroupStatusCount>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportFieldError: ResolverTypeWrapper<ImportFieldError>;
  ImportGroupsInput: ImportGroupsInput;
  InquirerType: InquirerType;
  Inquiry: ResolverTypeWrapper<InquiryRecordModel>;
  InquiryAction: InquiryAction;
  InquiryChannel: InquiryChannel;
  InquiryConnection: ResolverTypeWrapper<Omit<InquiryConnection, 'edges'> & { edges: Array<ResolversTypes['InquiryEdge']> }>;
  InquiryEdge: ResolverTypeWrapper<Omit<InquiryEdge, 'node'> & { node: ResolversTypes['Inquiry'] }>;
  InquiryFilter: InquiryFilter;
  InquiryInput: InquiryInput;
  InquiryPersonInput: InquiryPersonInput;
  InquiryServiceReferral: ResolverTypeWrapper<InquiryServiceReferralModelModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  InterestContact: ResolverTypeWrapper<InterestContactViewModel>;
  InterestContactsForGroup: ResolverTypeWrapper<InterestContactsViewModel>;
  InterestDemand: ResolverTypeWrapper<InterestDemandRecordModel>;
  InterestDemandFilter: InterestDemandFilter;
  InterestListEntry: ResolverTypeWrapper<InterestListEntryRecordModel>;
  InterestListEntryInput: InterestListEntryInput;
  InterestReach: InterestReach;
  Language: Language;
  LoginResult: ResolverTypeWrapper<Omit<LoginResult, 'user'> & { user: ResolversTypes['StaffUser'] }>;
  Meeting: ResolverTypeWrapper<MeetingTimeModel>;
  MessageParam: ResolverTypeWrapper<MessageParam>;
  MoveContactInput: MoveContactInput;
  Municipality: ResolverTypeWrapper<MunicipalityModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NetworkMap: ResolverTypeWrapper<NetworkMapRecordModel>;
  NetworkMunicipality: ResolverTypeWrapper<NetworkMunicipalityRecordModel>;
  NewCalendarFeed: ResolverTypeWrapper<NewCalendarFeed>;
  OpenFollowUpCaseInput: OpenFollowUpCaseInput;
  OutcomeKind: OutcomeKind;
  OutreachActivity: ResolverTypeWrapper<OutreachActivityRecordModel>;
  OutreachActivityConnection: ResolverTypeWrapper<Omit<OutreachActivityConnection, 'edges'> & { edges: Array<ResolversTypes['OutreachActivityEdge']> }>;
  OutreachActivityEdge: ResolverTypeWrapper<Omit<OutreachActivityEdge, 'node'> & { node: ResolversTypes['OutreachActivity'] }>;
  Overview: ResolverTypeWrapper<OverviewModelModel>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Partner: ResolverTypeWrapper<PartnerRecordModel>;
  PartnerConnection: ResolverTypeWrapper<Omit<PartnerConnection, 'edges'> & { edges: Array<ResolversTypes['PartnerEdge']> }>;
  PartnerEdge: ResolverTypeWrapper<Omit<PartnerEdge, 'node'> & { node: ResolversTypes['Partner'] }>;
  PartnerFilter: PartnerFilter;
  PartnerInput: PartnerInput;
  PartnerStatus: PartnerStatus;
  PartnerType: PartnerType;
  PartnerTypeCount: ResolverTypeWrapper<PartnerTypeCountRecordModel>;
  PasswordResetTicket: ResolverTypeWrapper<Omit<PasswordResetTicket, 'user'> & { user: ResolversTypes['StaffUser'] }>;
  PeerAvailability: PeerAvailability;
  PeerCheckIn: ResolverTypeWrapper<PeerCheckInRecordModel>;
  PeerCheckInDue: ResolverTypeWrapper<PeerCheckInDueModelModel>;
  PeerDistance: PeerDistance;
  PeerGender: PeerGender;
  PeerLoad: ResolverTypeWrapper<VolunteerPeerRecordModel>;
  PeerMatchConfirmation: ResolverTypeWrapper<PeerMatchRecordModel>;
  PeerMatchReason: ResolverTypeWrapper<PeerMatchReasonModelModel>;
  PeerMatchReasonCode: PeerMatchReasonCode;
  PeerSuggestion: ResolverTypeWrapper<PeerSuggestionModelModel>;
  PeerSuggestions: ResolverTypeWrapper<PeerSuggestionsModelModel>;
  Period: ResolverTypeWrapper<Period>;
  PeriodInput: PeriodInput;
  PersonContact: ResolverTypeWrapper<PersonContact>;
  PersonContactInput: PersonContactInput;
  PlanActivityFromInquiryInput: PlanActivityFromInquiryInput;
  PlannedActivity: ResolverTypeWrapper<PlannedActivityResultModel>;
  PortalRealmInput: PortalRealmInput;
  PublicGroup: ResolverTypeWrapper<GroupRecordModel>;
  PublicGroupConnection: ResolverTypeWrapper<Omit<PublicGroupConnection, 'edges'> & { edges: Array<ResolversTypes['PublicGroupEdge']> }>;
  PublicGroupEdge: ResolverTypeWrapper<Omit<PublicGroupEdge, 'node'> & { node: ResolversTypes['PublicGroup'] }>;
  PublicGroupFilter: PublicGroupFilter;
  PublicServiceType: PublicServiceType;
  PublicSurvey: ResolverTypeWrapper<SurveyRecordModel>;
  PublicVenue: ResolverTypeWrapper<VenueRecordModel>;
  Qualification: ResolverTypeWrapper<QualificationModel>;
  QualificationStatus: QualificationStatus;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RateLimit: ResolverTypeWrapper<RateLimit>;
  ReferralAreaKind: ReferralAreaKind;
  ReferralConsentInput: ReferralConsentInput;
  ReferralResource: ResolverTypeWrapper<ReferralResourceRecordModel>;
  ReferralResourceConnection: ResolverTypeWrapper<Omit<ReferralResourceConnection, 'edges'> & { edges: Array<ResolversTypes['ReferralResourceEdge']> }>;
  ReferralResourceEdge: ResolverTypeWrapper<Omit<ReferralResourceEdge, 'node'> & { node: ResolversTypes['ReferralResource'] }>;
  ReferralResourceFilter: ReferralResourceFilter;
  ReferralResourceInput: ReferralResourceInput;
  ReferralResourceType: ReferralResourceType;
  ReferredPersonInput: ReferredPersonInput;
  RegisterGroupFollowUpInput: RegisterGroupFollowUpInput;
  RegisterPeerCheckInInput: RegisterPeerCheckInInput;
  ReportFileDownload: ResolverTypeWrapper<ReportFileDownload>;
  ReportFileFormat: ReportFileFormat;
  ReportFileInfo: ResolverTypeWrapper<ReportFileInfoModel>;
  ReportJob: ResolverTypeWrapper<ReportJobRecordModel>;
  ReportJobStatus: ReportJobStatus;
  ReportPeriodInput: ReportPeriodInput;
  RequestTalkInput: RequestTalkInput;
  RetentionRun: ResolverTypeWrapper<RetentionRunRecordModel>;
  RetentionRunDeletions: ResolverTypeWrapper<RetentionRunDeletions>;
  RetentionRunDistrict: ResolverTypeWrapper<Omit<RetentionRunDistrict, 'district'> & { district: ResolversTypes['District'] }>;
  RetentionSettings: ResolverTypeWrapper<RetentionSettingsRecordModel>;
  RetentionSettingsInput: RetentionSettingsInput;
  RetentionTrigger: RetentionTrigger;
  Role: Role;
  RotateApiClientSecretInput: RotateApiClientSecretInput;
  ScheduleKind: ScheduleKind;
  ServerInfo: ResolverTypeWrapper<ServerInfo>;
  ServiceContactInput: ServiceContactInput;
  ServiceReferral: ResolverTypeWrapper<ServiceReferralRecordModel>;
  ServiceReferralKind: ServiceReferralKind;
  ServiceReferralStatus: ServiceReferralStatus;
  Session: ResolverTypeWrapper<Session>;
  SessionRealm: ResolverTypeWrapper<SessionRealm>;
  SortDirection: SortDirection;
  StaffUser: ResolverTypeWrapper<StaffUserRecordModel>;
  StaffUserConnection: ResolverTypeWrapper<Omit<StaffUserConnection, 'edges'> & { edges: Array<ResolversTypes['StaffUserEdge']> }>;
  StaffUserEdge: ResolverTypeWrapper<Omit<StaffUserEdge, 'node'> & { node: ResolversTypes['StaffUser'] }>;
  StaffUserFilter: StaffUserFilter;
  StatAxisItem: ResolverTypeWrapper<StatAxisItem>;
  StatCount: ResolverTypeWrapper<StatCount>;
  StatTable: ResolverTypeWrapper<StatTable>;
  StatTableKey: StatTableKey;
  StopVolunteerPeerInput: StopVolunteerPeerInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SubmitReferralInput: SubmitReferralInput;
  Survey: ResolverTypeWrapper<SurveyRecordModel>;
  SurveyAnswerInput: SurveyAnswerInput;
  SurveyComparison: ResolverTypeWrapper<Omit<SurveyComparison, 'tables'> & { tables: Array<ResolversTypes['SurveyComparisonTable']> }>;
  SurveyComparisonRow: ResolverTypeWrapper<Omit<SurveyComparisonRow, 'district'> & { district: ResolversTypes['District'] }>;
  SurveyComparisonTable: ResolverTypeWrapper<Omit<SurveyComparisonTable, 'rows'> & { rows: Array<ResolversTypes['SurveyComparisonRow']> }>;
  SurveyCount: ResolverTypeWrapper<SurveyCount>;
  SurveyHelpLine: ResolverTypeWrapper<SurveyHelpLine>;
  SurveyInput: SurveyInput;
  SurveyOptionResult: ResolverTypeWrapper<SurveyOptionResult>;
  SurveyPhase: SurveyPhase;
  SurveyQuestion: ResolverTypeWrapper<SurveyQuestionModelModel>;
  SurveyQuestionInput: SurveyQuestionInput;
  SurveyQuestionKind: SurveyQuestionKind;
  SurveyQuestionResult: ResolverTypeWrapper<SurveyQuestionResultViewModel>;
  SurveyResults: ResolverTypeWrapper<SurveyResultsViewModel>;
  SurveyScaleResult: ResolverTypeWrapper<SurveyScaleResult>;
  SurveySubmission: ResolverTypeWrapper<SurveySubmission>;
  SurveyTemplate: ResolverTypeWrapper<SurveyTemplateModel>;
  SurveyTemplateQuestion: ResolverTypeWrapper<SurveyTemplateQuestionModel>;
  TargetGroup: TargetGroup;
  Theme: ResolverTypeWrapper<ThemeModel>;
  TrainingCourse: ResolverTypeWrapper<TrainingCourseRecordModel>;
  TrainingCourseConnection: ResolverTypeWrapper<Omit<TrainingCourseConnection, 'edges'> & { edges: Array<ResolversTypes['TrainingCourseEdge']> }>;
  TrainingCourseEdge: ResolverTypeWrapper<Omit<TrainingCourseEdge, 'node'> & { node: ResolversTypes['TrainingCourse'] }>;
  TrainingCourseFilter: TrainingCourseFilter;
  TrainingCourseInput: TrainingCourseInput;
  TrainingHistoryEntry: ResolverTypeWrapper<TrainingHistoryRecordModel>;
  UpdateActivityInput: UpdateActivityInput;
  UpdateAgreementInput: UpdateAgreementInput;
  UpdateApiClientInput: UpdateApiClientInput;
  UpdateContactInput: UpdateContactInput;
  UpdateFacilitatorInput: UpdateFacilitatorInput;
  UpdateFollowUpCaseInput: UpdateFollowUpCaseInput;
  UpdateGroupInput: UpdateGroupInput;
  UpdateInquiryInput: UpdateInquiryInput;
  UpdatePartnerInput: UpdatePartnerInput;
  UpdateReferralResourceInput: UpdateReferralResourceInput;
  UpdateSurveyInput: UpdateSurveyInput;
  UpdateTrainingCourseInput: UpdateTrainingCourseInput;
  UpdateTrainingCourseResult: ResolverTypeWrapper<Omit<UpdateTrainingCourseResult, 'course' | 'promoted'> & { course: ResolversTypes['TrainingCourse'], promoted: Array<ResolversTypes['Enrolment']> }>;
  UpdateVolunteerPeerInput: UpdateVolunteerPeerInput;
  Upload: ResolverTypeWrapper<Scalars['Upload']['output']>;
  Venue: ResolverTypeWrapper<VenueRecordModel>;
  VenueFilter: VenueFilter;
  VenueInput: VenueInput;
  VolunteerPeer: ResolverTypeWrapper<VolunteerPeerRecordModel>;
  VolunteerPeerConnection: ResolverTypeWrapper<Omit<VolunteerPeerConnection, 'edges'> & { edges: Array<ResolversTypes['VolunteerPeerEdge']> }>;
  VolunteerPeerConsent: ResolverTypeWrapper<VolunteerPeerConsent>;
  VolunteerPeerConsentInput: VolunteerPeerConsentInput;
  VolunteerPeerEdge: ResolverTypeWrapper<Omit<VolunteerPeerEdge, 'node'> & { node: ResolversTypes['VolunteerPeer'] }>;
  VolunteerPeerFilter: VolunteerPeerFilter;
  VolunteerPeerInput: VolunteerPeerInput;
  Weekday: Weekday;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AccessLogConnection: Omit<AccessLogConnection, 'edges'> & { edges: Array<ResolversParentTypes['AccessLogEdge']> };
  AccessLogEdge: Omit<AccessLogEdge, 'node'> & { node: ResolversParentTypes['AccessLogEntry'] };
  AccessLogEntry: AccessLogEntryRecordModel;
  ActivityDistrictTotal: Omit<ActivityDistrictTotal, 'district'> & { district: ResolversParentTypes['District'] };
  ActivityFilter: ActivityFilter;
  ActivityInput: ActivityInput;
  ActivityOutcome: ActivityOutcomeRecordModel;
  ActivityTotals: ActivityTotalsRecordModel;
  ActivityTypeTotal: ActivityTypeTotal;
  AddActivityOutcomeInput: AddActivityOutcomeInput;
  AddCaseNoteInput: AddCaseNoteInput;
  AddCaseReferralInput: AddCaseReferralInput;
  AddContactInput: AddContactInput;
  AgendaActivities: Omit<AgendaActivities, 'items'> & { items: Array<ResolversParentTypes['OutreachActivity']> };
  AgendaCaseFollowUps: Omit<AgendaCaseFollowUps, 'items'> & { items: Array<ResolversParentTypes['FollowUpCaseDue']> };
  AgendaCourseSession: AgendaCourseSessionModelModel;
  AgendaCourseSessions: Omit<AgendaCourseSessions, 'items'> & { items: Array<ResolversParentTypes['AgendaCourseSession']> };
  AgendaFacilitators: Omit<AgendaFacilitators, 'items'> & { items: Array<ResolversParentTypes['Facilitator']> };
  AgendaGroups: Omit<AgendaGroups, 'items'> & { items: Array<ResolversParentTypes['Group']> };
  AgendaPeerCheckIns: Omit<AgendaPeerCheckIns, 'items'> & { items: Array<ResolversParentTypes['PeerCheckInDue']> };
  Agreement: AgreementRecordModel;
  AgreementAttachment: AgreementAttachmentRecordModel;
  AgreementInput: AgreementInput;
  ApiClient: ApiClientRecordModel;
  ApiClientKey: ApiClientKeyModelModel;
  ApiClientSecret: ApiClientSecretRecordModel;
  ApiClientUsage: ApiClientUsage;
  ApiUsageCounts: ApiUsageCounts;
  ApiUsageDay: ApiUsageDay;
  ApiUsageOperation: ApiUsageOperation;
  ApproveAttendanceExceptionInput: ApproveAttendanceExceptionInput;
  AssignFacilitatorInput: AssignFacilitatorInput;
  AttendanceException: AttendanceExceptionRecordModel;
  AttendanceInput: AttendanceInput;
  Boolean: Scalars['Boolean']['output'];
  CalendarFeed: CalendarFeedTokenRecordModel;
  CancelEnrolmentConfirmation: CancelEnrolmentConfirmation;
  CancelEnrolmentResult: Omit<CancelEnrolmentResult, 'course' | 'enrolment' | 'promoted'> & { course: ResolversParentTypes['TrainingCourse'], enrolment: ResolversParentTypes['Enrolment'], promoted?: Maybe<ResolversParentTypes['Enrolment']> };
  CaseNote: CaseNoteRecordModel;
  CaseNoteGrant: CaseNoteGrantRecordModel;
  CaseReferral: CaseReferralRecordModel;
  CaseStatusChange: CaseStatusChangeRecordModel;
  ChangeCaseStatusInput: ChangeCaseStatusInput;
  ChangeGroupStatusInput: ChangeGroupStatusInput;
  ChangeTrainingCourseStatusInput: ChangeTrainingCourseStatusInput;
  ChangeTrainingCourseStatusResult: Omit<ChangeTrainingCourseStatusResult, 'completedFacilitators' | 'course'> & { completedFacilitators: Array<ResolversParentTypes['Facilitator']>, course: ResolversParentTypes['TrainingCourse'] };
  Consent: InquiryConsentRecordModel;
  ConsentInput: ConsentInput;
  ContactAffiliation: ContactAffiliationRecordModel;
  ContactInput: ContactInput;
  ContactPerson: ContactPersonRecordModel;
  County: CountyModel;
  CourseSession: CourseSessionRecordModel;
  CourseSessionInput: CourseSessionInput;
  Coverage: Omit<Coverage, 'counties'> & { counties: Array<ResolversParentTypes['CoverageCounty']> };
  CoverageCounty: Omit<CoverageCounty, 'county'> & { county: ResolversParentTypes['County'] };
  CreateAgreementInput: CreateAgreementInput;
  CreateApiClientInput: CreateApiClientInput;
  CreateFacilitatorInput: CreateFacilitatorInput;
  CreateGroupInput: CreateGroupInput;
  CreateStaffUserInput: CreateStaffUserInput;
  CreateSurveyInput: CreateSurveyInput;
  CreateVolunteerPeerInput: CreateVolunteerPeerInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DeactivateStaffUserInput: DeactivateStaffUserInput;
  District: DistrictModel;
  DistrictAgenda: DistrictAgendaModelModel;
  DistrictContact: DistrictContact;
  DistrictSettings: DistrictSettingRecordModel;
  EnrolInput: EnrolInput;
  Enrolment: EnrolmentRecordModel;
  EnrolmentResult: Omit<EnrolmentResult, 'course' | 'enrolment'> & { course: ResolversParentTypes['TrainingCourse'], enrolment: ResolversParentTypes['Enrolment'] };
  Facilitator: FacilitatorRecordModel;
  FacilitatorAssignment: FacilitatorAssignmentRecordModel;
  FacilitatorAttention: NeedsAttentionModel;
  FacilitatorConnection: Omit<FacilitatorConnection, 'edges'> & { edges: Array<ResolversParentTypes['FacilitatorEdge']> };
  FacilitatorConsent: FacilitatorConsent;
  FacilitatorConsentInput: FacilitatorConsentInput;
  FacilitatorEdge: Omit<FacilitatorEdge, 'node'> & { node: ResolversParentTypes['Facilitator'] };
  FacilitatorFilter: FacilitatorFilter;
  FacilitatorInput: FacilitatorInput;
  Float: Scalars['Float']['output'];
  FollowUpCase: FollowUpCaseRecordModel;
  FollowUpCaseConnection: Omit<FollowUpCaseConnection, 'edges'> & { edges: Array<ResolversParentTypes['FollowUpCaseEdge']> };
  FollowUpCaseDue: FollowUpCaseDueModelModel;
  FollowUpCaseEdge: Omit<FollowUpCaseEdge, 'node'> & { node: ResolversParentTypes['FollowUpCase'] };
  FollowUpCaseFilter: FollowUpCaseFilter;
  Group: GroupModelModel;
  GroupChange: GroupChangeRecordModel;
  GroupConnection: Omit<GroupConnection, 'edges'> & { edges: Array<ResolversParentTypes['GroupEdge']> };
  GroupEdge: Omit<GroupEdge, 'node'> & { node: ResolversParentTypes['Group'] };
  GroupFeedConnection: Omit<GroupFeedConnection, 'edges'> & { edges: Array<ResolversParentTypes['GroupFeedEdge']> };
  GroupFeedEdge: Omit<GroupFeedEdge, 'node'> & { node: ResolversParentTypes['GroupFeedEntry'] };
  GroupFeedEntry: Omit<GroupFeedEntry, 'group'> & { group?: Maybe<ResolversParentTypes['Group']> };
  GroupFieldChange: GroupFieldChange;
  GroupFilter: GroupFilter;
  GroupFollowUp: GroupFollowUpRecordModel;
  GroupImportResult: GroupImportResult;
  GroupImportRow: GroupImportRow;
  GroupInput: GroupInput;
  GroupOrder: GroupOrder;
  GroupSchedule: ScheduleModel;
  GroupScheduleInput: GroupScheduleInput;
  GroupStatusChange: GroupStatusChangeRecordModel;
  GroupStatusCount: GroupStatusCount;
  ID: Scalars['ID']['output'];
  ImportFieldError: ImportFieldError;
  ImportGroupsInput: ImportGroupsInput;
  Inquiry: InquiryRecordModel;
  InquiryConnection: Omit<InquiryConnection, 'edges'> & { edges: Array<ResolversParentTypes['InquiryEdge']> };
  InquiryEdge: Omit<InquiryEdge, 'node'> & { node: ResolversParentTypes['Inquiry'] };
  InquiryFilter: InquiryFilter;
  InquiryInput: InquiryInput;
  InquiryPersonInput: InquiryPersonInput;
  InquiryServiceReferral: InquiryServiceReferralModelModel;
  Int: Scalars['Int']['output'];
  InterestContact: InterestContactViewModel;
  InterestContactsForGroup: InterestContactsViewModel;
  InterestDemand: InterestDemandRecordModel;
  InterestDemandFilter: InterestDemandFilter;
  InterestListEntry: InterestListEntryRecordModel;
  InterestListEntryInput: InterestListEntryInput;
  LoginResult: Omit<LoginResult, 'user'> & { user: ResolversParentTypes['StaffUser'] };
  Meeting: MeetingTimeModel;
  MessageParam: MessageParam;
  MoveContactInput: MoveContactInput;
  Municipality: MunicipalityModel;
  Mutation: Record<PropertyKey, never>;
  NetworkMap: NetworkMapRecordModel;
  NetworkMunicipality: NetworkMunicipalityRecordModel;
  NewCalendarFeed: NewCalendarFeed;
  OpenFollowUpCaseInput: OpenFollowUpCaseInput;
  OutreachActivity: OutreachActivityRecordModel;
  OutreachActivityConnection: Omit<OutreachActivityConnection, 'edges'> & { edges: Array<ResolversParentTypes['OutreachActivityEdge']> };
  OutreachActivityEdge: Omit<OutreachActivityEdge, 'node'> & { node: ResolversParentTypes['OutreachActivity'] };
  Overview: OverviewModelModel;
  PageInfo: PageInfo;
  Partner: PartnerRecordModel;
  PartnerConnection: Omit<PartnerConnection, 'edges'> & { edges: Array<ResolversParentTypes['PartnerEdge']> };
  PartnerEdge: Omit<PartnerEdge, 'node'> & { node: ResolversParentTypes['Partner'] };
  PartnerFilter: PartnerFilter;
  PartnerInput: PartnerInput;
  PartnerTypeCount: PartnerTypeCountRecordModel;
  PasswordResetTicket: Omit<PasswordResetTicket, 'user'> & { user: ResolversParentTypes['StaffUser'] };
  PeerCheckIn: PeerCheckInRecordModel;
  PeerCheckInDue: PeerCheckInDueModelModel;
  PeerLoad: VolunteerPeerRecordModel;
  PeerMatchConfirmation: PeerMatchRecordModel;
  PeerMatchReason: PeerMatchReasonModelModel;
  PeerSuggestion: PeerSuggestionModelModel;
  PeerSuggestions: PeerSuggestionsModelModel;
  Period: Period;
  PeriodInput: PeriodInput;
  PersonContact: PersonContact;
  PersonContactInput: PersonContactInput;
  PlanActivityFromInquiryInput: PlanActivityFromInquiryInput;
  PlannedActivity: PlannedActivityResultModel;
  PortalRealmInput: PortalRealmInput;
  PublicGroup: GroupRecordModel;
  PublicGroupConnection: Omit<PublicGroupConnection, 'edges'> & { edges: Array<ResolversParentTypes['PublicGroupEdge']> };
  PublicGroupEdge: Omit<PublicGroupEdge, 'node'> & { node: ResolversParentTypes['PublicGroup'] };
  PublicGroupFilter: PublicGroupFilter;
  PublicSurvey: SurveyRecordModel;
  PublicVenue: VenueRecordModel;
  Qualification: QualificationModel;
  Query: Record<PropertyKey, never>;
  RateLimit: RateLimit;
  ReferralConsentInput: ReferralConsentInput;
  ReferralResource: ReferralResourceRecordModel;
  ReferralResourceConnection: Omit<ReferralResourceConnection, 'edges'> & { edges: Array<ResolversParentTypes['ReferralResourceEdge']> };
  ReferralResourceEdge: Omit<ReferralResourceEdge, 'node'> & { node: ResolversParentTypes['ReferralResource'] };
  ReferralResourceFilter: ReferralResourceFilter;
  ReferralResourceInput: ReferralResourceInput;
  ReferredPersonInput: ReferredPersonInput;
  RegisterGroupFollowUpInput: RegisterGroupFollowUpInput;
  RegisterPeerCheckInInput: RegisterPeerCheckInInput;
  ReportFileDownload: ReportFileDownload;
  ReportFileInfo: ReportFileInfoModel;
  ReportJob: ReportJobRecordModel;
  ReportPeriodInput: ReportPeriodInput;
  RequestTalkInput: RequestTalkInput;
  RetentionRun: RetentionRunRecordModel;
  RetentionRunDeletions: RetentionRunDeletions;
  RetentionRunDistrict: Omit<RetentionRunDistrict, 'district'> & { district: ResolversParentTypes['District'] };
  RetentionSettings: RetentionSettingsRecordModel;
  RetentionSettingsInput: RetentionSettingsInput;
  RotateApiClientSecretInput: RotateApiClientSecretInput;
  ServerInfo: ServerInfo;
  ServiceContactInput: ServiceContactInput;
  ServiceReferral: ServiceReferralRecordModel;
  Session: Session;
  SessionRealm: SessionRealm;
  StaffUser: StaffUserRecordModel;
  StaffUserConnection: Omit<StaffUserConnection, 'edges'> & { edges: Array<ResolversParentTypes['StaffUserEdge']> };
  StaffUserEdge: Omit<StaffUserEdge, 'node'> & { node: ResolversParentTypes['StaffUser'] };
  StaffUserFilter: StaffUserFilter;
  StatAxisItem: StatAxisItem;
  StatCount: StatCount;
  StatTable: StatTable;
  StopVolunteerPeerInput: StopVolunteerPeerInput;
  String: Scalars['String']['output'];
  SubmitReferralInput: SubmitReferralInput;
  Survey: SurveyRecordModel;
  SurveyAnswerInput: SurveyAnswerInput;
  SurveyComparison: Omit<SurveyComparison, 'tables'> & { tables: Array<ResolversParentTypes['SurveyComparisonTable']> };
  SurveyComparisonRow: Omit<SurveyComparisonRow, 'district'> & { district: ResolversParentTypes['District'] };
  SurveyComparisonTable: Omit<SurveyComparisonTable, 'rows'> & { rows: Array<ResolversParentTypes['SurveyComparisonRow']> };
  SurveyCount: SurveyCount;
  SurveyHelpLine: SurveyHelpLine;
  SurveyInput: SurveyInput;
  SurveyOptionResult: SurveyOptionResult;
  SurveyQuestion: SurveyQuestionModelModel;
  SurveyQuestionInput: SurveyQuestionInput;
  SurveyQuestionResult: SurveyQuestionResultViewModel;
  SurveyResults: SurveyResultsViewModel;
  SurveyScaleResult: SurveyScaleResult;
  SurveySubmission: SurveySubmission;
  SurveyTemplate: SurveyTemplateModel;
  SurveyTemplateQuestion: SurveyTemplateQuestionModel;
  Theme: ThemeModel;
  TrainingCourse: TrainingCourseRecordModel;
  TrainingCourseConnection: Omit<TrainingCourseConnection, 'edges'> & { edges: Array<ResolversParentTypes['TrainingCourseEdge']> };
  TrainingCourseEdge: Omit<TrainingCourseEdge, 'node'> & { node: ResolversParentTypes['TrainingCourse'] };
  TrainingCourseFilter: TrainingCourseFilter;
  TrainingCourseInput: TrainingCourseInput;
  TrainingHistoryEntry: TrainingHistoryRecordModel;
  UpdateActivityInput: UpdateActivityInput;
  UpdateAgreementInput: UpdateAgreementInput;
  UpdateApiClientInput: UpdateApiClientInput;
  UpdateContactInput: UpdateContactInput;
  UpdateFacilitatorInput: UpdateFacilitatorInput;
  UpdateFollowUpCaseInput: UpdateFollowUpCaseInput;
  UpdateGroupInput: UpdateGroupInput;
  UpdateInquiryInput: UpdateInquiryInput;
  UpdatePartnerInput: UpdatePartnerInput;
  UpdateReferralResourceInput: UpdateReferralResourceInput;
  UpdateSurveyInput: UpdateSurveyInput;
  UpdateTrainingCourseInput: UpdateTrainingCourseInput;
  UpdateTrainingCourseResult: Omit<UpdateTrainingCourseResult, 'course' | 'promoted'> & { course: ResolversParentTypes['TrainingCourse'], promoted: Array<ResolversParentTypes['Enrolment']> };
  UpdateVolunteerPeerInput: UpdateVolunteerPeerInput;
  Upload: Scalars['Upload']['output'];
  Venue: VenueRecordModel;
  VenueFilter: VenueFilter;
  VenueInput: VenueInput;
  VolunteerPeer: VolunteerPeerRecordModel;
  VolunteerPeerConnection: Omit<VolunteerPeerConnection, 'edges'> & { edges: Array<ResolversParentTypes['VolunteerPeerEdge']> };
  VolunteerPeerConsent: VolunteerPeerConsent;
  VolunteerPeerConsentInput: VolunteerPeerConsentInput;
  VolunteerPeerEdge: Omit<VolunteerPeerEdge, 'node'> & { node: ResolversParentTypes['VolunteerPeer'] };
  VolunteerPeerFilter: VolunteerPeerFilter;
  VolunteerPeerInput: VolunteerPeerInput;
};

export type AccessLogConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AccessLogConnection'] = ResolversParentTypes['AccessLogConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AccessLogEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AccessLogEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AccessLogEdge'] = ResolversParentTypes['AccessLogEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AccessLogEntry'], ParentType, ContextType>;
};

export type AccessLogEntryResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AccessLogEntry'] = ResolversParentTypes['AccessLogEntry']> = {
  action?: Resolver<ResolversTypes['AccessLogAction'], ParentType, ContextType>;
  actorDistrict?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['AccessOutcome'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['AccessPurpose'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  staffUser?: Resolver<Maybe<ResolversTypes['StaffUser']>, ParentType, ContextType>;
};

export type ActivityDistrictTotalResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ActivityDistrictTotal'] = ResolversParentTypes['ActivityDistrictTotal']> = {
  activities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  groupsStarted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  participants?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActivityOutcomeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ActivityOutcome'] = ResolversParentTypes['ActivityOutcome']> = {
  activity?: Resolver<ResolversTypes['OutreachActivity'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  facilitator?: Resolver<Maybe<ResolversTypes['Facilitator']>, ParentType, ContextType>;
  group?: Resolver<Maybe<ResolversTypes['Group']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OutcomeKind'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  partner?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
};

export type ActivityTotalsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ActivityTotals'] = ResolversParentTypes['ActivityTotals']> = {
  activities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byDistrict?: Resolver<Array<ResolversTypes['ActivityDistrictTotal']>, ParentType, ContextType>;
  byType?: Resolver<Array<ResolversTypes['ActivityTypeTotal']>, ParentType, ContextType>;
  groupsStarted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  participants?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActivityTypeTotalResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ActivityTypeTotal'] = ResolversParentTypes['ActivityTypeTotal']> = {
  activities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  groupsStarted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  participants?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ActivityType'], ParentType, ContextType>;
};

export type AgendaActivitiesResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AgendaActivities'] = ResolversParentTypes['AgendaActivities']> = {
  items?: Resolver<Array<ResolversTypes['OutreachActivity']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AgendaCaseFollowUpsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AgendaCaseFollowUps'] = ResolversParentTypes['AgendaCaseFollowUps']> = {
  items?: Resolver<Array<ResolversTypes['FollowUpCaseDue']>, ParentType, ContextType>;
  overdueCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AgendaCourseSessionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AgendaCourseSession'] = ResolversParentTypes['AgendaCourseSession']> = {
  course?: Resolver<ResolversTypes['TrainingCourse'], ParentType, ContextType>;
  session?: Resolver<ResolversTypes['CourseSession'], ParentType, ContextType>;
};

export type AgendaCourseSessionsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AgendaCourseSessions'] = ResolversParentTypes['AgendaCourseSessions']> = {
  items?: Resolver<Array<ResolversTypes['AgendaCourseSession']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AgendaFacilitatorsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AgendaFacilitators'] = ResolversParentTypes['AgendaFacilitators']> = {
  items?: Resolver<Array<ResolversTypes['Facilitator']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AgendaGroupsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AgendaGroups'] = ResolversParentTypes['AgendaGroups']> = {
  items?: Resolver<Array<ResolversTypes['Group']>, ParentType, ContextType>;
  overdueCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AgendaPeerCheckInsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AgendaPeerCheckIns'] = ResolversParentTypes['AgendaPeerCheckIns']> = {
  items?: Resolver<Array<ResolversTypes['PeerCheckInDue']>, ParentType, ContextType>;
  overdueCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AgreementResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Agreement'] = ResolversParentTypes['Agreement']> = {
  attachment?: Resolver<Maybe<ResolversTypes['AgreementAttachment']>, ParentType, ContextType>;
  endsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inForce?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AgreementAttachmentResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AgreementAttachment'] = ResolversParentTypes['AgreementAttachment']> = {
  byteSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  contentBase64?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uploadedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type ApiClientResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ApiClient'] = ResolversParentTypes['ApiClient']> = {
  contactEmail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contactName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  districts?: Resolver<Array<ResolversTypes['District']>, ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisationNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  partnerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['ApiScope']>, ParentType, ContextType>;
  secrets?: Resolver<Array<ResolversTypes['ApiClientSecret']>, ParentType, ContextType>;
  usage?: Resolver<ResolversTypes['ApiClientUsage'], ParentType, ContextType, RequireFields<ApiClientUsageArgs, 'days'>>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ApiClientKeyResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ApiClientKey'] = ResolversParentTypes['ApiClientKey']> = {
  client?: Resolver<ResolversTypes['ApiClient'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ApiClientSecretResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ApiClientSecret'] = ResolversParentTypes['ApiClientSecret']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastFour?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type ApiClientUsageResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ApiClientUsage'] = ResolversParentTypes['ApiClientUsage']> = {
  days?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  perDay?: Resolver<Array<ResolversTypes['ApiUsageDay']>, ParentType, ContextType>;
  perOperation?: Resolver<Array<ResolversTypes['ApiUsageOperation']>, ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['ApiUsageCounts'], ParentType, ContextType>;
};

export type ApiUsageCountsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ApiUsageCounts'] = ResolversParentTypes['ApiUsageCounts']> = {
  errors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pointsSpent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rateLimited?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  requests?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ApiUsageDayResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ApiUsageDay'] = ResolversParentTypes['ApiUsageDay']> = {
  counts?: Resolver<ResolversTypes['ApiUsageCounts'], ParentType, ContextType>;
  day?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type ApiUsageOperationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ApiUsageOperation'] = ResolversParentTypes['ApiUsageOperation']> = {
  counts?: Resolver<ResolversTypes['ApiUsageCounts'], ParentType, ContextType>;
  operationName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AttendanceExceptionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AttendanceException'] = ResolversParentTypes['AttendanceException']> = {
  approvedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  approvedBy?: Resolver<Maybe<ResolversTypes['StaffUser']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CalendarFeedResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CalendarFeed'] = ResolversParentTypes['CalendarFeed']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type CancelEnrolmentResultResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CancelEnrolmentResult'] = ResolversParentTypes['CancelEnrolmentResult']> = {
  course?: Resolver<ResolversTypes['TrainingCourse'], ParentType, ContextType>;
  enrolment?: Resolver<ResolversTypes['Enrolment'], ParentType, ContextType>;
  promoted?: Resolver<Maybe<ResolversTypes['Enrolment']>, ParentType, ContextType>;
};

export type CaseNoteResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CaseNote'] = ResolversParentTypes['CaseNote']> = {
  author?: Resolver<Maybe<ResolversTypes['StaffUser']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CaseNoteGrantResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CaseNoteGrant'] = ResolversParentTypes['CaseNoteGrant']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  grantedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  grantedBy?: Resolver<Maybe<ResolversTypes['StaffUser']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  staffUser?: Resolver<ResolversTypes['StaffUser'], ParentType, ContextType>;
};

export type CaseReferralResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CaseReferral'] = ResolversParentTypes['CaseReferral']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  referralResourceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  referralResourceName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  referredBy?: Resolver<Maybe<ResolversTypes['StaffUser']>, ParentType, ContextType>;
};

export type CaseStatusChangeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CaseStatusChange'] = ResolversParentTypes['CaseStatusChange']> = {
  changedBy?: Resolver<Maybe<ResolversTypes['StaffUser']>, ParentType, ContextType>;
  changedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  fromStatus?: Resolver<Maybe<ResolversTypes['CaseStatus']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['CaseOutcome']>, ParentType, ContextType>;
  toStatus?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
};

export type ChangeTrainingCourseStatusResultResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ChangeTrainingCourseStatusResult'] = ResolversParentTypes['ChangeTrainingCourseStatusResult']> = {
  completedFacilitators?: Resolver<Array<ResolversTypes['Facilitator']>, ParentType, ContextType>;
  course?: Resolver<ResolversTypes['TrainingCourse'], ParentType, ContextType>;
};

export type ConsentResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Consent'] = ResolversParentTypes['Consent']> = {
  givenOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inForce?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['ConsentPurpose'], ParentType, ContextType>;
  withdrawnOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  wording?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ContactAffiliationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ContactAffiliation'] = ResolversParentTypes['ContactAffiliation']> = {
  contact?: Resolver<ResolversTypes['ContactPerson'], ParentType, ContextType>;
  fromDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type ContactPersonResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ContactPerson'] = ResolversParentTypes['ContactPerson']> = {
  consentNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['ContactAffiliation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partner?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CountyResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['County'] = ResolversParentTypes['County']> = {
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  municipalities?: Resolver<Array<ResolversTypes['Municipality']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CourseSessionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CourseSession'] = ResolversParentTypes['CourseSession']> = {
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  endTime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  startTime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CoverageResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Coverage'] = ResolversParentTypes['Coverage']> = {
  counties?: Resolver<Array<ResolversTypes['CoverageCounty']>, ParentType, ContextType>;
  coveredMunicipalityNumbers?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CoverageCountyResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CoverageCounty'] = ResolversParentTypes['CoverageCounty']> = {
  county?: Resolver<ResolversTypes['County'], ParentType, ContextType>;
  covered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  municipalities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DistrictResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['District'] = ResolversParentTypes['District']> = {
  counties?: Resolver<Array<ResolversTypes['County']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  officeTown?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DistrictAgendaResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['DistrictAgenda'] = ResolversParentTypes['DistrictAgenda']> = {
  activities?: Resolver<ResolversTypes['AgendaActivities'], ParentType, ContextType>;
  caseFollowUps?: Resolver<ResolversTypes['AgendaCaseFollowUps'], ParentType, ContextType>;
  courseSessions?: Resolver<ResolversTypes['AgendaCourseSessions'], ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  groupFollowUps?: Resolver<ResolversTypes['AgendaGroups'], ParentType, ContextType>;
  lapsingFacilitators?: Resolver<ResolversTypes['AgendaFacilitators'], ParentType, ContextType>;
  peerCheckIns?: Resolver<ResolversTypes['AgendaPeerCheckIns'], ParentType, ContextType>;
  startingGroups?: Resolver<ResolversTypes['AgendaGroups'], ParentType, ContextType>;
  today?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  upcomingUntil?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type DistrictContactResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['DistrictContact'] = ResolversParentTypes['DistrictContact']> = {
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  officeName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  web?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DistrictSettingsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['DistrictSettings'] = ResolversParentTypes['DistrictSettings']> = {
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  refresherIntervalMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EnrolmentResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Enrolment'] = ResolversParentTypes['Enrolment']> = {
  attendanceException?: Resolver<Maybe<ResolversTypes['AttendanceException']>, ParentType, ContextType>;
  attendedSessionIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  cancelledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  completed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  enrolledAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  facilitator?: Resolver<ResolversTypes['Facilitator'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EnrolmentStatus'], ParentType, ContextType>;
  waitingPosition?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type EnrolmentResultResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['EnrolmentResult'] = ResolversParentTypes['EnrolmentResult']> = {
  course?: Resolver<ResolversTypes['TrainingCourse'], ParentType, ContextType>;
  enrolment?: Resolver<ResolversTypes['Enrolment'], ParentType, ContextType>;
  gotSeat?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type FacilitatorResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Facilitator'] = ResolversParentTypes['Facilitator']> = {
  assignments?: Resolver<Array<ResolversTypes['FacilitatorAssignment']>, ParentType, ContextType>;
  availability?: Resolver<ResolversTypes['FacilitatorAvailability'], ParentType, ContextType>;
  consent?: Resolver<Maybe<ResolversTypes['FacilitatorConsent']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  forgottenAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  qualification?: Resolver<ResolversTypes['Qualification'], ParentType, ContextType>;
  themeConsent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  trainingHistory?: Resolver<Array<ResolversTypes['TrainingHistoryEntry']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FacilitatorAssignmentResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FacilitatorAssignment'] = ResolversParentTypes['FacilitatorAssignment']> = {
  facilitator?: Resolver<ResolversTypes['Facilitator'], ParentType, ContextType>;
  fromDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  group?: Resolver<ResolversTypes['Group'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type FacilitatorAttentionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FacilitatorAttention'] = ResolversParentTypes['FacilitatorAttention']> = {
  inactive?: Resolver<Array<ResolversTypes['Facilitator']>, ParentType, ContextType>;
  lapsingSoon?: Resolver<Array<ResolversTypes['Facilitator']>, ParentType, ContextType>;
  startingTooLong?: Resolver<Array<ResolversTypes['Group']>, ParentType, ContextType>;
};

export type FacilitatorConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FacilitatorConnection'] = ResolversParentTypes['FacilitatorConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FacilitatorEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FacilitatorConsentResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FacilitatorConsent'] = ResolversParentTypes['FacilitatorConsent']> = {
  givenOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FacilitatorEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FacilitatorEdge'] = ResolversParentTypes['FacilitatorEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Facilitator'], ParentType, ContextType>;
};

export type FollowUpCaseResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FollowUpCase'] = ResolversParentTypes['FollowUpCase']> = {
  accessLog?: Resolver<ResolversTypes['AccessLogConnection'], ParentType, ContextType, RequireFields<FollowUpCaseAccessLogArgs, 'first'>>;
  anonymised?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  closedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inquiry?: Resolver<ResolversTypes['Inquiry'], ParentType, ContextType>;
  inquiryId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mayReadNotes?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  nextFollowUpOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  noteGrants?: Resolver<Array<ResolversTypes['CaseNoteGrant']>, ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['CaseNote']>, ParentType, ContextType>;
  openedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['CaseOutcome']>, ParentType, ContextType>;
  peer?: Resolver<Maybe<ResolversTypes['VolunteerPeer']>, ParentType, ContextType>;
  peerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  peerMatchedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  referrals?: Resolver<Array<ResolversTypes['CaseReferral']>, ParentType, ContextType>;
  responsibleStaffUser?: Resolver<ResolversTypes['StaffUser'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
  statusChanges?: Resolver<Array<ResolversTypes['CaseStatusChange']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FollowUpCaseConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FollowUpCaseConnection'] = ResolversParentTypes['FollowUpCaseConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FollowUpCaseEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FollowUpCaseDueResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FollowUpCaseDue'] = ResolversParentTypes['FollowUpCaseDue']> = {
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  followUpCase?: Resolver<ResolversTypes['FollowUpCase'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type FollowUpCaseEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FollowUpCaseEdge'] = ResolversParentTypes['FollowUpCaseEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FollowUpCase'], ParentType, ContextType>;
};

export type GroupResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Group'] = ResolversParentTypes['Group']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  facilitatorAssignments?: Resolver<Array<ResolversTypes['FacilitatorAssignment']>, ParentType, ContextType>;
  followUps?: Resolver<Array<ResolversTypes['GroupFollowUp']>, ParentType, ContextType>;
  format?: Resolver<ResolversTypes['GroupFormat'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['GroupChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isPublic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  maxSize?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  meetingUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nextFollowUpDue?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  nextMeetings?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType, RequireFields<GroupNextMeetingsArgs, 'count'>>;
  openForNewMembers?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  originActivities?: Resolver<Array<ResolversTypes['OutreachActivity']>, ParentType, ContextType>;
  schedule?: Resolver<ResolversTypes['GroupSchedule'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['GroupStatus'], ParentType, ContextType>;
  statusHistory?: Resolver<Array<ResolversTypes['GroupStatusChange']>, ParentType, ContextType>;
  targetGroup?: Resolver<ResolversTypes['TargetGroup'], ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  venue?: Resolver<Maybe<ResolversTypes['Venue']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GroupChangeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['GroupChange'] = ResolversParentTypes['GroupChange']> = {
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changedBy?: Resolver<Maybe<ResolversTypes['StaffUser']>, ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['GroupFieldChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['GroupChangeKind'], ParentType, ContextType>;
};

export type GroupConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['GroupConnection'] = ResolversParentTypes['GroupConnection']> = {
  edges?: Resolver<Array<ResolversTypes['GroupEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  statusCounts?: Resolver<Array<ResolversTypes['GroupStatusCount']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GroupEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['GroupEdge'] = ResolversParentTypes['GroupEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Group'], ParentType, ContextType>;
};

export type GroupFeedConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['GroupFeedConnection'] = ResolversParentTypes['GroupFeedConnection']> = {
  edges?: Resolver<Array<ResolversTypes['GroupFeedEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type GroupFeedEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['GroupFeedEdge'] = ResolversParentTypes['GroupFeedEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['GroupFeedEntry'], ParentType, ContextType>;
};

export type GroupFeedEntryResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['GroupFeedEntry'] = ResolversParentTypes['GroupFeedEntry']> = {
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  group?: Resolver<Maybe<ResolversTypes['Group']>, ParentType, ContextType>;
  groupId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['GroupFeedEntryKind'], ParentType, ContextType>;
};

export type GroupFieldChangeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['GroupFieldChange'] = ResolversParentTypes['GroupFieldChange']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  newValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  oldValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GroupFollowUpResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['GroupFollowUp'] = ResolversParentTypes['GroupFollowUp']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registeredBy?: Resolver<Maybe<ResolversTypes['StaffUser']>, ParentType, ContextType>;
};

export type GroupImportResultResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['GroupImportResult'] = ResolversParentTypes['GroupImportResult']> = {
  committed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  duplicateCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  invalidCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['GroupImportRow']>, ParentType, ContextType>;
  validCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GroupImportRowResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['GroupImportRow'] = ResolversParentTypes['GroupImportRow']> = {
  duplicate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['ImportFieldError']>, ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  municipalityName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  valid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type GroupScheduleResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['GroupSchedule'] = ResolversParentTypes['GroupSchedule']> = {
  dates?: Resolver<Array<ResolversTypes['Date']>, ParentType, ContextType>;
  durationMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ScheduleKind'], ParentType, ContextType>;
  nth?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  startTime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timezone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weekday?: Resolver<Maybe<ResolversTypes['Weekday']>, ParentType, ContextType>;
};

export type GroupStatusChangeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['GroupStatusChange'] = ResolversParentTypes['GroupStatusChange']> = {
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changedBy?: Resolver<Maybe<ResolversTypes['StaffUser']>, ParentType, ContextType>;
  effectiveDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['GroupStatus']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['GroupStatus'], ParentType, ContextType>;
};

export type GroupStatusCountResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['GroupStatusCount'] = ResolversParentTypes['GroupStatusCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['GroupStatus'], ParentType, ContextType>;
};

export type ImportFieldErrorResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ImportFieldError'] = ResolversParentTypes['ImportFieldError']> = {
  column?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  params?: Resolver<Array<ResolversTypes['MessageParam']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InquiryResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Inquiry'] = ResolversParentTypes['Inquiry']> = {
  actions?: Resolver<Array<ResolversTypes['InquiryAction']>, ParentType, ContextType>;
  activity?: Resolver<Maybe<ResolversTypes['OutreachActivity']>, ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['InquiryChannel'], ParentType, ContextType>;
  consents?: Resolver<Array<ResolversTypes['Consent']>, ParentType, ContextType>;
  contact?: Resolver<Maybe<ResolversTypes['PersonContact']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  followUpCase?: Resolver<Maybe<ResolversTypes['FollowUpCase']>, ParentType, ContextType>;
  followUpConsentInForce?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasCase?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inquirerType?: Resolver<ResolversTypes['InquirerType'], ParentType, ContextType>;
  interestListEntries?: Resolver<Array<ResolversTypes['InterestListEntry']>, ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  minutesSpent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  partner?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
  personAlias?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publicServiceType?: Resolver<Maybe<ResolversTypes['PublicServiceType']>, ParentType, ContextType>;
  receivedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  receivedTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceReferral?: Resolver<Maybe<ResolversTypes['InquiryServiceReferral']>, ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InquiryConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['InquiryConnection'] = ResolversParentTypes['InquiryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['InquiryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InquiryEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['InquiryEdge'] = ResolversParentTypes['InquiryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Inquiry'], ParentType, ContextType>;
};

export type InquiryServiceReferralResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['InquiryServiceReferral'] = ResolversParentTypes['InquiryServiceReferral']> = {
  clientName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contactTimes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ServiceReferralKind'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  serviceContactEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceContactName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceContactPhone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceUnit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  talkAudienceSize?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  talkPlace?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  talkTopic?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  talkWishedFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  talkWishedTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type InterestContactResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['InterestContact'] = ResolversParentTypes['InterestContact']> = {
  entry?: Resolver<ResolversTypes['InterestListEntry'], ParentType, ContextType>;
  inquiry?: Resolver<ResolversTypes['Inquiry'], ParentType, ContextType>;
};

export type InterestContactsForGroupResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['InterestContactsForGroup'] = ResolversParentTypes['InterestContactsForGroup']> = {
  group?: Resolver<ResolversTypes['Group'], ParentType, ContextType>;
  toContact?: Resolver<Array<ResolversTypes['InterestContact']>, ParentType, ContextType>;
  withoutConsent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InterestDemandResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['InterestDemand'] = ResolversParentTypes['InterestDemand']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
};

export type InterestListEntryResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['InterestListEntry'] = ResolversParentTypes['InterestListEntry']> = {
  closedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  group?: Resolver<Maybe<ResolversTypes['Group']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inquiryId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LoginResultResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['LoginResult'] = ResolversParentTypes['LoginResult']> = {
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  idleTimeoutSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['StaffUser'], ParentType, ContextType>;
};

export type MeetingResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Meeting'] = ResolversParentTypes['Meeting']> = {
  end?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type MessageParamResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['MessageParam'] = ResolversParentTypes['MessageParam']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MunicipalityResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Municipality'] = ResolversParentTypes['Municipality']> = {
  county?: Resolver<ResolversTypes['County'], ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addActivityOutcome?: Resolver<ResolversTypes['ActivityOutcome'], ParentType, ContextType, RequireFields<MutationAddActivityOutcomeArgs, 'input'>>;
  addCaseNote?: Resolver<ResolversTypes['CaseNote'], ParentType, ContextType, RequireFields<MutationAddCaseNoteArgs, 'input'>>;
  addCaseReferral?: Resolver<ResolversTypes['CaseReferral'], ParentType, ContextType, RequireFields<MutationAddCaseReferralArgs, 'input'>>;
  addContact?: Resolver<ResolversTypes['ContactPerson'], ParentType, ContextType, RequireFields<MutationAddContactArgs, 'input'>>;
  addToInterestList?: Resolver<ResolversTypes['InterestListEntry'], ParentType, ContextType, RequireFields<MutationAddToInterestListArgs, 'entry' | 'inquiryId'>>;
  approveAttendanceException?: Resolver<ResolversTypes['Enrolment'], ParentType, ContextType, RequireFields<MutationApproveAttendanceExceptionArgs, 'input'>>;
  archiveReferralResource?: Resolver<ResolversTypes['ReferralResource'], ParentType, ContextType, RequireFields<MutationArchiveReferralResourceArgs, 'id' | 'version'>>;
  assignFacilitator?: Resolver<ResolversTypes['FacilitatorAssignment'], ParentType, ContextType, RequireFields<MutationAssignFacilitatorArgs, 'input'>>;
  cancelEnrolment?: Resolver<ResolversTypes['CancelEnrolmentResult'], ParentType, ContextType, RequireFields<MutationCancelEnrolmentArgs, 'id'>>;
  changeCaseStatus?: Resolver<ResolversTypes['FollowUpCase'], ParentType, ContextType, RequireFields<MutationChangeCaseStatusArgs, 'input'>>;
  changeGroupStatus?: Resolver<ResolversTypes['Group'], ParentType, ContextType, RequireFields<MutationChangeGroupStatusArgs, 'input'>>;
  changeTrainingCourseStatus?: Resolver<ResolversTypes['ChangeTrainingCourseStatusResult'], ParentType, ContextType, RequireFields<MutationChangeTrainingCourseStatusArgs, 'input'>>;
  closeInterestListEntry?: Resolver<ResolversTypes['InterestListEntry'], ParentType, ContextType, RequireFields<MutationCloseInterestListEntryArgs, 'id' | 'version'>>;
  closeSurvey?: Resolver<ResolversTypes['Survey'], ParentType, ContextType, RequireFields<MutationCloseSurveyArgs, 'id' | 'version'>>;
  completePasswordReset?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationCompletePasswordResetArgs, 'newPassword' | 'token'>>;
  confirmPeerMatch?: Resolver<ResolversTypes['PeerMatchConfirmation'], ParentType, ContextType, RequireFields<MutationConfirmPeerMatchArgs, 'caseId' | 'caseVersion' | 'peerId'>>;
  createAgreement?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType, RequireFields<MutationCreateAgreementArgs, 'input'>>;
  createApiClient?: Resolver<ResolversTypes['ApiClientKey'], ParentType, ContextType, RequireFields<MutationCreateApiClientArgs, 'input'>>;
  createCalendarFeed?: Resolver<ResolversTypes['NewCalendarFeed'], ParentType, ContextType>;
  createFacilitator?: Resolver<ResolversTypes['Facilitator'], ParentType, ContextType, RequireFields<MutationCreateFacilitatorArgs, 'input'>>;
  createGroup?: Resolver<ResolversTypes['Group'], ParentType, ContextType, RequireFields<MutationCreateGroupArgs, 'input'>>;
  createOutreachActivity?: Resolver<ResolversTypes['OutreachActivity'], ParentType, ContextType, RequireFields<MutationCreateOutreachActivityArgs, 'activity'>>;
  createPartner?: Resolver<ResolversTypes['Partner'], ParentType, ContextType, RequireFields<MutationCreatePartnerArgs, 'partner'>>;
  createReferralResource?: Resolver<ResolversTypes['ReferralResource'], ParentType, ContextType, RequireFields<MutationCreateReferralResourceArgs, 'resource'>>;
  createStaffUser?: Resolver<ResolversTypes['PasswordResetTicket'], ParentType, ContextType, RequireFields<MutationCreateStaffUserArgs, 'input'>>;
  createSurvey?: Resolver<ResolversTypes['Survey'], ParentType, ContextType, RequireFields<MutationCreateSurveyArgs, 'input'>>;
  createTrainingCourse?: Resolver<ResolversTypes['TrainingCourse'], ParentType, ContextType, RequireFields<MutationCreateTrainingCourseArgs, 'course'>>;
  createVolunteerPeer?: Resolver<ResolversTypes['VolunteerPeer'], ParentType, ContextType, RequireFields<MutationCreateVolunteerPeerArgs, 'input'>>;
  deactivateStaffUser?: Resolver<ResolversTypes['StaffUser'], ParentType, ContextType, RequireFields<MutationDeactivateStaffUserArgs, 'input'>>;
  enrol?: Resolver<ResolversTypes['EnrolmentResult'], ParentType, ContextType, RequireFields<MutationEnrolArgs, 'input'>>;
  exportFollowUpCase?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<MutationExportFollowUpCaseArgs, 'id'>>;
  forgetFacilitator?: Resolver<ResolversTypes['Facilitator'], ParentType, ContextType, RequireFields<MutationForgetFacilitatorArgs, 'id'>>;
  grantCaseNoteAccess?: Resolver<ResolversTypes['CaseNoteGrant'], ParentType, ContextType, RequireFields<MutationGrantCaseNoteAccessArgs, 'caseId' | 'staffUserId' | 'until'>>;
  importGroups?: Resolver<ResolversTypes['GroupImportResult'], ParentType, ContextType, RequireFields<MutationImportGroupsArgs, 'input'>>;
  linkVenueToPartner?: Resolver<ResolversTypes['Venue'], ParentType, ContextType, RequireFields<MutationLinkVenueToPartnerArgs, 'partnerId' | 'venueId'>>;
  logInquiry?: Resolver<ResolversTypes['Inquiry'], ParentType, ContextType, RequireFields<MutationLogInquiryArgs, 'input'>>;
  login?: Resolver<ResolversTypes['LoginResult'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'email' | 'password'>>;
  logout?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  moveContact?: Resolver<ResolversTypes['ContactPerson'], ParentType, ContextType, RequireFields<MutationMoveContactArgs, 'input'>>;
  openFollowUpCase?: Resolver<ResolversTypes['FollowUpCase'], ParentType, ContextType, RequireFields<MutationOpenFollowUpCaseArgs, 'input'>>;
  planActivityFromInquiry?: Resolver<ResolversTypes['PlannedActivity'], ParentType, ContextType, RequireFields<MutationPlanActivityFromInquiryArgs, 'input'>>;
  recordAttendance?: Resolver<ResolversTypes['TrainingCourse'], ParentType, ContextType, RequireFields<MutationRecordAttendanceArgs, 'attendance' | 'courseId'>>;
  registerGroupFollowUp?: Resolver<ResolversTypes['Group'], ParentType, ContextType, RequireFields<MutationRegisterGroupFollowUpArgs, 'input'>>;
  registerPeerCheckIn?: Resolver<ResolversTypes['PeerCheckIn'], ParentType, ContextType, RequireFields<MutationRegisterPeerCheckInArgs, 'input'>>;
  removeActivityOutcome?: Resolver<ResolversTypes['OutreachActivity'], ParentType, ContextType, RequireFields<MutationRemoveActivityOutcomeArgs, 'id'>>;
  removeAgreement?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationRemoveAgreementArgs, 'id'>>;
  removeContact?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationRemoveContactArgs, 'id'>>;
  removeOutreachActivity?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationRemoveOutreachActivityArgs, 'id' | 'version'>>;
  requestTalk?: Resolver<ResolversTypes['ServiceReferral'], ParentType, ContextType, RequireFields<MutationRequestTalkArgs, 'input'>>;
  resetStaffUserPassword?: Resolver<ResolversTypes['PasswordResetTicket'], ParentType, ContextType, RequireFields<MutationResetStaffUserPasswordArgs, 'id'>>;
  revokeApiClient?: Resolver<ResolversTypes['ApiClient'], ParentType, ContextType, RequireFields<MutationRevokeApiClientArgs, 'id'>>;
  revokeCalendarFeed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  revokeCaseNoteAccess?: Resolver<ResolversTypes['CaseNoteGrant'], ParentType, ContextType, RequireFields<MutationRevokeCaseNoteAccessArgs, 'id'>>;
  rotateApiClientSecret?: Resolver<ResolversTypes['ApiClientKey'], ParentType, ContextType, RequireFields<MutationRotateApiClientSecretArgs, 'input'>>;
  setRefresherInterval?: Resolver<ResolversTypes['DistrictSettings'], ParentType, ContextType, RequireFields<MutationSetRefresherIntervalArgs, 'months'>>;
  setRetentionSettings?: Resolver<ResolversTypes['RetentionSettings'], ParentType, ContextType, RequireFields<MutationSetRetentionSettingsArgs, 'input'>>;
  startReportJob?: Resolver<ResolversTypes['ReportJob'], ParentType, ContextType, RequireFields<MutationStartReportJobArgs, 'period'>>;
  stopVolunteerPeer?: Resolver<ResolversTypes['VolunteerPeer'], ParentType, ContextType, RequireFields<MutationStopVolunteerPeerArgs, 'input'>>;
  submitReferral?: Resolver<ResolversTypes['ServiceReferral'], ParentType, ContextType, RequireFields<MutationSubmitReferralArgs, 'input'>>;
  submitSurveyResponse?: Resolver<ResolversTypes['SurveySubmission'], ParentType, ContextType, RequireFields<MutationSubmitSurveyResponseArgs, 'answers' | 'token'>>;
  unlinkVenueFromPartner?: Resolver<ResolversTypes['Venue'], ParentType, ContextType, RequireFields<MutationUnlinkVenueFromPartnerArgs, 'venueId'>>;
  updateAgreement?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType, RequireFields<MutationUpdateAgreementArgs, 'input'>>;
  updateApiClient?: Resolver<ResolversTypes['ApiClient'], ParentType, ContextType, RequireFields<MutationUpdateApiClientArgs, 'input'>>;
  updateContact?: Resolver<ResolversTypes['ContactPerson'], ParentType, ContextType, RequireFields<MutationUpdateContactArgs, 'input'>>;
  updateFacilitator?: Resolver<ResolversTypes['Facilitator'], ParentType, ContextType, RequireFields<MutationUpdateFacilitatorArgs, 'input'>>;
  updateFollowUpCase?: Resolver<ResolversTypes['FollowUpCase'], ParentType, ContextType, RequireFields<MutationUpdateFollowUpCaseArgs, 'input'>>;
  updateGroup?: Resolver<ResolversTypes['Group'], ParentType, ContextType, RequireFields<MutationUpdateGroupArgs, 'input'>>;
  updateInquiry?: Resolver<ResolversTypes['Inquiry'], ParentType, ContextType, RequireFields<MutationUpdateInquiryArgs, 'input'>>;
  updateOutreachActivity?: Resolver<ResolversTypes['OutreachActivity'], ParentType, ContextType, RequireFields<MutationUpdateOutreachActivityArgs, 'input'>>;
  updatePartner?: Resolver<ResolversTypes['Partner'], ParentType, ContextType, RequireFields<MutationUpdatePartnerArgs, 'input'>>;
  updateReferralResource?: Resolver<ResolversTypes['ReferralResource'], ParentType, ContextType, RequireFields<MutationUpdateReferralResourceArgs, 'input'>>;
  updateSurvey?: Resolver<ResolversTypes['Survey'], ParentType, ContextType, RequireFields<MutationUpdateSurveyArgs, 'input'>>;
  updateTrainingCourse?: Resolver<ResolversTypes['UpdateTrainingCourseResult'], ParentType, ContextType, RequireFields<MutationUpdateTrainingCourseArgs, 'input'>>;
  updateVolunteerPeer?: Resolver<ResolversTypes['VolunteerPeer'], ParentType, ContextType, RequireFields<MutationUpdateVolunteerPeerArgs, 'input'>>;
  withdrawConsent?: Resolver<ResolversTypes['Inquiry'], ParentType, ContextType, RequireFields<MutationWithdrawConsentArgs, 'inquiryId' | 'purpose'>>;
};

export type NetworkMapResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['NetworkMap'] = ResolversParentTypes['NetworkMap']> = {
  activePartnersByType?: Resolver<Array<ResolversTypes['PartnerTypeCount']>, ParentType, ContextType>;
  activePartnersElsewhere?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  municipalities?: Resolver<Array<ResolversTypes['NetworkMunicipality']>, ParentType, ContextType>;
  withNeither?: Resolver<Array<ResolversTypes['Municipality']>, ParentType, ContextType>;
  withoutActivePartner?: Resolver<Array<ResolversTypes['Municipality']>, ParentType, ContextType>;
  withoutGroup?: Resolver<Array<ResolversTypes['Municipality']>, ParentType, ContextType>;
};

export type NetworkMunicipalityResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['NetworkMunicipality'] = ResolversParentTypes['NetworkMunicipality']> = {
  activePartners?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  activePartnersByType?: Resolver<Array<ResolversTypes['PartnerTypeCount']>, ParentType, ContextType>;
  groups?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  partners?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NewCalendarFeedResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['NewCalendarFeed'] = ResolversParentTypes['NewCalendarFeed']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OutreachActivityResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['OutreachActivity'] = ResolversParentTypes['OutreachActivity']> = {
  audiences?: Resolver<Array<ResolversTypes['AudienceType']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  endTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  online?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  outcomes?: Resolver<Array<ResolversTypes['ActivityOutcome']>, ParentType, ContextType>;
  participantCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  partners?: Resolver<Array<ResolversTypes['Partner']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  plannedFromInquiryId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  staff?: Resolver<Array<ResolversTypes['StaffUser']>, ParentType, ContextType>;
  startTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ActivityStatus'], ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ActivityType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OutreachActivityConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['OutreachActivityConnection'] = ResolversParentTypes['OutreachActivityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OutreachActivityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OutreachActivityEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['OutreachActivityEdge'] = ResolversParentTypes['OutreachActivityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['OutreachActivity'], ParentType, ContextType>;
};

export type OverviewResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Overview'] = ResolversParentTypes['Overview']> = {
  coverage?: Resolver<ResolversTypes['Coverage'], ParentType, ContextType>;
  districts?: Resolver<Array<ResolversTypes['District']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['Period'], ParentType, ContextType>;
  previousPeriod?: Resolver<Maybe<ResolversTypes['Overview']>, ParentType, ContextType>;
  suppressionThreshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  table?: Resolver<ResolversTypes['StatTable'], ParentType, ContextType, RequireFields<OverviewTableArgs, 'key'>>;
  tables?: Resolver<Array<ResolversTypes['StatTable']>, ParentType, ContextType, Partial<OverviewTablesArgs>>;
};

export type PageInfoResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PartnerResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Partner'] = ResolversParentTypes['Partner']> = {
  activities?: Resolver<Array<ResolversTypes['OutreachActivity']>, ParentType, ContextType>;
  agreements?: Resolver<Array<ResolversTypes['Agreement']>, ParentType, ContextType>;
  contacts?: Resolver<Array<ResolversTypes['ContactPerson']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  districts?: Resolver<Array<ResolversTypes['District']>, ParentType, ContextType>;
  formerContacts?: Resolver<Array<ResolversTypes['ContactAffiliation']>, ParentType, ContextType>;
  groupsStartedTogether?: Resolver<Array<ResolversTypes['Group']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastContactOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organisationNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postalCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postalPlace?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PartnerStatus'], ParentType, ContextType>;
  streetAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['PartnerType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  venues?: Resolver<Array<ResolversTypes['Venue']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PartnerConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PartnerConnection'] = ResolversParentTypes['PartnerConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PartnerEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PartnerEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PartnerEdge'] = ResolversParentTypes['PartnerEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
};

export type PartnerTypeCountResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PartnerTypeCount'] = ResolversParentTypes['PartnerTypeCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['PartnerType'], ParentType, ContextType>;
};

export type PasswordResetTicketResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PasswordResetTicket'] = ResolversParentTypes['PasswordResetTicket']> = {
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['StaffUser'], ParentType, ContextType>;
};

export type PeerCheckInResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PeerCheckIn'] = ResolversParentTypes['PeerCheckIn']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nextCheckInOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  staffUser?: Resolver<Maybe<ResolversTypes['StaffUser']>, ParentType, ContextType>;
};

export type PeerCheckInDueResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PeerCheckInDue'] = ResolversParentTypes['PeerCheckInDue']> = {
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  peer?: Resolver<ResolversTypes['VolunteerPeer'], ParentType, ContextType>;
};

export type PeerLoadResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PeerLoad'] = ResolversParentTypes['PeerLoad']> = {
  activeFollowUps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  followingSince?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  freeCapacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastCheckInOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  nextCheckInDue?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type PeerMatchConfirmationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PeerMatchConfirmation'] = ResolversParentTypes['PeerMatchConfirmation']> = {
  caseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  caseVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  peer?: Resolver<ResolversTypes['VolunteerPeer'], ParentType, ContextType>;
  peerMatchedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type PeerMatchReasonResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PeerMatchReason'] = ResolversParentTypes['PeerMatchReason']> = {
  code?: Resolver<ResolversTypes['PeerMatchReasonCode'], ParentType, ContextType>;
  params?: Resolver<Array<ResolversTypes['MessageParam']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PeerSuggestionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PeerSuggestion'] = ResolversParentTypes['PeerSuggestion']> = {
  distance?: Resolver<ResolversTypes['PeerDistance'], ParentType, ContextType>;
  freeCapacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  peer?: Resolver<ResolversTypes['VolunteerPeer'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['PeerMatchReason']>, ParentType, ContextType>;
  sharedLanguage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sharedThemes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
};

export type PeerSuggestionsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PeerSuggestions'] = ResolversParentTypes['PeerSuggestions']> = {
  caseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  caseVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  suggestions?: Resolver<Array<ResolversTypes['PeerSuggestion']>, ParentType, ContextType>;
};

export type PeriodResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Period'] = ResolversParentTypes['Period']> = {
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type PersonContactResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PersonContact'] = ResolversParentTypes['PersonContact']> = {
  method?: Resolver<ResolversTypes['ContactMethod'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PlannedActivityResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PlannedActivity'] = ResolversParentTypes['PlannedActivity']> = {
  activity?: Resolver<ResolversTypes['OutreachActivity'], ParentType, ContextType>;
  inquiry?: Resolver<ResolversTypes['Inquiry'], ParentType, ContextType>;
};

export type PublicGroupResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PublicGroup'] = ResolversParentTypes['PublicGroup']> = {
  contact?: Resolver<ResolversTypes['DistrictContact'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  format?: Resolver<ResolversTypes['GroupFormat'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nextMeetings?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType, RequireFields<PublicGroupNextMeetingsArgs, 'count'>>;
  openForNewMembers?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  schedule?: Resolver<ResolversTypes['GroupSchedule'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['GroupStatus'], ParentType, ContextType>;
  targetGroup?: Resolver<ResolversTypes['TargetGroup'], ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  venue?: Resolver<Maybe<ResolversTypes['PublicVenue']>, ParentType, ContextType>;
};

export type PublicGroupConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PublicGroupConnection'] = ResolversParentTypes['PublicGroupConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PublicGroupEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PublicGroupEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PublicGroupEdge'] = ResolversParentTypes['PublicGroupEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PublicGroup'], ParentType, ContextType>;
};

export type PublicSurveyResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PublicSurvey'] = ResolversParentTypes['PublicSurvey']> = {
  closesOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  helpLines?: Resolver<Array<ResolversTypes['SurveyHelpLine']>, ParentType, ContextType>;
  intro?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  opensOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  phase?: Resolver<ResolversTypes['SurveyPhase'], ParentType, ContextType>;
  questions?: Resolver<Array<ResolversTypes['SurveyQuestion']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PublicVenueResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PublicVenue'] = ResolversParentTypes['PublicVenue']> = {
  accessibilityNotes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hearingLoop?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  postalCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  postalPlace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stepFreeAccess?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  streetAddress?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QualificationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Qualification'] = ResolversParentTypes['Qualification']> = {
  basicCompletedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  lapsesOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  latestQualifyingOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['QualificationStatus'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  activityTotals?: Resolver<ResolversTypes['ActivityTotals'], ParentType, ContextType, Partial<QueryActivityTotalsArgs>>;
  agreement?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType, RequireFields<QueryAgreementArgs, 'id'>>;
  apiClient?: Resolver<ResolversTypes['ApiClient'], ParentType, ContextType, RequireFields<QueryApiClientArgs, 'id'>>;
  apiClients?: Resolver<Array<ResolversTypes['ApiClient']>, ParentType, ContextType>;
  contactPerson?: Resolver<ResolversTypes['ContactPerson'], ParentType, ContextType, RequireFields<QueryContactPersonArgs, 'id'>>;
  counties?: Resolver<Array<ResolversTypes['County']>, ParentType, ContextType>;
  currentSession?: Resolver<ResolversTypes['Session'], ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType, RequireFields<QueryDistrictArgs, 'id'>>;
  districtAgenda?: Resolver<ResolversTypes['DistrictAgenda'], ParentType, ContextType, RequireFields<QueryDistrictAgendaArgs, 'first'>>;
  districtSettings?: Resolver<ResolversTypes['DistrictSettings'], ParentType, ContextType, Partial<QueryDistrictSettingsArgs>>;
  districts?: Resolver<Array<ResolversTypes['District']>, ParentType, ContextType>;
  facilitator?: Resolver<ResolversTypes['Facilitator'], ParentType, ContextType, RequireFields<QueryFacilitatorArgs, 'id'>>;
  facilitatorAttention?: Resolver<ResolversTypes['FacilitatorAttention'], ParentType, ContextType, Partial<QueryFacilitatorAttentionArgs>>;
  facilitators?: Resolver<ResolversTypes['FacilitatorConnection'], ParentType, ContextType, RequireFields<QueryFacilitatorsArgs, 'first'>>;
  followUpCase?: Resolver<ResolversTypes['FollowUpCase'], ParentType, ContextType, RequireFields<QueryFollowUpCaseArgs, 'id'>>;
  followUpCases?: Resolver<ResolversTypes['FollowUpCaseConnection'], ParentType, ContextType, RequireFields<QueryFollowUpCasesArgs, 'first'>>;
  followUpCasesDue?: Resolver<Array<ResolversTypes['FollowUpCaseDue']>, ParentType, ContextType, Partial<QueryFollowUpCasesDueArgs>>;
  group?: Resolver<ResolversTypes['Group'], ParentType, ContextType, RequireFields<QueryGroupArgs, 'id'>>;
  groupFeed?: Resolver<ResolversTypes['GroupFeedConnection'], ParentType, ContextType, RequireFields<QueryGroupFeedArgs, 'first'>>;
  groupFollowUpsDue?: Resolver<Array<ResolversTypes['Group']>, ParentType, ContextType, Partial<QueryGroupFollowUpsDueArgs>>;
  groups?: Resolver<ResolversTypes['GroupConnection'], ParentType, ContextType, RequireFields<QueryGroupsArgs, 'first'>>;
  groupsCsv?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<QueryGroupsCsvArgs>>;
  inquiries?: Resolver<ResolversTypes['InquiryConnection'], ParentType, ContextType, RequireFields<QueryInquiriesArgs, 'first'>>;
  inquiry?: Resolver<ResolversTypes['Inquiry'], ParentType, ContextType, RequireFields<QueryInquiryArgs, 'id'>>;
  interestContactsForGroup?: Resolver<ResolversTypes['InterestContactsForGroup'], ParentType, ContextType, RequireFields<QueryInterestContactsForGroupArgs, 'groupId' | 'reach'>>;
  interestDemand?: Resolver<Array<ResolversTypes['InterestDemand']>, ParentType, ContextType, Partial<QueryInterestDemandArgs>>;
  me?: Resolver<ResolversTypes['StaffUser'], ParentType, ContextType>;
  meetingGuideFeed?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<QueryMeetingGuideFeedArgs>>;
  municipalities?: Resolver<Array<ResolversTypes['Municipality']>, ParentType, ContextType, Partial<QueryMunicipalitiesArgs>>;
  myCalendarFeed?: Resolver<Maybe<ResolversTypes['CalendarFeed']>, ParentType, ContextType>;
  networkMap?: Resolver<ResolversTypes['NetworkMap'], ParentType, ContextType, Partial<QueryNetworkMapArgs>>;
  outreachActivities?: Resolver<ResolversTypes['OutreachActivityConnection'], ParentType, ContextType, RequireFields<QueryOutreachActivitiesArgs, 'first'>>;
  outreachActivitiesCsv?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<QueryOutreachActivitiesCsvArgs>>;
  outreachActivity?: Resolver<ResolversTypes['OutreachActivity'], ParentType, ContextType, RequireFields<QueryOutreachActivityArgs, 'id'>>;
  outreachCalendar?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<QueryOutreachCalendarArgs>>;
  outreachCalendarFeed?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<QueryOutreachCalendarFeedArgs, 'token'>>;
  overview?: Resolver<ResolversTypes['Overview'], ParentType, ContextType, Partial<QueryOverviewArgs>>;
  partner?: Resolver<ResolversTypes['Partner'], ParentType, ContextType, RequireFields<QueryPartnerArgs, 'id'>>;
  partners?: Resolver<ResolversTypes['PartnerConnection'], ParentType, ContextType, RequireFields<QueryPartnersArgs, 'first'>>;
  peerCheckInsDue?: Resolver<Array<ResolversTypes['PeerCheckInDue']>, ParentType, ContextType>;
  peerSuggestions?: Resolver<ResolversTypes['PeerSuggestions'], ParentType, ContextType, RequireFields<QueryPeerSuggestionsArgs, 'caseId'>>;
  publicGroup?: Resolver<ResolversTypes['PublicGroup'], ParentType, ContextType, RequireFields<QueryPublicGroupArgs, 'slug'>>;
  publicGroupICalendar?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<QueryPublicGroupICalendarArgs, 'slug'>>;
  publicGroups?: Resolver<ResolversTypes['PublicGroupConnection'], ParentType, ContextType, RequireFields<QueryPublicGroupsArgs, 'first'>>;
  publicSurvey?: Resolver<ResolversTypes['PublicSurvey'], ParentType, ContextType, RequireFields<QueryPublicSurveyArgs, 'token'>>;
  rateLimit?: Resolver<Maybe<ResolversTypes['RateLimit']>, ParentType, ContextType>;
  referralResource?: Resolver<ResolversTypes['ReferralResource'], ParentType, ContextType, RequireFields<QueryReferralResourceArgs, 'id'>>;
  referralResources?: Resolver<ResolversTypes['ReferralResourceConnection'], ParentType, ContextType, RequireFields<QueryReferralResourcesArgs, 'first'>>;
  reportDownload?: Resolver<ResolversTypes['ReportFileDownload'], ParentType, ContextType, RequireFields<QueryReportDownloadArgs, 'format' | 'period'>>;
  reportFile?: Resolver<Maybe<ResolversTypes['ReportFileDownload']>, ParentType, ContextType, RequireFields<QueryReportFileArgs, 'id'>>;
  reportJob?: Resolver<Maybe<ResolversTypes['ReportJob']>, ParentType, ContextType, RequireFields<QueryReportJobArgs, 'id'>>;
  reportJobs?: Resolver<Array<ResolversTypes['ReportJob']>, ParentType, ContextType, RequireFields<QueryReportJobsArgs, 'first'>>;
  retentionRuns?: Resolver<Array<ResolversTypes['RetentionRun']>, ParentType, ContextType, RequireFields<QueryRetentionRunsArgs, 'first'>>;
  retentionSettings?: Resolver<Array<ResolversTypes['RetentionSettings']>, ParentType, ContextType>;
  serverInfo?: Resolver<ResolversTypes['ServerInfo'], ParentType, ContextType>;
  serviceReferral?: Resolver<ResolversTypes['ServiceReferral'], ParentType, ContextType, RequireFields<QueryServiceReferralArgs, 'reference'>>;
  staffUser?: Resolver<ResolversTypes['StaffUser'], ParentType, ContextType, RequireFields<QueryStaffUserArgs, 'id'>>;
  staffUsers?: Resolver<ResolversTypes['StaffUserConnection'], ParentType, ContextType, RequireFields<QueryStaffUsersArgs, 'first'>>;
  survey?: Resolver<ResolversTypes['Survey'], ParentType, ContextType, RequireFields<QuerySurveyArgs, 'id'>>;
  surveyResults?: Resolver<ResolversTypes['SurveyResults'], ParentType, ContextType, RequireFields<QuerySurveyResultsArgs, 'id'>>;
  surveyTemplateComparison?: Resolver<ResolversTypes['SurveyComparison'], ParentType, ContextType, RequireFields<QuerySurveyTemplateComparisonArgs, 'language' | 'templateKey'>>;
  surveyTemplates?: Resolver<Array<ResolversTypes['SurveyTemplate']>, ParentType, ContextType>;
  surveys?: Resolver<Array<ResolversTypes['Survey']>, ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  trainingCalendar?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  trainingCourse?: Resolver<ResolversTypes['TrainingCourse'], ParentType, ContextType, RequireFields<QueryTrainingCourseArgs, 'id'>>;
  trainingCourseICalendar?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<QueryTrainingCourseICalendarArgs, 'id'>>;
  trainingCourses?: Resolver<ResolversTypes['TrainingCourseConnection'], ParentType, ContextType, RequireFields<QueryTrainingCoursesArgs, 'first'>>;
  venues?: Resolver<Array<ResolversTypes['Venue']>, ParentType, ContextType, Partial<QueryVenuesArgs>>;
  volunteerPeer?: Resolver<ResolversTypes['VolunteerPeer'], ParentType, ContextType, RequireFields<QueryVolunteerPeerArgs, 'id'>>;
  volunteerPeers?: Resolver<ResolversTypes['VolunteerPeerConnection'], ParentType, ContextType, RequireFields<QueryVolunteerPeersArgs, 'first'>>;
};

export type RateLimitResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RateLimit'] = ResolversParentTypes['RateLimit']> = {
  cost?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  limit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  remaining?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resetAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  restoreRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ReferralResourceResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ReferralResource'] = ResolversParentTypes['ReferralResource']> = {
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  areaKind?: Resolver<ResolversTypes['ReferralAreaKind'], ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  howToRefer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  municipalities?: Resolver<Array<ResolversTypes['Municipality']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  offers?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partner?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ReferralResourceType'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ReferralResourceConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ReferralResourceConnection'] = ResolversParentTypes['ReferralResourceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ReferralResourceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReferralResourceEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ReferralResourceEdge'] = ResolversParentTypes['ReferralResourceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ReferralResource'], ParentType, ContextType>;
};

export type ReportFileDownloadResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ReportFileDownload'] = ResolversParentTypes['ReportFileDownload']> = {
  contentBase64?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReportFileInfoResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ReportFileInfo'] = ResolversParentTypes['ReportFileInfo']> = {
  byteSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  format?: Resolver<ResolversTypes['ReportFileFormat'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ReportJobResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ReportJob'] = ResolversParentTypes['ReportJob']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  files?: Resolver<Array<ResolversTypes['ReportFileInfo']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  periodFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  periodTo?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  progressDone?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  progressTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReportJobStatus'], ParentType, ContextType>;
};

export type RetentionRunResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RetentionRun'] = ResolversParentTypes['RetentionRun']> = {
  asOf?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  casesAnonymised?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deleted?: Resolver<ResolversTypes['RetentionRunDeletions'], ParentType, ContextType>;
  districts?: Resolver<Array<ResolversTypes['RetentionRunDistrict']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inquiriesAnonymised?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  peersAnonymised?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  trigger?: Resolver<ResolversTypes['RetentionTrigger'], ParentType, ContextType>;
};

export type RetentionRunDeletionsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RetentionRunDeletions'] = ResolversParentTypes['RetentionRunDeletions']> = {
  apiUsageEntries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  calendarFeedTokens?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  groupFeedEntries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  loginAttempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  passwordResetTokens?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RetentionRunDistrictResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RetentionRunDistrict'] = ResolversParentTypes['RetentionRunDistrict']> = {
  casesAnonymised?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  inquiriesAnonymised?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  peersAnonymised?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RetentionSettingsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RetentionSettings'] = ResolversParentTypes['RetentionSettings']> = {
  closedCaseMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  customised?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  inquiryWithoutCaseMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stoppedPeerMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ServerInfoResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ServerInfo'] = ResolversParentTypes['ServerInfo']> = {
  database?: Resolver<ResolversTypes['DatabaseKind'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ServiceReferralResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ServiceReferral'] = ResolversParentTypes['ServiceReferral']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ServiceReferralKind'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ServiceReferralStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type SessionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Session'] = ResolversParentTypes['Session']> = {
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  idleExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  idleTimeoutSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  realm?: Resolver<Maybe<ResolversTypes['SessionRealm']>, ParentType, ContextType>;
};

export type SessionRealmResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SessionRealm'] = ResolversParentTypes['SessionRealm']> = {
  districtId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type StaffUserResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['StaffUser'] = ResolversParentTypes['StaffUser']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deactivatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StaffUserConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['StaffUserConnection'] = ResolversParentTypes['StaffUserConnection']> = {
  edges?: Resolver<Array<ResolversTypes['StaffUserEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StaffUserEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['StaffUserEdge'] = ResolversParentTypes['StaffUserEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['StaffUser'], ParentType, ContextType>;
};

export type StatAxisItemResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['StatAxisItem'] = ResolversParentTypes['StatAxisItem']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StatCountResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['StatCount'] = ResolversParentTypes['StatCount']> = {
  display?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type StatTableResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['StatTable'] = ResolversParentTypes['StatTable']> = {
  cells?: Resolver<Array<Array<ResolversTypes['StatCount']>>, ParentType, ContextType>;
  columnLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  columnTotals?: Resolver<Array<ResolversTypes['StatCount']>, ParentType, ContextType>;
  columns?: Resolver<Array<ResolversTypes['StatAxisItem']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['StatTableKey'], ParentType, ContextType>;
  protected?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rowLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rowTotals?: Resolver<Array<ResolversTypes['StatCount']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['StatAxisItem']>, ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['StatCount'], ParentType, ContextType>;
};

export type SurveyResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Survey'] = ResolversParentTypes['Survey']> = {
  closesOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType>;
  hasResponses?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  intro?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  opensOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  phase?: Resolver<ResolversTypes['SurveyPhase'], ParentType, ContextType>;
  publicToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  questions?: Resolver<Array<ResolversTypes['SurveyQuestion']>, ParentType, ContextType>;
  templateKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SurveyComparisonResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SurveyComparison'] = ResolversParentTypes['SurveyComparison']> = {
  from?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  tables?: Resolver<Array<ResolversTypes['SurveyComparisonTable']>, ParentType, ContextType>;
  templateKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type SurveyComparisonRowResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SurveyComparisonRow'] = ResolversParentTypes['SurveyComparisonRow']> = {
  cells?: Resolver<Array<ResolversTypes['SurveyCount']>, ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['SurveyCount'], ParentType, ContextType>;
};

export type SurveyComparisonTableResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SurveyComparisonTable'] = ResolversParentTypes['SurveyComparisonTable']> = {
  columnTotals?: Resolver<Array<ResolversTypes['SurveyCount']>, ParentType, ContextType>;
  columns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SurveyQuestionKind'], ParentType, ContextType>;
  question?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  questionKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['SurveyComparisonRow']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['SurveyCount'], ParentType, ContextType>;
};

export type SurveyCountResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SurveyCount'] = ResolversParentTypes['SurveyCount']> = {
  display?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type SurveyHelpLineResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SurveyHelpLine'] = ResolversParentTypes['SurveyHelpLine']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SurveyOptionResultResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SurveyOptionResult'] = ResolversParentTypes['SurveyOptionResult']> = {
  count?: Resolver<ResolversTypes['SurveyCount'], ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SurveyQuestionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SurveyQuestion'] = ResolversParentTypes['SurveyQuestion']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SurveyQuestionKind'], ParentType, ContextType>;
  options?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  scaleMax?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  scaleMaxLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scaleMin?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  scaleMinLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sensitive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  templateKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SurveyQuestionResultResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SurveyQuestionResult'] = ResolversParentTypes['SurveyQuestionResult']> = {
  answered?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  freeTextAnswers?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  options?: Resolver<Array<ResolversTypes['SurveyOptionResult']>, ParentType, ContextType>;
  question?: Resolver<ResolversTypes['SurveyQuestion'], ParentType, ContextType>;
  scale?: Resolver<Array<ResolversTypes['SurveyScaleResult']>, ParentType, ContextType>;
  scaleMean?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  tooFewAnswers?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SurveyResultsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SurveyResults'] = ResolversParentTypes['SurveyResults']> = {
  freeTextVisible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  questions?: Resolver<Array<ResolversTypes['SurveyQuestionResult']>, ParentType, ContextType>;
  responses?: Resolver<ResolversTypes['SurveyCount'], ParentType, ContextType>;
  survey?: Resolver<ResolversTypes['Survey'], ParentType, ContextType>;
};

export type SurveyScaleResultResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SurveyScaleResult'] = ResolversParentTypes['SurveyScaleResult']> = {
  count?: Resolver<ResolversTypes['SurveyCount'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SurveySubmissionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SurveySubmission'] = ResolversParentTypes['SurveySubmission']> = {
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SurveyTemplateResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SurveyTemplate'] = ResolversParentTypes['SurveyTemplate']> = {
  intro?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<SurveyTemplateIntroArgs, 'language'>>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  questions?: Resolver<Array<ResolversTypes['SurveyTemplateQuestion']>, ParentType, ContextType, RequireFields<SurveyTemplateQuestionsArgs, 'language'>>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<SurveyTemplateTitleArgs, 'language'>>;
};

export type SurveyTemplateQuestionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SurveyTemplateQuestion'] = ResolversParentTypes['SurveyTemplateQuestion']> = {
  kind?: Resolver<ResolversTypes['SurveyQuestionKind'], ParentType, ContextType>;
  options?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sensitive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  templateKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ThemeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Theme'] = ResolversParentTypes['Theme']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<ThemeLabelArgs, 'language'>>;
};

export type TrainingCourseResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['TrainingCourse'] = ResolversParentTypes['TrainingCourse']> = {
  cancelReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  enrolledCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  enrolments?: Resolver<Array<ResolversTypes['Enrolment']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locationText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  online?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sessions?: Resolver<Array<ResolversTypes['CourseSession']>, ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CourseStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  trainers?: Resolver<Array<ResolversTypes['StaffUser']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['CourseType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  waitingCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TrainingCourseConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['TrainingCourseConnection'] = ResolversParentTypes['TrainingCourseConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TrainingCourseEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TrainingCourseEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['TrainingCourseEdge'] = ResolversParentTypes['TrainingCourseEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TrainingCourse'], ParentType, ContextType>;
};

export type TrainingHistoryEntryResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['TrainingHistoryEntry'] = ResolversParentTypes['TrainingHistoryEntry']> = {
  completedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  course?: Resolver<ResolversTypes['TrainingCourse'], ParentType, ContextType>;
  enrolmentStatus?: Resolver<ResolversTypes['EnrolmentStatus'], ParentType, ContextType>;
  sessionsAttended?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UpdateTrainingCourseResultResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UpdateTrainingCourseResult'] = ResolversParentTypes['UpdateTrainingCourseResult']> = {
  course?: Resolver<ResolversTypes['TrainingCourse'], ParentType, ContextType>;
  promoted?: Resolver<Array<ResolversTypes['Enrolment']>, ParentType, ContextType>;
};

export interface UploadScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Upload'], any> {
  name: 'Upload';
}

export type VenueResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Venue'] = ResolversParentTypes['Venue']> = {
  accessibilityNotes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['Group']>, ParentType, ContextType>;
  hearingLoop?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partner?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
  postalCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  postalPlace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stepFreeAccess?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  streetAddress?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type VolunteerPeerResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['VolunteerPeer'] = ResolversParentTypes['VolunteerPeer']> = {
  availability?: Resolver<ResolversTypes['PeerAvailability'], ParentType, ContextType>;
  availabilityNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  checkIns?: Resolver<Array<ResolversTypes['PeerCheckIn']>, ParentType, ContextType>;
  confidentialityDeclaredOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  consent?: Resolver<Maybe<ResolversTypes['VolunteerPeerConsent']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  experience?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  facilitator?: Resolver<Maybe<ResolversTypes['Facilitator']>, ParentType, ContextType>;
  followUpStaff?: Resolver<Maybe<ResolversTypes['StaffUser']>, ParentType, ContextType>;
  gender?: Resolver<Maybe<ResolversTypes['PeerGender']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  load?: Resolver<ResolversTypes['PeerLoad'], ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  stoppedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type VolunteerPeerConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['VolunteerPeerConnection'] = ResolversParentTypes['VolunteerPeerConnection']> = {
  edges?: Resolver<Array<ResolversTypes['VolunteerPeerEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type VolunteerPeerConsentResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['VolunteerPeerConsent'] = ResolversParentTypes['VolunteerPeerConsent']> = {
  givenOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type VolunteerPeerEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['VolunteerPeerEdge'] = ResolversParentTypes['VolunteerPeerEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['VolunteerPeer'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GatewayContext> = {
  AccessLogConnection?: AccessLogConnectionResolvers<ContextType>;
  AccessLogEdge?: AccessLogEdgeResolvers<ContextType>;
  AccessLogEntry?: AccessLogEntryResolvers<ContextType>;
  ActivityDistrictTotal?: ActivityDistrictTotalResolvers<ContextType>;
  ActivityOutcome?: ActivityOutcomeResolvers<ContextType>;
  ActivityTotals?: ActivityTotalsResolvers<ContextType>;
  ActivityTypeTotal?: ActivityTypeTotalResolvers<ContextType>;
  AgendaActivities?: AgendaActivitiesResolvers<ContextType>;
  AgendaCaseFollowUps?: AgendaCaseFollowUpsResolvers<ContextType>;
  AgendaCourseSession?: AgendaCourseSessionResolvers<ContextType>;
  AgendaCourseSessions?: AgendaCourseSessionsResolvers<ContextType>;
  AgendaFacilitators?: AgendaFacilitatorsResolvers<ContextType>;
  AgendaGroups?: AgendaGroupsResolvers<ContextType>;
  AgendaPeerCheckIns?: AgendaPeerCheckInsResolvers<ContextType>;
  Agreement?: AgreementResolvers<ContextType>;
  AgreementAttachment?: AgreementAttachmentResolvers<ContextType>;
  ApiClient?: ApiClientResolvers<ContextType>;
  ApiClientKey?: ApiClientKeyResolvers<ContextType>;
  ApiClientSecret?: ApiClientSecretResolvers<ContextType>;
  ApiClientUsage?: ApiClientUsageResolvers<ContextType>;
  ApiUsageCounts?: ApiUsageCountsResolvers<ContextType>;
  ApiUsageDay?: ApiUsageDayResolvers<ContextType>;
  ApiUsageOperation?: ApiUsageOperationResolvers<ContextType>;
  AttendanceException?: AttendanceExceptionResolvers<ContextType>;
  CalendarFeed?: CalendarFeedResolvers<ContextType>;
  CancelEnrolmentResult?: CancelEnrolmentResultResolvers<ContextType>;
  CaseNote?: CaseNoteResolvers<ContextType>;
  CaseNoteGrant?: CaseNoteGrantResolvers<ContextType>;
  CaseReferral?: CaseReferralResolvers<ContextType>;
  CaseStatusChange?: CaseStatusChangeResolvers<ContextType>;
  ChangeTrainingCourseStatusResult?: ChangeTrainingCourseStatusResultResolvers<ContextType>;
  Consent?: ConsentResolvers<ContextType>;
  ContactAffiliation?: ContactAffiliationResolvers<ContextType>;
  ContactPerson?: ContactPersonResolvers<ContextType>;
  County?: CountyResolvers<ContextType>;
  CourseSession?: CourseSessionResolvers<ContextType>;
  Coverage?: CoverageResolvers<ContextType>;
  CoverageCounty?: CoverageCountyResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  District?: DistrictResolvers<ContextType>;
  DistrictAgenda?: DistrictAgendaResolvers<ContextType>;
  DistrictContact?: DistrictContactResolvers<ContextType>;
  DistrictSettings?: DistrictSettingsResolvers<ContextType>;
  Enrolment?: EnrolmentResolvers<ContextType>;
  EnrolmentResult?: EnrolmentResultResolvers<ContextType>;
  Facilitator?: FacilitatorResolvers<ContextType>;
  FacilitatorAssignment?: FacilitatorAssignmentResolvers<ContextType>;
  FacilitatorAttention?: FacilitatorAttentionResolvers<ContextType>;
  FacilitatorConnection?: FacilitatorConnectionResolvers<ContextType>;
  FacilitatorConsent?: FacilitatorConsentResolvers<ContextType>;
  FacilitatorEdge?: FacilitatorEdgeResolvers<ContextType>;
  FollowUpCase?: FollowUpCaseResolvers<ContextType>;
  FollowUpCaseConnection?: FollowUpCaseConnectionResolvers<ContextType>;
  FollowUpCaseDue?: FollowUpCaseDueResolvers<ContextType>;
  FollowUpCaseEdge?: FollowUpCaseEdgeResolvers<ContextType>;
  Group?: GroupResolvers<ContextType>;
  GroupChange?: GroupChangeResolvers<ContextType>;
  GroupConnection?: GroupConnectionResolvers<ContextType>;
  GroupEdge?: GroupEdgeResolvers<ContextType>;
  GroupFeedConnection?: GroupFeedConnectionResolvers<ContextType>;
  GroupFeedEdge?: GroupFeedEdgeResolvers<ContextType>;
  GroupFeedEntry?: GroupFeedEntryResolvers<ContextType>;
  GroupFieldChange?: GroupFieldChangeResolvers<ContextType>;
  GroupFollowUp?: GroupFollowUpResolvers<ContextType>;
  GroupImportResult?: GroupImportResultResolvers<ContextType>;
  GroupImportRow?: GroupImportRowResolvers<ContextType>;
  GroupSchedule?: GroupScheduleResolvers<ContextType>;
  GroupStatusChange?: GroupStatusChangeResolvers<ContextType>;
  GroupStatusCount?: GroupStatusCountResolvers<ContextType>;
  ImportFieldError?: ImportFieldErrorResolvers<ContextType>;
  Inquiry?: InquiryResolvers<ContextType>;
  InquiryConnection?: InquiryConnectionResolvers<ContextType>;
  InquiryEdge?: InquiryEdgeResolvers<ContextType>;
  InquiryServiceReferral?: InquiryServiceReferralResolvers<ContextType>;
  InterestContact?: InterestContactResolvers<ContextType>;
  InterestContactsForGroup?: InterestContactsForGroupResolvers<ContextType>;
  InterestDemand?: InterestDemandResolvers<ContextType>;
  InterestListEntry?: InterestListEntryResolvers<ContextType>;
  LoginResult?: LoginResultResolvers<ContextType>;
  Meeting?: MeetingResolvers<ContextType>;
  MessageParam?: MessageParamResolvers<ContextType>;
  Municipality?: MunicipalityResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NetworkMap?: NetworkMapResolvers<ContextType>;
  NetworkMunicipality?: NetworkMunicipalityResolvers<ContextType>;
  NewCalendarFeed?: NewCalendarFeedResolvers<ContextType>;
  OutreachActivity?: OutreachActivityResolvers<ContextType>;
  OutreachActivityConnection?: OutreachActivityConnectionResolvers<ContextType>;
  OutreachActivityEdge?: OutreachActivityEdgeResolvers<ContextType>;
  Overview?: OverviewResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Partner?: PartnerResolvers<ContextType>;
  PartnerConnection?: PartnerConnectionResolvers<ContextType>;
  PartnerEdge?: PartnerEdgeResolvers<ContextType>;
  PartnerTypeCount?: PartnerTypeCountResolvers<ContextType>;
  PasswordResetTicket?: PasswordResetTicketResolvers<ContextType>;
  PeerCheckIn?: PeerCheckInResolvers<ContextType>;
  PeerCheckInDue?: PeerCheckInDueResolvers<ContextType>;
  PeerLoad?: PeerLoadResolvers<ContextType>;
  PeerMatchConfirmation?: PeerMatchConfirmationResolvers<ContextType>;
  PeerMatchReason?: PeerMatchReasonResolvers<ContextType>;
  PeerSuggestion?: PeerSuggestionResolvers<ContextType>;
  PeerSuggestions?: PeerSuggestionsResolvers<ContextType>;
  Period?: PeriodResolvers<ContextType>;
  PersonContact?: PersonContactResolvers<ContextType>;
  PlannedActivity?: PlannedActivityResolvers<ContextType>;
  PublicGroup?: PublicGroupResolvers<ContextType>;
  PublicGroupConnection?: PublicGroupConnectionResolvers<ContextType>;
  PublicGroupEdge?: PublicGroupEdgeResolvers<ContextType>;
  PublicSurvey?: PublicSurveyResolvers<ContextType>;
  PublicVenue?: PublicVenueResolvers<ContextType>;
  Qualification?: QualificationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RateLimit?: RateLimitResolvers<ContextType>;
  ReferralResource?: ReferralResourceResolvers<ContextType>;
  ReferralResourceConnection?: ReferralResourceConnectionResolvers<ContextType>;
  ReferralResourceEdge?: ReferralResourceEdgeResolvers<ContextType>;
  ReportFileDownload?: ReportFileDownloadResolvers<ContextType>;
  ReportFileInfo?: ReportFileInfoResolvers<ContextType>;
  ReportJob?: ReportJobResolvers<ContextType>;
  RetentionRun?: RetentionRunResolvers<ContextType>;
  RetentionRunDeletions?: RetentionRunDeletionsResolvers<ContextType>;
  RetentionRunDistrict?: RetentionRunDistrictResolvers<ContextType>;
  RetentionSettings?: RetentionSettingsResolvers<ContextType>;
  ServerInfo?: ServerInfoResolvers<ContextType>;
  ServiceReferral?: ServiceReferralResolvers<ContextType>;
  Session?: SessionResolvers<ContextType>;
  SessionRealm?: SessionRealmResolvers<ContextType>;
  StaffUser?: StaffUserResolvers<ContextType>;
  StaffUserConnection?: StaffUserConnectionResolvers<ContextType>;
  StaffUserEdge?: StaffUserEdgeResolvers<ContextType>;
  StatAxisItem?: StatAxisItemResolvers<ContextType>;
  StatCount?: StatCountResolvers<ContextType>;
  StatTable?: StatTableResolvers<ContextType>;
  Survey?: SurveyResolvers<ContextType>;
  SurveyComparison?: SurveyComparisonResolvers<ContextType>;
  SurveyComparisonRow?: SurveyComparisonRowResolvers<ContextType>;
  SurveyComparisonTable?: SurveyComparisonTableResolvers<ContextType>;
  SurveyCount?: SurveyCountResolvers<ContextType>;
  SurveyHelpLine?: SurveyHelpLineResolvers<ContextType>;
  SurveyOptionResult?: SurveyOptionResultResolvers<ContextType>;
  SurveyQuestion?: SurveyQuestionResolvers<ContextType>;
  SurveyQuestionResult?: SurveyQuestionResultResolvers<ContextType>;
  SurveyResults?: SurveyResultsResolvers<ContextType>;
  SurveyScaleResult?: SurveyScaleResultResolvers<ContextType>;
  SurveySubmission?: SurveySubmissionResolvers<ContextType>;
  SurveyTemplate?: SurveyTemplateResolvers<ContextType>;
  SurveyTemplateQuestion?: SurveyTemplateQuestionResolvers<ContextType>;
  Theme?: ThemeResolvers<ContextType>;
  TrainingCourse?: TrainingCourseResolvers<ContextType>;
  TrainingCourseConnection?: TrainingCourseConnectionResolvers<ContextType>;
  TrainingCourseEdge?: TrainingCourseEdgeResolvers<ContextType>;
  TrainingHistoryEntry?: TrainingHistoryEntryResolvers<ContextType>;
  UpdateTrainingCourseResult?: UpdateTrainingCourseResultResolvers<ContextType>;
  Upload?: GraphQLScalarType;
  Venue?: VenueResolvers<ContextType>;
  VolunteerPeer?: VolunteerPeerResolvers<ContextType>;
  VolunteerPeerConnection?: VolunteerPeerConnectionResolvers<ContextType>;
  VolunteerPeerConsent?: VolunteerPeerConsentResolvers<ContextType>;
  VolunteerPeerEdge?: VolunteerPeerEdgeResolvers<ContextType>;
};

