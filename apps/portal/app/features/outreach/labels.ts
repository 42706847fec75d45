import { ACTIVITY_STATUS_LABELS, AUDIENCE_TYPE_LABELS, OUTCOME_KIND_LABELS } from '@selvhjelp/domain';
import type { ActivityStatus, AudienceType, OutcomeKind } from '../../generated/graphql';
import { labelOf } from '../../shared/labels/labels';
import type { Lang } from '../../shared/i18n/i18n';

// Outreach codes as people read them, from @selvhjelp/domain's label tables.

export const activityStatusLabel = (lang: Lang, code: ActivityStatus) => labelOf(ACTIVITY_STATUS_LABELS, code, lang);
export const audienceLabel = (lang: Lang, code: AudienceType) => labelOf(AUDIENCE_TYPE_LABELS, code, lang);
export const outcomeKindLabel = (lang: Lang, code: OutcomeKind) => labelOf(OUTCOME_KIND_LABELS, code, lang);

export { activityTypeLabel, partnerTypeLabel } from '../../shared/labels/labels';
