import { defineMessages } from '../messages/define.js';

/**
 * Why the partner network or outreach log refused a write. The reasons are the codes the API has
 * always sent; the domain's rules (outreach/rules.ts, partners/rules.ts) return them, asked by the
 * gateway's services inside the write's transaction.
 */
export const NETWORK_RULE_TEXTS = defineMessages({
  DUPLICATE_ORGANISATION_NUMBER: {
    nb: 'Distriktet har allerede en samarbeidspartner med dette organisasjonsnummeret.',
    en: 'The district already has a partner with this organisation number.',
  },
  PARTNER_NOT_IN_DISTRICT: {
    nb: 'Samarbeidspartneren finnes ikke i distriktet.',
    en: 'The partner does not exist in the district.',
  },
  STAFF_NOT_IN_DISTRICT: {
    nb: 'Bare aktive ansatte i distriktet kan føres opp på aktiviteten.',
    en: 'Only active staff of the district can be listed on the activity.',
  },
  MOVE_BEFORE_SINCE: {
    nb: 'Datoen kan ikke være før personen begynte der hen er nå.',
    en: 'The date cannot be before the person started where they are now.',
  },
  MOVE_TO_SAME_PARTNER: {
    nb: 'Personen er allerede knyttet til denne samarbeidspartneren.',
    en: 'The person is already linked to this partner.',
  },
  ACTIVITY_NOT_COMPLETED: {
    nb: 'Resultater kan bare knyttes til en gjennomført aktivitet.',
    en: 'Outcomes can only be linked to a completed activity.',
  },
  OUTCOME_TARGET_NOT_FOUND: {
    nb: 'Finner ikke det resultatet skal vise til i distriktet.',
    en: 'What the outcome refers to cannot be found in the district.',
  },
  OUTCOME_ALREADY_LINKED: {
    nb: 'Dette er allerede knyttet til aktiviteten.',
    en: 'This is already linked to the activity.',
  },
  VENUE_NOT_IN_DISTRICT: {
    nb: 'Møtestedet finnes ikke i distriktet.',
    en: 'The venue does not exist in the district.',
  },
});
