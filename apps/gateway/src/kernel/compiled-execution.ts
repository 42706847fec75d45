import { createHash } from 'node:crypto';
import type { GatewayExecutor, GatewayGraphQLRequestContext, GatewayInterface } from '@apollo/server-gateway-interface';
import type { ExecutionResult, GraphQLSchema } from 'graphql';
import { OperationTypeNode, execute } from 'graphql';
import type { CompiledQuery } from 'graphql-jit';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import type { PortalQuery } from '../generated/portal-queries.js';
import type { GatewayContext } from './context.js';

/**
 * Execution of the portal's own queries by code compiled for each of them (graphql-jit),
 * everything else by graphql-js (decision 0039).
 *
 * graphql-js walks a query's selections anew for every object of a list; a compiled query is a
 * function written for that one document, three to four times faster for the portal's lists.
 * graphql-jit writes a document's field names, aliases and literal arguments into the code it
 * compiles, and has let a string literal through as code: so it compiles only documents the
 * portal's build wrote (src/generated/portal-queries.ts, from the portal's generated documents),
 * and a request runs compiled only when its query text is one of them exactly. Mutations, other
 * clients' queries (partners, the API explorer) and every document that differs by a character
 * run on graphql-js as before. Variables are data to the compiled code, never code.
 *
 * A request whose variables do not hold (compiled execution answers with errors and no data:
 * nothing ran) is answered by graphql-js instead, so its errors read exactly as they always have.
 */
export type ExecutorKind = 'compiled' | 'standard';

export interface CompiledExecutionOptions {
  schema: GraphQLSchema;
  /** The documents that may run compiled; none = every request on graphql-js. */
  trusted: readonly PortalQuery[];
  /** Told which way each operation ran (metrics). */
  onExecuted?: (kind: ExecutorKind) => void;
}

interface Trusted {
  query: string;
  /** Compiled on first use, from the document Apollo parsed and validated; null: graphql-jit could not. */
  compiled?: CompiledQuery | null;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export function compiledExecutor({ schema, trusted, onExecuted }: CompiledExecutionOptions): GatewayExecutor {
  // Apollo's queryHash is the SHA-256 of the request's query text.
  const byHash = new Map<string, Trusted>(trusted.map(({ query }) => [sha256(query), { query }]));

  const standard = (requestContext: GatewayGraphQLRequestContext<GatewayContext>) => {
    onExecuted?.('standard');
    return execute({
      schema,
      document: requestContext.document,
      contextValue: requestContext.context,
      variableValues: requestContext.request.variables,
      operationName: requestContext.operationName ?? requestContext.request.operationName,
    });
  };

  return async (requestContext) => {
    const context = requestContext as GatewayGraphQLRequestContext<GatewayContext>;
    const entry = context.operation.operation === OperationTypeNode.QUERY ? byHash.get(context.queryHash) : undefined;
    if (!entry || entry.query !== context.source) return standard(context);
    if (entry.compiled === undefined) {
      const compiled = compileQuery(schema, context.document, context.operationName ?? undefined);
      // A portal query the schema cannot run fails validation before this; a compile error would
      // be a graphql-jit limitation: that query stays on graphql-js.
      entry.compiled = isCompiledQuery(compiled) ? compiled : null;
    }
    if (!entry.compiled) return standard(context);
    const result = (await entry.compiled.query(
      undefined,
      context.context,
      context.request.variables,
    )) as ExecutionResult;
    if (result.errors?.length && result.data === undefined) return standard(context);
    onExecuted?.('compiled');
    return result;
  };
}

/**
 * Apollo Server runs a custom executor only as a "gateway": this one serves our own schema and
 * hands every validated operation to `executor`.
 */
export function localSchemaGateway(schema: GraphQLSchema, executor: GatewayExecutor): GatewayInterface {
  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async stop() {},
  };
}
