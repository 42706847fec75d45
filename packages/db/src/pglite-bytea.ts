import type { PGlite, QueryOptions, Transaction } from '@electric-sql/pglite';

/** PostgreSQL's type id of `bytea`. */
export const BYTEA_OID = 17;

/*
 * PGlite runs in the gateway's own thread, so every byte of a document it handles on the way
 * blocks everyone else. Out of the box a `bytea` parameter is turned into a hex string one byte
 * at a time (`Array.from(bytes).map(…).join('')`), measured its UTF-8 length one character at a
 * time, and decoded from hex again inside PostgreSQL; the Prisma adapter parses a read back with
 * `parseInt` per byte. For a 5 MiB agreement document that was 2–14 s of a blocked event loop.
 *
 * Handing PGlite the bytes themselves makes it send the parameter in PostgreSQL's binary format
 * (its protocol writer copies an ArrayBuffer view as is), and a read is decoded by Buffer's
 * native hex decoder. Both are single memory copies.
 */
export const pgliteByteaSerializers = { [BYTEA_OID]: (value: unknown) => value as string };

/** `\x…` text (PostgreSQL's hex output of a bytea) to bytes, natively. */
export function parseByteaHex(text: string): Uint8Array {
  const bytes = Buffer.from(text.slice(2), 'hex');
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

const withFastBytea = (options: QueryOptions | undefined): QueryOptions | undefined =>
  options?.parsers?.[BYTEA_OID] ? { ...options, parsers: { ...options.parsers, [BYTEA_OID]: parseByteaHex } } : options;

function fastQuery<T extends Pick<PGlite, 'query'> | Transaction>(target: T): T['query'] {
  return ((sql: string, params?: unknown[], options?: QueryOptions) =>
    target.query(sql, params, withFastBytea(options))) as T['query'];
}

/**
 * The PGlite instance as the Prisma adapter should see it: queries (also inside transactions)
 * get the native bytea parser in place of the adapter's per-byte one. Everything else is the
 * instance itself (bound, since PGlite keeps its state in private fields).
 */
export function withNativeByteaParsing(pglite: PGlite): PGlite {
  const forward = <T extends object>(target: T, prop: string | symbol) => {
    const value: unknown = Reflect.get(target, prop, target);
    return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
  };
  return new Proxy(pglite, {
    get(target, prop) {
      if (prop === 'query') return fastQuery(target);
      if (prop === 'transaction') {
        return <R>(callback: (tx: Transaction) => Promise<R>) =>
          target.transaction((tx) =>
            callback(
              new Proxy(tx, { get: (inner, key) => (key === 'query' ? fastQuery(inner) : forward(inner, key)) }),
            ),
          );
      }
      return forward(target, prop);
    },
  });
}
