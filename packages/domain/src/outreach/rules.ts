/**
 * Why the partner network or outreach log refused a write. The codes are stable for the API; the
 * messages are bokmål for staff. The repositories throw them (NetworkRuleError) after checking
 * inside the write's transaction.
 */
export const NETWORK_RULE_MESSAGES = {
  DUPLICATE_ORGANISATION_NUMBER: 'Distriktet har allerede en samarbeidspartner med dette organisasjonsnummeret.',
  PARTNER_NOT_IN_DISTRICT: 'Samarbeidspartneren finnes ikke i distriktet.',
  STAFF_NOT_IN_DISTRICT: 'Bare aktive ansatte i distriktet kan føres opp på aktiviteten.',
  MOVE_BEFORE_SINCE: 'Datoen kan ikke være før personen begynte der hen er nå.',
  MOVE_TO_SAME_PARTNER: 'Personen er allerede knyttet til denne samarbeidspartneren.',
  ACTIVITY_NOT_COMPLETED: 'Resultater kan bare knyttes til en gjennomført aktivitet.',
  OUTCOME_TARGET_NOT_FOUND: 'Finner ikke det resultatet skal vise til i distriktet.',
  OUTCOME_ALREADY_LINKED: 'Dette er allerede knyttet til aktiviteten.',
  VENUE_NOT_IN_DISTRICT: 'Møtestedet finnes ikke i distriktet.',
} as const;

export type NetworkRuleCode = keyof typeof NETWORK_RULE_MESSAGES;
