import argon2 from '@node-rs/argon2';
import type { Options } from '@node-rs/argon2';

/**
 * argon2id with OWASP's minimum recommended cost (19 MiB, 2 passes, 1 lane). The gateway hashes
 * and verifies with exactly these so that every hash in the database has one cost; the object
 * can be passed straight to @node-rs/argon2.
 */
export const PASSWORD_HASH_OPTIONS: Readonly<
  Required<Pick<Options, 'algorithm' | 'memoryCost' | 'timeCost' | 'parallelism'>>
> = Object.freeze({
  // Algorithm.Argon2id; the enum is a `const enum`, which isolatedModules cannot read at run time.
  algorithm: 2,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
});

export function hashPassword(plain: string): Promise<string> {
  return argon2.hash(plain, PASSWORD_HASH_OPTIONS);
}

/** False for a wrong password and for a hash that is not an argon2 hash at all. */
export async function verifyPassword(hash: string, plain: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, plain);
  } catch {
    return false;
  }
}
