import type {
  CaseOutcome,
  CaseStatus,
  ConsentPurpose,
  InquirerType,
  InquiryChannel,
  PublicServiceType,
  ReferralAreaKind,
  ReferralResourceType,
} from '@selvhjelp/domain';

// The fixed catalogue of the issue-12 demo data (demo-inquiries.ts builds the rows from it):
// consent wording, fictional aliases and peer names, the cycles inquiries are drawn from, the
// referral directory and the six cases per district. Fictional throughout.

export const CONSENT_WORDING: Readonly<Record<ConsentPurpose, string>> = {
  FOLLOW_UP_CONTACT:
    'Jeg samtykker til at distriktskontoret tar vare på fornavnet mitt og telefonnummeret mitt for å følge meg opp. Jeg kan trekke samtykket når som helst.',
  REFERRAL: 'Jeg samtykker til at distriktskontoret henviser meg videre til tjenesten vi har snakket om.',
  INTEREST_LIST:
    'Jeg samtykker til å stå på interesselisten og bli kontaktet når en gruppe om temaet starter i nærheten.',
  ANONYMOUS_STATISTICS: 'Jeg samtykker til at henvendelsen telles med i anonym statistikk.',
};

export const ALIASES = [
  'Marte',
  'Jonas',
  'Siri',
  'Tobias',
  'Ida',
  'Emil',
  'Nora',
  'Sander',
  'Thea',
  'Mats',
  'Ingeborg',
  'Vetle',
];
export const PEER_NAMES = [
  'Gunn Tveit',
  'Rolf Aune',
  'Berit Løvås',
  'Trond Hauge',
  'Elin Rustad',
  'Petter Sunde',
  'Kjersti Vold',
  'Geir Almås',
];
export const THEME_CYCLE = [
  'grief',
  'separation',
  'anxiety',
  'relatives',
  'loneliness',
  'depression',
  'burnout',
  'addiction',
];
export const CHANNELS: InquiryChannel[] = [
  'PHONE',
  'PHONE',
  'EMAIL',
  'OFFICE_VISIT',
  'PHONE',
  'WEB_FORM',
  'REFERRAL',
  'EMAIL',
];
export const INQUIRERS: InquirerType[] = [
  'PERSON',
  'RELATIVE',
  'PERSON',
  'PUBLIC_SERVICE',
  'PERSON',
  'PARTNER',
  'PERSON',
  'RELATIVE',
];
export const SERVICES: PublicServiceType[] = [
  'NAV',
  'CRISIS_CENTRE',
  'PSYCHOLOGIST',
  'HEALTH_STATION',
  'SCHOOL',
  'CHILD_WELFARE',
];
export const NOTES = [
  'Ønsker informasjon om sorggrupper i nærheten.',
  'Pårørende ringte på vegne av sin mor, fikk informasjon om grupper for pårørende.',
  'Spør om det finnes en gruppe på kveldstid.',
  'Tjenesten ønsker et informasjonsmøte for de ansatte om selvhjelpsgrupper.',
  'Vil gjerne snakke med noen som har opplevd det samme.',
  'Samarbeidspartner henviser en bruker som vil starte en gruppe.',
];

export interface ResourcePlan {
  key: string;
  name: string;
  type: ReferralResourceType;
  offers: string;
  areaKind: ReferralAreaKind;
  howToRefer: string;
  phone: string | null;
  website: string | null;
}

export const RESOURCES: readonly ResourcePlan[] = [
  {
    key: 'crisis-line',
    name: 'Mental Helse Hjelpetelefonen',
    type: 'CRISIS_LINE',
    offers: 'Døgnåpen telefon og chat for alle som trenger noen å snakke med.',
    areaKind: 'NATIONAL',
    howToRefer: 'Ring 116 123 eller bruk chatten; ingen henvisning.',
    phone: '116 123',
    website: 'https://www.mentalhelse.no',
  },
  {
    key: 'dps',
    name: 'Distriktspsykiatrisk senter (DPS)',
    type: 'DPS',
    offers: 'Poliklinisk behandling, dagtilbud og akutteam for voksne.',
    areaKind: 'DISTRICT',
    howToRefer: 'Henvisning fra fastlege; akutteamet kan kontaktes direkte.',
    phone: null,
    website: null,
  },
  {
    key: 'family-counselling',
    name: 'Familievernkontoret',
    type: 'FAMILY_COUNSELLING',
    offers: 'Samtaler for par og familier i krise eller ved samlivsbrudd.',
    areaKind: 'DISTRICT',
    howToRefer: 'Ta kontakt selv; ingen henvisning.',
    phone: null,
    website: 'https://www.bufdir.no/familievern',
  },
  {
    key: 'psychologist',
    name: 'Kommunepsykolog',
    type: 'PSYCHOLOGIST',
    offers: 'Kortvarig oppfølging ved psykiske plager, også for unge.',
    areaKind: 'MUNICIPALITIES',
    howToRefer: 'Ta kontakt med kommunens psykiske helsetjeneste; ingen henvisning.',
    phone: null,
    website: null,
  },
  {
    key: 'user-organisation',
    name: 'Landsforeningen for etterlatte ved selvmord (LEVE)',
    type: 'USER_ORGANISATION',
    offers: 'Samtalegrupper og likepersoner for etterlatte.',
    areaKind: 'NATIONAL',
    howToRefer: 'Ta kontakt selv.',
    phone: null,
    website: 'https://www.leve.no',
  },
];

export interface CasePlan {
  inquiry: number;
  status: CaseStatus;
  outcome: CaseOutcome | null;
  /** Index of the peer following the person, if any. */
  peer: number | null;
  referral: string | null;
}

// Peer 1 follows two people (full at capacity 2); peer 0 one.
export const CASES: readonly CasePlan[] = [
  { inquiry: 0, status: 'OPEN', outcome: null, peer: 1, referral: null },
  { inquiry: 4, status: 'OPEN', outcome: null, peer: 1, referral: 'crisis-line' },
  { inquiry: 6, status: 'OPEN', outcome: null, peer: 0, referral: null },
  { inquiry: 8, status: 'PAUSED', outcome: null, peer: null, referral: null },
  { inquiry: 12, status: 'CLOSED', outcome: 'JOINED_GROUP', peer: null, referral: null },
  { inquiry: 16, status: 'CLOSED', outcome: 'REFERRED_TO_PROFESSIONAL_HELP', peer: null, referral: 'dps' },
];
