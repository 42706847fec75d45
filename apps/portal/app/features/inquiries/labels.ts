import {
  CONSENT_PURPOSE_LABELS,
  CONTACT_METHOD_LABELS,
  INQUIRER_TYPE_LABELS,
  INQUIRY_ACTION_LABELS,
  INQUIRY_CHANNEL_LABELS,
  PUBLIC_SERVICE_TYPE_LABELS,
  REFERRAL_AREA_KIND_LABELS,
  REFERRAL_RESOURCE_TYPE_LABELS,
} from '@selvhjelp/domain';
import type {
  ConsentPurpose,
  ContactMethod,
  InquirerType,
  InquiryAction,
  InquiryChannel,
  PublicServiceType,
} from '../../generated/graphql';
import type { ReferralAreaKind, ReferralResourceType } from '@selvhjelp/domain';
import { labelOf } from '../../shared/labels/labels';
import type { Lang } from '../../shared/i18n/i18n';

// Inquiry codes as people read them, from @selvhjelp/domain's label tables.

export const channelLabel = (lang: Lang, code: InquiryChannel) => labelOf(INQUIRY_CHANNEL_LABELS, code, lang);
export const inquirerLabel = (lang: Lang, code: InquirerType) => labelOf(INQUIRER_TYPE_LABELS, code, lang);
export const publicServiceLabel = (lang: Lang, code: PublicServiceType) =>
  labelOf(PUBLIC_SERVICE_TYPE_LABELS, code, lang);
export const inquiryActionLabel = (lang: Lang, code: InquiryAction) => labelOf(INQUIRY_ACTION_LABELS, code, lang);
export const contactMethodLabel = (lang: Lang, code: ContactMethod) => labelOf(CONTACT_METHOD_LABELS, code, lang);
export const consentPurposeLabel = (lang: Lang, code: ConsentPurpose) => labelOf(CONSENT_PURPOSE_LABELS, code, lang);
export const referralTypeLabel = (lang: Lang, code: ReferralResourceType) =>
  labelOf(REFERRAL_RESOURCE_TYPE_LABELS, code, lang);
export const referralAreaLabel = (lang: Lang, code: ReferralAreaKind) => labelOf(REFERRAL_AREA_KIND_LABELS, code, lang);
