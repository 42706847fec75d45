import { ACTIVITY_TYPE_LABELS, PARTNER_STATUS_LABELS, PARTNER_TYPE_LABELS } from '@selvhjelp/domain';
import type { Labels } from '@selvhjelp/domain';
import type { ActivityType, PartnerStatus, PartnerType } from '../../generated/graphql';
import type { Lang } from '../../shared/i18n/i18n';

// Partner codes as people read them, from @selvhjelp/domain's label tables.

function labelOf(table: Readonly<Record<string, Labels>>, code: string, lang: Lang): string {
  return Object.hasOwn(table, code) ? (table[code]?.[lang] ?? code) : code;
}

export const partnerTypeLabel = (lang: Lang, code: PartnerType) => labelOf(PARTNER_TYPE_LABELS, code, lang);
export const partnerStatusLabel = (lang: Lang, code: PartnerStatus) => labelOf(PARTNER_STATUS_LABELS, code, lang);
export const activityTypeLabel = (lang: Lang, code: ActivityType) => labelOf(ACTIVITY_TYPE_LABELS, code, lang);

/** "1,2 MB", "340 kB": a document's size for people. */
export function formatByteSize(lang: Lang, bytes: number): string {
  const locale = lang === 'nb' ? 'nb-NO' : 'en-GB';
  if (bytes >= 1024 * 1024) return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(bytes / 1024)} kB`;
  return `${bytes} B`;
}
