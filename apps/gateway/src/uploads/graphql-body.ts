import express from 'express';
import type { RequestHandler } from 'express';
import graphqlUploadExpress from 'graphql-upload/graphqlUploadExpress.mjs';

const MULTIPART = /multipart/i;

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
 * read goes on to the app's error handler (http/error-handler.ts), which answers it in the
 * GraphQL error shape with a code, never Express's HTML error page.
 */
export function graphqlBodyParsers(limits: GraphQLBodyLimits): RequestHandler[] {
  // One byte over the largest limit, so a resolver sees its own limit passed and names it.
  const multipart = graphqlUploadExpress({
    maxFieldSize: limits.maxBodyBytes,
    maxFileSize: limits.maxFileBytes + 1,
    maxFiles: 1,
  });
  return [
    express.json({ limit: limits.maxBodyBytes }),
    // A content type without "multipart" cannot be multipart/form-data: almost every request
    // then skips the upload middleware's full parse of the header.
    (req, res, next) => (MULTIPART.test(req.headers['content-type'] ?? '') ? multipart(req, res, next) : next()),
  ];
}
