import { NATIONAL_SCOPE, districtScope } from '@selvhjelp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.js';
import { countQueries, databaseInternals } from '../database.js';
import { Prisma } from '../generated/prisma/client.js';
import type { QueryEvent } from '../query-observer.js';
import { testBackends, testNewGroup } from '../testing/index.js';
import { prismaExecutor } from './executor.js';

/*
 * The hot raw reads run on the driver outside a transaction and through Prisma inside one
 * (executor.ts): both must give the row mappers the same values, report their statements, and
 * a transaction's list must see the transaction's own writes.
 */

const vest = districtScope('vest');

describe.each(testBackends())('raw SQL executors on $name', ({ open }) => {
  let db: Database;

  beforeAll(async () => {
    db = await open();
    await db.repositories.groups.createMany(NATIONAL_SCOPE, [
      testNewGroup({ slug: 'vest-a', data: { name: 'Angst', districtId: 'vest' } }),
      testNewGroup({ slug: 'vest-b', status: 'STARTING', data: { name: 'Sorg', districtId: 'vest' } }),
    ]);
  });
  afterAll(() => db?.close());

  it('reads every type it accepts as Prisma’s $queryRaw does, parameters of each kind included', async () => {
    const statement = Prisma.sql`
      SELECT ${true}::boolean AS flag, ${7}::int2 AS small, count(*)::int AS total, ${'tekst'} AS text,
        ${'{"a":[1,"b",null]}'}::json AS json, 1.5::float8 AS float, ${'0301'}::char(4) AS municipality,
        'x'::varchar AS short, min(g.id::text)::uuid AS id, to_jsonb(min(g.updated_at)) AS instant,
        jsonb_build_object('day', min(g.next_follow_up_due), 'none', NULL) AS nested, NULL::text AS missing
      FROM self_help_group g
      WHERE g.status = ${'RUNNING'}::"GroupStatus" AND g.name ILIKE ${'%ng%'}
      LIMIT ${10}
    `;
    const { sql } = databaseInternals(db);
    const viaDriver = await sql.query(statement);
    expect(viaDriver).toEqual(await prismaExecutor(databaseInternals(db).prisma).query(statement));
    expect(viaDriver).toMatchObject([{ flag: true, small: 7, total: 1, json: { a: [1, 'b', null] }, float: 1.5 }]);
  });

  it('refuses a column whose type the driver reads otherwise than Prisma, and reports the statement', async () => {
    const { sql } = databaseInternals(db);
    for (const column of ['now()', 'count(*)', 'current_date', `'RUNNING'::"GroupStatus"`]) {
      const { count } = await countQueries(db, () =>
        expect(sql.query(Prisma.sql`SELECT ${Prisma.raw(column)} AS value`)).rejects.toThrow(/not read alike/),
      );
      expect(count).toBe(1);
    }
  });

  it('reports the lists’ statements outside a transaction and inside one, where they see its writes', async () => {
    const events: QueryEvent[] = [];
    const unsubscribe = db.onQuery((event) => events.push(event));
    try {
      const outside = await db.repositories.groups.listWithStatusCounts(vest, { first: 10 });
      expect(events.map((event) => event.inTransaction)).toEqual([false]);
      events.length = 0;
      await db
        .transaction(async (repos) => {
          // Through the transaction's client (on PGlite the driver would wait for this transaction).
          const inside = await repos.groups.listWithStatusCounts(vest, { first: 10 });
          expect(inside).toEqual(outside);
          await repos.groups.create(vest, testNewGroup({ slug: 'vest-c', data: { name: 'Ny', districtId: 'vest' } }));
          expect((await repos.groups.list(vest, { first: 10 })).totalCount).toBe(outside.totalCount + 1);
          throw new Error('roll back');
        })
        .catch((error: unknown) => expect(error).toMatchObject({ message: 'roll back' }));
      expect(events.filter((event) => event.sql.includes('counts AS')).map((event) => event.inTransaction)).toEqual([
        true,
        true,
      ]);
      expect(await db.repositories.groups.listWithStatusCounts(vest, { first: 10 })).toEqual(outside);
    } finally {
      unsubscribe();
    }
  });
});
