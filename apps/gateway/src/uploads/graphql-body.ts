import express from 'express';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import graphqlUploadExpress from 'graphql-upload/graphqlUploadExpress.mjs';

/** Default of GRAPHQL_MAX_BODY_BYTES: far above any operation we serve, far below a file. */
export const DEFAULT_GRAPHQL_MAX_BODY_BYTES = 256 * 1024;

export interface GraphQLBodyLimits {
  /** A JSON body, and the `operations` part of a multipart request. */
  maxBodyBytes: number;
  /** The largest file any `Upload` argument takes; each argument checks its own limit while reading. */
  maxFileBytes: number;
}

/**
 * What reads a `/graphql` request body: small JSON, or a GraphQL multipart request
 * (docs/decisions/0006) whose one file is streamed to the resolver. A body that cannot be
 * read answers in the GraphQL error shape with a code, never Express's HTML error page.
 */
export function graphqlBodyParsers(limits: GraphQLBodyLimits): (RequestHandler | ErrorRequestHandler)[] {
  return [
    express.json({ limit: limits.maxBodyBytes }),
    // One byte over the largest limit, so a resolver sees its own limit passed and names it.
    graphqlUploadExpress({ maxFieldSize: limits.maxBodyBytes, maxFileSize: limits.maxFileBytes + 1, maxFiles: 1 }),
    bodyErrors(limits),
  ];
}

function bodyErrors(limits: GraphQLBodyLimits): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    const status = typeof error === 'object' && error !== null ? (error as { status?: unknown }).status : undefined;
    if (typeof status !== 'number' || status < 400 || status > 499) {
      next(error);
      return;
    }
    const tooLarge = status === 413;
    const kb = Math.floor(limits.maxBodyBytes / 1024);
    res.status(status).json({
      errors: [
        tooLarge
          ? {
              message: `Forespørselen er for stor (høyst ${kb} kB uten fil; filer sendes som multipart, se Upload i skjemaet).`,
              extensions: { code: 'PAYLOAD_TOO_LARGE', reason: 'REQUEST_TOO_LARGE', maxBytes: limits.maxBodyBytes },
            }
          : { message: 'Forespørselen kunne ikke leses.', extensions: { code: 'BAD_REQUEST', reason: 'MALFORMED_REQUEST' } },
      ],
    });
  };
}
