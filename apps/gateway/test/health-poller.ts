import { Worker } from 'node:worker_threads';

// Runs in its own thread: a poller on the gateway's thread would be blocked by the same work it
// is meant to notice, and would report the delay as nothing.
const POLLER = `
const { parentPort, workerData } = require('node:worker_threads');
const answers = [];
let stopping = false;
parentPort.on('message', () => { stopping = true; });
(async () => {
  // The thread's first request pays for its own HTTP client starting up; not the gateway's time.
  await (await fetch(workerData.url)).arrayBuffer();
  parentPort.postMessage('ready');
  while (!stopping) {
    const started = performance.now();
    const response = await fetch(workerData.url);
    await response.arrayBuffer();
    answers.push({ ms: performance.now() - started, status: response.status });
    await new Promise((resolve) => setTimeout(resolve, workerData.intervalMs));
  }
  parentPort.postMessage(answers);
})().catch((error) => parentPort.postMessage({ error: String(error) }));
`;

export interface HealthAnswer {
  ms: number;
  status: number;
}

/** Asks `url` every `intervalMs` from another thread (once it is running) until stopped; gives back every answer's time. */
export async function pollHealth(url: string, intervalMs = 20): Promise<{ stop(): Promise<HealthAnswer[]> }> {
  const worker = new Worker(POLLER, { eval: true, workerData: { url, intervalMs } });
  let ready!: () => void;
  const started = new Promise<void>((resolve) => (ready = resolve));
  const result = new Promise<HealthAnswer[]>((resolve, reject) => {
    worker.on('message', (message: 'ready' | HealthAnswer[] | { error: string }) => {
      if (message === 'ready') ready();
      else if (Array.isArray(message)) resolve(message);
      else reject(new Error(message.error));
    });
    worker.once('error', reject);
  });
  await Promise.race([started, result]);
  return {
    async stop() {
      worker.postMessage('stop');
      try {
        return await result;
      } finally {
        await worker.terminate();
      }
    },
  };
}
