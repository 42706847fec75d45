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
// A portal outside production settings says in `Server-Timing: gateway;dur=…` how long each page
// waited for the gateway; the bench then reports the portal's own share, TTFB minus that wait.
// Staff pages need a session: `--cookie 'selvhjelp_session=…'` (the Set-Cookie of a login).
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { parseArgs } from 'node:util';

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
  },
});
const targets = positionals.map((arg) => {
  const match = /^([^=]+)=(https?:\/\/[^@]+)@(\d+)$/.exec(arg);
  if (!match) throw new Error(`Expected name=url@pid, got ${arg}`);
  return { name: match[1], url: new URL(values.path, match[2]), pid: Number(match[3]), ttfb: [], own: [], cpu: [] };
});
if (targets.length === 0) throw new Error('Name at least one portal: name=http://host:port@pid');

const TICK_MS = 1000 / 100; // USER_HZ is 100 on Linux
function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS; // utime + stime
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
// A kept-alive socket the server closed between rounds answers ECONNRESET once: ask again.
const timeRequest = (url) =>
  oneRequest(url).catch((error) => (error.code === 'ECONNRESET' ? oneRequest(url) : Promise.reject(error)));
const headers = { 'Accept-Encoding': values.encoding, ...(values.cookie ? { Cookie: values.cookie } : {}) };
/** The gateway's share of a page (ms) from `Server-Timing: gateway;dur=12.3`, or null when not told. */
function gatewayMs(response) {
  const match = /(?:^|,)\s*gateway;(?:[^,]*;)?dur=([\d.]+)/.exec(response.headers['server-timing'] ?? '');
  return match ? Number(match[1]) : null;
}
function oneRequest(url) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const request = http.get(url, { agent, headers }, (response) => {
      const ttfb = Number(process.hrtime.bigint() - started) / 1e6;
      if (response.statusCode !== 200) reject(new Error(`${url} answered ${response.statusCode}`));
      const gateway = gatewayMs(response);
      response.resume();
      response.once('end', () => resolve({ ttfb, own: gateway === null ? null : ttfb - gateway }));
    });
    request.once('error', reject);
  });
}

const median = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const quantile = (list, q) => [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(q * list.length))];

for (const target of targets) for (let i = 0; i < Number(values.warmup); i++) await timeRequest(target.url);

for (let round = 0; round < Number(values.rounds); round++) {
  // Alternate the order too, so neither side always runs first.
  const order = round % 2 ? [...targets].reverse() : targets;
  for (const target of order) {
    const before = cpuMs(target.pid);
    const times = [];
    for (let i = 0; i < Number(values.requests); i++) times.push(await timeRequest(target.url));
    target.cpu.push((cpuMs(target.pid) - before) / times.length);
    target.ttfb.push(median(times.map((time) => time.ttfb)));
    if (times.every((time) => time.own !== null)) target.own.push(median(times.map((time) => time.own)));
  }
}

console.log(
  `${values.path}: ${values.rounds} rounds × ${values.requests} requests, one connection, Accept-Encoding: ${values.encoding}`,
);
const f = (n) => n.toFixed(1);
const spread = (list) => `${f(median(list))} ms (rounds ${f(Math.min(...list))}–${f(Math.max(...list))}`;
for (const { name, ttfb, own, cpu } of targets) {
  console.log(
    `${name.padEnd(10)} TTFB median ${spread(ttfb)}, p90 ${f(quantile(ttfb, 0.9))})` +
      (own.length === ttfb.length ? `   TTFB − gateway ${spread(own)})` : '') +
      `   CPU/request median ${spread(cpu)})`,
  );
}
agent.destroy();
