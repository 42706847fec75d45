import { ACTIVITY_TYPE_LABELS, PARTNER_TYPE_LABELS } from '@selvhjelp/domain';
import type { Labels } from '@selvhjelp/domain';
import type { ActivityType, PartnerType } from '../../generated/graphql';
import type { Lang } from '../i18n/i18n';

// Codes as people read them, from @selvhjelp/domain's label tables, so a code has the same
// name in the portal, the CSV and the gateway's messages.

/** A code's label; a code the table does not know (a newer gateway) is shown as it is. */
export function labelOf(table: Readonly<Record<string, Labels>>, code: string, lang: Lang): string {
  return Object.hasOwn(table, code) ? (table[code]?.[lang] ?? code) : code;
}

// Shown by both the partner and the outreach pages.
export const partnerTypeLabel = (lang: Lang, code: PartnerType) => labelOf(PARTNER_TYPE_LABELS, code, lang);
export const activityTypeLabel = (lang: Lang, code: ActivityType) => labelOf(ACTIVITY_TYPE_LABELS, code, lang);
