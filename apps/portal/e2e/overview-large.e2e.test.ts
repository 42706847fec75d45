import path from 'node:path';
import type { SharedTestDatabase, TestBackend } from '@selvhjelp/db/testing';
import { directCoveredMunicipalities, directOverviewCounts, seedLargeScale, testBackends } from '@selvhjelp/db/testing';
import { COUNTIES, municipalitiesInCounty, todayIn } from '@selvhjelp/domain';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import type { PortalContext } from './browser';
import { launchBrowser, openPortal } from './browser';
import { gatewayCall } from './gateway-api';
import { DEMO_PASSWORD, demo, expectAccessible, loginAs } from './helpers';
import type { DirectCounts, ExpectedTable, TableAxes } from './overview-large-tables';
import { compareRows, compareStatTables, expectedTable, newComparison, readTables } from './overview-large-tables';
import type { Service } from './processes';
import { freePort, startService, stopService, waitForHealthy } from './processes';

// Issue 13, acceptance 1: on the large seed (`pnpm db:seed --scale large`), the national dashboard
// for last calendar year renders all its charts and tables, and every number on it matches a direct
// SQL count (the checker's statements in @selvhjelp/db/testing), on each backend. Each backend gets
// its own database, gateway and portal; the suite's shared gateway and its data are not touched.

const PORTAL_DIR = path.resolve(import.meta.dirname, '..');
const REPO_DIR = path.resolve(PORTAL_DIR, '..', '..');
const GATEWAY_MAIN = path.join(REPO_DIR, 'apps', 'gateway', 'dist', 'main.js');

const year = Number(todayIn(new Date()).slice(0, 4)) - 1;
const period = { from: `${year}-01-01`, to: `${year}-12-31` };

/** The tables' keys and axes, which the page shows as labels only. */
const AXES = `query LargeOverviewAxes($period: PeriodInput!) {
  overview(period: $period) {
    suppressionThreshold
    tables { key title protected rows { key label } columns { key label } }
  }
}`;
interface AxesData {
  overview: { suppressionThreshold: number; tables: (TableAxes & { title: string })[] };
}

/** The week whose inquiries are few enough per district and kind for "<5" and ":" cells. */
const week = { from: `${year}-06-02`, to: `${year}-06-08` };
const PROTECTED_FIGURES = [
  'inquiriesByChannel',
  'inquiriesByInquirer',
  'inquiriesByAction',
  'inquiriesPerMonth',
  'casesByState',
  'interestDemand',
] as const;
const PROTECTED_TABLES = [
  'INQUIRIES_BY_CHANNEL',
  'MINUTES_BY_CHANNEL',
  'INQUIRIES_BY_INQUIRER',
  'INQUIRIES_BY_ACTION',
  'INQUIRIES_PER_MONTH',
  'CASES',
  'INTEREST_DEMAND',
];

type Coverage = Map<string, { covered: number; municipalities: number }>;
interface Prepared {
  shared: SharedTestDatabase;
  direct: DirectCounts;
  coverage: Coverage;
  weekDirect: DirectCounts;
}

/** The large seed and every direct count the test compares with; the database is closed after. */
async function prepare(backend: TestBackend): Promise<Prepared> {
  const shared = await backend.openShared();
  try {
    const started = performance.now();
    await seedLargeScale(shared.db);
    const seeded = performance.now();
    const direct = await directOverviewCounts(shared.db, period);
    const weekDirect = await directOverviewCounts(shared.db, week, undefined, PROTECTED_FIGURES);
    const covered = new Set(await directCoveredMunicipalities(shared.db, period));
    const coverage: Coverage = new Map();
    for (const county of COUNTIES) {
      const municipalities = municipalitiesInCounty(county.number);
      coverage.set(county.number, {
        covered: municipalities.filter((municipality) => covered.has(municipality.number)).length,
        municipalities: municipalities.length,
      });
    }
    console.log(
      `${backend.name}: large seed ${((seeded - started) / 1000).toFixed(1)} s, direct counts ${((performance.now() - seeded) / 1000).toFixed(1)} s`,
    );
    // PGlite is one process: the gateway can open the folder only once this handle is closed.
    await shared.db.close();
    return { shared, direct, coverage, weekDirect };
  } catch (error) {
    await shared.dispose();
    throw error;
  }
}

let browser: Browser;
/*
 * Both backends are seeded and counted at once (PostgreSQL's work runs in its server, PGlite's in
 * this process), each awaited by its own block: the spec takes about as long as the slower one.
 */
const preparing = new Map<string, Promise<Prepared>>();
beforeAll(async () => {
  for (const backend of testBackends()) {
    const prepared = prepare(backend);
    prepared.catch(() => undefined); // reported by the block that awaits it
    preparing.set(backend.name, prepared);
  }
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  // A block that failed early never disposed of its database.
  await Promise.all(
    [...preparing.values()].map((prepared) =>
      prepared.then(
        (p) => p.shared.dispose(),
        () => undefined,
      ),
    ),
  );
});

describe.each(testBackends())('the national dashboard on the large seed ($name)', ({ name }) => {
  const services: Service[] = [];
  let portalUrl = '';
  let gatewayUrl = '';
  let prepared: Prepared;
  let token = '';
  /** The national user's browser, signed in once for both periods. */
  let signedIn: PortalContext | undefined;
  /** What the week's test saw, for the test of the protection after it. */
  let weekLeaks: string[] | undefined;

  beforeAll(async () => {
    prepared = await preparing.get(name)!;
    const gatewayPort = await freePort();
    const gateway = startService(
      `gateway-large-${name}`,
      GATEWAY_MAIN,
      {
        ...prepared.shared.env,
        GATEWAY_PORT: String(gatewayPort),
        NODE_ENV: 'test',
        SEED_DEMO_DATA: 'never',
        LOG_LEVEL: 'warn',
        // Nothing may change the data between the direct counts and the page.
        RETENTION_INTERVAL_MINUTES: '0',
        REPORT_JOB_INTERVAL_SECONDS: '0',
      },
      REPO_DIR,
    );
    services.push(gateway);
    await waitForHealthy(gateway, `http://127.0.0.1:${gatewayPort}/healthz`);
    gatewayUrl = `http://127.0.0.1:${gatewayPort}/graphql`;

    const portalPort = await freePort();
    const portal = startService(
      `portal-large-${name}`,
      'server.js',
      { NODE_ENV: 'production', GATEWAY_URL: gatewayUrl, PORTAL_DISTRICT: '', PORTAL_PORT: String(portalPort) },
      PORTAL_DIR,
    );
    services.push(portal);
    portalUrl = `http://localhost:${portalPort}`;
    await waitForHealthy(portal, `${portalUrl}/healthz`);

    const { login } = await gatewayCall<{ login: { token: string } }>(
      gatewayUrl,
      'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
      { email: demo.national.email, password: DEMO_PASSWORD },
    );
    token = login.token;
    signedIn = await openPortal(browser, portalUrl);
    await loginAs(signedIn.page, portalUrl, '/nasjonalt', demo.national.email);
  }, 180_000);

  afterAll(async () => {
    await signedIn?.context.close();
    await Promise.all(services.map((service) => stopService(service)));
  });

  /** The tables' keys and axes for a period, as the national user gets them. */
  async function axesOf(forPeriod: { from: string; to: string }) {
    return (await gatewayCall<AxesData>(gatewayUrl, AXES, { period: forPeriod }, token)).overview;
  }

  it('renders every chart and table of last year, each number as counted directly in SQL', async () => {
    const overview = await axesOf(period);
    const threshold = overview.suppressionThreshold;
    const { direct, coverage } = prepared;
    const expected = new Map<string, ExpectedTable>(
      overview.tables.map((axes) => [axes.key, expectedTable(axes, direct, coverage)]),
    );

    const { page, foreignRequests } = signedIn!;
    await page.goto(`${portalUrl}/nasjonalt/oversikt?from=${period.from}&to=${period.to}`);
    await page.getByRole('heading', { level: 1, name: 'Landsoversikt' }).waitFor();
    const comparison = newComparison();

    // Every table of the overview, in the gateway's order, each number against its direct count.
    const tables = await readTables(page, '[data-testid^="stat-table-"]');
    expect(tables.map((table) => table.testId)).toEqual(overview.tables.map((axes) => `stat-table-${axes.key}`));
    expect(overview.tables.length).toBe(18);
    compareStatTables(comparison, overview.tables, tables, expected, threshold, 'Totalt');

    // The charts: four drawings, each a named SVG with its table, and the heat table.
    const figures = page.locator('figure.portal-chart');
    await expect.poll(() => figures.count()).toBe(4);
    for (const figure of await figures.all()) {
      expect(await figure.locator('svg[role="img"]').count()).toBe(1);
      expect((await figure.locator('svg[role="img"] > title').textContent())?.trim()).toBeTruthy();
      expect(await figure.locator('table').count()).toBe(1);
    }
    const [byStatus, started, inquiriesPerMonth, map] = await readTables(page, 'figure.portal-chart');
    const [heat] = await readTables(page, '.portal-heat');
    const tableAxes = (key: string) => overview.tables.find((axes) => axes.key === key)!;
    const exact = (value: number) => ({ direct: value, behind: value });

    const status = expected.get('GROUPS_BY_STATUS')!;
    expect(byStatus!.caption).toBe('Grupper per distrikt etter status – tabell');
    compareRows(
      comparison,
      'chart: groups by status',
      byStatus!.rows,
      tableAxes('GROUPS_BY_STATUS').rows.map((row, r) => ({
        header: row.label,
        cells: [...status.cells[r]!, status.rowTotals[r]!].map(exact),
      })),
      threshold,
      false,
    );
    const perMonth = expected.get('GROUPS_STARTED_PER_MONTH')!;
    expect(started!.caption).toBe('Grupper startet per måned – tabell');
    compareRows(
      comparison,
      'chart: groups started',
      started!.rows,
      tableAxes('GROUPS_STARTED_PER_MONTH').columns.map((month, m) => ({
        header: month.label,
        cells: [exact(perMonth.columnTotals[m]!)],
      })),
      threshold,
      false,
    );
    const inquiries = expected.get('INQUIRIES_PER_MONTH')!;
    expect(inquiriesPerMonth!.caption).toBe(`${tableAxes('INQUIRIES_PER_MONTH').title} – tabell`);
    compareRows(
      comparison,
      'chart: inquiries per month',
      inquiriesPerMonth!.rows,
      tableAxes('INQUIRIES_PER_MONTH').rows.map((month, m) => ({
        header: month.label,
        cells: inquiries.cells[m]!.map(exact),
      })),
      threshold,
      true,
    );
    // Themes down the side, districts across.
    const themes = expected.get('GROUPS_BY_THEME')!;
    const themeAxes = tableAxes('GROUPS_BY_THEME');
    compareRows(
      comparison,
      'chart: themes × districts',
      [...heat!.rows, ...heat!.foot],
      [
        ...themeAxes.columns.map((theme, t) => ({
          header: theme.label,
          cells: [...themeAxes.rows.map((_, d) => themes.cells[d]![t]!), themes.columnTotals[t]!].map(exact),
        })),
        { header: 'Totalt', cells: [...themes.rowTotals, themes.total].map(exact) },
      ],
      threshold,
      false,
    );
    // The map's table: covered municipalities and all of them per county (the share is derived).
    expect(map!.caption).toBe('Kommuner med minst én åpen gruppe – tabell');
    const counties = [...COUNTIES].sort((a, b) => a.number.localeCompare(b.number));
    compareRows(
      comparison,
      'chart: coverage',
      map!.rows.map((row) => ({ header: row.header, cells: row.cells.slice(0, 2) })),
      counties.map((county) => ({
        header: county.name,
        cells: [coverage.get(county.number)!.covered, coverage.get(county.number)!.municipalities].map(exact),
      })),
      threshold,
      false,
    );

    console.log(
      `${name}: ${comparison.checked} numbers compared with direct counts (${comparison.small} "<${threshold}", ${comparison.hidden} ":")`,
    );
    expect(comparison.problems).toEqual([]);
    expect(comparison.leaks).toEqual([]);
    expect(comparison.checked).toBeGreaterThan(1000);

    // The markup is the same on every backend, and axe takes long on a page this size: once is enough.
    if (name === testBackends()[0]!.name) {
      await expectAccessible(page);
      expect(await axeViolations(page)).toEqual([]);
    }
    expect(foreignRequests).toEqual([]);
  }, 90_000);

  it('hides the small counts of a week as "<5", and where they could be derived as ":"', async () => {
    const overview = await axesOf(week);
    const threshold = overview.suppressionThreshold;
    const expected = new Map<string, ExpectedTable>(
      overview.tables
        .filter((axes) => PROTECTED_TABLES.includes(axes.key))
        .map((axes) => [axes.key, expectedTable(axes, prepared.weekDirect, new Map())]),
    );
    expect([...expected.keys()]).toEqual(PROTECTED_TABLES);

    const { page } = signedIn!;
    await page.goto(`${portalUrl}/nasjonalt/oversikt?from=${week.from}&to=${week.to}`);
    await page.getByRole('heading', { level: 1, name: 'Landsoversikt' }).waitFor();
    const comparison = newComparison();
    compareStatTables(
      comparison,
      overview.tables,
      await readTables(page, '[data-testid^="stat-table-"]'),
      expected,
      threshold,
      'Totalt',
    );
    console.log(
      `${name}, ${week.from}..${week.to}: ${comparison.checked} protected numbers compared (${comparison.small} "<${threshold}", ${comparison.hidden} ":")`,
    );
    expect(comparison.problems).toEqual([]);
    // Each "<5" was checked to hide a direct count of 1–4; the week must have some of both kinds.
    expect(comparison.small).toBeGreaterThan(0);
    expect(comparison.hidden).toBeGreaterThan(0);
    weekLeaks = comparison.leaks;
  }, 60_000);

  // Acceptance 2's rule seen on real data: no row or column (with its total) hides exactly one number.
  it('hides no single number of a line of the week, where subtraction would give it away', () => {
    expect(weekLeaks).toEqual([]);
  }, 60_000);
});
