import http from 'node:http';
import https from 'node:https';

/** A gateway answer as the client reads it: the status and the body's text. */
export interface TransportAnswer {
  status: number;
  text: string;
}

/** How the portal's gateway client reaches the gateway. */
export interface GatewayTransport {
  /**
   * POSTs a JSON body. `idempotent` calls (queries) are sent again once when a kept-alive
   * connection turns out to have been closed by the gateway meanwhile.
   */
  postJson(url: string, headers: Record<string, string>, body: string, idempotent: boolean): Promise<TransportAnswer>;
  /** Multipart uploads (FormData bodies), which are rare enough to go through `fetch`. */
  fetch: typeof fetch;
}

// Kept-alive connections to the gateway. Idle ones are closed after 4 s, well before the gateway
// closes them (so a request seldom meets a connection closing under it), as undici does for fetch.
const agentOptions = { keepAlive: true, timeout: 4_000 };
const httpAgent = new http.Agent(agentOptions);
const httpsAgent = new https.Agent(agentOptions);

function post(url: URL, headers: Record<string, string>, body: string): Promise<TransportAnswer> {
  return new Promise((resolve, reject) => {
    const secure = url.protocol === 'https:';
    const request = (secure ? https : http).request(
      url,
      {
        method: 'POST',
        agent: secure ? httpsAgent : httpAgent,
        headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.once('end', () =>
          resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
        );
        response.once('error', reject);
      },
    );
    request.once('error', (error: NodeJS.ErrnoException) => {
      // Node's advice for kept-alive connections the server closed just as we reused them.
      if (request.reusedSocket && error.code === 'ECONNRESET') Object.assign(error, { staleSocket: true });
      reject(error);
    });
    request.end(body);
  });
}

/**
 * `node:http` with kept-alive connections: about a quarter of the CPU of `fetch` per call (no web
 * streams, no Request and Response objects), and no compressed answers to inflate.
 */
export const httpTransport: GatewayTransport = {
  async postJson(url, headers, body, idempotent) {
    const target = new URL(url);
    try {
      return await post(target, headers, body);
    } catch (error) {
      if (idempotent && (error as { staleSocket?: boolean }).staleSocket) return post(target, headers, body);
      throw error;
    }
  },
  fetch: (input, init) => fetch(input, init),
};

/** A transport over a `fetch` (tests hand in their own). */
export function fetchTransport(fetchImpl: typeof fetch): GatewayTransport {
  return {
    async postJson(url, headers, body) {
      const response = await fetchImpl(url, { method: 'POST', headers, body });
      return { status: response.status, text: await response.text() };
    },
    fetch: fetchImpl,
  };
}
