import type { IncomingMessage } from 'node:http';

/**
 * A request body that could not be read, with body-parser's `status`, `type` and `limit`, so that
 * http/error-handler.ts answers it exactly as it answers body-parser's own errors.
 */
export class BodyReadError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    readonly limit?: number,
  ) {
    super(type);
  }
}

// body-parser's strict mode: a JSON body is an object or an array.
const FIRST_CHAR = /^[ \t\n\r]*([^ \t\n\r])/;

/**
 * Reads and parses a UTF-8 JSON body of at most `limit` bytes, as `express.json({ limit })` does
 * for the bodies the `/graphql` fast path takes (identity encoding, UTF-8): an empty body is `{}`,
 * anything but an object or array is malformed, a body over the limit is 413. On a refusal the
 * rest of the body is read and dropped first, as body-parser does, so the answer reaches a client
 * that is still sending.
 */
export function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const declared = req.headers['content-length'];
    const length = declared === undefined ? null : Number.parseInt(declared, 10);
    const fail = (error: BodyReadError) => {
      req.removeListener('data', onData);
      req.removeListener('end', onEnd);
      req.removeListener('aborted', onAborted);
      if (req.complete) reject(error);
      else {
        req.once('end', () => reject(error));
        req.once('close', () => reject(error));
        req.resume();
      }
    };
    const chunks: Buffer[] = [];
    let received = 0;
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > limit) fail(new BodyReadError(413, 'entity.too.large', limit));
      else chunks.push(chunk);
    };
    const onAborted = () => fail(new BodyReadError(400, 'request.aborted'));
    const onEnd = () => {
      req.removeListener('aborted', onAborted);
      if (length !== null && received !== length) {
        reject(new BodyReadError(400, 'request.size.invalid'));
        return;
      }
      if (received === 0) {
        resolve({});
        return;
      }
      let text = (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, received)).toString('utf8');
      // body-parser's decoder drops a byte-order mark.
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      const first = FIRST_CHAR.exec(text)?.[1];
      if (first !== '{' && first !== '[') {
        reject(new BodyReadError(400, 'entity.parse.failed'));
        return;
      }
      try {
        resolve(JSON.parse(text));
      } catch {
        reject(new BodyReadError(400, 'entity.parse.failed'));
      }
    };
    if (length !== null && length > limit) {
      fail(new BodyReadError(413, 'entity.too.large', limit));
      return;
    }
    req.on('data', onData);
    req.once('end', onEnd);
    req.once('aborted', onAborted);
  });
}
