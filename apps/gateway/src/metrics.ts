import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import type { Database } from '@selvhjelp/db';
import type { RequestHandler } from 'express';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { GatewayContext } from './kernel/context.js';
import { DEADLINE_CODE } from './limits/deadline.js';
import { isRefusal } from './limits/refusal.js';

/** Operation names are the client's choice: only well-formed ones, and not unboundedly many, become labels. */
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const MAX_OPERATION_LABELS = 300;
/** Routes by their first path segment; everything else (scanners, typos) is "other". */
const KNOWN_ROUTES: ReadonlySet<string> = new Set(['/graphql', '/healthz']);

/**
 * Prometheus metrics of one gateway process (each process is scraped on its own): GraphQL
 * operations by name and outcome with their latency, refused operations per limit, HTTP requests,
 * the database pool, and Node's own (event-loop lag, heap, CPU).
 */
export class GatewayMetrics {
  readonly registry = new Registry();
  readonly #operations: Counter<'operation' | 'outcome'>;
  readonly #duration: Histogram<'operation'>;
  readonly #refused: Counter<'limit'>;
  readonly #executions: Counter<'executor'>;
  readonly #http: Histogram<'route' | 'method' | 'status'>;
  readonly #labels = new Set<string>();

  constructor(db: Database) {
    collectDefaultMetrics({ register: this.registry, prefix: 'gateway_' });
    this.#operations = new Counter({
      name: 'graphql_operations_total',
      help: 'GraphQL operations by operation name and outcome (ok, error, refused, timeout).',
      labelNames: ['operation', 'outcome'],
      registers: [this.registry],
    });
    this.#duration = new Histogram({
      name: 'graphql_operation_duration_seconds',
      help: 'Time from receiving a GraphQL operation to its response, by operation name.',
      labelNames: ['operation'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
    this.#refused = new Counter({
      name: 'graphql_refused_operations_total',
      help: 'Operations refused before execution, by the limit they broke.',
      labelNames: ['limit'],
      registers: [this.registry],
    });
    this.#executions = new Counter({
      name: 'graphql_executions_total',
      help: "Executed operations by executor: compiled (the portal's own queries, decision 0039) or standard (graphql-js).",
      labelNames: ['executor'],
      registers: [this.registry],
    });
    this.#http = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP requests by route, method and status.',
      labelNames: ['route', 'method', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
    const pool = (
      name: string,
      help: string,
      read: (stats: NonNullable<ReturnType<Database['poolStats']>>) => number,
    ) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          const stats = db.poolStats();
          if (stats) this.set(read(stats));
        },
      });
    pool('db_pool_connections', 'Open PostgreSQL connections (busy and idle).', (stats) => stats.total);
    pool('db_pool_idle_connections', 'Idle PostgreSQL connections.', (stats) => stats.idle);
    pool('db_pool_waiting_requests', 'Queries waiting for a free connection.', (stats) => stats.waiting);
    pool('db_pool_max_connections', 'The pool size.', (stats) => stats.max);
  }

  /** Session lookups answered from this process's cache and from the database (decision 0016). */
  watchSessionCache(cache: { readonly hits: number; readonly lookups: number }): void {
    new Counter({
      name: 'session_lookups_total',
      help: "Bearer-token session lookups by where the answer came from (cache: this process's session cache).",
      labelNames: ['source'],
      registers: [this.registry],
      collect() {
        this.reset();
        this.inc({ source: 'cache' }, cache.hits);
        this.inc({ source: 'database' }, cache.lookups);
      },
    });
  }

  /** One operation executed, compiled or by graphql-js. */
  countExecution(executor: 'compiled' | 'standard'): void {
    this.#executions.inc({ executor });
  }

  #operationLabel(name: string | null | undefined): string {
    if (!name) return '(anonymous)';
    if (!OPERATION_NAME.test(name)) return '(other)';
    if (this.#labels.has(name)) return name;
    if (this.#labels.size >= MAX_OPERATION_LABELS) return '(other)';
    this.#labels.add(name);
    return name;
  }

  /** Counts and times every GraphQL operation, including those refused before execution. */
  plugin(): ApolloServerPlugin<GatewayContext> {
    return {
      requestDidStart: () => {
        const started = process.hrtime.bigint();
        return Promise.resolve({
          willSendResponse: (context) => {
            this.#operationDone(started, context);
            return Promise.resolve();
          },
        });
      },
    };
  }

  // The response's errors are already formatted: refusals carry their limit as `reason`.
  #operationDone(
    started: bigint,
    { response, operationName, request }: GraphQLRequestContextWillSendResponse<GatewayContext>,
  ) {
    const label = this.#operationLabel(operationName ?? request.operationName);
    const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
    let outcome = 'ok';
    if (errors?.length) {
      const refused = new Set(
        errors.filter((error) => isRefusal(error.extensions)).map((error) => String(error.extensions?.reason)),
      );
      for (const limit of refused) this.#refused.inc({ limit });
      const timedOut = errors.some((error) => error.extensions?.code === DEADLINE_CODE);
      outcome = refused.size ? 'refused' : timedOut ? 'timeout' : 'error';
    }
    this.#operations.inc({ operation: label, outcome });
    this.#duration.observe({ operation: label }, Number(process.hrtime.bigint() - started) / 1e9);
  }

  /** Times one HTTP request by its route (never the raw URL: ids would explode the labels). */
  timeHttp(req: IncomingMessage, res: ServerResponse, route: string): void {
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      this.#http.observe({ route, method: req.method ?? '', status: String(res.statusCode) }, seconds);
    });
  }

  /** Express middleware timing every request that reaches Express, by its route. */
  httpMiddleware(): RequestHandler {
    return (req, res, next) => {
      // Read now: mounted routers rewrite req.url on the way down.
      const top = `/${req.path.split('/')[1] ?? ''}`;
      this.timeHttp(req, res, KNOWN_ROUTES.has(top) ? top : 'other');
      next();
    };
  }

  /** The `/metrics` handler (mounted on its own listener, see main.ts). */
  handler(): RequestHandler {
    return async (_req, res) => {
      res.setHeader('content-type', this.registry.contentType);
      res.setHeader('cache-control', 'no-store');
      res.end(await this.registry.metrics());
    };
  }
}
