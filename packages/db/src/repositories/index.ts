import type { DbClient } from '../sql/client.js';
import type { SqlExecutor } from '../sql/executor.js';
import { prismaExecutor } from '../sql/executor.js';
import { AccessLogRepository } from './access-log/repository.js';
import { AgendaRepository } from './agenda/repository.js';
import { ApiClientRepository } from './api-clients/repository.js';
import { ApiUsageRepository } from './api-usage/repository.js';
import { VolunteerPeerRepository } from './volunteer-peers/repository.js';
import { CalendarFeedTokenRepository } from './staff/calendar-feed-tokens.js';
import { DistrictSettingRepository } from './districts/settings.js';
import { FacilitatorRepository } from './facilitators/repository.js';
import { FollowUpCaseRepository } from './follow-up-cases/repository.js';
import { InquiryRepository } from './inquiries/repository.js';
import { OutreachRepository } from './outreach/repository.js';
import { OverviewRepository } from './overview/repository.js';
import { PartnerRepository } from './partners/repository.js';
import { RetentionRepository } from './retention/repository.js';
import { ReportJobRepository } from './report-jobs/repository.js';
import { ReferralResourceRepository } from './referral-resources/repository.js';
import { GroupRepository } from './groups/repository.js';
import { GroupFeedRepository } from './group-feed/repository.js';
import { TrainingCourseRepository } from './training/repository.js';
import { LoginAttemptRepository } from './staff/login-attempts.js';
import { PasswordResetTokenRepository } from './staff/password-reset-tokens.js';
import { SessionRepository } from './staff/sessions.js';
import { StaffUserRepository } from './staff/users.js';
import { ServiceReferralRepository } from './service-referrals/repository.js';
import { SurveyRepository } from './surveys/repository.js';

export interface Repositories {
  staffUsers: StaffUserRepository;
  sessions: SessionRepository;
  loginAttempts: LoginAttemptRepository;
  passwordResetTokens: PasswordResetTokenRepository;
  groups: GroupRepository;
  groupFeed: GroupFeedRepository;
  facilitators: FacilitatorRepository;
  trainingCourses: TrainingCourseRepository;
  districtSettings: DistrictSettingRepository;
  partners: PartnerRepository;
  outreach: OutreachRepository;
  calendarFeedTokens: CalendarFeedTokenRepository;
  accessLog: AccessLogRepository;
  followUpCases: FollowUpCaseRepository;
  retention: RetentionRepository;
  reportJobs: ReportJobRepository;
  inquiries: InquiryRepository;
  referralResources: ReferralResourceRepository;
  volunteerPeers: VolunteerPeerRepository;
  surveys: SurveyRepository;
  overview: OverviewRepository;
  agenda: AgendaRepository;
  apiClients: ApiClientRepository;
  apiUsage: ApiUsageRepository;
  serviceReferrals: ServiceReferralRepository;
}

/**
 * `inTransaction`: `client` is an interactive transaction's client (db.transaction). `sql`: where
 * the hottest raw reads go (sql/executor.ts); `$queryRaw` on `client` unless the database hands
 * the root repositories its driver.
 */
export function createRepositories(
  client: DbClient,
  inTransaction = false,
  sql: SqlExecutor = prismaExecutor(client),
): Repositories {
  return {
    staffUsers: new StaffUserRepository(client, inTransaction),
    sessions: new SessionRepository(client),
    loginAttempts: new LoginAttemptRepository(client),
    passwordResetTokens: new PasswordResetTokenRepository(client, inTransaction),
    groups: new GroupRepository(client, inTransaction, sql),
    // One raw statement per page, on the driver outside a transaction like the group lists.
    groupFeed: new GroupFeedRepository(sql),
    facilitators: new FacilitatorRepository(client, inTransaction),
    trainingCourses: new TrainingCourseRepository(client, inTransaction),
    districtSettings: new DistrictSettingRepository(client),
    partners: new PartnerRepository(client, inTransaction),
    outreach: new OutreachRepository(client, inTransaction),
    calendarFeedTokens: new CalendarFeedTokenRepository(client, inTransaction),
    accessLog: new AccessLogRepository(client, inTransaction),
    followUpCases: new FollowUpCaseRepository(client, inTransaction),
    retention: new RetentionRepository(client, inTransaction),
    reportJobs: new ReportJobRepository(client, inTransaction),
    inquiries: new InquiryRepository(client, inTransaction),
    referralResources: new ReferralResourceRepository(client, inTransaction),
    volunteerPeers: new VolunteerPeerRepository(client, inTransaction),
    surveys: new SurveyRepository(client, inTransaction),
    // Aggregates only; on the driver outside a transaction, like the group lists (decision 0015).
    overview: new OverviewRepository(sql),
    agenda: new AgendaRepository(sql),
    apiClients: new ApiClientRepository(client, inTransaction),
    // Budgets are charged on every API client's request: straight on the driver (decision 0034).
    apiUsage: new ApiUsageRepository(client, sql),
    serviceReferrals: new ServiceReferralRepository(client, inTransaction),
  };
}

export {
  ApiClientRepository,
  ApiUsageRepository,
  GroupFeedRepository,
  StaffUserRepository,
  SessionRepository,
  LoginAttemptRepository,
  PasswordResetTokenRepository,
  GroupRepository,
  FacilitatorRepository,
  TrainingCourseRepository,
  DistrictSettingRepository,
  PartnerRepository,
  OutreachRepository,
  CalendarFeedTokenRepository,
  AccessLogRepository,
  FollowUpCaseRepository,
  RetentionRepository,
  ReportJobRepository,
  InquiryRepository,
  ReferralResourceRepository,
  VolunteerPeerRepository,
  SurveyRepository,
  OverviewRepository,
  AgendaRepository,
};
