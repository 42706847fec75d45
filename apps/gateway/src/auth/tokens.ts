import { createHash, randomBytes } from 'node:crypto';

/** 256 bits from the OS CSPRNG, URL-safe; only its hash is ever stored. */
export function generateToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A JWT (three base64url parts, the last possibly empty) of at most 8 KiB: an OAuth2 access token (decision 0035). */
const JWT_BEARER = /^Bearer\s+([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)\s*$/;
const MAX_JWT_LENGTH = 8192;

/** Reads `Authorization: Bearer <token>` (a session token, an API key or a JWT); anything else is no token. */
export function bearerToken(header: string | undefined): string | null {
  if (!header) return null;
  const match = /^Bearer\s+([A-Za-z0-9_-]{20,200})\s*$/.exec(header);
  if (match) return match[1] ?? null;
  if (header.length > MAX_JWT_LENGTH + 20 || !header.includes('.')) return null;
  return JWT_BEARER.exec(header)?.[1] ?? null;
}
