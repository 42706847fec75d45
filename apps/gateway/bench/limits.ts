// `pnpm bench`, part 2: what a refused operation costs, as a ratio to the cheapest request there
// is (`{ __typename }`, measured in the same run), and how long /healthz takes while refused
// operations arrive back to back. Goal (issue 9): every refusal well under 100 ms, i.e. within
// a few times the trivial request; /healthz unaffected.
// BENCH_GATEWAY_URL=http://host:port measures a running gateway instead (a production build on
// PostgreSQL, say) and leaves the test backends alone.
import { testBackends } from '@selvhjelp/db/testing';
import { startTestGateway } from '../test/harness.js';

const RUNS = 15;

const ATTACKS: Record<string, string> = {
  'cyclic counties (depth 9)':
    '{counties{municipalities{county{municipalities{county{municipalities{county{municipalities{name}}}}}}}}}',
  'cyclic counties (depth 11)':
    '{counties{municipalities{county{municipalities{county{municipalities{county{municipalities{county{municipalities{name}}}}}}}}}}}',
  'partner chain (depth 16)': `{ partners(first: 5) { edges { node { ${'contacts { partner { '.repeat(6)}id${' } }'.repeat(6)} } } } }`,
  '100 aliases of login': `mutation { ${Array.from({ length: 100 }, (_, i) => `l${i}: login(email: "a@b.no", password: "x") { token }`).join(' ')} }`,
  '50,000 aliases of __typename': `{ ${Array.from({ length: 50_000 }, (_, i) => `a${i}: __typename`).join(' ')} }`,
  '150k tokens': `{ ${'__typename '.repeat(150_000)}}`,
  '2,000 directives': `{ __typename ${'@include(if: true) '.repeat(2_000)}}`,
};

async function post(url: string, query: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  await response.arrayBuffer();
  return performance.now() - started;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function measure(label: string, url: string): Promise<void> {
  const times: Record<string, number[]> = { baseline: [] };
  for (let run = 0; run < RUNS; run++) {
    // Interleaved, so that both see the same machine.
    times.baseline!.push(await post(url, '{ __typename }'));
    for (const [name, query] of Object.entries(ATTACKS)) (times[name] ??= []).push(await post(url, query));
  }
  // /healthz while the heaviest refusals arrive back to back.
  let attacking = true;
  const attack = (async () => {
    while (attacking) for (const query of Object.values(ATTACKS)) await post(url, query);
  })();
  const health: number[] = [];
  for (let run = 0; run < 30; run++) {
    const started = performance.now();
    await (await fetch(`${url}/healthz`)).arrayBuffer();
    health.push(performance.now() - started);
  }
  attacking = false;
  await attack;

  const baseline = median(times.baseline!);
  console.log(`\n${label}: refused operations (median of ${RUNS}) against { __typename } = ${baseline.toFixed(1)} ms`);
  for (const name of Object.keys(ATTACKS)) {
    const ms = median(times[name]!);
    console.log(
      `  ${name.padEnd(30)} ${ms.toFixed(1).padStart(7)} ms  ${(ms / baseline).toFixed(1).padStart(5)}×  max ${Math.max(...times[name]!).toFixed(1)} ms`,
    );
  }
  console.log(
    `  /healthz during refusals        median ${median(health).toFixed(1)} ms, max ${Math.max(...health).toFixed(1)} ms`,
  );
}

if (process.env.BENCH_GATEWAY_URL) {
  await measure(process.env.BENCH_GATEWAY_URL, process.env.BENCH_GATEWAY_URL.replace(/\/+$/, ''));
} else {
  for (const backend of testBackends()) {
    const db = await backend.open();
    const gateway = await startTestGateway(db);
    try {
      await measure(backend.name, gateway.url);
    } finally {
      await gateway.close();
      await db.close();
    }
  }
}
