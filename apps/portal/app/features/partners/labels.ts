import { numberFormat, PARTNER_STATUS_LABELS } from '@selvhjelp/domain';
import type { PartnerStatus } from '../../generated/graphql';
import { labelOf } from '../../shared/labels/labels';
import type { Lang } from '../../shared/i18n/i18n';
import { LOCALES } from '../../shared/i18n/i18n';

// Partner codes as people read them, from @selvhjelp/domain's label tables.

export const partnerStatusLabel = (lang: Lang, code: PartnerStatus) => labelOf(PARTNER_STATUS_LABELS, code, lang);

/** "1,2 MB", "340 kB": a document's size for people. */
export function formatByteSize(lang: Lang, bytes: number): string {
  const locale = LOCALES[lang];
  if (bytes >= 1024 * 1024)
    return `${numberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${numberFormat(locale, { maximumFractionDigits: 0 }).format(bytes / 1024)} kB`;
  return `${bytes} B`;
}

export { activityTypeLabel, partnerTypeLabel } from '../../shared/labels/labels';
