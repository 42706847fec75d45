// The public API of @selvhjelp/db: the only package that talks to the database.
export type { Database, DatabaseLogEvent, OpenDatabaseOptions, TransactionOptions } from './database.js';
export type { PoolStats } from './backends.js';
export { countQueries, openDatabase } from './database.js';
export type { PrepareDatabaseOptions, PrepareDatabaseResult } from './prepare.js';
export { prepareDatabase } from './prepare.js';
export { checkPgliteLock, pgliteLockPath } from './lock.js';
export { defaultPgliteDataDir, resolvePgliteDataDir } from './paths.js';
export type { QueryEvent, QueryListener } from './query-observer.js';
export {
  DatabaseLockedError,
  DbError,
  DemoSeedRefusedError,
  InvalidCursorError,
  MigrationError,
  OutOfScopeError,
  StaleVersionError,
  UniqueViolationError,
} from './errors.js';
export { PASSWORD_HASH_OPTIONS, hashPassword, verifyPassword } from './passwords.js';
export type { SeedResult } from './seed/seed.js';
export { seedDemoData } from './seed/seed.js';
export type { MigrationTarget, CreateMigrationResult } from './migrations/engine.js';
export { applyMigrations, createMigration } from './migrations/engine.js';
export type { Repositories } from './repositories/index.js';
export {
  AccessLogRepository,
  ApiClientRepository,
  ApiUsageRepository,
  CalendarFeedTokenRepository,
  RetentionRepository,
  ReportJobRepository,
  InquiryRepository,
  ReferralResourceRepository,
  DistrictSettingRepository,
  FacilitatorRepository,
  OutreachRepository,
  PartnerRepository,
  GroupRepository,
  GroupFeedRepository,
  TrainingCourseRepository,
  LoginAttemptRepository,
  PasswordResetTokenRepository,
  SessionRepository,
  StaffUserRepository,
  VolunteerPeerRepository,
  SurveyRepository,
  OverviewRepository,
} from './repositories/index.js';
export type { GroupFeedEntryRecord, GroupFeedPage } from './repositories/group-feed/types.js';
export { GROUP_FEED_SUPERSEDED_DAYS, MAX_GROUP_FEED_PAGE_SIZE } from './repositories/group-feed/types.js';
export type {
  LoginAttemptRecord,
  LoginOutcome,
  PasswordResetTokenRecord,
  PasswordTokenPurpose,
  SessionRecord,
  StaffUserRecord,
  CreateStaffUserData,
  StaffUserFilter,
  StaffUserListOptions,
  StaffUserPage,
  CreateSessionData,
  FailureStreak,
  RecordLoginAttemptData,
  IssuePasswordTokenData,
  CalendarFeedTokenRecord,
  IssueCalendarFeedTokenData,
} from './repositories/staff/types.js';
export { LOGIN_OUTCOMES, PASSWORD_TOKEN_PURPOSES, MAX_PAGE_SIZE } from './repositories/staff/types.js';
export type {
  GroupChangeKind,
  GroupChangeRecord,
  GroupFollowUpRecord,
  GroupRecord,
  GroupSummaryRecord,
  GroupProjection,
  GroupProjections,
  GroupStatusChangeRecord,
  VenueRecord,
  GroupListFilter,
  GroupListOrder,
  GroupOrderField,
  PublicGroupFilter,
  SortDirection,
  GroupListOptions,
  GroupPage,
  GroupStatusCount,
  PublicGroupListOptions,
  GroupFollowUpInput,
  GroupStatusChangeInput,
  GroupUpdate,
  NewGroup,
} from './repositories/groups/types.js';
export {
  GROUP_CHANGE_KINDS,
  GROUP_ORDER_FIELDS,
  FOLLOW_UPS_DUE_LIMIT,
  MAX_GROUP_PAGE_SIZE,
  PUBLIC_FEED_LIMIT,
} from './repositories/groups/types.js';
export type { DistrictSettingRecord } from './repositories/districts/types.js';
export type {
  FacilitatorAssignmentRecord,
  FacilitatorRecord,
  TrainingHistoryRecord,
  FacilitatorListFilter,
  FacilitatorListOptions,
  FacilitatorPage,
  FacilitatorUpdate,
  NewFacilitator,
  ReadOptions as FacilitatorReadOptions,
  AssignFacilitatorInput,
  ActivityCounts,
  NeedsAttention,
  StartingGroupRecord,
} from './repositories/facilitators/types.js';
export { MAX_FACILITATOR_PAGE_SIZE, NEEDS_ATTENTION_LIMIT } from './repositories/facilitators/types.js';
export type {
  CourseSessionRecord,
  EnrolmentRecord,
  SessionAttendanceRecord,
  TrainingCourseRecord,
  TrainingCourseListFilter,
  CourseStatusChangeOutcome,
  NewTrainingCourse,
  TrainingCourseListOptions,
  TrainingCoursePage,
  CancellationResult,
  EnrolmentResult,
  TrainingCourseUpdate,
  AttendanceEntry,
  CourseStatusChangeInput,
  AttendanceExceptionRecord,
  AttendanceExceptionWrite,
  ParticipantFacts,
} from './repositories/training/types.js';
export { MAX_COURSE_PAGE_SIZE } from './repositories/training/types.js';
export type {
  AgreementAttachmentRecord,
  AgreementRecord,
  ContactAffiliationRecord,
  ContactPersonRecord,
  PartnerRecord,
  AgreementUpdate,
  AttachmentContent,
  AttachmentWrite,
  ContactMove,
  ContactUpdate,
  NewAgreement,
  NewContact,
  NewPartner,
  PartnerListFilter,
  PartnerListOptions,
  PartnerPage,
  PartnerUpdate,
  VenueListFilter,
} from './repositories/partners/types.js';
export type {
  ActivityOutcomeRecord,
  ActivityTotalRow,
  ActivityTotalsRecord,
  NetworkMapRecord,
  NetworkMunicipalityRecord,
  OutreachActivityRecord,
  PartnerTypeCountRecord,
  ActivityListFilter,
  ActivityListOptions,
  ActivityPage,
  ActivityUpdate,
  NewActivity,
  NewOutcome,
} from './repositories/outreach/types.js';
export { MAX_PARTNER_PAGE_SIZE, MAX_VENUE_LIST } from './repositories/partners/types.js';
export { ACTIVITY_EXPORT_LIMIT, MAX_ACTIVITY_PAGE_SIZE } from './repositories/outreach/types.js';
export type {
  AccessLogEntryRecord,
  AccessLogPage,
  AccessLogPageOptions,
  AccessLogRange,
  NewAccessLogEntry,
} from './repositories/access-log/types.js';
export { MAX_ACCESS_LOG_PAGE_SIZE } from './repositories/access-log/types.js';
export type {
  CaseInquiryExport,
  CaseNoteGrantRecord,
  CaseNoteRecord,
  CaseOpeningFacts,
  CaseReferralRecord,
  CaseStatusChangeRecord,
  CaseStatusWrite,
  CaseUpdate,
  CaseWriteFacts,
  FollowUpCaseListFilter,
  FollowUpCaseListOptions,
  FollowUpCasePage,
  FollowUpCaseRecord,
  NewCaseNote,
  NewCaseNoteGrant,
  NewCaseReferral,
  NewFollowUpCase,
} from './repositories/follow-up-cases/types.js';
export { MAX_CASE_DUE_LIST, MAX_CASE_PAGE_SIZE } from './repositories/follow-up-cases/types.js';
export type {
  RetentionCounts,
  RetentionDeletions,
  RetentionRunOptions,
  RetentionRunRecord,
  RetentionRunResult,
  RetentionSettingsRecord,
  RetentionTrigger,
} from './repositories/retention/types.js';
export { MAX_RETENTION_RUN_PAGE_SIZE } from './repositories/retention/types.js';
export type {
  ClaimedReportJob,
  NewReportJob,
  ReportClaimOptions,
  ReportFileContent,
  ReportFileFormat,
  ReportFileInfo,
  ReportJobRecord,
  ReportJobStatus,
  ReportStep,
  ReportStepFiles,
  ReportStepResult,
} from './repositories/report-jobs/types.js';
export { MAX_REPORT_JOB_PAGE_SIZE } from './repositories/report-jobs/types.js';
export { REPORT_STEPS } from './repositories/report-jobs/repository.js';
export type {
  ConsentWithdrawal,
  InquiryConsentRecord,
  InquiryListFilter,
  InquiryListOptions,
  InquiryPage,
  InquiryRecord,
  InquiryServiceReferral,
  InquiryUpdate,
  InterestCandidates,
  InterestContactRecord,
  InterestDemandFilter,
  InterestDemandRecord,
  InterestListEntryClosing,
  InterestListEntryRecord,
  NewInquiry,
  NewInterestListEntry,
  PlannedActivityResult,
} from './repositories/inquiries/types.js';
export { MAX_INQUIRY_PAGE_SIZE } from './repositories/inquiries/types.js';
export { inquiryDataOf } from './repositories/inquiries/records.js';
export type {
  NewReferralResource,
  ReferralResourceListFilter,
  ReferralResourceListOptions,
  ReferralResourcePage,
  ReferralResourceRecord,
  ReferralResourceUpdate,
} from './repositories/referral-resources/types.js';
export { MAX_REFERRAL_RESOURCE_PAGE_SIZE } from './repositories/referral-resources/types.js';
export type {
  CaseMatchNeedsRecord,
  ConfirmedPeerMatch,
  NewPeerCheckIn,
  NewVolunteerPeer,
  PeerCheckInRecord,
  PeerMatchFacts,
  VolunteerPeerListFilter,
  VolunteerPeerListOptions,
  VolunteerPeerPage,
  VolunteerPeerRecord,
  VolunteerPeerUpdate,
} from './repositories/volunteer-peers/types.js';
export { MAX_VOLUNTEER_PEER_PAGE_SIZE, PEER_WORKLIST_LIMIT } from './repositories/volunteer-peers/types.js';
export type {
  NewSurvey,
  SurveyComparisonFilter,
  SurveyComparisonRow,
  SurveyEditFacts,
  SurveyOwner,
  SurveyQuestionRecord,
  SurveyQuestionTally,
  SurveyRecord,
  SurveyResultRows,
  SurveySubmission,
  SurveyUpdate,
  SurveyValueCount,
} from './repositories/surveys/types.js';
export { MAX_FREE_TEXT_ANSWERS, MAX_SURVEY_LIST } from './repositories/surveys/types.js';
export { newSurveyToken } from './repositories/surveys/queries.js';
export type {
  OverviewCount,
  OverviewCoverageRecord,
  OverviewDistricts,
  OverviewPeriod,
} from './repositories/overview/types.js';
export type { OverviewFigure } from './repositories/overview/repository.js';
export { OVERVIEW_FIGURES } from './repositories/overview/repository.js';
export type { AgendaDays, AgendaIdList, AgendaRegistryLists, AgendaSessionRef } from './repositories/agenda/types.js';
export { AGENDA_MAX_FIRST } from './repositories/agenda/repository.js';
export type {
  ApiClientRecord,
  ApiClientSecretRecord,
  ApiClientRotation,
  ApiKeyMatch,
  NewApiClient,
  NewApiSecret,
} from './repositories/api-clients/types.js';
export type {
  ApiUsageCounts,
  ApiUsageOutcome,
  ApiUsageSummary,
  BudgetCharge,
  BudgetSettings,
  NewApiUsageEntry,
} from './repositories/api-usage/types.js';
export {
  API_USAGE_OUTCOMES,
  API_USAGE_RETENTION_MONTHS,
  MAX_USAGE_DAYS,
  MAX_USAGE_OPERATIONS,
} from './repositories/api-usage/types.js';
export type {
  CreatedServiceReferral,
  NewServiceReferral,
  ServiceReferralDetails,
  ServiceReferralRecord,
} from './repositories/service-referrals/types.js';
