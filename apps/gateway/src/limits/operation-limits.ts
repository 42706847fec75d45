import type {
  ApolloServerPlugin,
  GraphQLRequestContextDidResolveOperation,
  GraphQLRequestListener,
} from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { DEFAULT_MAX_COST, operationCost } from '@selvhjelp/graphql';
import type { DocumentNode, GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import { Kind, visit } from 'graphql';
import type { GatewayContext } from '../kernel/context.js';
import type { LimitName } from './refusal.js';
import { fromArmorError, operationRefused } from './refusal.js';
import { singleUseFieldsRule } from './single-use-fields.js';

/** What one operation may ask for; checked before execution, so no resolver runs for a refused one. */
export interface OperationLimits {
  depth: number;
  aliases: number;
  /** Lexical tokens of the document; enforced by graphql-js while parsing, which stops at the limit. */
  tokens: number;
  directives: number;
  /** About the number of objects the operation would load (see `operationCost` in @selvhjelp/graphql). */
  cost: number;
  /** Milliseconds a request may run; later fields are not resolved and it answers DEADLINE_EXCEEDED. */
  deadlineMs: number;
}

/** Safe defaults (OWASP's GraphQL cheat sheet, graphql-armor's own): the portal's pages stay far below. */
export const DEFAULT_OPERATION_LIMITS: OperationLimits = {
  depth: 10,
  aliases: 15,
  tokens: 2_000,
  directives: 20,
  cost: DEFAULT_MAX_COST,
  deadlineMs: 10_000,
};

/**
 * graphql-armor's depth, alias and directive rules, reporting our refusal (code, limit, found)
 * instead of armor's own, and field suggestions masked when introspection is off (a suggestion
 * leaks the schema just like introspection would). Armor's cost rule prices every field the same,
 * so cost is ours (page sizes count); tokens are graphql-js's own parser limit.
 */
export function operationLimitRules(
  limits: OperationLimits,
  options: { introspection: boolean; onPriced?: OnPriced },
): { plugins: ApolloServerPlugin<GatewayContext>[]; validationRules: ValidationRule[] } {
  const reject = (reason: LimitName, limit: number) => [
    (context: ValidationContext | null, error: GraphQLError) =>
      context?.reportError(fromArmorError(reason, error, limit)),
  ];
  const armor = new ApolloArmor({
    maxDepth: {
      n: limits.depth,
      // Introspection queries are deep by nature; they are only answered where introspection is on.
      ignoreIntrospection: options.introspection,
      propagateOnRejection: false,
      onReject: reject('MAX_DEPTH', limits.depth),
    },
    // Armor lets aliases of __typename through by default; every alias counts here.
    maxAliases: {
      n: limits.aliases,
      allowList: [],
      propagateOnRejection: false,
      onReject: reject('MAX_ALIASES', limits.aliases),
    },
    maxDirectives: {
      n: limits.directives,
      propagateOnRejection: false,
      onReject: reject('MAX_DIRECTIVES', limits.directives),
    },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: !options.introspection },
  }).protect();
  return {
    plugins: [
      ...(armor.plugins as ApolloServerPlugin<GatewayContext>[]),
      costLimitPlugin(limits.cost, options.onPriced),
    ],
    validationRules: [...armor.validationRules, singleUseFieldsRule()],
  };
}

function isVariableError(error: unknown): boolean {
  return error instanceof Error && error.name === 'GraphQLError' && /^Variable "\$/.test(error.message);
}

/**
 * Prices the operation with the request's variables (so `first: $n` counts as what it asks for)
 * once Apollo knows which operation runs, and refuses it before execution when it costs too much.
 *
 * Apollo keeps one parsed document per query text, so the price of an allowed operation is kept
 * per document, operation and the values of the few variables a price can depend on (page sizes,
 * `@skip`/`@include` conditions): the portal asks the same few documents all day, and pricing one
 * walks the whole document. Refusals are priced afresh each time (so a request whose other
 * variables are wrong still gets execution's BAD_USER_INPUT, exactly as without the memo).
 */
/**
 * Told each allowed operation's cost before it runs (fair use charges API clients' budgets here,
 * decision 0034); what it throws refuses the operation.
 */
export type OnPriced = (
  requestContext: GraphQLRequestContextDidResolveOperation<GatewayContext>,
  cost: number,
) => Promise<void>;

function costLimitPlugin(maxCost: number, onPriced?: OnPriced): ApolloServerPlugin<GatewayContext> {
  const memo = new WeakMap<DocumentNode, DocumentCosts>();
  // The same listener for every request: nothing per request to keep.
  const listener: GraphQLRequestListener<GatewayContext> = {
    async didResolveOperation(requestContext) {
      const { request, document, schema, operationName } = requestContext;
      let costs = memo.get(document);
      if (!costs) {
        costs = { pricedBy: costVariables(document), allowed: new Map() };
        memo.set(document, costs);
      }
      const variables = request.variables ?? {};
      const key = costKey(operationName, costs.pricedBy, variables);
      const known = costs.allowed.get(key);
      if (known !== undefined) return onPriced?.(requestContext, known);
      let cost: number;
      try {
        cost = operationCost({ schema, document, variables, operationName: operationName ?? undefined });
      } catch (error) {
        // Variables that do not fit their types: execution refuses them as BAD_USER_INPUT, before
        // any resolver runs. Anything else is a fault, and the operation must not run unpriced.
        if (isVariableError(error)) return;
        throw error;
      }
      if (cost > maxCost) throw operationRefused('MAX_COST', maxCost, cost);
      if (costs.allowed.size >= MAX_COSTS_PER_DOCUMENT) costs.allowed.clear();
      costs.allowed.set(key, cost);
      await onPriced?.(requestContext, cost);
    },
  };
  return { requestDidStart: () => Promise.resolve(listener) };
}

interface DocumentCosts {
  /** The variables the price can depend on, in a fixed order. */
  pricedBy: readonly string[];
  /** Prices at or under the limit, by operation name and those variables' values. */
  allowed: Map<string, number>;
}

/** Enough for the page sizes and conditions one document is asked with; past it, start over. */
const MAX_COSTS_PER_DOCUMENT = 64;

/** Argument names the cost model reads a value of: page sizes, and the conditions of @skip and @include. */
const PRICED_ARGUMENTS: ReadonlySet<string> = new Set(['first', 'count', 'if']);

/** The variables a document's price can depend on: those given to a priced argument anywhere in it. */
function costVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(node) {
      if (PRICED_ARGUMENTS.has(node.name.value) && node.value.kind === Kind.VARIABLE) names.add(node.value.name.value);
    },
  });
  return [...names].sort();
}

function costKey(
  operationName: string | null | undefined,
  pricedBy: readonly string[],
  variables: Record<string, unknown>,
): string {
  // JSON keeps 20 and "20" apart; an absent variable (its default applies) is 0, a given one [value].
  return JSON.stringify([
    operationName ?? null,
    ...pricedBy.map((name) => (Object.hasOwn(variables, name) ? [variables[name]] : 0)),
  ]);
}
