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
  NetworkRuleError,
  OutOfScopeError,
  StaleVersionError,
  TrainingRuleError,
  UniqueViolationError,
} from './errors.js';
export { PASSWORD_HASH_OPTIONS, hashPassword, verifyPassword } from './passwords.js';
export type { DemoAccount } from './seed/demo-accounts.js';
export { DEMO_ACCOUNTS, DEMO_PASSWORD } from './seed/demo-accounts.js';
export type { SeedResult } from './seed/seed.js';
export { seedDemoData } from './seed/seed.js';
export type { MigrationTarget, CreateMigrationResult } from './migrations/engine.js';
export { applyMigrations, createMigration } from './migrations/engine.js';
export type { Repositories } from './repositories/index.js';
export {
  CalendarFeedTokenRepository,
  DistrictSettingRepository,
  FacilitatorRepository,
  OutreachRepository,
  PartnerRepository,
  GroupRepository,
  TrainingCourseRepository,
  LoginAttemptRepository,
  PasswordResetTokenRepository,
  SessionRepository,
  StaffUserRepository,
} from './repositories/index.js';
export type {
  LoginAttemptRecord,
  LoginOutcome,
  PasswordResetTokenRecord,
  PasswordTokenPurpose,
  SessionRecord,
  StaffUserRecord,
} from './repositories/staff/records.js';
export { LOGIN_OUTCOMES, PASSWORD_TOKEN_PURPOSES } from './repositories/staff/records.js';
export type {
  CreateStaffUserData,
  StaffUserFilter,
  StaffUserListOptions,
  StaffUserPage,
} from './repositories/staff/users.js';
export { MAX_PAGE_SIZE } from './repositories/staff/users.js';
export type { CreateSessionData } from './repositories/staff/sessions.js';
export type { FailureStreak, RecordLoginAttemptData } from './repositories/staff/login-attempts.js';
export type { IssuePasswordTokenData } from './repositories/staff/password-reset-tokens.js';
export type {
  GroupChangeKind,
  GroupChangeRecord,
  GroupFollowUpRecord,
  GroupRecord,
  GroupStatusChangeRecord,
  VenueRecord,
} from './repositories/groups/records.js';
export { GROUP_CHANGE_KINDS } from './repositories/groups/records.js';
export type {
  GroupListFilter,
  GroupListOrder,
  GroupOrderField,
  PublicGroupFilter,
  SortDirection,
} from './repositories/groups/queries.js';
export { GROUP_ORDER_FIELDS } from './repositories/groups/queries.js';
export type {
  GroupListOptions,
  GroupPage,
  GroupStatusCount,
  PublicGroupListOptions,
} from './repositories/groups/repository.js';
export { FOLLOW_UPS_DUE_LIMIT, MAX_GROUP_PAGE_SIZE, PUBLIC_FEED_LIMIT } from './repositories/groups/repository.js';
export type { GroupFollowUpInput, GroupStatusChangeInput, GroupUpdate, NewGroup } from './repositories/groups/writes.js';
export type { DistrictSettingRecord } from './repositories/districts/settings.js';
export type {
  FacilitatorAssignmentRecord,
  FacilitatorRecord,
  TrainingHistoryRecord,
} from './repositories/facilitators/records.js';
export type { FacilitatorListFilter } from './repositories/facilitators/queries.js';
export type {
  FacilitatorListOptions,
  FacilitatorPage,
  FacilitatorUpdate,
  NewFacilitator,
  ReadOptions as FacilitatorReadOptions,
} from './repositories/facilitators/repository.js';
export { MAX_FACILITATOR_PAGE_SIZE } from './repositories/facilitators/repository.js';
export type { AssignFacilitatorInput } from './repositories/facilitators/assignments.js';
export type { ActivityCounts } from './repositories/facilitators/history.js';
export type { NeedsAttention, StartingGroupRecord } from './repositories/facilitators/attention.js';
export { NEEDS_ATTENTION_LIMIT } from './repositories/facilitators/attention.js';
export type {
  CourseSessionRecord,
  EnrolmentRecord,
  SessionAttendanceRecord,
  TrainingCourseRecord,
} from './repositories/training/records.js';
export type { TrainingCourseListFilter } from './repositories/training/queries.js';
export type {
  CourseStatusChangeOutcome,
  NewTrainingCourse,
  TrainingCourseListOptions,
  TrainingCoursePage,
} from './repositories/training/repository.js';
export { MAX_COURSE_PAGE_SIZE } from './repositories/training/repository.js';
export type { CancellationResult, EnrolmentResult } from './repositories/training/enrolments.js';
export type { TrainingCourseUpdate } from './repositories/training/course-update.js';
export type { AttendanceEntry, CourseStatusChangeInput } from './repositories/training/completion.js';
export type {
  ActivityOutcomeRecord,
  ActivityTotalRow,
  ActivityTotalsRecord,
  AgreementAttachmentRecord,
  AgreementRecord,
  ContactAffiliationRecord,
  ContactPersonRecord,
  NetworkMapRecord,
  NetworkMunicipalityRecord,
  OutreachActivityRecord,
  PartnerRecord,
  PartnerTypeCountRecord,
} from './repositories/partners/types.js';
export type {
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
} from './repositories/partners/repository.js';
export { MAX_PARTNER_PAGE_SIZE, MAX_VENUE_LIST } from './repositories/partners/repository.js';
export type {
  ActivityListFilter,
  ActivityListOptions,
  ActivityPage,
  ActivityUpdate,
  NewActivity,
  NewOutcome,
} from './repositories/outreach/repository.js';
export { ACTIVITY_EXPORT_LIMIT, MAX_ACTIVITY_PAGE_SIZE } from './repositories/outreach/repository.js';
export type { CalendarFeedTokenRecord, IssueCalendarFeedTokenData } from './repositories/staff/calendar-feed-tokens.js';
