import type { ASTVisitor, SelectionSetNode, ValidationContext, ValidationRule } from 'graphql';
import { Kind } from 'graphql';
import { operationRefused } from './refusal.js';

/**
 * Mutations that cost real work each time (a password hash, a file, a whole CSV): an operation
 * may ask for each of them once. Without this, one request with 100 aliases of `login` runs
 * argon2 100 times.
 */
export const SINGLE_USE_FIELDS: ReadonlySet<string> = new Set([
  'login',
  'completePasswordReset',
  'importGroups',
  'createAgreement',
  'updateAgreement',
]);

/** Counts the operation's root fields by name, through fragment spreads and inline fragments. */
function countRootFields(
  context: ValidationContext,
  selectionSet: SelectionSetNode,
  counts: Map<string, number>,
  seen: Set<string>,
): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      countRootFields(context, selection.selectionSet, counts, seen);
    } else {
      // A fragment spread twice counts twice; a cycle is refused by graphql-js's own rules.
      const fragment = context.getFragment(selection.name.value);
      if (!fragment || seen.has(fragment.name.value)) continue;
      seen.add(fragment.name.value);
      countRootFields(context, fragment.selectionSet, counts, seen);
      seen.delete(fragment.name.value);
    }
  }
}

export function singleUseFieldsRule(): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const counts = new Map<string, number>();
      countRootFields(context, operation.selectionSet, counts, new Set());
      for (const [name, count] of counts) {
        if (count > 1 && SINGLE_USE_FIELDS.has(name))
          context.reportError(operationRefused('SINGLE_USE_FIELD', 1, count, name));
      }
    },
  });
}
