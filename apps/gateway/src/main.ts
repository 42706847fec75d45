import { createServer } from 'node:http';
import express from 'express';
import { DatabaseLockedError, openDatabase, prepareDatabase } from '@selvhjelp/db';
import { Redis } from 'ioredis';
import { RedisLoginThrottle } from './auth/redis-login-throttle.js';
import { RedisBudgetStore } from './modules/fair-use/budget-store.js';
import { loadEnv, operationLimitsFrom } from './env.js';
import { createLogger } from './logger.js';
import { createGatewayApp } from './server.js';
import { oauthIssuerFrom } from './modules/api-clients/oauth-settings.js';

async function main() {
  let env;
  try {
    env = loadEnv();
  } catch (error) {
    // A list of what is wrong with the settings: the stack would only hide it.
    process.stderr.write(`\n${(error as Error).message}\n\n`);
    process.exit(1);
  }
  const logger = createLogger(env.LOG_LEVEL);

  let db;
  try {
    db = await openDatabase({
      databaseUrl: env.DATABASE_URL,
      pgliteDataDir: env.PGLITE_DATA_DIR,
      preparedStatements: env.DATABASE_PREPARED_STATEMENTS,
    });
  } catch (error) {
    if (error instanceof DatabaseLockedError) {
      process.stderr.write(`\n${error.message}\n\n`);
      process.exit(2);
    }
    throw error;
  }
  logger.info('database opened', { kind: db.kind, where: db.description });
  const prepared = await prepareDatabase(db, { seed: env.SEED_DEMO_DATA });
  logger.info('database ready', { ...prepared });

  // Without Redis the login log in the database is the throttle's state.
  const redis = env.REDIS_URL ? new Redis(env.REDIS_URL, { maxRetriesPerRequest: 2 }) : undefined;
  redis?.on('error', (error: unknown) => logger.warn('redis: connection problem', { error }));
  const loginThrottle = redis ? new RedisLoginThrottle(redis) : undefined;
  // API clients' budgets (decision 0034): in Redis when there is one, else in the database.
  const budgetStore = redis ? new RedisBudgetStore(redis) : undefined;

  const httpServer = createServer();
  const { app, apollo, metrics } = await createGatewayApp({
    db,
    logger,
    introspection: env.GRAPHQL_INTROSPECTION,
    limits: operationLimitsFrom(env),
    trustProxy: env.TRUST_PROXY,
    publicBaseUrl: env.PUBLIC_PORTAL_URL,
    attachments: { dir: env.ATTACHMENT_DIR, maxBytes: env.ATTACHMENT_MAX_BYTES },
    uploads: { graphqlMaxBodyBytes: env.GRAPHQL_MAX_BODY_BYTES, csvImportMaxBytes: env.CSV_IMPORT_MAX_BYTES },
    loginThrottle,
    sessionCache: { ttlMs: env.SESSION_CACHE_TTL_MS },
    retention: { intervalMinutes: env.RETENTION_INTERVAL_MINUTES },
    reports: { intervalSeconds: env.REPORT_JOB_INTERVAL_SECONDS },
    suppressionThreshold: env.STATISTICS_SUPPRESSION_THRESHOLD,
    fairUse: {
      capacity: env.API_BUDGET_POINTS,
      restoreRate: env.API_BUDGET_RESTORE_RATE,
      mutationCost: env.API_MUTATION_COST,
      store: budgetStore,
    },
    oauthIssuer: oauthIssuerFrom(env),
    compiledExecution: env.GRAPHQL_COMPILED_EXECUTION,
  });
  // Idle keep-alive connections would otherwise hold a shutdown open until they time out.
  httpServer.keepAliveTimeout = 5_000;
  // Slow clients may not hold connections: headers within 10 s, a whole request (a 5 MiB
  // document on a slow line included) within 60 s.
  httpServer.headersTimeout = 10_000;
  httpServer.requestTimeout = 60_000;
  httpServer.on('request', app);
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(env.GATEWAY_PORT, env.GATEWAY_HOST, resolve);
  });
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : env.GATEWAY_PORT;
  logger.info('gateway listening', {
    graphql: `http://${env.GATEWAY_HOST}:${port}/graphql`,
    health: `http://${env.GATEWAY_HOST}:${port}/healthz`,
    mode: `NODE_ENV=${env.NODE_ENV}, ${env.productionSettings ? 'production' : 'demo'} settings`,
  });

  // Metrics on a listener of their own, so the public port never serves them.
  const metricsServer = env.METRICS_PORT ? createServer(express().get('/metrics', metrics.handler())) : null;
  if (metricsServer) {
    await new Promise<void>((resolve, reject) => {
      metricsServer.once('error', reject);
      metricsServer.listen(env.METRICS_PORT, env.METRICS_HOST, resolve);
    });
    logger.info('metrics listening', { metrics: `http://${env.METRICS_HOST}:${env.METRICS_PORT}/metrics` });
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    // Whatever happens, do not hang on to the database folder for long.
    setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, 10_000).unref();
    // Stop taking requests, let running ones finish, then close the database (and its lock).
    const started = Date.now();
    metricsServer?.close();
    await new Promise<void>((resolve) => {
      httpServer.close(() => resolve());
      httpServer.closeIdleConnections();
      setTimeout(() => httpServer.closeAllConnections(), 5_000).unref();
    });
    logger.debug('http server stopped', { ms: Date.now() - started });
    await apollo.stop().catch((error: unknown) => logger.error('apollo stop failed', { error }));
    logger.debug('apollo stopped', { ms: Date.now() - started });
    await redis?.quit().catch((error: unknown) => logger.error('redis quit failed', { error }));
    await db.close().catch((error: unknown) => logger.error('database close failed', { error }));
    logger.info('stopped', { ms: Date.now() - started });
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Gateway failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
