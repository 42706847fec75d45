import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../kernel/context.js';
import { GatewayError } from '../kernel/errors.js';

export const DEADLINE_CODE = 'DEADLINE_EXCEEDED';

/**
 * A request may run for `deadlineMs`. Past it, no further field is resolved: each one answers
 * DEADLINE_EXCEEDED, so a slow request stops loading instead of holding the database and the
 * event loop for others. What is already running (one SQL statement) finishes on its own.
 */
export function deadlinePlugin(deadlineMs: number): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      const deadline = performance.now() + deadlineMs;
      return {
        async executionDidStart() {
          return {
            willResolveField() {
              if (performance.now() <= deadline) return;
              throw new GatewayError(DEADLINE_CODE, DEADLINE_CODE, {
                params: { limit: deadlineMs },
                limit: deadlineMs,
                http: { status: 503 },
              });
            },
          };
        },
      };
    },
  };
}
