import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import type { ASTNode, DocumentNode } from 'graphql';
import { GraphQLError, Kind, visit } from 'graphql';
import { DEFAULT_LOCALE, renderMessage } from '@selvhjelp/domain';
import type { GatewayContext } from '../kernel/context.js';

/**
 * Control characters (other than tab and line breaks) and unpaired surrogates have no place in
 * any text we store; PostgreSQL refuses NUL outright, which used to surface as an internal error.
 */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function hasForbiddenCharacters(text: string): boolean {
  return FORBIDDEN.test(text);
}

function badText(field: string): GraphQLError {
  const reason = 'CONTROL_CHARACTERS';
  const message = renderMessage(reason, undefined, DEFAULT_LOCALE);
  return new GraphQLError(message, {
    extensions: {
      code: 'BAD_USER_INPUT',
      reason,
      field,
      fieldErrors: [{ field, reason, message }],
      http: { status: 400 },
    },
  });
}

/** The path (`input.group.name`, `tags.2`) of the first text with forbidden characters in a variable's value. */
function findInValue(value: unknown, path: string, seen: Set<unknown>): string | null {
  if (typeof value === 'string') return hasForbiddenCharacters(value) ? path : null;
  if (value === null || typeof value !== 'object' || seen.has(value)) return null;
  seen.add(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findInValue(value[i], `${path}.${i}`, seen);
      if (found) return found;
    }
    return null;
  }
  // Only plain JSON objects; anything else (a streamed file) is not text.
  if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) return null;
  for (const [key, inner] of Object.entries(value)) {
    if (hasForbiddenCharacters(key)) return `${path}.${key.replace(FORBIDDEN, '?')}`;
    const found = findInValue(inner, `${path}.${key}`, seen);
    if (found) return found;
  }
  return null;
}

/** The argument path of the first string literal in the document with forbidden characters. */
function findInDocument(document: DocumentNode): string | null {
  let found: string | null = null;
  visit(document, {
    StringValue(node, _key, parent, _path, ancestors) {
      if (found || !hasForbiddenCharacters(node.value)) return;
      // `ancestors` stops short of the parent (the argument or object field holding the string).
      const names = ([...ancestors, parent] as readonly (ASTNode | readonly ASTNode[] | undefined)[])
        .filter(
          (ancestor): ancestor is ASTNode => ancestor !== undefined && !Array.isArray(ancestor) && 'kind' in ancestor,
        )
        .filter((ancestor) => ancestor.kind === Kind.ARGUMENT || ancestor.kind === Kind.OBJECT_FIELD)
        .map((ancestor) =>
          ancestor.kind === Kind.ARGUMENT || ancestor.kind === Kind.OBJECT_FIELD ? ancestor.name.value : '',
        );
      found = names.join('.') || 'query';
    },
  });
  return found;
}

/**
 * Refuses, before execution, any operation whose text input holds forbidden characters, naming the field.
 * Apollo keeps one parsed document per query text, so the document's own strings are looked at once.
 */
export function inputTextPlugin(): ApolloServerPlugin<GatewayContext> {
  const literals = new WeakMap<DocumentNode, string | null>();
  // The same listener for every request: nothing per request to keep.
  const listener: GraphQLRequestListener<GatewayContext> = {
    async didResolveOperation({ request, document }) {
      for (const [name, value] of Object.entries(request.variables ?? {})) {
        const path = findInValue(value, name, new Set());
        if (path) throw badText(path);
      }
      let literal = literals.get(document);
      if (literal === undefined) {
        literal = findInDocument(document);
        literals.set(document, literal);
      }
      if (literal) throw badText(literal);
    },
  };
  return { requestDidStart: () => Promise.resolve(listener) };
}
