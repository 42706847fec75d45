import type { DbClient } from './client.js';
import { CalendarFeedTokenRepository } from './calendar-feed-tokens.js';
import { DistrictSettingRepository } from './district-settings.js';
import { FacilitatorRepository } from './facilitators.js';
import { OutreachRepository } from './outreach.js';
import { PartnerRepository } from './partners.js';
import { GroupRepository } from './groups.js';
import { TrainingCourseRepository } from './training-courses.js';
import { LoginAttemptRepository } from './login-attempts.js';
import { PasswordResetTokenRepository } from './password-reset-tokens.js';
import { SessionRepository } from './sessions.js';
import { StaffUserRepository } from './staff-users.js';

export interface Repositories {
  staffUsers: StaffUserRepository;
  sessions: SessionRepository;
  loginAttempts: LoginAttemptRepository;
  passwordResetTokens: PasswordResetTokenRepository;
  groups: GroupRepository;
  facilitators: FacilitatorRepository;
  trainingCourses: TrainingCourseRepository;
  districtSettings: DistrictSettingRepository;
  partners: PartnerRepository;
  outreach: OutreachRepository;
  calendarFeedTokens: CalendarFeedTokenRepository;
}

/** `inTransaction`: `client` is an interactive transaction's client (db.transaction). */
export function createRepositories(client: DbClient, inTransaction = false): Repositories {
  return {
    staffUsers: new StaffUserRepository(client, inTransaction),
    sessions: new SessionRepository(client),
    loginAttempts: new LoginAttemptRepository(client),
    passwordResetTokens: new PasswordResetTokenRepository(client, inTransaction),
    groups: new GroupRepository(client, inTransaction),
    facilitators: new FacilitatorRepository(client, inTransaction),
    trainingCourses: new TrainingCourseRepository(client, inTransaction),
    districtSettings: new DistrictSettingRepository(client),
    partners: new PartnerRepository(client, inTransaction),
    outreach: new OutreachRepository(client, inTransaction),
    calendarFeedTokens: new CalendarFeedTokenRepository(client, inTransaction),
  };
}

export {
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
};
