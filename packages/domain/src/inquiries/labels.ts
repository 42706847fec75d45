import type { Labels } from '../groups/labels.js';
import type { ContactMethod, InquirerType, InquiryAction, InquiryChannel, PublicServiceType } from './types.js';

export const INQUIRY_CHANNEL_LABELS: Readonly<Record<InquiryChannel, Labels>> = {
  PHONE: { nb: 'Telefon', en: 'Phone' },
  EMAIL: { nb: 'E-post', en: 'Email' },
  OFFICE_VISIT: { nb: 'Besøk på kontoret', en: 'Office visit' },
  WEB_FORM: { nb: 'Skjema på nettsiden', en: 'Web form' },
  REFERRAL: { nb: 'Henvist fra tjeneste eller samarbeidspartner', en: 'Referral from a service or partner' },
};

export const INQUIRER_TYPE_LABELS: Readonly<Record<InquirerType, Labels>> = {
  PERSON: { nb: 'Personen selv', en: 'The person' },
  RELATIVE: { nb: 'Pårørende', en: 'A relative' },
  PUBLIC_SERVICE: { nb: 'Hjelpeapparatet', en: 'A public service' },
  PARTNER: { nb: 'Samarbeidspartner', en: 'A partner organisation' },
};

export const PUBLIC_SERVICE_TYPE_LABELS: Readonly<Record<PublicServiceType, Labels>> = {
  CHILD_WELFARE: { nb: 'Barnevern', en: 'Child welfare' },
  CRISIS_CENTRE: { nb: 'Krisesenter', en: 'Crisis centre' },
  PSYCHOLOGIST: { nb: 'Psykolog', en: 'Psychologist' },
  CHILD_ADOLESCENT_PSYCHIATRY: { nb: 'BUP', en: 'Child and adolescent psychiatry (BUP)' },
  SCHOOL: { nb: 'Skole / lærer', en: 'School / teacher' },
  HEALTH_STATION: { nb: 'Helsestasjon', en: 'Health station' },
  NAV: { nb: 'NAV', en: 'NAV' },
  DIRECTORATE: { nb: 'Direktorat (f.eks. Bufdir, IMDi)', en: 'A directorate (e.g. Bufdir, IMDi)' },
  INTEGRATION_ADVISER: {
    nb: 'Integrerings- eller minoritetsrådgiver',
    en: 'Integration or minority adviser',
  },
  OTHER: { nb: 'Annen tjeneste', en: 'Another service' },
};

export const INQUIRY_ACTION_LABELS: Readonly<Record<InquiryAction, Labels>> = {
  INFORMATION_GIVEN: { nb: 'Ga informasjon', en: 'Information given' },
  REFERRED_TO_GROUP: { nb: 'Henvist til en gruppe', en: 'Referred to a group' },
  ADDED_TO_INTEREST_LIST: { nb: 'Satt på interesseliste', en: "Put on a group's interest list" },
  MATCHED_TO_PEER: { nb: 'Koblet med likeperson', en: 'Matched to a volunteer peer' },
  REFERRED_TO_PROFESSIONAL_HELP: { nb: 'Henvist til profesjonell hjelp', en: 'Referred to professional help' },
  TALK_OR_COURSE_REQUESTED: { nb: 'Ønsker foredrag eller kurs', en: 'Talk or course requested' },
};

export const CONTACT_METHOD_LABELS: Readonly<Record<ContactMethod, Labels>> = {
  PHONE: { nb: 'Telefon', en: 'Phone' },
  EMAIL: { nb: 'E-post', en: 'Email' },
};
