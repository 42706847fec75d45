import {
  ACCESS_LOG_ACTIONS,
  ACCESS_LOG_RECORD_TYPES,
  ACCESS_OUTCOMES,
  ACCESS_PURPOSES,
  ACTIVITY_STATUSES,
  ACTIVITY_TYPES,
  AUDIENCE_TYPES,
  COURSE_STATUSES,
  COURSE_TYPES,
  ENROLMENT_STATUSES,
  FACILITATOR_AVAILABILITIES,
  GROUP_FORMATS,
  GROUP_STATUSES,
  OUTCOME_KINDS,
  PARTNER_STATUSES,
  PARTNER_TYPES,
  ROLES,
  SCHEDULE_KINDS,
  TARGET_GROUPS,
  WEEKDAYS,
} from '@selvhjelp/domain';
import { describe, expect, it } from 'vitest';
import * as enums from './generated/prisma/enums.js';

// PostgreSQL sorts enum values by declaration, and the domain's lists are the order lists and
// totals are shown in; the schema must declare the same values in the same order.
const MIRRORED: [keyof typeof enums, readonly string[]][] = [
  ['GroupStatus', GROUP_STATUSES],
  ['TargetGroup', TARGET_GROUPS],
  ['GroupFormat', GROUP_FORMATS],
  ['Weekday', WEEKDAYS],
  ['ScheduleKind', SCHEDULE_KINDS],
  ['FacilitatorAvailability', FACILITATOR_AVAILABILITIES],
  ['CourseType', COURSE_TYPES],
  ['CourseStatus', COURSE_STATUSES],
  ['EnrolmentStatus', ENROLMENT_STATUSES],
  ['PartnerType', PARTNER_TYPES],
  ['PartnerStatus', PARTNER_STATUSES],
  ['ActivityType', ACTIVITY_TYPES],
  ['ActivityStatus', ACTIVITY_STATUSES],
  ['AudienceType', AUDIENCE_TYPES],
  ['OutcomeKind', OUTCOME_KINDS],
  ['AccessLogRecordType', ACCESS_LOG_RECORD_TYPES],
  ['AccessLogAction', ACCESS_LOG_ACTIONS],
  ['AccessOutcome', ACCESS_OUTCOMES],
  ['AccessPurpose', ACCESS_PURPOSES],
  ['AccessActorRole', [...ROLES, 'SYSTEM']],
];

describe('database enums', () => {
  it.each(MIRRORED)('%s mirrors the domain in the same order', (name, domainValues) => {
    expect(Object.values(enums[name] as Record<string, string>)).toEqual([...domainValues]);
  });
});
