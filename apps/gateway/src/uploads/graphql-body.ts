import express from 'express';
import type { RequestHandler } from 'express';
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
 * read goes on to the app's error handler (http/error-handler.ts), which answers it in the
 * GraphQL error shape with a code, never Express's HTML error page.
 */
export function graphqlBodyParsers(limits: GraphQLBodyLimits): RequestHandler[] {
  return [
    express.json({ limit: limits.maxBodyBytes }),
    // One byte over the largest limit, so a resolver sees its own limit passed and names it.
    graphqlUploadExpress({ maxFieldSize: limits.maxBodyBytes, maxFileSize: limits.maxFileBytes + 1, maxFiles: 1 }),
  ];
}
