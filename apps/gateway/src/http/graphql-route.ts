import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer, BaseContext, HTTPGraphQLRequest } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { Logger } from '../logger.js';
import { answerHttpError } from './error-handler.js';
import { readJsonBody } from './json-body.js';

/*
 * Almost every request the gateway answers is a small JSON POST to /graphql. Taken through
 * Express, it passed the router, body-parser (content-type, type-is, raw-body, iconv) and the
 * Express integration before Apollo saw it, a fixed cost as large as the query itself on the
 * lists the portal reads most (decision 0010). This path hands such a request to Apollo with one
 * small reader. Whatever it does not take (multipart uploads, other charsets or encodings, other
 * paths and methods) goes on through Express as before, so edge cases keep body-parser's answers.
 */

const JSON_UTF8 = /^application\/json\s*(?:;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;

function hasBody(req: IncomingMessage): boolean {
  return req.headers['transfer-encoding'] !== undefined || req.headers['content-length'] !== undefined;
}

/** A GET without a body, or a POST of UTF-8 JSON as it is, to exactly `/graphql`. */
export function takesFastPath(req: IncomingMessage): boolean {
  const url = req.url ?? '';
  if (url !== '/graphql' && !url.startsWith('/graphql?')) return false;
  if (req.method === 'GET') return !hasBody(req);
  if (req.method !== 'POST') return false;
  const encoding = req.headers['content-encoding'];
  return (
    JSON_UTF8.test(req.headers['content-type'] ?? '') &&
    (encoding === undefined || encoding.toLowerCase() === 'identity') &&
    hasBody(req)
  );
}

export interface GraphQLRouteOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  logger: Logger;
  maxBodyBytes: number;
  context: (req: IncomingMessage, requestId: string) => Promise<TContext>;
}

/** Answers a request `takesFastPath` took, as Apollo's Express integration would. */
export function graphqlRoute<TContext extends BaseContext>(
  options: GraphQLRouteOptions<TContext>,
): (req: IncomingMessage, res: ServerResponse, requestId: string) => Promise<void> {
  const { apollo, logger, maxBodyBytes, context } = options;
  return async (req, res, requestId) => {
    try {
      const body = req.method === 'POST' ? await readJsonBody(req, maxBodyBytes) : undefined;
      const headers = new HeaderMap();
      for (const key in req.headers) {
        const value = req.headers[key];
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const url = req.url!;
      const query = url.indexOf('?');
      const httpGraphQLRequest: HTTPGraphQLRequest = {
        method: req.method!,
        headers,
        search: query < 0 ? '' : url.slice(query),
        body,
      };
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest,
        context: () => context(req, requestId),
      });
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === 'complete') {
        res.setHeader('content-length', Buffer.byteLength(response.body.string));
        res.end(response.body.string);
        return;
      }
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    } catch (error) {
      if (res.headersSent) {
        logger.error('request failed', { requestId, method: req.method, path: '/graphql', error });
        res.destroy();
        return;
      }
      answerHttpError(logger, error, req, res, { requestId, path: '/graphql' });
    }
  };
}
