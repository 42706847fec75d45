import type { ActivityType, AudienceType, PartnerStatus, PartnerType } from '@selvhjelp/domain';

/*
 * Raw material for the demo partner network: kinds of partners a district office works with,
 * fictional contact names, and how each kind of activity usually looks. demo-partners.ts
 * combines them deterministically. Organisations are named after their town and kind; no real
 * person is named.
 */

export interface PartnerTemplate {
  type: PartnerType;
  /** `{place}` is the municipality's name. */
  name: string;
  /** Index into the district's places (demo group towns first, then two without groups). */
  place: number;
  status: PartnerStatus;
  roles: readonly string[];
}

/** A district with n partners takes the first n. */
export const PARTNER_TEMPLATES: readonly PartnerTemplate[] = [
  {
    type: 'MUNICIPALITY',
    name: '{place} kommune, psykisk helse og rus',
    place: 0,
    status: 'ACTIVE',
    roles: ['Rådgiver', 'Koordinator'],
  },
  {
    type: 'VOLUNTEER_CENTRE',
    name: '{place} frivilligsentral',
    place: 0,
    status: 'ACTIVE',
    roles: ['Daglig leder', 'Frivilligkoordinator'],
  },
  { type: 'NAV_OFFICE', name: 'NAV {place}', place: 0, status: 'ACTIVE', roles: ['Veileder'] },
  { type: 'LIBRARY', name: '{place} bibliotek', place: 0, status: 'ACTIVE', roles: ['Bibliotekar', 'Avdelingsleder'] },
  {
    type: 'DPS',
    name: '{place} DPS, poliklinikk',
    place: 1,
    status: 'ACTIVE',
    roles: ['Psykologspesialist', 'Sosionom'],
  },
  { type: 'USER_ORGANISATION', name: 'Pårørendeforeningen {place}', place: 2, status: 'ACTIVE', roles: ['Styreleder'] },
  { type: 'GP_OFFICE', name: 'Legesenteret i {place}', place: 3, status: 'PROSPECT', roles: ['Fastlege'] },
  { type: 'SCHOOL', name: '{place} videregående skole', place: 1, status: 'DORMANT', roles: ['Helsesykepleier'] },
  { type: 'FAITH_COMMUNITY', name: '{place} menighet', place: 2, status: 'ACTIVE', roles: ['Diakon'] },
  { type: 'VOLUNTEER_CENTRE', name: '{place} frivilligsentral', place: 6, status: 'PROSPECT', roles: ['Daglig leder'] },
  {
    type: 'HOSPITAL_UNIT',
    name: 'Sykehuset {place}, psykiatrisk klinikk',
    place: 0,
    status: 'ACTIVE',
    roles: ['Seksjonsleder', 'Erfaringskonsulent'],
  },
  { type: 'PHARMACY', name: 'Apoteket i {place}', place: 4, status: 'PROSPECT', roles: ['Farmasøyt'] },
  { type: 'PRISON', name: '{place} fengsel', place: 0, status: 'ACTIVE', roles: ['Miljøterapeut'] },
  { type: 'LIBRARY', name: '{place} bibliotek', place: 7, status: 'DORMANT', roles: ['Bibliotekar'] },
  { type: 'OTHER', name: 'Studieforbundet i {place}', place: 3, status: 'ACTIVE', roles: ['Studieleder'] },
];

// Clearly made-up people: common first names with surnames no one would take for a real contact.
export const CONTACT_FIRST_NAMES = [
  'Åse',
  'Birger',
  'Cecilie',
  'Didrik',
  'Elin',
  'Frode',
  'Gunn',
  'Helge',
  'Ida',
  'Jostein',
  'Kristin',
  'Leif',
  'Mona',
  'Njål',
  'Oda',
  'Petter',
];
export const CONTACT_LAST_NAMES = [
  'Prøvesen',
  'Eksempelstad',
  'Demodal',
  'Testrud',
  'Fiktivik',
  'Øvingsby',
  'Modellien',
  'Utkastnes',
];

export interface ActivityTemplate {
  title: string;
  startTime: string | null;
  endTime: string | null;
  audiences: readonly AudienceType[];
  /** Participants of a completed one: min + a share of spread. */
  participants: { min: number; spread: number };
}

export const ACTIVITY_TEMPLATES: Readonly<Record<ActivityType, ActivityTemplate>> = {
  TALK: {
    title: 'Foredrag: Selvhjelp i praksis',
    startTime: '18:00',
    endTime: '19:30',
    audiences: ['PUBLIC'],
    participants: { min: 15, spread: 45 },
  },
  INFORMATION_MEETING: {
    title: 'Informasjonsmøte om selvhjelpsgrupper',
    startTime: '12:00',
    endTime: '13:00',
    audiences: ['MUNICIPAL_SERVICES', 'HEALTH_SERVICES'],
    participants: { min: 8, spread: 20 },
  },
  PROFESSIONAL_DAY: {
    title: 'Fagdag om selvhjelp og mestring',
    startTime: '09:00',
    endTime: '15:30',
    audiences: ['HEALTH_SERVICES', 'NAV', 'MUNICIPAL_SERVICES'],
    participants: { min: 40, spread: 80 },
  },
  STAND: {
    title: 'Stand: Selvhjelp Norge',
    startTime: null,
    endTime: null,
    audiences: ['PUBLIC', 'VOLUNTEERS'],
    participants: { min: 60, spread: 240 },
  },
  PUBLIC_SERVICE_COURSE: {
    title: 'Kurs for ansatte: Å henvise til selvhjelpsgrupper',
    startTime: '09:00',
    endTime: '12:00',
    audiences: ['NAV', 'HEALTH_SERVICES'],
    participants: { min: 10, spread: 20 },
  },
  NETWORK_MEETING: {
    title: 'Nettverksmøte psykisk helse',
    startTime: '10:00',
    endTime: '11:30',
    audiences: ['USER_ORGANISATIONS', 'VOLUNTEERS'],
    participants: { min: 6, spread: 12 },
  },
  PARTNER_MEETING: {
    title: 'Samarbeidsmøte',
    startTime: '13:00',
    endTime: '14:00',
    audiences: ['OTHER'],
    participants: { min: 2, spread: 5 },
  },
};

export const AGREEMENT_SCOPES = [
  'Gratis lån av møterom for selvhjelpsgrupper to kvelder i uka, og felles informasjonsmøte hvert halvår.',
  'Gjensidig henvisning: partneren informerer om selvhjelpsgrupper, distriktskontoret holder fagdag for de ansatte årlig.',
  'Felles stand på verdensdagen for psykisk helse og oppstart av minst én gruppe i året.',
];

export const ACTIVITY_NOTES = [
  'God dialog etterpå; flere ville ha brosjyrer.',
  'Avtalt oppfølgingsmøte om oppstart av gruppe.',
  'Mange spørsmål om pårørendegrupper.',
  null,
  null,
];
