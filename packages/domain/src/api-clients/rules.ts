import type { Refusal } from '../messages/refusal.js';
import { refusal } from '../messages/refusal.js';
import type { ApiScope } from './scopes.js';

/** How long the previous secret keeps working after a rotation, unless the caller says otherwise. */
export const DEFAULT_ROTATION_OVERLAP_DAYS = 7;
export const MAX_ROTATION_OVERLAP_DAYS = 30;

export interface ApiClientState {
  expiresAt: Date | null;
  revokedAt: Date | null;
}

export interface ApiClientSecretState {
  validUntil: Date | null;
  revokedAt: Date | null;
}

/** Why a key of this client and secret is not accepted now; null when it is. */
export function apiKeyRefusal(client: ApiClientState, secret: ApiClientSecretState, now: Date): Refusal | null {
  if (client.revokedAt || secret.revokedAt) return refusal('API_KEY_REVOKED');
  if (client.expiresAt && client.expiresAt.getTime() <= now.getTime()) return refusal('API_KEY_EXPIRED');
  if (secret.validUntil && secret.validUntil.getTime() <= now.getTime()) return refusal('API_KEY_EXPIRED');
  return null;
}

export function hasApiScope(granted: readonly ApiScope[], wanted: ApiScope): boolean {
  return granted.includes(wanted);
}

/** Until when the old secret works after a rotation started `now`. */
export function rotationOverlapEnd(now: Date, overlapDays: number): Date {
  return new Date(now.getTime() + overlapDays * 24 * 60 * 60 * 1000);
}

/** Only a client not yet revoked is changed or rotated; revocation is final. */
export function apiClientChangeRefusal(client: ApiClientState): Refusal | null {
  return client.revokedAt ? refusal('API_CLIENT_REVOKED') : null;
}
