import { findGroupLanguage } from '../groups/languages.js';
import { defineMessages } from '../messages/define.js';
import type { Locale, RefusalParams } from '../messages/refusal.js';
import { findTheme } from '../reference/themes.js';
import { MAX_PEER_CAPACITY, MIN_PEER_CAPACITY } from './types.js';

const themeNames = ({ themes }: RefusalParams, locale: Locale) =>
  String(themes ?? '')
    .split(',')
    .filter(Boolean)
    .map((id) => findTheme(id)?.labels[locale].toLocaleLowerCase(locale) ?? id)
    .join(', ');

const languageName = ({ language }: RefusalParams, locale: Locale) =>
  findGroupLanguage(String(language))?.labels[locale] ?? String(language);

/** Why a volunteer peer, a match or a check-in was refused, and why matching suggests a peer. */
export const VOLUNTEER_PEER_MESSAGES = defineMessages({
  PEER_INCOMPLETE: { nb: 'Likepersonen mangler opplysninger.', en: 'The volunteer peer is missing information.' },
  PEER_EXPERIENCE_TOO_LONG: {
    nb: 'Erfaringen kan beskrives med høyst {maximum} tegn.',
    en: 'The experience can be described in at most {maximum} characters.',
  },
  PEER_AVAILABILITY_NOTE_TOO_LONG: {
    nb: 'Når likepersonen kan, kan beskrives med høyst {maximum} tegn.',
    en: 'When the peer can meet can be described in at most {maximum} characters.',
  },
  PEER_CAPACITY_RANGE: {
    nb: `Antall personer likepersonen følger opp samtidig må være fra ${MIN_PEER_CAPACITY} til ${MAX_PEER_CAPACITY}.`,
    en: `The number of people the peer follows at once must be from ${MIN_PEER_CAPACITY} to ${MAX_PEER_CAPACITY}.`,
  },
  PEER_STOPPED: { nb: 'Likepersonen har sluttet.', en: 'The volunteer peer has stopped.' },
  PEER_NO_CONFIDENTIALITY_DECLARATION: {
    nb: 'Likepersonen har ikke signert taushetserklæring og kan ikke kobles med noen.',
    en: 'The volunteer peer has not signed a confidentiality declaration and cannot be matched.',
  },
  PEER_RESTING: { nb: 'Likepersonen tar pause og tar ikke imot nye.', en: 'The peer is resting and takes no one new.' },
  PEER_AT_CAPACITY: {
    nb: 'Likepersonen følger allerede opp så mange som avtalt ({capacity}).',
    en: 'The volunteer peer already follows as many people as agreed ({capacity}).',
  },
  MATCH_ALL_THEMES: {
    nb: (params) => `Har erfaring med ${themeNames(params, 'nb')}.`,
    en: (params) => `Speaks from experience of ${themeNames(params, 'en')}.`,
  },
  MATCH_SOME_THEMES: {
    nb: (params) => `Har erfaring med ${themeNames(params, 'nb')} (${params.matched} av ${params.needed} tema).`,
    en: (params) =>
      `Speaks from experience of ${themeNames(params, 'en')} (${params.matched} of ${params.needed} themes).`,
  },
  MATCH_NO_THEME: { nb: 'Ingen av temaene.', en: 'None of the themes.' },
  MATCH_LANGUAGE: {
    nb: (params) => `Snakker ${languageName(params, 'nb')}.`,
    en: (params) => `Speaks ${languageName(params, 'en')}.`,
  },
  MATCH_NO_SHARED_LANGUAGE: { nb: 'Snakker ikke ønsket språk.', en: 'Does not speak the language asked for.' },
  MATCH_SAME_MUNICIPALITY: {
    nb: 'Bor i samme kommune ({municipality}).',
    en: 'Lives in the same municipality ({municipality}).',
  },
  MATCH_SAME_COUNTY: { nb: 'Bor i samme fylke ({municipality}).', en: 'Lives in the same county ({municipality}).' },
  MATCH_SAME_DISTRICT: { nb: 'Bor i distriktet ({municipality}).', en: 'Lives in the district ({municipality}).' },
  MATCH_OTHER_DISTRICT: {
    nb: 'Bor utenfor distriktet ({municipality}).',
    en: 'Lives outside the district ({municipality}).',
  },
  MATCH_FREE_CAPACITY: {
    nb: 'Har plass til {free} til (av {capacity}).',
    en: 'Has room for {free} more (of {capacity}).',
  },
  VOLUNTEER_PEER_STALE: {
    nb: 'Likepersonen er endret av noen andre siden du åpnet skjemaet. Endringene dine er ikke lagret; se hva som er endret og prøv igjen.',
    en: 'Someone else has changed the volunteer peer since you opened the form. Your changes are not saved; look at what changed and try again.',
  },
  FACILITATOR_ALREADY_A_PEER: {
    nb: 'Igangsetteren er allerede registrert som likeperson.',
    en: 'The facilitator is already registered as a volunteer peer.',
  },
  PEER_MATCH_CASE_NOT_FOUND: { nb: 'Fant ikke oppfølgingssaken.', en: 'The follow-up case was not found.' },
  PEER_MATCH_CASE_STALE: {
    nb: 'Oppfølgingssaken er endret av noen andre siden du åpnet den. Se hva som er endret og prøv igjen.',
    en: 'Someone else has changed the follow-up case since you opened it. Look at what changed and try again.',
  },
  PEER_MATCH_CASE_CLOSED: {
    nb: 'Saken er avsluttet og kan ikke kobles med en likeperson.',
    en: 'The case is closed and cannot be matched with a volunteer peer.',
  },
  PEER_CHECK_IN_NEXT_AFTER_DATE: {
    nb: 'Neste oppfølgingssamtale må være etter denne.',
    en: 'The next check-in must be after this one.',
  },
});
