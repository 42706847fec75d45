import { NATIONAL_SCOPE } from '@selvhjelp/domain';
import { describe, expect, it } from 'vitest';
import { postgresBackend } from '../backends.js';
import { testBackends, testNewGroup } from '../testing/index.js';
import { MAX_PREPARED, PreparedNames } from './prepared.js';

/*
 * Named prepared statements (decision 0041): a bounded number of statement texts per process get
 * a name; on PostgreSQL the lists run under it, and give the same rows as unnamed statements.
 */

describe('prepared statement names', () => {
  it('names each text once, the same name every time, and no text past the limit', () => {
    const names = new PreparedNames('p_', 3);
    expect(names.nameFor('SELECT 1')).toBe('p_1');
    expect(names.nameFor('SELECT 2')).toBe('p_2');
    expect(names.nameFor('SELECT 1')).toBe('p_1');
    expect(names.nameFor('SELECT 3')).toBe('p_3');
    expect(names.nameFor('SELECT 4')).toBeUndefined();
    expect(names.nameFor('SELECT 2')).toBe('p_2');
    expect(names.size).toBe(3);
    expect(new PreparedNames('p_').nameFor('x')).toBe('p_1');
    expect(MAX_PREPARED).toBeGreaterThan(0);
  });
});

describe.each(testBackends())('prepared statements on $name', ({ name, openShared }) => {
  it.runIf(name === 'postgresql')('run under a name, with the rows an unnamed statement gives', async () => {
    const shared = await openShared();
    try {
      await shared.db.repositories.groups.createMany(
        NATIONAL_SCOPE,
        Array.from({ length: 20 }, (_, index) =>
          testNewGroup({ slug: `p-${index}`, data: { districtId: index % 2 ? 'vest' : 'ost' } }),
        ),
      );
      const url = (shared.env as { DATABASE_URL: string }).DATABASE_URL;
      const text = 'SELECT g.slug FROM self_help_group g WHERE g.district_id = $1 ORDER BY g.slug LIMIT $2';
      const prepared = postgresBackend(url);
      const unnamed = postgresBackend(url, { preparedStatements: false });
      try {
        // Past PostgreSQL's fifth execution, where it may switch the statement to a generic plan.
        for (let round = 0; round < 8; round++) {
          const values = [round % 2 ? 'vest' : 'ost', 3 + round];
          const named = await prepared.query(text, values, { prepare: true });
          expect(named.rows).toEqual((await unnamed.query(text, values, { prepare: true })).rows);
          expect(named.rows).toHaveLength(3 + round);
        }
        // One statement at a time: each pool has kept one connection, the one that ran them all.
        const onPrepared = await prepared.query('SELECT name, statement FROM pg_prepared_statements', []);
        expect(onPrepared.rows).toEqual([{ name: 'selvhjelp_1', statement: text }]);
        expect((await unnamed.query('SELECT name FROM pg_prepared_statements', [])).rows).toEqual([]);
      } finally {
        await Promise.all([prepared.close(), unnamed.close()]);
      }
    } finally {
      await shared.dispose();
    }
  });
});
