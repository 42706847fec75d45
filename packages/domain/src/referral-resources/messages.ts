import { defineMessages } from '../messages/define.js';

/** Why a resource of the referral directory was refused. */
export const REFERRAL_RESOURCE_MESSAGES = defineMessages({
  REFERRAL_RESOURCE_INCOMPLETE: {
    nb: 'Hjelpetilbudet mangler opplysninger.',
    en: 'The resource is missing information.',
  },
  REFERRAL_RESOURCE_NOT_FOUND: { nb: 'Hjelpetilbudet finnes ikke.', en: 'The resource does not exist.' },
  REFERRAL_RESOURCE_STALE: {
    nb: 'Hjelpetilbudet er endret av noen andre siden du åpnet det. Se endringene og prøv igjen.',
    en: 'Someone else has changed the resource since you opened it. Look at the changes and try again.',
  },
  REFERRAL_RESOURCE_TYPE_REQUIRED: { nb: 'Velg type hjelpetilbud.', en: 'Choose the type of resource.' },
  REFERRAL_OFFERS_REQUIRED: { nb: 'Beskriv hva tilbudet gir.', en: 'Describe what the resource offers.' },
  REFERRAL_AREA_REQUIRED: { nb: 'Velg hvor tilbudet gjelder.', en: 'Choose the area the resource covers.' },
  REFERRAL_HOW_REQUIRED: { nb: 'Beskriv hvordan man henviser.', en: 'Describe how to refer.' },
  REFERRAL_MUNICIPALITIES_REQUIRED: { nb: 'Velg minst én kommune.', en: 'Choose at least one municipality.' },
  REFERRAL_MUNICIPALITIES_ONLY_LOCAL: {
    nb: 'Kommuner velges bare når tilbudet gjelder enkelte kommuner.',
    en: 'Municipalities are only chosen when the resource covers some municipalities.',
  },
});
