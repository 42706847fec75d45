import type { Role } from '../../generated/graphql';
import type { MessageKey } from '../i18n/i18n';
import type { Portal } from './portals';

export type { Role } from '../../generated/graphql';

import { ROLES } from '@selvhjelp/domain';

export { ROLES };

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** One entry of the shell's navigation. `page: null` means not built yet: shown as text, never a link. */
export interface NavItem {
  label: MessageKey;
  page: string | null;
}

/**
 * Whether to offer user administration. Only hides links and buttons: the gateway decides,
 * and answers FORBIDDEN (a 403 page) to anyone else who tries.
 */
export function offersUserAdministration(role: Role): boolean {
  return role === 'ADMIN' || role === 'DISTRICT_LEAD';
}

/**
 * Whether to offer API client administration (issue 14): administrators in the national portal,
 * district leads in their district's. Only hides the entry: the gateway decides.
 */
export function offersApiClientAdministration(portal: Portal, role: Role): boolean {
  return portal.kind === 'national' ? role === 'ADMIN' : role === 'DISTRICT_LEAD';
}

export function navigationFor(portal: Portal, role: Role): NavItem[] {
  const users: NavItem[] = [
    ...(offersUserAdministration(role) ? [{ label: 'nav.users', page: 'brukere' } as const] : []),
    ...(offersApiClientAdministration(portal, role)
      ? [{ label: 'nav.apiClients', page: 'api-klienter' } as const]
      : []),
  ];
  if (portal.kind === 'national') {
    return [
      { label: 'nav.home', page: '' },
      { label: 'overview.nav', page: 'oversikt' },
      { label: 'nav.groups', page: 'grupper' },
      { label: 'nav.districts', page: 'distrikter' },
      { label: 'nav.outreachOverview', page: 'utadrettet' },
      { label: 'nav.reports', page: 'rapporter' },
      { label: 'nav.surveys', page: 'undersokelser' },
      ...users,
    ];
  }
  return [
    { label: 'nav.home', page: '' },
    { label: 'nav.groups', page: 'grupper' },
    { label: 'nav.facilitators', page: 'igangsettere' },
    { label: 'nav.partners', page: 'samarbeidspartnere' },
    { label: 'nav.activities', page: 'aktiviteter' },
    { label: 'nav.inquiries', page: 'henvendelser' },
    { label: 'nav.cases', page: 'saker' },
    { label: 'nav.peers', page: 'likepersoner' },
    { label: 'nav.surveys', page: 'undersokelser' },
    ...users,
  ];
}
