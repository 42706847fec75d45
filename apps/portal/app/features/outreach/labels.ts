import {
  ACTIVITY_STATUS_LABELS,
  ACTIVITY_TYPE_LABELS,
  AUDIENCE_TYPE_LABELS,
  OUTCOME_KIND_LABELS,
  PARTNER_TYPE_LABELS,
} from '@selvhjelp/domain';
import type { Labels } from '@selvhjelp/domain';
import type { ActivityStatus, ActivityType, AudienceType, OutcomeKind, PartnerType } from '../../generated/graphql';
import type { Lang } from '../../shared/i18n/i18n';

// Outreach codes as people read them, from @selvhjelp/domain's label tables.

function labelOf(table: Readonly<Record<string, Labels>>, code: string, lang: Lang): string {
  return Object.hasOwn(table, code) ? (table[code]?.[lang] ?? code) : code;
}

export const activityTypeLabel = (lang: Lang, code: ActivityType) => labelOf(ACTIVITY_TYPE_LABELS, code, lang);
export const activityStatusLabel = (lang: Lang, code: ActivityStatus) => labelOf(ACTIVITY_STATUS_LABELS, code, lang);
export const audienceLabel = (lang: Lang, code: AudienceType) => labelOf(AUDIENCE_TYPE_LABELS, code, lang);
export const outcomeKindLabel = (lang: Lang, code: OutcomeKind) => labelOf(OUTCOME_KIND_LABELS, code, lang);
export const partnerTypeLabel = (lang: Lang, code: PartnerType) => labelOf(PARTNER_TYPE_LABELS, code, lang);
