import { z } from 'zod';

/**
 * What an API client may do (issue 14). No scope ever opens inquiries, follow-up cases,
 * facilitators, volunteer peers, contact persons or staff: those stay with district staff.
 */
export const API_SCOPES = ['groups:read', 'activities:read', 'referrals:write', 'statistics:read'] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export const apiScopeSchema = z.enum(API_SCOPES, { message: 'API_SCOPE_UNKNOWN' });

export function isApiScope(value: string): value is ApiScope {
  return (API_SCOPES as readonly string[]).includes(value);
}

/** GraphQL enum names (`GROUPS_READ`) and the scope strings partners know (`groups:read`). */
export function apiScopeToEnum(scope: ApiScope): string {
  return scope.replace(':', '_').toUpperCase();
}

export function apiScopeFromEnum(value: string): ApiScope | null {
  const scope = value.toLowerCase().replace('_', ':');
  return isApiScope(scope) ? scope : null;
}
