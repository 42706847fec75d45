#!/usr/bin/env node
// Time to first byte and CPU per request of running portals, in interleaved rounds so that both
// see the same machine load. Linux only (CPU is read from /proc/<pid>/stat).
//
//   node apps/portal/bench/page-speed.mjs --path /grupper --rounds 10 --requests 30 \
//     before=http://localhost:3100@<pid> after=http://localhost:3200@<pid>
//
// Each portal is named, with its address and the pid of its `node server.js` (CPU per request is
// that process's user + system time over the round, divided by the requests; the gateway's time is
// in the TTFB but not in the CPU). Start the portals against the same gateway.
//
// --gateway-metrics http://127.0.0.1:<METRICS_PORT>/metrics also reports the portal's own share
// of the TTFB: the gateway's Prometheus histogram of HTTP requests is read before and after each
// round, and its /graphql time (Express middleware to response finished, summed over the round)
// divided by the pages is the gateway time behind one page; TTFB (mean of the round) minus that
// is the portal's time. The gateway must serve nobody else meanwhile. --cookie sends a Cookie
// header (a signed-in page); `pnpm bench` (apps/gateway/bench/compare.ts) uses measurePages below.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const TICK_MS = 1000 / 100; // USER_HZ is 100 on Linux
function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS; // utime + stime
}

// A kept-alive socket the server closed between rounds answers ECONNRESET once: ask again.
const timeRequest = (agent, url, headers) =>
  oneRequest(agent, url, headers).catch((error) =>
    error.code === 'ECONNRESET' ? oneRequest(agent, url, headers) : Promise.reject(error),
  );
function oneRequest(agent, url, headers) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const request = http.get(url, { agent, headers }, (response) => {
      const ttfb = Number(process.hrtime.bigint() - started) / 1e6;
      if (response.statusCode !== 200) reject(new Error(`${url} answered ${response.statusCode}`));
      response.resume();
      response.once('end', () => resolve(ttfb));
    });
    request.once('error', reject);
  });
}

/** Seconds and requests the gateway spent on /graphql so far (its HTTP histogram, all statuses). */
async function gatewayGraphqlTime(metricsUrl) {
  const text = await (await fetch(metricsUrl)).text();
  let seconds = 0;
  let count = 0;
  for (const line of text.split('\n')) {
    const match = /^http_request_duration_seconds_(sum|count)\{([^}]*)\} (\S+)$/.exec(line);
    if (!match || !match[2].includes('route="/graphql"')) continue;
    if (match[1] === 'sum') seconds += Number(match[3]);
    else count += Number(match[3]);
  }
  return { seconds, count };
}

export const median = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const mean = (list) => list.reduce((sum, value) => sum + value, 0) / list.length;
const quantile = (list, q) => [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(q * list.length))];

/**
 * Measures each target ({ name, url: portal origin, pid }) in interleaved rounds. Per round and
 * target: `ttfb` (median ms), `cpu` (ms per request), and with gatewayMetrics also `gatewayMs`
 * (gateway /graphql time per page), `calls` (gateway requests per page) and `portalMs` (mean
 * TTFB − gatewayMs).
 */
export async function measurePages({
  targets: given,
  path = '/grupper',
  rounds = 10,
  requests = 30,
  warmup = 20,
  encoding = 'identity',
  cookie,
  gatewayMetrics,
}) {
  const headers = { 'Accept-Encoding': encoding, ...(cookie ? { Cookie: cookie } : {}) };
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const targets = given.map((target) => ({
    ...target,
    url: new URL(path, target.url),
    ttfb: [],
    cpu: [],
    gatewayMs: [],
    calls: [],
    portalMs: [],
  }));
  try {
    for (const target of targets) for (let i = 0; i < warmup; i++) await timeRequest(agent, target.url, headers);
    for (let round = 0; round < rounds; round++) {
      // Alternate the order too, so neither side always runs first.
      const order = round % 2 ? [...targets].reverse() : targets;
      for (const target of order) {
        const gatewayBefore = gatewayMetrics ? await gatewayGraphqlTime(gatewayMetrics) : null;
        const before = cpuMs(target.pid);
        const times = [];
        for (let i = 0; i < requests; i++) times.push(await timeRequest(agent, target.url, headers));
        target.cpu.push((cpuMs(target.pid) - before) / times.length);
        target.ttfb.push(median(times));
        if (gatewayBefore) {
          const after = await gatewayGraphqlTime(gatewayMetrics);
          const gatewayMs = ((after.seconds - gatewayBefore.seconds) * 1000) / times.length;
          target.gatewayMs.push(gatewayMs);
          target.calls.push((after.count - gatewayBefore.count) / times.length);
          target.portalMs.push(mean(times) - gatewayMs);
        }
      }
    }
  } finally {
    agent.destroy();
  }
  return targets;
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      path: { type: 'string', default: '/grupper' },
      rounds: { type: 'string', default: '10' },
      requests: { type: 'string', default: '30' },
      warmup: { type: 'string', default: '20' },
      // What a browser sends: `--encoding 'br, gzip'` measures compression too (default: none).
      encoding: { type: 'string', default: 'identity' },
      cookie: { type: 'string' },
      'gateway-metrics': { type: 'string' },
    },
  });
  const targets = positionals.map((arg) => {
    const match = /^([^=]+)=(https?:\/\/[^@]+)@(\d+)$/.exec(arg);
    if (!match) throw new Error(`Expected name=url@pid, got ${arg}`);
    return { name: match[1], url: match[2], pid: Number(match[3]) };
  });
  if (targets.length === 0) throw new Error('Name at least one portal: name=http://host:port@pid');
  const results = await measurePages({
    targets,
    path: values.path,
    rounds: Number(values.rounds),
    requests: Number(values.requests),
    warmup: Number(values.warmup),
    encoding: values.encoding,
    cookie: values.cookie,
    gatewayMetrics: values['gateway-metrics'],
  });
  console.log(
    `${values.path}: ${values.rounds} rounds × ${values.requests} requests, one connection, Accept-Encoding: ${values.encoding}`,
  );
  const f = (n) => n.toFixed(1);
  const spread = (list) => `${f(median(list))} ms (rounds ${f(Math.min(...list))}–${f(Math.max(...list))})`;
  for (const { name, ttfb, cpu, portalMs, gatewayMs, calls } of results) {
    console.log(
      `${name.padEnd(10)} TTFB median ${spread(ttfb)}, p90 ${f(quantile(ttfb, 0.9))}   CPU/request median ${spread(cpu)}` +
        (portalMs.length
          ? `   TTFB − gateway ${spread(portalMs)}, gateway ${spread(gatewayMs)} in ${f(median(calls))} calls`
          : ''),
    );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
