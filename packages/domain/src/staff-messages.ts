import { defineMessages } from './messages/define.js';

/** Why a staff user was refused. */
export const STAFF_MESSAGES = defineMessages({
  STAFF_NAME_TOO_LONG: { nb: 'Navnet er for langt.', en: 'The name is too long.' },
  DISTRICT_ROLE_NEEDS_DISTRICT: {
    nb: 'Distriktsroller må ha et distrikt.',
    en: 'District roles must have a district.',
  },
  NATIONAL_ROLE_HAS_NO_DISTRICT: { nb: 'Nasjonale roller har ikke distrikt.', en: 'National roles have no district.' },
});
