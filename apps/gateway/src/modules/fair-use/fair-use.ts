import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import type { BudgetSettings } from '@selvhjelp/db';
import { OperationTypeNode } from 'graphql';
import type { GatewayContext } from '../../kernel/context.js';
import { GatewayError } from '../../kernel/errors.js';
import { operationRefused } from '../../limits/refusal.js';
import type { Logger } from '../../logger.js';
import type { BudgetStore } from './budget-store.js';
import type { UsageLog } from './usage-log.js';

export interface FairUseSettings extends BudgetSettings {
  /** What every mutation costs, whatever it selects (Shopify's practice). */
  mutationCost: number;
}

/** 1,000 points, 50 a second: a full budget lasts 20 s of the heaviest use and is back in 20 s. */
export const DEFAULT_FAIR_USE: FairUseSettings = { capacity: 1_000, restoreRate: 50, mutationCost: 10 };

/** What an API client's request was charged and what its budget holds: `extensions.cost` and `rateLimit`. */
export interface RequestBudget {
  /** The operation's calculated cost (`operationCost`). */
  requestedQueryCost: number;
  /** Points charged: the cost, at least 1, or the mutation price; 0 when refused. */
  charged: number;
  rateLimited: boolean;
  /** Points in the budget after the charge. */
  currentlyAvailable: number;
  /** Seconds until a refused operation would fit (0 when charged). */
  retryAfterSeconds: number;
  /** When the budget will be full again. */
  resetAt: Date;
  maximumAvailable: number;
  restoreRate: number;
}

// Per request; the key is the request's context, which lives exactly as long.
const budgets = new WeakMap<GatewayContext, RequestBudget>();

/** The budget of this request's API client after its charge; null for staff and the public. */
export function requestBudget(context: GatewayContext): RequestBudget | null {
  return budgets.get(context) ?? null;
}

/**
 * Fair use for API clients (issue 14, decision 0034): every operation's cost is charged to its
 * client's token bucket before it runs, and a refused one runs nothing (HTTP 429). Staff sessions
 * and the public are not budgeted here. Each answer says what was charged and what is left, and
 * every operation is written to the usage log off the request's path.
 */
export class FairUse {
  constructor(
    private readonly store: BudgetStore,
    readonly usageLog: UsageLog,
    private readonly settings: FairUseSettings,
    private readonly logger: Logger,
  ) {}

  /** Called with the operation's cost once priced (limits/operation-limits.ts), before execution. */
  async charge(requestContext: GraphQLRequestContextDidResolveOperation<GatewayContext>, cost: number): Promise<void> {
    const context = requestContext.contextValue;
    const client = context.apiClient;
    if (!client) return;
    const { capacity, restoreRate, mutationCost } = this.settings;
    const price = requestContext.operation?.operation === OperationTypeNode.MUTATION ? mutationCost : Math.max(1, cost);
    // Waiting would never make room for it: the same refusal as an operation over the cost limit.
    if (price > capacity) throw operationRefused('MAX_COST', capacity, price);
    let answer;
    try {
      answer = await this.store.charge(client.clientId, price, { capacity, restoreRate });
    } catch (error) {
      this.logger.error('budget store unavailable', { requestId: context.requestId, error });
      throw new GatewayError('SERVICE_UNAVAILABLE', 'DATABASE_UNAVAILABLE', {
        http: { status: 503, headers: new Map([['retry-after', '5']]) },
      });
    }
    const now = context.now().getTime();
    const budget: RequestBudget = {
      requestedQueryCost: cost,
      charged: answer.charged ? price : 0,
      rateLimited: !answer.charged,
      currentlyAvailable: answer.available,
      retryAfterSeconds: answer.charged ? 0 : Math.max(1, Math.ceil((price - answer.available) / restoreRate)),
      resetAt: new Date(now + Math.ceil(((capacity - answer.available) / restoreRate) * 1000)),
      maximumAvailable: capacity,
      restoreRate,
    };
    budgets.set(context, budget);
    if (budget.rateLimited) {
      const seconds = budget.retryAfterSeconds;
      throw new GatewayError('RATE_LIMITED', 'API_RATE_LIMITED', {
        params: { seconds },
        retryAfterSeconds: seconds,
        cost: this.costExtension(budget),
        http: { status: 429, headers: new Map([['retry-after', String(seconds)]]) },
      });
    }
  }

  /** Shopify's `extensions.cost`. */
  costExtension(budget: RequestBudget) {
    return {
      requestedQueryCost: budget.requestedQueryCost,
      throttleStatus: {
        maximumAvailable: budget.maximumAvailable,
        currentlyAvailable: Math.floor(budget.currentlyAvailable),
        restoreRate: budget.restoreRate,
      },
    };
  }

  /** Adds the cost to each API client's answer and writes the usage log; stops the log with the server. */
  plugin(): ApolloServerPlugin<GatewayContext> {
    return {
      serverWillStart: async () => ({
        serverWillStop: () => this.usageLog.stop(),
      }),
      requestDidStart: async ({ contextValue }) => {
        const client = contextValue.apiClient;
        // Nothing to add or log for anyone else: no listener for Apollo to call.
        if (!client) return undefined;
        const started = performance.now();
        const at = contextValue.now();
        let executed = false;
        return {
          executionDidStart: async () => {
            executed = true;
          },
          willSendResponse: async ({ response, operation, operationName }) => {
            const budget = budgets.get(contextValue);
            const result = response.body.kind === 'single' ? response.body.singleResult : null;
            if (result && budget) result.extensions = { ...result.extensions, cost: this.costExtension(budget) };
            if (budget) {
              response.http.headers.set('x-ratelimit-limit', String(this.settings.capacity));
              response.http.headers.set('x-ratelimit-remaining', String(Math.floor(budget.currentlyAvailable)));
            }
            const failed = Boolean(result?.errors?.length);
            this.usageLog.record({
              clientId: client.clientId,
              at,
              // Only a name the document declares (a GraphQL name), never what the request claimed.
              operationName: operation ? (operationName ?? null) : null,
              cost: budget?.charged ?? 0,
              outcome: budget?.rateLimited ? 'RATE_LIMITED' : !failed ? 'OK' : executed ? 'ERROR' : 'REFUSED',
              durationMs: performance.now() - started,
            });
          },
        };
      },
    };
  }
}
