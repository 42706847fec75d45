import { randomInt } from 'node:crypto';
import type { Database } from '@selvhjelp/db';
import {
  API_KEY_RANDOM_LENGTH,
  BASE62_ALPHABET,
  NATIONAL_SCOPE,
  apiKeyFromRandom,
  apiKeyRefusal,
  hasValidApiKeyChecksum,
} from '@selvhjelp/domain';
import { hashToken } from '../../auth/tokens.js';
import type { ApiClientViewer } from '../../kernel/policy.js';

/** Last use is written at most this often per key: a busy client costs no write per request. */
export const API_KEY_TOUCH_INTERVAL_MS = 60_000;

/** A new key: 30 characters from the OS CSPRNG (≈178 bits), with prefix and checksum. */
export function generateApiKey(): string {
  let random = '';
  for (let i = 0; i < API_KEY_RANDOM_LENGTH; i++) random += BASE62_ALPHABET[randomInt(62)];
  return apiKeyFromRandom(random);
}

/** The stored form of a key: its SHA-256 and its last four characters (decision 0032). */
export function storedSecret(key: string) {
  return { secretHash: hashToken(key), lastFour: key.slice(-4) };
}

export type ApiKeyOutcome = { client: ApiClientViewer } | { client: null; reason: string };

/**
 * Resolves an `shn_` key to its client. A key whose checksum does not hold is refused without a
 * database call (a typo, a made-up key, or one from a scan). Nothing is cached: every request
 * reads the key's row, so a revocation or a narrowed client holds at once on every gateway
 * process (the auth-epoch triggers would let a cache come later, decision 0032).
 */
export class ApiKeyAuthenticator {
  constructor(
    private readonly db: Database,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async authenticate(key: string): Promise<ApiKeyOutcome> {
    if (!hasValidApiKeyChecksum(key)) return { client: null, reason: 'API_KEY_INVALID' };
    const repo = this.db.repositories.apiClients;
    // Authentication runs before the caller has a scope; it returns nothing to a caller not yet known.
    const match = await repo.findByKeyHash(NATIONAL_SCOPE, hashToken(key));
    if (!match) return { client: null, reason: 'API_KEY_INVALID' };
    const now = this.now();
    const refusal = apiKeyRefusal(match.client, match.secret, now);
    if (refusal) return { client: null, reason: refusal.reason };
    const { client, secret } = match;
    const lastUsed = secret.lastUsedAt?.getTime() ?? Number.NEGATIVE_INFINITY;
    if (now.getTime() - lastUsed >= API_KEY_TOUCH_INTERVAL_MS)
      await repo.touch(NATIONAL_SCOPE, client.id, secret.id, now);
    return {
      client: {
        clientId: client.id,
        secretId: secret.id,
        name: client.name,
        scopes: client.scopes,
        districtIds: client.districtIds,
      },
    };
  }
}
