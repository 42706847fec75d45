// Load through node's own http client with keep-alive agents: requests on one connection one
// after another (latency), and N connections each sending its next request as soon as the last
// one is answered (throughput). Every answer must be 200, or the measurement stops.
import http from 'node:http';
import type { BenchRequest } from './requests.js';

function send(agent: http.Agent, url: URL, request: BenchRequest): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', agent, headers: request.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.once('end', () => {
        const body = Buffer.concat(chunks);
        if (res.statusCode === 200) resolve(body);
        else reject(new Error(`${url.href} answered ${res.statusCode}: ${body.toString().slice(0, 500)}`));
      });
      res.once('error', reject);
    });
    req.once('error', reject);
    req.end(request.body);
  });
}

/** One request; a kept-alive socket the server closed meanwhile answers ECONNRESET once: ask again. */
function sendOnce(agent: http.Agent, url: URL, request: BenchRequest): Promise<Buffer> {
  return send(agent, url, request).catch((error: NodeJS.ErrnoException) =>
    error.code === 'ECONNRESET' ? send(agent, url, request) : Promise.reject(error),
  );
}

export async function fetchBody(origin: string, request: BenchRequest): Promise<Buffer> {
  const agent = new http.Agent({ keepAlive: false });
  try {
    return await sendOnce(agent, new URL('/graphql', origin), request);
  } finally {
    agent.destroy();
  }
}

/** Latency in ms of `count` requests, one at a time on one kept-alive connection. */
export async function sequential(origin: string, request: BenchRequest, count: number): Promise<number[]> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const url = new URL('/graphql', origin);
  const times: number[] = [];
  try {
    for (let index = 0; index < count; index++) {
      const started = process.hrtime.bigint();
      await sendOnce(agent, url, request);
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
  } finally {
    agent.destroy();
  }
  return times;
}

/** Requests answered by `connections` kept-alive connections within `ms` (each finishes its last). */
export async function concurrent(
  origin: string,
  request: BenchRequest,
  connections: number,
  ms: number,
): Promise<{ requests: number; seconds: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const url = new URL('/graphql', origin);
  let requests = 0;
  const started = performance.now();
  const deadline = started + ms;
  const worker = async () => {
    while (performance.now() < deadline) {
      await sendOnce(agent, url, request);
      requests += 1;
    }
  };
  try {
    await Promise.all(Array.from({ length: connections }, worker));
  } finally {
    agent.destroy();
  }
  return { requests, seconds: (performance.now() - started) / 1000 };
}
