import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ErrorRequestHandler } from 'express';
import type { RefusalParams } from '@selvhjelp/domain';
import { localeFromAcceptLanguage, renderMessage } from '@selvhjelp/domain';
import type { Logger } from '../logger.js';

/*
 * Errors that reach Express outside GraphQL: mostly the body parser refusing a request (malformed
 * JSON, too large, an unknown charset) before Apollo sees it. Express's own handler answers those
 * with an HTML page that holds the stack trace and file paths outside production; this one
 * answers in the GraphQL error shape clients already read, and never with internals.
 */

interface HttpError {
  status?: unknown;
  statusCode?: unknown;
  type?: unknown;
  /** body-parser's limit, on a body that was too large. */
  limit?: unknown;
}

interface Refusal {
  status: number;
  code: string;
  reason: string;
  params?: RefusalParams;
  maxBytes?: number;
}

const TOO_LARGE = { code: 'PAYLOAD_TOO_LARGE', reason: 'REQUEST_TOO_LARGE' } as const;

// body-parser's error types (https://github.com/expressjs/body-parser#errors).
const BY_TYPE: Record<string, Omit<Refusal, 'status'>> = {
  'entity.parse.failed': { code: 'BAD_REQUEST', reason: 'MALFORMED_JSON' },
  'entity.verify.failed': { code: 'BAD_REQUEST', reason: 'MALFORMED_REQUEST' },
  'request.aborted': { code: 'BAD_REQUEST', reason: 'REQUEST_ABORTED' },
  'request.size.invalid': { code: 'BAD_REQUEST', reason: 'MALFORMED_REQUEST' },
  'charset.unsupported': { code: 'UNSUPPORTED_MEDIA_TYPE', reason: 'UNSUPPORTED_CHARSET' },
  'encoding.unsupported': { code: 'UNSUPPORTED_MEDIA_TYPE', reason: 'UNSUPPORTED_ENCODING' },
};

const INTERNAL: Refusal = { status: 500, code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL_ERROR' };

function refusalFor(error: unknown): Refusal {
  const { status, statusCode, type, limit } = (typeof error === 'object' && error !== null ? error : {}) as HttpError;
  const httpStatus = Number(status ?? statusCode);
  if (!Number.isInteger(httpStatus) || httpStatus < 400 || httpStatus >= 500) return INTERNAL;
  // From body-parser (JSON) or graphql-upload (a multipart part): either way the client sent too much.
  if (httpStatus === 413) {
    const maxBytes = typeof limit === 'number' ? limit : undefined;
    return {
      status: 413,
      ...TOO_LARGE,
      ...(maxBytes ? { maxBytes, params: { kilobytes: Math.floor(maxBytes / 1024) } } : {}),
    };
  }
  const known = typeof type === 'string' ? BY_TYPE[type] : undefined;
  return { status: httpStatus, ...(known ?? { code: 'BAD_REQUEST', reason: 'MALFORMED_REQUEST' }) };
}

/**
 * Answers a request that failed outside GraphQL in the GraphQL error shape, and logs it with the
 * request id. Plain Node types: the `/graphql` fast path (http/graphql-route.ts) answers with it too.
 */
export function answerHttpError(
  logger: Logger,
  error: unknown,
  req: IncomingMessage,
  res: ServerResponse,
  fields: { requestId: unknown; path: string },
): void {
  const refusal = refusalFor(error);
  const logged = { ...fields, method: req.method, status: refusal.status, reason: refusal.reason };
  if (refusal.status >= 500) logger.error('request failed', { ...logged, error });
  else logger.warn('request refused', logged);
  const extensions = {
    code: refusal.code,
    reason: refusal.reason,
    ...(refusal.maxBytes ? { maxBytes: refusal.maxBytes } : {}),
  };
  const accept = req.headers['accept-language'];
  const message = renderMessage(refusal.reason, refusal.params, localeFromAcceptLanguage(accept));
  const body = JSON.stringify({ errors: [{ message, extensions }] });
  res.statusCode = refusal.status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(body));
  res.end(body);
}

/** Mount last: answers any error Express catches as JSON, logged with the request id. */
export function jsonErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    // Too late for a clean answer; Express's handler closes the connection.
    if (res.headersSent) {
      next(error);
      return;
    }
    answerHttpError(logger, error, req, res, { requestId: res.locals.requestId as unknown, path: req.path });
  };
}
