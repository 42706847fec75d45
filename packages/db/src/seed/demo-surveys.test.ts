import { districtScope } from '@selvhjelp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.js';
import { prepareDatabase } from '../prepare.js';
import { testBackends } from '../testing/index.js';
import { seedDemoData } from './seed.js';

describe.each(testBackends())('demo surveys on $name', ({ open }) => {
  let db: Database;
  beforeAll(async () => {
    db = await open();
    await prepareDatabase(db, { seed: 'if-empty' });
  });
  afterAll(() => db?.close());

  it('seeds vest once: the user survey with 30 answer sheets, the course evening with 3', async () => {
    expect((await seedDemoData(db)).surveys).toEqual({ created: 0 });
    const vest = districtScope('vest');
    const surveys = db.repositories.surveys;
    const user = await surveys.findByPublicToken('demo-vest-brukerundersokelse');
    const course = await surveys.findByPublicToken('demo-vest-kurskveld');
    expect(user).toMatchObject({ districtId: 'vest', templateKey: 'user-survey-2026', hasResponses: true });
    expect((await surveys.results(vest, user!.id))?.responses).toBe(30);
    expect((await surveys.results(vest, course!.id))?.responses).toBe(3);
    expect(await surveys.freeTexts(vest, user!.id, user!.questions.at(-1)!.id)).toHaveLength(5);
  });
});
