import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { Database } from '@selvhjelp/db';
import { DEFAULT_ATTACHMENT_MAX_BYTES } from '@selvhjelp/domain';
import { typeDefs } from '@selvhjelp/graphql';
import express from 'express';
import type { Express, Request } from 'express';
import type { LoginThrottle } from './auth/login-throttle.js';
import { bearerToken } from './auth/tokens.js';
import type { GatewayContext } from './context.js';
import { createContext } from './context.js';
import { errorLoggingPlugin, maskUnexpectedErrors } from './format-error.js';
import type { Logger } from './logger.js';
import { buildResolvers } from './resolvers/index.js';
import type { AttachmentSettings } from './services/attachment-store.js';
import { AuthService } from './services/auth-service.js';
import { GATEWAY_VERSION } from './version.js';

export interface GatewayOptions {
  db: Database;
  logger: Logger;
  introspection: boolean;
  trustProxy: string;
  publicBaseUrl: string;
  /** Agreement documents: the folder (unset = in the database) and the size limit in bytes. */
  attachments?: AttachmentSettings;
  /** Where login failures are counted; default: the database's login log. */
  loginThrottle?: LoginThrottle;
  now?: () => Date;
}

/**
 * The JSON body must hold a document of the attachment limit as base64 (4 characters per 3
 * bytes) plus the rest of the request; never below the 5 MB the CSV import has always had.
 */
export function requestBodyLimitBytes(attachmentMaxBytes: number): number {
  const base64 = Math.ceil(attachmentMaxBytes / 3) * 4;
  return Math.max(5 * 1024 * 1024, base64 + 1024 * 1024);
}

export function createApolloServer(options: Pick<GatewayOptions, 'logger' | 'introspection'>): ApolloServer<GatewayContext> {
  return new ApolloServer<GatewayContext>({
    typeDefs,
    resolvers: buildResolvers(),
    introspection: options.introspection,
    // Apollo's default landing page loads from a CDN; nothing may come from the internet here.
    plugins: [ApolloServerPluginLandingPageDisabled(), errorLoggingPlugin(options.logger)],
    formatError: maskUnexpectedErrors,
    includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown: it stops HTTP, then Apollo, then closes the database and its lock.
    stopOnTerminationSignals: false,
  });
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,100}$/;

/** Builds the HTTP app: `/healthz` for probes and `/graphql` for everything else. */
export async function createGatewayApp(options: GatewayOptions): Promise<{ app: Express; apollo: ApolloServer<GatewayContext> }> {
  const { db, logger } = options;
  const apollo = createApolloServer(options);
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy);

  app.use((req, res, next) => {
    const incoming = req.get('x-request-id');
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    res.locals.requestId = requestId;
    res.setHeader('x-request-id', requestId);
    next();
  });

  app.get('/healthz', async (_req, res) => {
    try {
      await withTimeout(db.ping(), 2_000);
      res.status(200).json({ status: 'ok', version: GATEWAY_VERSION, database: { kind: db.kind, status: 'up' } });
    } catch (error) {
      logger.warn('health check: database unreachable', { error });
      res.status(503).json({ status: 'unavailable', version: GATEWAY_VERSION, database: { kind: db.kind, status: 'down' } });
    }
  });

  const auth = new AuthService(db, logger, options.now, options.loginThrottle);
  await auth.warmUp();
  const attachments: AttachmentSettings = options.attachments ?? { dir: undefined, maxBytes: DEFAULT_ATTACHMENT_MAX_BYTES };
  app.use(
    '/graphql',
    express.json({ limit: requestBodyLimitBytes(attachments.maxBytes) }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const client = clientInfo(req);
        const token = bearerToken(req.get('authorization'));
        const viewer = token ? await auth.authenticate(token) : null;
        return createContext({ db, logger, now: options.now, publicBaseUrl: options.publicBaseUrl, attachments, loginThrottle: options.loginThrottle }, { requestId: String(res.locals.requestId), viewer, client });
      },
    }),
  );

  return { app, apollo };
}

function clientInfo(req: Request) {
  return {
    ipAddress: req.ip ?? null,
    userAgent: req.get('user-agent')?.slice(0, 500) ?? null,
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
