// The bench's tables: per backend and size, each figure of the gateway and the baseline (median
// over rounds, min–max) and the ratio gateway ÷ baseline (median of the per-round ratios,
// min–max); the portal's share of its pages; a summary of the ratios side by side; and how the
// staff list's p50 grows from the demo size to 20,000 groups (issue 11: ≤ 1.5× for its first
// page, a name search and its last page).

/** The labels of the staff list's requests beyond its first page (compare.ts asks for them). */
export const STAFF_SEARCH = 'staff search "sorg"';
export const STAFF_LAST_PAGE = 'staff last page';
const STAFF_GROWTH = ['staff list', STAFF_SEARCH, STAFF_LAST_PAGE];
const GROWTH_GOAL = 1.5;

/** Issue 11's goals for the summary's rows, checked on the median (rows not listed have none here). */
const SUMMARY_GOALS: Readonly<Record<string, (median: number) => boolean>> = {
  'public finder p50 at 1 connection': (ratio) => ratio <= 1.5,
  'staff list p50 at 1 connection': (ratio) => ratio <= 1.5,
  'public finder throughput at 8 connections': (ratio) => ratio >= 0.5,
  'staff list throughput at 8 connections': (ratio) => ratio >= 0.5,
  'bearer token cost (p50 with − without)': (ms) => ms <= 0.3,
  'portal /grupper TTFB − gateway': (ms) => ms <= 10,
  'portal /vest/grupper TTFB − gateway': (ms) => ms <= 10,
  'portal CPU per /grupper': (ms) => ms <= 8,
  'portal CPU per /vest/grupper': (ms) => ms <= 8,
};

export interface ServerFigures {
  /** Per round: median latency (ms) of sequential requests on one connection. */
  p50: number[];
  /** Per round: requests per second at 8 connections (empty: measured at 1 connection only). */
  throughput: number[];
  /** Per round: server CPU (ms) per request over the 8-connection phase (empty as throughput). */
  cpu: number[];
}

export interface PageFigures {
  path: string;
  ttfb: number[];
  cpu: number[];
  gatewayMs: number[];
  calls: number[];
  portalMs: number[];
}

export interface ComboResult {
  backend: 'pglite' | 'postgresql';
  size: 'demo' | 'large';
  groups: number;
  rounds: number;
  /** Pages of the staff list (25 each) the portal's "next" link walks through to the last. */
  staffPages: number;
  requests: {
    label: string;
    bytes: number;
    /** Groups in the answer's page. */
    nodes: number;
    gateway: ServerFigures;
    baseline: ServerFigures;
  }[];
  pages: PageFigures[];
  /** Per round: gateway p50 of `{ __typename }` with a bearer token − without (ms). */
  tokenCost: number[];
  /** Operations the gateway executed compiled and on graphql-js (decision 0039), read from its metrics at the end. */
  executions?: { compiled: number; standard: number };
}

const median = (list: number[]) => {
  const sorted = [...list].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

const digits = (value: number, places: number) => value.toFixed(places);
function spread(list: number[], places: number, unit = ''): string {
  if (list.length === 0) return '–';
  return `${digits(median(list), places)}${unit} (${digits(Math.min(...list), places)}–${digits(Math.max(...list), places)})`;
}
const ratios = (gateway: number[], baseline: number[]) => gateway.map((value, index) => value / baseline[index]!);

/** A summary row: each cell's spread, with ✓ or ✗ where the row has a goal. */
function summaryRow(what: string, lists: (number[] | undefined)[], places: number, unit: string): string[] {
  const goal = SUMMARY_GOALS[what];
  return [
    what,
    ...lists.map((list) => {
      if (!list?.length) return '–';
      const text = spread(list, places, unit);
      return goal ? `${text} ${goal(median(list)) ? '✓' : '✗'}` : text;
    }),
  ];
}

const METRICS = [
  { key: 'p50', what: 'p50 at 1 connection', unit: ' ms', places: 2 },
  { key: 'throughput', what: 'throughput at 8 connections', unit: '/s', places: 0 },
  { key: 'cpu', what: 'CPU per request', unit: ' ms', places: 2 },
] as const;

const backendName = (combo: ComboResult) => (combo.backend === 'pglite' ? 'PGlite' : 'PostgreSQL');
const comboName = (combo: ComboResult) =>
  `${backendName(combo)}, ${combo.size === 'demo' ? 'demo' : '20k'} (${combo.groups.toLocaleString('en')} groups)`;

function table(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

export function formatReport(
  results: ComboResult[],
  settings: { connections: number; latencyRequests: number; throughputMs: number; pageRequests: number },
): string {
  const out: string[] = [
    '',
    `Gateway ÷ hand-written baseline (byte-identical JSON checked first). Per round: p50 of ${settings.latencyRequests} ` +
      `sequential requests; ${settings.throughputMs} ms at ${settings.connections} connections for throughput and ` +
      `server CPU per request. Figures: median over rounds (min–max).`,
  ];
  for (const combo of results) {
    out.push('', `### ${comboName(combo)}, ${combo.rounds} rounds`, '');
    const rows: string[][] = [];
    for (const request of combo.requests)
      for (const metric of METRICS) {
        if (request.gateway[metric.key].length === 0) continue;
        rows.push([
          `${request.label} ${metric.what}`,
          spread(request.gateway[metric.key], metric.places, metric.unit),
          spread(request.baseline[metric.key], metric.places, metric.unit),
          spread(ratios(request.gateway[metric.key], request.baseline[metric.key]), 2, '×'),
        ]);
      }
    out.push(table(['what', 'gateway', 'baseline', 'gateway ÷ baseline'], rows));
    out.push('', `The staff list's last page is page ${combo.staffPages} (25 groups a page).`);
    if (combo.executions)
      out.push(
        '',
        `Operations the gateway executed compiled (the portal's own queries, decision 0039): ` +
          `${combo.executions.compiled}; on graphql-js: ${combo.executions.standard} (\`{ __typename }\` is not a portal query).`,
      );
    out.push(
      '',
      `A bearer token's cost to the gateway (\`{ __typename }\` p50 with − without): ${spread(combo.tokenCost, 2, ' ms')}`,
    );
    if (combo.pages.length) {
      out.push('');
      out.push(
        table(
          ['portal page', 'TTFB', 'TTFB − gateway', 'gateway time (calls)', 'portal CPU per request'],
          combo.pages.map((page) => [
            page.path,
            spread(page.ttfb, 1, ' ms'),
            spread(page.portalMs, 1, ' ms'),
            `${spread(page.gatewayMs, 1, ' ms')} (${digits(median(page.calls), 1)})`,
            spread(page.cpu, 1, ' ms'),
          ]),
        ),
      );
    }
  }
  if (results.length > 1) {
    out.push(
      '',
      '### Summary: gateway ÷ baseline, median (min–max) over rounds; ✓ or ✗: issue 11’s goal, on the median',
      '',
    );
    const rows: string[][] = [];
    const labels = results[0]!.requests.map((request) => request.label);
    for (const label of labels)
      for (const metric of METRICS) {
        const at = (combo: ComboResult) => combo.requests.find((candidate) => candidate.label === label)!;
        if (results.every((combo) => at(combo).gateway[metric.key].length === 0)) continue;
        rows.push(
          summaryRow(
            `${label} ${metric.what}`,
            results.map((combo) => ratios(at(combo).gateway[metric.key], at(combo).baseline[metric.key])),
            2,
            '×',
          ),
        );
      }
    rows.push(
      summaryRow(
        'bearer token cost (p50 with − without)',
        results.map((combo) => combo.tokenCost),
        2,
        ' ms',
      ),
    );
    for (const path of ['/grupper', '/vest/grupper']) {
      const pages = results.map((combo) => combo.pages.find((candidate) => candidate.path === path));
      rows.push(
        summaryRow(
          `portal ${path} TTFB − gateway`,
          pages.map((page) => page?.portalMs),
          1,
          ' ms',
        ),
      );
      rows.push(
        summaryRow(
          `portal CPU per ${path}`,
          pages.map((page) => page?.cpu),
          1,
          ' ms',
        ),
      );
    }
    out.push(table(['what', ...results.map(comboName)], rows));
    out.push(...growthTables(results));
  }
  return out.join('\n');
}

/**
 * How the staff list's p50 grows from the demo size to 20k, per backend: the ratio of the
 * medians over rounds, and (min–max) the per-round ratios (both sizes are measured in each round).
 */
function growthTables(results: ComboResult[]): string[] {
  const out: string[] = [];
  for (const backend of ['pglite', 'postgresql'] as const) {
    const demo = results.find((combo) => combo.backend === backend && combo.size === 'demo');
    const large = results.find((combo) => combo.backend === backend && combo.size === 'large');
    if (!demo || !large) continue;
    const rows = STAFF_GROWTH.flatMap((label) => {
      const at = (combo: ComboResult) => combo.requests.find((request) => request.label === label);
      const [small, big] = [at(demo), at(large)];
      if (!small || !big) return [];
      const growth = (server: 'gateway' | 'baseline') => {
        const [before, after] = [small[server].p50, big[server].p50];
        const ratio = median(after) / median(before);
        const rounds = after.slice(0, before.length).map((value, index) => value / before[index]!);
        return {
          ratio,
          text: `${digits(ratio, 2)}× (${digits(Math.min(...rounds), 2)}–${digits(Math.max(...rounds), 2)})`,
        };
      };
      const gateway = growth('gateway');
      return [
        [
          label,
          `${small.nodes} → ${big.nodes}`,
          spread(small.gateway.p50, 2, ' ms'),
          spread(big.gateway.p50, 2, ' ms'),
          `${gateway.text} ${gateway.ratio <= GROWTH_GOAL ? '✓' : '✗'}`,
          spread(small.baseline.p50, 2, ' ms'),
          spread(big.baseline.p50, 2, ' ms'),
          growth('baseline').text,
        ],
      ];
    });
    out.push(
      '',
      `### ${backendName(demo)}: staff list p50 at 1 connection, 20k (last page: page ${large.staffPages}) ÷ demo ` +
        `(page ${demo.staffPages}); goal ≤ ${GROWTH_GOAL}× for each`,
      '',
      table(
        [
          'request',
          'groups on the page',
          'gateway demo',
          'gateway 20k',
          'gateway 20k ÷ demo',
          'baseline demo',
          'baseline 20k',
          'baseline 20k ÷ demo',
        ],
        rows,
      ),
    );
  }
  return out;
}
