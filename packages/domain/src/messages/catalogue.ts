import type { Locale, Refusal, RefusalParams } from './refusal.js';
import { API_CLIENT_MESSAGES } from '../api-clients/messages.js';
import { FACILITATOR_MESSAGES } from '../facilitators/messages.js';
import { TRAINING_RULE_TEXTS } from '../facilitators/rule-messages.js';
import { FOLLOW_UP_CASE_MESSAGES } from '../follow-up-cases/messages.js';
import { GROUP_CSV_MESSAGES } from '../groups/csv-messages.js';
import { GROUP_LIFECYCLE_MESSAGES } from '../groups/lifecycle-messages.js';
import { GROUP_MESSAGES } from '../groups/messages.js';
import { INQUIRY_MESSAGES } from '../inquiries/messages.js';
import { OUTREACH_MESSAGES } from '../outreach/messages.js';
import { OVERVIEW_MESSAGES } from '../overview/messages.js';
import { NETWORK_RULE_TEXTS } from '../outreach/rule-messages.js';
import { PARTNER_MESSAGES } from '../partners/messages.js';
import { PASSWORD_MESSAGES } from '../passwords/messages.js';
import { PRIVACY_MESSAGES } from '../privacy/messages.js';
import { REFERRAL_RESOURCE_MESSAGES } from '../referral-resources/messages.js';
import { REPORT_MESSAGES } from '../reports/messages.js';
import { STAFF_MESSAGES } from '../staff-messages.js';
import { SERVICE_REFERRAL_MESSAGES } from '../service-referrals/messages.js';
import { SURVEY_MESSAGES } from '../surveys/messages.js';
import { ENROLMENT_MESSAGES } from '../training/enrolment-messages.js';
import { COURSE_MESSAGES } from '../training/messages.js';
import { VOLUNTEER_PEER_MESSAGES } from '../volunteer-peers/messages.js';
import { COMMON_MESSAGES } from './common.js';
import type { MessageTable } from './define.js';
import { GATEWAY_MESSAGES } from './gateway.js';

// Each concept adds its table here; a reason is declared once across all of them (tested).
const TABLES: readonly MessageTable[] = [
  COMMON_MESSAGES,
  GATEWAY_MESSAGES,
  GROUP_MESSAGES,
  GROUP_LIFECYCLE_MESSAGES,
  GROUP_CSV_MESSAGES,
  FACILITATOR_MESSAGES,
  TRAINING_RULE_TEXTS,
  COURSE_MESSAGES,
  ENROLMENT_MESSAGES,
  PARTNER_MESSAGES,
  OUTREACH_MESSAGES,
  OVERVIEW_MESSAGES,
  NETWORK_RULE_TEXTS,
  STAFF_MESSAGES,
  PASSWORD_MESSAGES,
  PRIVACY_MESSAGES,
  INQUIRY_MESSAGES,
  REPORT_MESSAGES,
  VOLUNTEER_PEER_MESSAGES,
  FOLLOW_UP_CASE_MESSAGES,
  REFERRAL_RESOURCE_MESSAGES,
  SURVEY_MESSAGES,
  API_CLIENT_MESSAGES,
  SERVICE_REFERRAL_MESSAGES,
];

export const MESSAGE_CATALOGUE: MessageTable = Object.freeze(
  Object.fromEntries(TABLES.flatMap((table) => Object.entries(table))),
);

export function isKnownReason(reason: string): boolean {
  return Object.prototype.hasOwnProperty.call(MESSAGE_CATALOGUE, reason);
}

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * The reader's text for a reason. An unknown reason is returned as it is, so a text that has
 * not been turned into a reason yet still reads as before.
 */
export function renderMessage(reason: string, params: RefusalParams | undefined, locale: Locale): string {
  const entry = isKnownReason(reason) ? MESSAGE_CATALOGUE[reason] : undefined;
  if (!entry) return reason;
  const text = entry[locale];
  if (typeof text === 'function') return text(params ?? {});
  return text.replace(PLACEHOLDER, (whole, name: string) => (params && name in params ? String(params[name]) : whole));
}

export const renderRefusal = (value: Refusal, locale: Locale): string =>
  renderMessage(value.reason, value.params, locale);

/** Every reason declared in more than one table (must be none). */
export function duplicateReasons(tables: readonly MessageTable[] = TABLES): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const table of tables) for (const key of Object.keys(table)) (seen.has(key) ? twice : seen).add(key);
  return [...twice];
}
