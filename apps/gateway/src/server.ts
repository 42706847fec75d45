import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { Database } from '@selvhjelp/db';
import {
  DEFAULT_ATTACHMENT_MAX_BYTES,
  DEFAULT_SUPPRESSION_THRESHOLD,
  localeFromAcceptLanguage,
} from '@selvhjelp/domain';
import { typeDefs } from '@selvhjelp/graphql';
import express from 'express';
import { DEFAULT_CSV_IMPORT_MAX_BYTES } from './modules/groups/group-transfer-service.js';
import { DEFAULT_GRAPHQL_MAX_BODY_BYTES, graphqlBodyParsers } from './uploads/graphql-body.js';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import proxyaddr from 'proxy-addr';
import { graphqlRoute, takesFastPath } from './http/graphql-route.js';
import type { LoginThrottle } from './auth/login-throttle.js';
import type { SessionCacheSettings } from './auth/session-cache.js';
import { DEFAULT_SESSION_CACHE, SessionCache, sessionCachePlugin } from './auth/session-cache.js';
import { bearerToken, hashToken } from './auth/tokens.js';
import type { GatewayContext } from './kernel/context.js';
import { createContext } from './kernel/context.js';
import { compiledExecutor, localSchemaGateway } from './kernel/compiled-execution.js';
import { PORTAL_QUERIES } from './generated/portal-queries.js';
import type { ReadHook } from './kernel/read-path.js';
import { GatewayError, unauthenticated } from './kernel/errors.js';
import type { OAuthIssuerSettings } from './modules/api-clients/oauth-settings.js';
import { PartnerCredentials, bearerChallenge } from './modules/api-clients/partner-credentials.js';
import { errorLoggingPlugin, localeMessagesPlugin, maskUnexpectedErrors } from './kernel/format-error.js';
import { jsonErrorHandler } from './http/error-handler.js';
import type { Logger } from './logger.js';
import { deadlinePlugin } from './limits/deadline.js';
import { inputTextPlugin } from './limits/input-text.js';
import type { OperationLimits } from './limits/operation-limits.js';
import { DEFAULT_OPERATION_LIMITS, operationLimitRules } from './limits/operation-limits.js';
import { GatewayMetrics } from './metrics.js';
import { buildResolvers } from './modules/index.js';
import type { AttachmentSettings } from './modules/partners/attachment-store.js';
import { AuthService } from './modules/auth/auth-service.js';
import type { RetentionScheduleSettings } from './modules/retention/retention-schedule.js';
import { RetentionSchedule, retentionSchedulePlugin } from './modules/retention/retention-schedule.js';
import { ReportSchedule, reportSchedulePlugin } from './modules/reports/report-schedule.js';
import type { ReportSource } from './modules/reports/report-source.js';
import { overviewReportSource } from './modules/reports/overview-report-source.js';
import { ReportWorker } from './modules/reports/report-worker.js';
import { GATEWAY_VERSION } from './version.js';
import type { FairUseOptions } from './modules/fair-use/setup.js';
import { createFairUse } from './modules/fair-use/setup.js';
import type { FairUse } from './modules/fair-use/fair-use.js';

export interface GatewayOptions {
  db: Database;
  logger: Logger;
  /** Introspection and field suggestions (both leak the schema); off in production. */
  introspection: boolean;
  /** Operation limits; the defaults apply to what is not given. */
  limits?: Partial<OperationLimits>;
  /** Prometheus metrics of this process; made here when not given. */
  metrics?: GatewayMetrics;
  trustProxy: string;
  publicBaseUrl: string;
  /** Agreement documents: the folder (unset = in the database) and the size limit in bytes. */
  attachments?: AttachmentSettings;
  /** Body limits of /graphql without a file, and of a CSV import file (defaults: 256 kB, 2 MiB). */
  uploads?: { graphqlMaxBodyBytes: number; csvImportMaxBytes: number };
  /** Where login failures are counted; default: the database's login log. */
  loginThrottle?: LoginThrottle;
  /** Told of every record a viewer receives; default: nothing. See kernel/read-path.ts. */
  readHook?: ReadHook;
  /** Session lookups cached per token; defaults in src/auth/session-cache.ts (ttlMs 0 = off). */
  sessionCache?: Partial<SessionCacheSettings>;
  /** The retention job on a timer (decision 0020); default: off (main.ts turns it on from the env). */
  retention?: RetentionScheduleSettings;
  /**
   * The yearly report's jobs (decision 0027): seconds between looks for queued jobs in this
   * process (0 = off; default off, main.ts turns it on from the env), the lease after which a
   * silent job is taken over, and where the tables come from (default: the overview).
   */
  reports?: { intervalSeconds: number; leaseMs?: number; source?: ReportSource };
  /** Small-number protection of statistics (STATISTICS_SUPPRESSION_THRESHOLD); default 5. */
  suppressionThreshold?: number;
  /** API clients' budgets and usage log (decision 0034); defaults: 1,000 points, 50 a second, in the database. */
  fairUse?: FairUseOptions;
  /** OAuth2 access tokens from this issuer act as the API client of their organisation (decision 0035); default: off. */
  oauthIssuer?: OAuthIssuerSettings;
  /** The portal's own queries run compiled (decision 0039); default: on. */
  compiledExecution?: boolean;
  now?: () => Date;
}

export function createApolloServer(
  options: Pick<GatewayOptions, 'logger' | 'introspection' | 'limits' | 'compiledExecution'> & {
    metrics?: GatewayMetrics;
    sessionCache?: SessionCache;
    retentionSchedule?: RetentionSchedule;
    reportSchedule?: ReportSchedule;
    fairUse?: FairUse;
  },
): ApolloServer<GatewayContext> {
  const limits = { ...DEFAULT_OPERATION_LIMITS, ...options.limits };
  const fairUse = options.fairUse;
  const protection = operationLimitRules(limits, {
    introspection: options.introspection,
    onPriced: fairUse && ((requestContext, cost) => fairUse.charge(requestContext, cost)),
  });
  // Apollo would build the same schema from typeDefs and resolvers; built here, it is also the
  // one the compiled executor runs (the deadline plugin wraps its resolvers when Apollo starts).
  const schema = makeExecutableSchema<GatewayContext>({ typeDefs, resolvers: buildResolvers() });
  const executor = compiledExecutor({
    schema,
    trusted: options.compiledExecution === false ? [] : PORTAL_QUERIES,
    onExecuted: options.metrics && ((kind) => options.metrics!.countExecution(kind)),
  });
  return new ApolloServer<GatewayContext>({
    gateway: localSchemaGateway(schema, executor),
    introspection: options.introspection,
    // The parser itself stops at the token limit, before building a tree of a huge document.
    parseOptions: { maxTokens: limits.tokens },
    validationRules: protection.validationRules,
    allowBatchedHttpRequests: false,
    plugins: [
      // Apollo's default landing page loads from a CDN; nothing may come from the internet here.
      ApolloServerPluginLandingPageDisabled(),
      // Apollo's cache-control plugin times every field of every request (see limits/deadline.ts)
      // only to conclude "no-store": nothing here sets cache hints. The header stays the same.
      ApolloServerPluginCacheControlDisabled(),
      noStorePlugin(),
      ...(options.metrics ? [options.metrics.plugin()] : []),
      ...(options.sessionCache ? [sessionCachePlugin(options.sessionCache)] : []),
      ...(options.retentionSchedule ? [retentionSchedulePlugin(options.retentionSchedule)] : []),
      ...(options.reportSchedule ? [reportSchedulePlugin(options.reportSchedule)] : []),
      ...(fairUse ? [fairUse.plugin()] : []),
      ...protection.plugins,
      inputTextPlugin(),
      deadlinePlugin(limits.deadlineMs),
      errorLoggingPlugin(options.logger),
      localeMessagesPlugin(),
    ],
    formatError: maskUnexpectedErrors,
    includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown: it stops HTTP, then Apollo, then closes the database and its lock.
    stopOnTerminationSignals: false,
  });
}

/** Every GraphQL answer is the viewer's own and current: `cache-control: no-store`, as Apollo's default plugin set it. */
function noStorePlugin(): ApolloServerPlugin<GatewayContext> {
  // The same listener for every request: nothing per request to keep.
  const listener: GraphQLRequestListener<GatewayContext> = {
    willSendResponse({ response }) {
      if (!response.http.headers.has('cache-control')) response.http.headers.set('cache-control', 'no-store');
      return Promise.resolve();
    },
  };
  return { requestDidStart: () => Promise.resolve(listener) };
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,100}$/;

/** Builds the HTTP app: `/healthz` for probes and `/graphql` for everything else. */
export async function createGatewayApp(options: GatewayOptions): Promise<{
  /** The HTTP server's request listener. */
  app: RequestListener;
  apollo: ApolloServer<GatewayContext>;
  metrics: GatewayMetrics;
  sessionCache: SessionCache;
  retentionSchedule: RetentionSchedule;
  reportSchedule: ReportSchedule;
  fairUse: FairUse;
}> {
  const { db, logger } = options;
  const metrics = options.metrics ?? new GatewayMetrics(db);
  const readAuthEpoch = async () => {
    const epoch = await db.repositories.sessions.authEpoch();
    if (epoch === null) throw new Error('auth_epoch has no row: the database is not migrated');
    return epoch;
  };
  const sessionCache = new SessionCache(readAuthEpoch, logger, {
    ...DEFAULT_SESSION_CACHE,
    ...options.sessionCache,
  });
  metrics.watchSessionCache(sessionCache);
  const retentionSchedule = new RetentionSchedule(db, logger, options.retention ?? { intervalMinutes: 0 }, options.now);
  const reportSource =
    options.reports?.source ?? overviewReportSource(db, options.suppressionThreshold ?? DEFAULT_SUPPRESSION_THRESHOLD);
  const reportSchedule = new ReportSchedule(
    new ReportWorker(db, reportSource, logger, options.reports?.leaseMs, options.now),
    logger,
    options.reports?.intervalSeconds ?? 0,
  );
  const fairUse = createFairUse(db, logger, options.fairUse);
  const apollo = createApolloServer({ ...options, metrics, sessionCache, retentionSchedule, reportSchedule, fairUse });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  // Every answer here is `no-store` (GraphQL) or a probe: an ETag would only hash each body.
  app.disable('etag');
  app.set('trust proxy', options.trustProxy);
  // Express's own reading of `trust proxy`, so that both ways to /graphql see the same client address.
  const trustProxy = app.get('trust proxy fn') as (address: string, hop: number) => boolean;
  app.use(metrics.httpMiddleware());

  app.use((req, res, next) => {
    res.locals.requestId = stampRequest(req, res);
    next();
  });

  app.get('/healthz', async (_req, res) => {
    try {
      await withTimeout(db.ping(), 2_000);
      res.status(200).json({ status: 'ok', version: GATEWAY_VERSION, database: { kind: db.kind, status: 'up' } });
    } catch (error) {
      logger.warn('health check: database unreachable', { error });
      res
        .status(503)
        .json({ status: 'unavailable', version: GATEWAY_VERSION, database: { kind: db.kind, status: 'down' } });
    }
  });

  const auth = new AuthService(db, logger, options.now, options.loginThrottle);
  const now = options.now ?? (() => new Date());
  await auth.warmUp();
  const partnerCredentials = new PartnerCredentials(db, now, options.oauthIssuer);
  const attachments: AttachmentSettings = options.attachments ?? {
    dir: undefined,
    maxBytes: DEFAULT_ATTACHMENT_MAX_BYTES,
  };
  const uploads = options.uploads ?? {
    graphqlMaxBodyBytes: DEFAULT_GRAPHQL_MAX_BODY_BYTES,
    csvImportMaxBytes: DEFAULT_CSV_IMPORT_MAX_BYTES,
  };
  const context = async (req: IncomingMessage, requestId: string): Promise<GatewayContext> => {
    const client = clientInfo(req, trustProxy);
    const token = bearerToken(req.headers.authorization);
    // A partner's API key (`shn_…`, decision 0032) or OAuth2 access token (decision 0035) is
    // answered by its own lookup, uncached; one that does not hold is refused before anything
    // runs, with 401.
    const partnerCheck = token ? partnerCredentials.checkFor(token) : null;
    const apiClient = partnerCheck ? await authenticateOrUnavailable(partnerCheck, logger, requestId) : null;
    if (apiClient && !apiClient.client) {
      const challenge = new Map([['www-authenticate', bearerChallenge(apiClient.reason)]]);
      throw unauthenticated(apiClient.reason, { http: { status: 401, headers: challenge } });
    }
    const viewer =
      token && !partnerCheck
        ? await authenticateOrUnavailable(
            () => sessionCache.lookup(hashToken(token), now(), () => auth.authenticate(token)),
            logger,
            requestId,
          )
        : null;
    return createContext(
      {
        db,
        logger,
        now: options.now,
        publicBaseUrl: options.publicBaseUrl,
        attachments,
        csvImportMaxBytes: uploads.csvImportMaxBytes,
        loginThrottle: options.loginThrottle,
        readHook: options.readHook,
        reportSource,
        suppressionThreshold: options.suppressionThreshold,
      },
      {
        requestId,
        viewer,
        apiClient: apiClient?.client ?? null,
        client,
        locale: localeFromAcceptLanguage(req.headers['accept-language']),
        idempotencyKey: headerValue(req, 'idempotency-key'),
      },
    );
  };
  app.use(
    '/graphql',
    ...graphqlBodyParsers({
      maxBodyBytes: uploads.graphqlMaxBodyBytes,
      maxFileBytes: Math.max(attachments.maxBytes, uploads.csvImportMaxBytes),
    }),
    expressMiddleware(apollo, { context: ({ req, res }) => context(req, String(res.locals.requestId)) }),
  );
  app.use(jsonErrorHandler(logger));

  // The common case, a JSON POST to /graphql, skips Express (see http/graphql-route.ts).
  const graphql = graphqlRoute({ apollo, logger, maxBodyBytes: uploads.graphqlMaxBodyBytes, context });
  const listener: RequestListener = (req, res) => {
    if (!takesFastPath(req)) {
      app(req, res);
      return;
    }
    metrics.timeHttp(req, res, '/graphql');
    void graphql(req, res, stampRequest(req, res));
  };
  return { app: listener, apollo, metrics, sessionCache, retentionSchedule, reportSchedule, fairUse };
}

/**
 * A session lookup the database cannot answer is an outage, not a bad token: 503 for the
 * client (who may retry), and a log line with the request id for whoever is on call.
 */
async function authenticateOrUnavailable<T>(
  authenticate: () => Promise<T>,
  logger: Logger,
  requestId: string,
): Promise<T> {
  try {
    return await authenticate();
  } catch (error) {
    // An outage that already says what it is (the OAuth2 issuer's keys) keeps its own reason.
    if (error instanceof GatewayError) throw error;
    logger.error('session lookup failed', { requestId, error });
    throw new GatewayError('SERVICE_UNAVAILABLE', 'DATABASE_UNAVAILABLE', {
      http: { status: 503, headers: new Map([['retry-after', '5']]) },
    });
  }
}

/** The request id (the client's own when well-formed) on the answer, with `nosniff`. */
function stampRequest(req: IncomingMessage, res: ServerResponse): string {
  const incoming = req.headers['x-request-id'];
  const requestId = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  res.setHeader('x-request-id', requestId);
  res.setHeader('x-content-type-options', 'nosniff');
  return requestId;
}

function headerValue(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  return (Array.isArray(value) ? value.join(', ') : value) ?? null;
}

function clientInfo(req: IncomingMessage, trustProxy: (address: string, hop: number) => boolean) {
  return {
    ipAddress: req.socket.remoteAddress === undefined ? null : proxyaddr(req, trustProxy),
    userAgent: req.headers['user-agent']?.slice(0, 500) ?? null,
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
