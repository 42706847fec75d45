import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { BYTEA_OID, parseByteaHex, pgliteByteaSerializers, withNativeByteaParsing } from './pglite-bytea.js';

// Every byte value, twice, so an encoding that mangles any of them (or the order) shows.
const EVERY_BYTE = Uint8Array.from({ length: 512 }, (_, index) => index % 256);
// What the Prisma adapter passes: its own (slow) bytea parser, which the wrapper must replace.
const adapterOptions = { rowMode: 'array' as const, parsers: { [BYTEA_OID]: () => 'adapter parser' } };

describe('bytea on PGlite', () => {
  const raw = new PGlite({ serializers: pgliteByteaSerializers });
  const pglite = withNativeByteaParsing(raw);
  afterAll(() => raw.close());

  it('parses PostgreSQL hex output natively', () => {
    expect([...parseByteaHex('\\x00ff10')]).toEqual([0, 255, 16]);
    expect(parseByteaHex('\\x')).toHaveLength(0);
  });

  it('sends bytes as a binary parameter and reads them back with the native parser, also in a transaction', async () => {
    await pglite.exec('CREATE TABLE document (id int PRIMARY KEY, content bytea)');
    await pglite.query('INSERT INTO document VALUES (1, $1)', [EVERY_BYTE]);
    // Stored as bytes, not as the text of a hex string.
    expect(
      (await raw.query<{ length: number }>('SELECT length(content) AS length FROM document')).rows[0]?.length,
    ).toBe(512);
    const read = await pglite.query<unknown[]>('SELECT content FROM document WHERE id = 1', [], adapterOptions);
    expect(Buffer.from(read.rows[0]![0] as Uint8Array).equals(Buffer.from(EVERY_BYTE))).toBe(true);

    const inTransaction = await pglite.transaction(async (tx) => {
      await tx.query('INSERT INTO document VALUES (2, $1)', [EVERY_BYTE.subarray(256)]);
      return tx.query<unknown[]>('SELECT content FROM document WHERE id = 2', [], adapterOptions);
    });
    expect([...(inTransaction.rows[0]![0] as Uint8Array)]).toEqual([...EVERY_BYTE.subarray(256)]);
    expect(pglite.closed).toBe(false);
  });
});
