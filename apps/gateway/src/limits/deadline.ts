import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import { defaultFieldResolver, isObjectType } from 'graphql';
import type { GatewayContext } from '../kernel/context.js';
import { GatewayError } from '../kernel/errors.js';

export const DEADLINE_CODE = 'DEADLINE_EXCEEDED';

/** Where a request's deadline (a `performance.now()` time) is kept on its context. */
const DEADLINE = Symbol('deadline');

type WithDeadline = { [DEADLINE]?: number };

/**
 * A request may run for `deadlineMs`. Past it, no further resolver runs: each field with a
 * resolver of its own answers DEADLINE_EXCEEDED, so a slow request stops loading instead of
 * holding the database and the event loop for others. What is already running (one SQL
 * statement) finishes on its own. Fields without a resolver only read a property of a record
 * already loaded; they are left unwrapped, as a check there would cost more than the read.
 *
 * The check wraps every field's resolver once, when the server starts, rather than using Apollo's
 * `willResolveField`: any plugin with that hook makes Apollo wrap every field of the schema in a
 * dispatcher that calls each plugin per field, which cost about a tenth of a list request's CPU.
 */
export function deadlinePlugin(deadlineMs: number): ApolloServerPlugin<GatewayContext> {
  const exceeded = () =>
    new GatewayError(DEADLINE_CODE, DEADLINE_CODE, {
      params: { limit: deadlineMs },
      limit: deadlineMs,
      http: { status: 503 },
    });
  const withDeadline =
    (resolve: GraphQLFieldResolver<unknown, WithDeadline>): GraphQLFieldResolver<unknown, WithDeadline> =>
    (source, args, context, info) => {
      const deadline = context[DEADLINE];
      if (deadline !== undefined && performance.now() > deadline) throw exceeded();
      return resolve(source, args, context, info);
    };
  return {
    async serverWillStart({ schema }) {
      wrapResolvers(schema, withDeadline);
    },
    async requestDidStart({ contextValue }) {
      (contextValue as WithDeadline)[DEADLINE] = performance.now() + deadlineMs;
    },
  };
}

const WRAPPED = Symbol('deadline wrapped');

/** Wraps every resolver of the schema's object types (introspection's own excepted), once. */
function wrapResolvers(
  schema: GraphQLSchema & { [WRAPPED]?: true },
  wrap: (resolve: GraphQLFieldResolver<unknown, WithDeadline>) => GraphQLFieldResolver<unknown, WithDeadline>,
): void {
  if (schema[WRAPPED]) return;
  schema[WRAPPED] = true;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.resolve && field.resolve !== defaultFieldResolver) {
        field.resolve = wrap(field.resolve as GraphQLFieldResolver<unknown, WithDeadline>);
      }
    }
  }
}
