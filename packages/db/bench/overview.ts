// `pnpm bench`: the national overview for a year on the large seed (issue 13, acceptance 6).
// On every test backend: the demo data, 20,000 groups and the registries at scale (the same rows
// `pnpm db:seed --scale large` makes), then each of the overview's grouped statements for last
// calendar year over all districts, in interleaved rounds, and the whole dashboard as the gateway
// asks for it (every figure at once). The hand-written baseline, measured in the same rounds, is
// the cheapest question one could ask of a year: one count of its inquiries. Finally every figure
// is recounted by the direct statements of the acceptance test's checker on this large data.
//   pnpm exec tsx bench/overview.ts        (TEST_DATABASE_URL=... adds PostgreSQL)
import { NATIONAL_SCOPE, todayIn } from '@selvhjelp/domain';
import type { OverviewFigure } from '../src/index.js';
import { OVERVIEW_FIGURES, prepareDatabase } from '../src/index.js';
import { databaseInternals } from '../src/database.js';
import { inflateGroups } from '../src/seed/scale.js';
import { inflateOverview } from '../src/seed/scale-overview.js';
import { checkOverviewFigures, testBackends } from '../src/testing/index.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const year = Number(todayIn(new Date()).slice(0, 4)) - 1;
const period = { from: `${year}-01-01`, to: `${year}-12-31` } as const;
const figures = Object.keys(OVERVIEW_FIGURES) as OverviewFigure[];

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
const spread = (list: number[]) => {
  const sorted = [...list].sort((a, b) => a - b);
  return `${sorted[Math.floor(sorted.length * 0.1)]!.toFixed(1)}–${sorted[Math.floor(sorted.length * 0.9)]!.toFixed(1)}`;
};

for (const backend of testBackends()) {
  const db = await backend.open();
  try {
    const seeding = performance.now();
    await prepareDatabase(db, { seed: 'if-empty' });
    await inflateGroups(db);
    await inflateOverview(db);
    console.log(`${backend.name}: large seed in ${((performance.now() - seeding) / 1000).toFixed(1)} s`);

    const { prisma } = databaseInternals(db);
    const repo = db.repositories.overview;
    const baseline = async () =>
      prisma.$queryRaw`SELECT count(*)::int AS n FROM inquiry WHERE received_on BETWEEN ${period.from}::date AND ${period.to}::date`;
    const one = (figure: OverviewFigure) => repo.figure(figure, NATIONAL_SCOPE, undefined, period);
    const coverage = () => repo.coverage(NATIONAL_SCOPE, undefined, period);
    const dashboard = () => Promise.all([...figures.map(one), coverage()]);
    // The portal's default period is this year to today: its last month is cut, and its days are
    // read from the rows rather than the monthly totals (decision 0029).
    const cut = { from: period.from, to: `${year}-12-15` } as const;
    const cutDashboard = () =>
      Promise.all([
        ...figures.map((figure) => repo.figure(figure, NATIONAL_SCOPE, undefined, cut)),
        repo.coverage(NATIONAL_SCOPE, undefined, cut),
      ]);

    for (let warm = 0; warm < 3; warm += 1) await Promise.all([baseline(), dashboard()]);
    const times = new Map<string, number[]>();
    const time = async (name: string, run: () => Promise<unknown>) => {
      const started = performance.now();
      await run();
      const list = times.get(name) ?? [];
      list.push(performance.now() - started);
      times.set(name, list);
    };
    for (let round = 0; round < ROUNDS; round += 1) {
      // The order turns each round, so no statement always runs on a cache the previous one warmed.
      const steps: [string, () => Promise<unknown>][] = [
        ['baseline: count of the year’s inquiries', baseline],
        ...figures.map((figure): [string, () => Promise<unknown>] => [figure, () => one(figure)]),
        ['coverage', coverage],
        ['whole dashboard (all at once)', dashboard],
        ['whole dashboard, to 15 December', cutDashboard],
      ];
      const shift = round % steps.length;
      for (const [name, run] of [...steps.slice(shift), ...steps.slice(0, shift)]) await time(name, run);
    }
    const base = median(times.get('baseline: count of the year’s inquiries')!);
    console.log(
      `${backend.name}: the overview of ${period.from}..${period.to}, all districts, ${ROUNDS} rounds (median ms, p10–p90, ÷ baseline)`,
    );
    for (const [name, list] of times) {
      const value = median(list);
      console.log(
        `  ${name.padEnd(40)} ${value.toFixed(1).padStart(7)}  ${spread(list).padStart(13)}  ${(value / base).toFixed(1)}×`,
      );
    }

    const checking = performance.now();
    const check = await checkOverviewFigures(db, period);
    console.log(
      `${backend.name}: direct recount of every figure: ${check.mismatches.length} mismatches over ` +
        `${check.comparedNonZero} non-zero cells (${((performance.now() - checking) / 1000).toFixed(1)} s)`,
    );
    if (check.mismatches.length > 0) {
      console.log(check.mismatches.slice(0, 10));
      process.exitCode = 1;
    }
  } finally {
    await db.close();
  }
}
