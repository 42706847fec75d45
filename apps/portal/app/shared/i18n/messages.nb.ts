import { apiNb } from '../../features/api/messages.nb';
import { facilitatorsNb } from '../../features/facilitators/messages.nb';
import { finderNb } from '../../features/finder/messages.nb';
import { groupFormNb } from '../../features/groups/messages.group-form.nb';
import { groupsNb } from '../../features/groups/messages.nb';
import { chartsNb } from '../charts/messages.nb';
import { labelsNb } from './messages.labels.nb';
import { outreachNb } from '../../features/outreach/messages.nb';
import { reportsNb } from '../../features/reports/messages.nb';
import { inquiriesNb } from '../../features/inquiries/messages.nb';
import { casesNb } from '../../features/follow-up-cases/messages.nb';
import { partnersNb } from '../../features/partners/messages.nb';
import { coursesNb } from '../../features/courses/messages.nb';
import { peersNb } from '../../features/volunteer-peers/messages.nb';
import { districtsNb } from '../../features/districts/messages.nb';
import { homeNb } from '../../features/home/messages.nb';
import { overviewNb } from '../../features/overview/messages.nb';
import { surveysNb } from '../../features/surveys/messages.nb';
import { apiClientsNb } from '../../features/api-clients/messages.nb';

/** Bokmål, the portal's first language. Keys are shared with messages.en.ts (see i18n.test.ts). */
export const nb = {
  'app.name': 'Selvhjelp Norge',

  // The list kit (shared/list): the same words on every register list.
  'list.all': 'Alle',
  'list.filter': 'Vis',
  'list.reset': 'Nullstill filter',
  'list.pages': 'Sider',
  'list.first': 'Første side',
  'list.next': 'Neste side',
  'app.skipToMain': 'Hopp til hovedinnhold',
  'app.titleSuffix': 'Selvhjelp Norge',

  'lang.switchTo': 'English',
  'lang.switchLabel': 'Språk',
  'lang.switchHint': 'Change language to English',

  'start.title': 'Velg kontor',
  'start.heading': 'Selvhjelp Norge – personalportal',
  'start.intro': 'Velg distriktskontoret eller det nasjonale kontoret du jobber ved.',
  'start.districts': 'Distriktskontorer',
  'start.national': 'Nasjonalt kontor',
  'start.staffLink': 'Logg inn for ansatte ved {office}',
  'start.nationalLink': 'Nasjonalt kontor (Oslo)',

  'portal.national.name': 'Selvhjelp Norge – nasjonalt kontor',
  'portal.national.short': 'Nasjonalt kontor',

  'login.title': 'Logg inn',
  'login.heading': 'Logg inn',
  'login.portal': 'Innlogging for {portal}',
  'login.email': 'E-post',
  'login.password': 'Passord',
  'login.submit': 'Logg inn',
  'login.error.invalid': 'Feil e-post eller passord.',
  'login.error.forbidden': 'Denne brukeren kan ikke logge inn på {portal}.',
  'login.error.throttled': 'For mange mislykkede forsøk. Vent {seconds} sekunder og prøv igjen.',
  'login.error.summary': 'Innloggingen mislyktes',
  'login.sessionEnded': 'Økten din er avsluttet. Logg inn på nytt.',
  'login.otherPortals': 'Til oversikten over kontorer',

  'logout.submit': 'Logg ut',

  'idle.heading': 'Vil du fortsatt være innlogget?',
  'idle.body':
    'Du har ikke brukt portalen på en stund. Du blir logget ut om {minutes} min {seconds} s. Det du har skrevet, blir liggende.',
  'idle.stay': 'Forbli innlogget',
  'idle.staying': 'Forlenger økten …',
  'idle.failed': 'Økten kunne ikke forlenges. Prøv igjen.',
  'idle.ended.heading': 'Du er logget ut',
  'idle.ended.body':
    'Økten din ble avsluttet fordi portalen ikke var i bruk. Det du har skrevet, står fortsatt på siden, men er ikke lagret. Logg inn på nytt for å fortsette.',
  'idle.ended.login': 'Logg inn på nytt',
  'idle.close': 'Lukk',
  'shell.user': 'Innlogget som {name} ({role})',
  'shell.mainNav': 'Hovedmeny',
  'shell.comingSoon': '(kommer)',
  'nav.home': 'Oversikt',
  'nav.groups': 'Grupper',
  'nav.facilitators': 'Igangsettere og kurs',
  'nav.partners': 'Samarbeidspartnere',
  'nav.activities': 'Aktiviteter',
  'nav.inquiries': 'Henvendelser',
  'nav.peers': 'Likepersoner',
  'nav.users': 'Brukere',
  'nav.districts': 'Distrikter',
  'nav.outreachOverview': 'Utadrettet arbeid',
  'nav.reports': 'Rapporter',
  'nav.cases': 'Saker',
  'nav.surveys': 'Brukerundersøkelser',
  'nav.apiClients': 'API-klienter',

  'role.DISTRICT_STAFF': 'distriktsansatt',
  'role.DISTRICT_LEAD': 'distriktsleder',
  'role.NATIONAL': 'nasjonalt',
  'role.ADMIN': 'administrator',

  'home.title': 'Oversikt',
  'home.welcome': 'Velkommen, {name}',
  'home.yourRole': 'Din rolle: {role}',
  'home.districts': 'Distriktskontorer',
  'home.officeTown': 'Kontorsted',
  'home.countiesColumn': 'Fylker',

  'districts.title': 'Distrikter',
  'districts.heading': 'Distriktskontorer',
  'districts.district': 'Distrikt',
  'districts.countyCount': 'Antall fylker',
  'districts.municipalityCount': 'Antall kommuner',

  'users.title': 'Brukere',
  'users.heading': 'Brukere',
  'users.filter.heading': 'Filtrer',
  'users.filter.role': 'Rolle',
  'users.filter.active': 'Status',
  'users.filter.activeOnly': 'Aktive',
  'users.filter.inactiveOnly': 'Deaktiverte',
  'users.list.caption': '{count} brukere',
  'users.list.name': 'Navn',
  'users.list.email': 'E-post',
  'users.list.role': 'Rolle',
  'users.list.district': 'Distrikt',
  'users.list.status': 'Status',
  'users.list.actions': 'Handlinger',
  'users.list.empty': 'Ingen brukere passer med filteret.',
  'users.status.active': 'Aktiv',
  'users.status.inactive': 'Deaktivert',
  'users.deactivate': 'Deaktiver {name}',
  'users.resetPassword': 'Nytt passord for {name}',
  'users.create.heading': 'Ny bruker',
  'users.create.name': 'Navn',
  'users.create.email': 'E-post',
  'users.create.role': 'Rolle',
  'users.create.district': 'Distrikt',
  'users.create.noDistrict': 'Ingen (nasjonalt)',
  'users.create.submit': 'Opprett bruker',
  'users.ticket.created': 'Brukeren {name} er opprettet.',
  'users.ticket.reset': 'Passordet til {name} er nullstilt. Brukeren er logget ut overalt.',
  'users.ticket.link': 'Engangslenke for å sette passord',
  'users.ticket.hint':
    'Lenken vises bare denne ene gangen og gjelder til {expiresAt}. Gi den til brukeren på en trygg måte.',
  'users.deactivated': '{name} er deaktivert.',

  'newPassword.title': 'Sett nytt passord',
  'newPassword.heading': 'Sett nytt passord',
  'newPassword.password': 'Nytt passord',
  'newPassword.passwordHint':
    'Minst 10 tegn. En setning av flere ord er lett å huske og vanskelig å gjette; unngå vanlige passord og navnet ditt.',
  'newPassword.confirm': 'Gjenta passordet',
  'newPassword.submit': 'Lagre passord',
  'newPassword.done': 'Passordet er lagret. Du kan nå logge inn.',
  'newPassword.toLogin': 'Gå til innlogging',
  'newPassword.missingToken': 'Lenken mangler kode. Be om en ny lenke.',
  'newPassword.refused.PASSWORD_TOO_SHORT': 'Passordet må ha minst {min} tegn.',
  'newPassword.refused.PASSWORD_TOO_LONG': 'Passordet kan ha høyst {max} tegn.',
  'newPassword.refused.PASSWORD_TOO_COMMON': 'Passordet er blant de mest brukte og blir gjettet først. Velg et annet.',
  'newPassword.refused.PASSWORD_TOO_GUESSABLE':
    'Passordet er for lett å gjette. Bruk en lengre setning eller flere ord som ikke hører sammen.',
  'newPassword.refused.PASSWORD_CONTAINS_PERSONAL_INFO':
    'Passordet ligner på navnet eller e-postadressen din. Velg noe andre ikke kan gjette.',

  'form.errorSummary': 'Skjemaet har feil',
  'validation.required': 'Fyll ut feltet.',
  'validation.email': 'Skriv en gyldig e-postadresse.',
  'validation.passwordLength': 'Passordet må ha minst 10 tegn.',
  'validation.passwordMismatch': 'Passordene er ikke like.',
  'validation.invalid': 'Ugyldig verdi.',

  'error.generic': 'Noe gikk galt. Prøv igjen.',
  'error.conflict': 'Noen andre har endret dette i mellomtiden. Last siden på nytt og prøv igjen.',
  'error.notFound.title': 'Siden finnes ikke',
  'error.notFound.body': 'Vi fant ikke siden du lette etter.',
  'error.forbidden.title': 'Ingen tilgang',
  'error.forbidden.body': 'Du har ikke tilgang til denne siden.',
  'error.server.title': 'Noe gikk galt',
  'error.server.body': 'En feil oppstod hos oss. Prøv igjen om litt.',
  'error.home': 'Til forsiden',
  ...labelsNb,
  ...chartsNb,
  ...groupsNb,
  ...groupFormNb,
  ...finderNb,
  ...facilitatorsNb,
  ...coursesNb,
  ...partnersNb,
  ...outreachNb,
  ...reportsNb,
  ...peersNb,
  ...homeNb,
  ...surveysNb,
  ...apiClientsNb,
  ...inquiriesNb,
  ...casesNb,
  ...districtsNb,
  ...overviewNb,
  ...apiNb,
} as const;

export type MessageKey = keyof typeof nb;
