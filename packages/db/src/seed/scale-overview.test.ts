import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.js';
import { databaseInternals } from '../database.js';
import { prepareDatabase } from '../prepare.js';
import { testBackends } from '../testing/index.js';
import { inflateGroups } from './scale.js';
import { inflateOverview } from './scale-overview.js';

// The large seed at a small size: the same statements, so every CHECK and foreign key is
// exercised on both backends, and a second run tops nothing up.
describe.each(testBackends())('the overview scale data on $name', ({ open }) => {
  let db: Database;
  beforeAll(async () => {
    db = await open();
    await prepareDatabase(db, { seed: 'if-empty' });
    await inflateGroups(db, 600);
  });
  afterAll(() => db?.close());

  const targets = { inquiries: 900, facilitators: 250, activities: 700, surveyResponses: 140 };

  it('tops every registry up to its target, spread over the districts and the years', async () => {
    const report = await inflateOverview(db, targets, 3);
    const { prisma } = databaseInternals(db);
    expect(await prisma.inquiry.count()).toBe(targets.inquiries);
    expect(await prisma.facilitator.count()).toBe(targets.facilitators);
    expect(await prisma.outreachActivity.count()).toBe(targets.activities);
    expect(report.cases).toBeGreaterThan(0);
    expect(report.interestEntries).toBeGreaterThan(0);
    expect(report.completions).toBeGreaterThan(0);
    expect(report.groupHistories).toBeGreaterThan(0);
    expect(report.surveyResponses).toBe(targets.surveyResponses);
    // A template survey per district, every sheet answering each question but the free text.
    const [sheets] = await prisma.$queryRaw<{ surveys: number; answers: number; questions: number }[]>`
      SELECT count(DISTINCT s.id)::int AS surveys, count(a.id)::int AS answers,
        (SELECT count(*)::int FROM survey_question q JOIN survey s2 ON s2.id = q.survey_id
          WHERE s2.title LIKE '%(skala)' AND q.kind <> 'FREE_TEXT' AND s2.district_id = 'vest') AS questions
      FROM survey s JOIN survey_response r ON r.survey_id = s.id JOIN survey_answer a ON a.response_id = r.id
      WHERE s.title LIKE '%(skala)'`;
    expect(sheets!.surveys).toBe(7);
    expect(sheets!.answers).toBe(targets.surveyResponses * sheets!.questions);

    const [spread] = await prisma.$queryRaw<{ districts: number; years: number; public_services: number }[]>`
      SELECT count(DISTINCT district_id)::int AS districts,
        count(DISTINCT extract(year FROM received_on))::int AS years,
        count(DISTINCT public_service_type)::int AS public_services
      FROM inquiry WHERE person_alias IS NULL`;
    expect(spread).toEqual({ districts: 7, years: expect.any(Number), public_services: 10 });
    expect(spread!.years).toBeGreaterThanOrEqual(3);
    // Every copied group has a history that starts it: "groups started per month" counts them.
    const [{ without = -1 } = {}] = await prisma.$queryRaw<{ without: number }[]>`
      SELECT count(*)::int AS without FROM self_help_group g
      WHERE NOT EXISTS (SELECT 1 FROM group_status_change c WHERE c.group_id = g.id)`;
    expect(without).toBe(0);
  });

  it('adds nothing on a second run', async () => {
    const again = await inflateOverview(db, targets, 3);
    expect(again).toMatchObject({
      groupHistories: 0,
      inquiries: 0,
      facilitators: 0,
      activities: 0,
      courses: 0,
      surveyResponses: 0,
    });
    expect(again.completions).toBe(0);
    expect(again.interestEntries).toBe(0);
  });
});
