import type { AddressInfo } from 'node:net';
import { createServer } from 'node:http';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { Database } from '@selvhjelp/db';
import { countQueries, prepareDatabase } from '@selvhjelp/db';
import { DEMO_PASSWORD } from '@selvhjelp/db/seed';
import type { LoginThrottle } from '../src/auth/login-throttle.js';
import type { SessionCache, SessionCacheSettings } from '../src/auth/session-cache.js';
import { createLogger } from '../src/logger.js';
import type { Logger } from '../src/logger.js';
import type { GatewayOptions } from '../src/server.js';
import { createGatewayApp } from '../src/server.js';
import type { OperationLimits } from '../src/limits/operation-limits.js';
import type { GatewayMetrics } from '../src/metrics.js';
import type { AttachmentSettings } from '../src/modules/partners/attachment-store.js';
import type { ReadHook } from '../src/kernel/read-path.js';
import type { RetentionSchedule, RetentionScheduleSettings } from '../src/modules/retention/retention-schedule.js';
import type { ReportSchedule } from '../src/modules/reports/report-schedule.js';
import type { FairUse } from '../src/modules/fair-use/fair-use.js';
import { graphql } from './generated/index.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: {
    message: string;
    path?: string[];
    extensions?: Record<string, unknown> & { code?: string; field?: string };
  }[];
}

/** The answer to a typed document: `data` is typed from the document's selection. */
export interface TypedResponse<TData> {
  data: TData | undefined;
  errors?: GraphQLResponse['errors'];
}

export interface TestGateway {
  url: string;
  metrics: GatewayMetrics;
  /**
   * The gateway's session cache. A test that revokes a session or changes a user behind the
   * gateway's back (straight through a repository) calls `refresh()`, as the next poll would.
   */
  sessionCache: SessionCache;
  /** The retention job's timer in this gateway (off unless `retention` was given). */
  retentionSchedule: RetentionSchedule;
  /** The report jobs' timer in this gateway (off unless `reports` was given); tick() runs the queue now. */
  reportSchedule: ReportSchedule;
  /** API clients' budgets and usage log; `fairUse.usageLog.flush()` writes the log now. */
  fairUse: FairUse;
  /** The clock the gateway reads; tests move it to exercise expiry and throttling. */
  clock: { now: Date; advance(ms: number): void };
  logs: { message: string; fields?: Record<string, unknown> }[];
  /** Sends a document made with `graphql()` from test/generated; answer and variables are typed from it. */
  run<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
    token?: string | null,
    headers?: Record<string, string>,
  ): Promise<TypedResponse<TData>>;
  /** `gqlWithFiles` for a typed document; each file's variable is null in `variables`, as the spec sends it. */
  runWithFiles<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
    files: Record<string, TestFile>,
    token?: string | null,
    headers?: Record<string, string>,
  ): Promise<TypedResponse<TData>>;
  /**
   * Sends any text as a query: for documents the schema must refuse (malformed, over a limit,
   * unknown fields), which codegen could not type.
   */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string | null,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  /**
   * A GraphQL multipart request (the spec `Upload` follows): `files` maps a variable path such as
   * `variables.input.attachment` to the file, which goes as its own part after `operations` and `map`.
   */
  gqlWithFiles<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown>,
    files: Record<string, TestFile>,
    token?: string | null,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  login(email: string, password?: string, realm?: { districtId: string | null }): Promise<string>;
  close(): Promise<void>;
}

export interface TestFile {
  bytes: Uint8Array;
  fileName: string;
}

/** The multipart body of a GraphQL request with files (operations, map, then one part per file). */
export function multipartBody(
  query: string,
  variables: Record<string, unknown>,
  files: Record<string, TestFile>,
): FormData {
  const form = new FormData();
  const paths = Object.keys(files);
  form.append('operations', JSON.stringify({ query, variables }));
  form.append('map', JSON.stringify(Object.fromEntries(paths.map((path, index) => [String(index), [path]]))));
  paths.forEach((path, index) => form.append(String(index), new Blob([files[path]!.bytes]), files[path]!.fileName));
  return form;
}

export { DEMO_PASSWORD };

/** A session lookup, its touch, or a reading of the auth epoch (decision 0016). */
export function isAuthenticationStatement(sql: string): boolean {
  return /"(session|auth_epoch)"/.test(sql);
}

/**
 * The SQL statements `work` causes beyond authentication. Whether a request looks its session up
 * depends on the session cache (warm or not), and the cache reads the auth epoch on a timer of its
 * own; so tests that compare or bound statement counts leave those out.
 */
export async function countRequestStatements<T>(
  db: Database,
  work: () => Promise<T>,
): Promise<{ result: T; count: number; statements: string[] }> {
  const counted = await countQueries(db, work);
  const statements = counted.statements.filter((sql) => !isAuthenticationStatement(sql));
  return { result: counted.result, count: statements.length, statements };
}

const LOGIN = graphql(`
  mutation HarnessLogin($email: String!, $password: String!, $realm: PortalRealmInput) {
    login(email: $email, password: $password, realm: $realm) {
      token
    }
  }
`);

export interface TestGatewayOptions {
  /** Agreement documents; default: in the database with the default size limit. */
  attachments?: AttachmentSettings;
  /** Default on, as in development; production turns it (and field suggestions) off. */
  introspection?: boolean;
  limits?: Partial<OperationLimits>;
  uploads?: GatewayOptions['uploads'];
  /** Login throttle state; default: the database's login log. */
  loginThrottle?: LoginThrottle;
  /** Told of every record the gateway hands out; default: nothing. */
  readHook?: ReadHook;
  /** Session cache settings; default: as in production. */
  sessionCache?: Partial<SessionCacheSettings>;
  /** The retention job on a timer; default off. */
  retention?: RetentionScheduleSettings;
  /** The report jobs' timer (default off) and where reports get their tables. */
  reports?: GatewayOptions['reports'];
  /**
   * API clients' budgets (decision 0034). Default: a budget no other test runs out of; the
   * fair-use tests give their own small one.
   */
  fairUse?: GatewayOptions['fairUse'];
  /** OAuth2 access tokens from this issuer (decision 0035); default off. */
  oauthIssuer?: GatewayOptions['oauthIssuer'];
  /** The portal's queries compiled (decision 0039); default on, as in production. */
  compiledExecution?: boolean;
}

const ROOMY_BUDGET = { capacity: 1_000_000, restoreRate: 100_000 };

/** A real gateway over HTTP on an ephemeral port, on a real database seeded with demo data. */
export async function startTestGateway(db: Database, options: TestGatewayOptions = {}): Promise<TestGateway> {
  await prepareDatabase(db, { seed: 'if-empty' });
  const clock = {
    now: new Date(),
    advance(ms: number) {
      this.now = new Date(this.now.getTime() + ms);
    },
  };
  const logs: TestGateway['logs'] = [];
  const quiet = createLogger('silent');
  const logger: Logger = {
    debug: quiet.debug,
    info: (message, fields) => logs.push({ message, fields }),
    warn: (message, fields) => logs.push({ message, fields }),
    error: (message, fields) => logs.push({ message, fields }),
  };
  const httpServer = createServer();
  // The tests' fetch reuses connections across long stretches of database work in this same
  // process (PGlite yields only microtasks). A server that closed an idle connection after the
  // usual 5 s could do so just as the next request is written on it (ECONNRESET); so the client,
  // told the longer timeout, is the one to let idle connections go.
  httpServer.keepAliveTimeout = 60_000;
  const { app, apollo, metrics, sessionCache, retentionSchedule, reportSchedule, fairUse } = await createGatewayApp({
    db,
    logger,
    introspection: options.introspection ?? true,
    limits: options.limits,
    trustProxy: 'loopback',
    publicBaseUrl: 'http://portal.test',
    attachments: options.attachments,
    uploads: options.uploads,
    loginThrottle: options.loginThrottle,
    readHook: options.readHook,
    sessionCache: options.sessionCache,
    retention: options.retention,
    reports: options.reports,
    fairUse: options.fairUse ?? ROOMY_BUDGET,
    oauthIssuer: options.oauthIssuer,
    compiledExecution: options.compiledExecution,
    now: () => clock.now,
  });
  httpServer.on('request', app);
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  const gql: TestGateway['gql'] = async (query, variables, token, headers = {}) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...headers,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as never;
  };

  const run: TestGateway['run'] = async (document, variables, token, headers) => {
    const { data, errors } = await gql(print(document), variables as Record<string, unknown>, token, headers);
    return { data: (data ?? undefined) as never, errors };
  };

  const gqlWithFiles: TestGateway['gqlWithFiles'] = async (query, variables, files, token, headers = {}) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'apollo-require-preflight': 'true',
        ...headers,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: multipartBody(query, variables, files),
    });
    return (await response.json()) as never;
  };

  const runWithFiles: TestGateway['runWithFiles'] = async (document, variables, files, token, headers) => {
    const answer = await gqlWithFiles(print(document), variables as Record<string, unknown>, files, token, headers);
    return { data: (answer.data ?? undefined) as never, errors: answer.errors };
  };

  return {
    url,
    metrics,
    sessionCache,
    retentionSchedule,
    reportSchedule,
    fairUse,
    clock,
    logs,
    run,
    runWithFiles,
    gql,
    gqlWithFiles,
    async login(email, password = DEMO_PASSWORD, realm) {
      const result = await run(LOGIN, { email, password, realm });
      if (!result.data?.login) throw new Error(`login as ${email} failed: ${JSON.stringify(result.errors)}`);
      return result.data.login.token;
    },
    async close() {
      httpServer.closeAllConnections();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await apollo.stop();
    },
  };
}
