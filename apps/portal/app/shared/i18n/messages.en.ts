import { apiEn } from '../../features/api/messages.en';
import type { MessageKey } from './messages.nb';
import { facilitatorsEn } from '../../features/facilitators/messages.en';
import { finderEn } from '../../features/finder/messages.en';
import { groupFormEn } from '../../features/groups/messages.group-form.en';
import { groupsEn } from '../../features/groups/messages.en';
import { chartsEn } from '../charts/messages.en';
import { labelsEn } from './messages.labels.en';
import { outreachEn } from '../../features/outreach/messages.en';
import { reportsEn } from '../../features/reports/messages.en';
import { inquiriesEn } from '../../features/inquiries/messages.en';
import { casesEn } from '../../features/follow-up-cases/messages.en';
import { partnersEn } from '../../features/partners/messages.en';
import { coursesEn } from '../../features/courses/messages.en';
import { peersEn } from '../../features/volunteer-peers/messages.en';
import { districtsEn } from '../../features/districts/messages.en';
import { homeEn } from '../../features/home/messages.en';
import { overviewEn } from '../../features/overview/messages.en';
import { surveysEn } from '../../features/surveys/messages.en';
import { apiClientsEn } from '../../features/api-clients/messages.en';

/** English, the portal's second language. */
export const en = {
  'app.name': 'Selvhjelp Norge',

  // The list kit (shared/list): the same words on every register list.
  'list.all': 'All',
  'list.filter': 'Show',
  'list.reset': 'Clear filters',
  'list.pages': 'Pages',
  'list.first': 'First page',
  'list.next': 'Next page',
  'app.skipToMain': 'Skip to main content',
  'app.titleSuffix': 'Selvhjelp Norge',

  'lang.switchTo': 'Norsk',
  'lang.switchLabel': 'Language',
  'lang.switchHint': 'Bytt språk til norsk',

  'start.title': 'Choose office',
  'start.heading': 'Selvhjelp Norge – staff portal',
  'start.intro': 'Choose the district office or the national office you work at.',
  'start.districts': 'District offices',
  'start.national': 'National office',
  'start.staffLink': 'Staff login for {office}',
  'start.nationalLink': 'National office (Oslo)',

  'portal.national.name': 'Selvhjelp Norge – national office',
  'portal.national.short': 'National office',

  'login.title': 'Log in',
  'login.heading': 'Log in',
  'login.portal': 'Log in to {portal}',
  'login.email': 'Email',
  'login.password': 'Password',
  'login.submit': 'Log in',
  'login.error.invalid': 'Wrong email or password.',
  'login.error.forbidden': 'This user cannot log in to {portal}.',
  'login.error.throttled': 'Too many failed attempts. Wait {seconds} seconds and try again.',
  'login.error.summary': 'Login failed',
  'login.sessionEnded': 'Your session has ended. Please log in again.',
  'login.otherPortals': 'To the list of offices',

  'logout.submit': 'Log out',

  'idle.heading': 'Do you want to stay logged in?',
  'idle.body':
    'You have not used the portal for a while. You will be logged out in {minutes} min {seconds} s. What you have typed stays where it is.',
  'idle.stay': 'Stay logged in',
  'idle.staying': 'Extending the session …',
  'idle.failed': 'The session could not be extended. Try again.',
  'idle.ended.heading': 'You have been logged out',
  'idle.ended.body':
    'Your session ended because the portal was not in use. What you typed is still on the page but has not been saved. Log in again to continue.',
  'idle.ended.login': 'Log in again',
  'idle.close': 'Close',
  'shell.user': 'Logged in as {name} ({role})',
  'shell.mainNav': 'Main menu',
  'shell.comingSoon': '(coming)',
  'nav.home': 'Overview',
  'nav.groups': 'Groups',
  'nav.facilitators': 'Facilitators and courses',
  'nav.partners': 'Partners',
  'nav.activities': 'Outreach activities',
  'nav.inquiries': 'Inquiries',
  'nav.peers': 'Volunteer peers',
  'nav.users': 'Users',
  'nav.districts': 'Districts',
  'nav.outreachOverview': 'Outreach',
  'nav.reports': 'Reports',
  'nav.cases': 'Cases',
  'nav.surveys': 'User surveys',
  'nav.apiClients': 'API clients',

  'role.DISTRICT_STAFF': 'district staff',
  'role.DISTRICT_LEAD': 'district lead',
  'role.NATIONAL': 'national',
  'role.ADMIN': 'administrator',

  'home.title': 'Overview',
  'home.welcome': 'Welcome, {name}',
  'home.yourRole': 'Your role: {role}',
  'home.districts': 'District offices',
  'home.officeTown': 'Office town',
  'home.countiesColumn': 'Counties',

  'districts.title': 'Districts',
  'districts.heading': 'District offices',
  'districts.district': 'District',
  'districts.countyCount': 'Counties',
  'districts.municipalityCount': 'Municipalities',

  'users.title': 'Users',
  'users.heading': 'Users',
  'users.filter.heading': 'Filter',
  'users.filter.role': 'Role',
  'users.filter.active': 'Status',
  'users.filter.activeOnly': 'Active',
  'users.filter.inactiveOnly': 'Deactivated',
  'users.list.caption': '{count} users',
  'users.list.name': 'Name',
  'users.list.email': 'Email',
  'users.list.role': 'Role',
  'users.list.district': 'District',
  'users.list.status': 'Status',
  'users.list.actions': 'Actions',
  'users.list.empty': 'No users match the filter.',
  'users.status.active': 'Active',
  'users.status.inactive': 'Deactivated',
  'users.deactivate': 'Deactivate {name}',
  'users.resetPassword': 'New password for {name}',
  'users.create.heading': 'New user',
  'users.create.name': 'Name',
  'users.create.email': 'Email',
  'users.create.role': 'Role',
  'users.create.district': 'District',
  'users.create.noDistrict': 'None (national)',
  'users.create.submit': 'Create user',
  'users.ticket.created': 'The user {name} has been created.',
  'users.ticket.reset': 'The password of {name} has been reset. The user has been logged out everywhere.',
  'users.ticket.link': 'One-time link for setting the password',
  'users.ticket.hint':
    'The link is shown only this once and is valid until {expiresAt}. Give it to the user by a safe channel.',
  'users.deactivated': '{name} has been deactivated.',

  'newPassword.title': 'Set a new password',
  'newPassword.heading': 'Set a new password',
  'newPassword.password': 'New password',
  'newPassword.passwordHint':
    'At least 10 characters. A sentence of several words is easy to remember and hard to guess; avoid common passwords and your name.',
  'newPassword.confirm': 'Repeat the password',
  'newPassword.submit': 'Save password',
  'newPassword.done': 'Your password has been saved. You can now log in.',
  'newPassword.toLogin': 'Go to login',
  'newPassword.missingToken': 'The link has no code. Ask for a new link.',
  'newPassword.refused.PASSWORD_TOO_SHORT': 'The password must have at least {min} characters.',
  'newPassword.refused.PASSWORD_TOO_LONG': 'The password can have at most {max} characters.',
  'newPassword.refused.PASSWORD_TOO_COMMON':
    'This password is one of the most used and is guessed first. Choose another one.',
  'newPassword.refused.PASSWORD_TOO_GUESSABLE':
    'This password is too easy to guess. Use a longer sentence or several words that do not belong together.',
  'newPassword.refused.PASSWORD_CONTAINS_PERSONAL_INFO':
    'This password resembles your name or email address. Choose something others cannot guess.',

  'form.errorSummary': 'The form has errors',
  'validation.required': 'Fill in this field.',
  'validation.email': 'Enter a valid email address.',
  'validation.passwordLength': 'The password must have at least 10 characters.',
  'validation.passwordMismatch': 'The passwords are not the same.',
  'validation.invalid': 'Invalid value.',

  'error.generic': 'Something went wrong. Please try again.',
  'error.conflict': 'Someone else changed this in the meantime. Reload the page and try again.',
  'error.notFound.title': 'Page not found',
  'error.notFound.body': 'We could not find the page you were looking for.',
  'error.forbidden.title': 'No access',
  'error.forbidden.body': 'You do not have access to this page.',
  'error.server.title': 'Something went wrong',
  'error.server.body': 'An error occurred on our side. Please try again in a moment.',
  'error.home': 'To the front page',
  ...labelsEn,
  ...chartsEn,
  ...groupsEn,
  ...groupFormEn,
  ...finderEn,
  ...facilitatorsEn,
  ...coursesEn,
  ...partnersEn,
  ...outreachEn,
  ...reportsEn,
  ...peersEn,
  ...homeEn,
  ...surveysEn,
  ...apiClientsEn,
  ...inquiriesEn,
  ...casesEn,
  ...districtsEn,
  ...overviewEn,
  ...apiEn,
} as const satisfies Record<MessageKey, string>;
