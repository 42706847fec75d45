import type { GraphQLField, GraphQLObjectType, GraphQLOutputType, GraphQLSchema } from 'graphql';
import { getNamedType, isNonNullType, isObjectType } from 'graphql';

/** A field of the schema: `Group.facilitatorAssignments`. */
export interface SchemaField {
  parent: string;
  field: string;
}

/** A query from the root to a field whose records the read path must see, and the type it returns. */
export interface ReadQuery {
  target: SchemaField;
  /** Root field first, e.g. ['trainingCourses', 'edges', 'node', 'enrolments', 'facilitator']. */
  path: string[];
  /** The GraphQL type of the records the target field hands out. */
  recordType: string;
  /** A required `id` argument of the root field, to be filled with a record seen before. */
  needsId: boolean;
  query(id?: string): string;
}

const RECORD_SELECTION = '{ __typename id }';

/** The record type a field hands out: the type itself (or a list of it), or the nodes of a connection. */
export function recordTypeOf(type: GraphQLOutputType, targets: ReadonlySet<string>): string | null {
  const named = getNamedType(type);
  if (targets.has(named.name)) return named.name;
  if (!isObjectType(named)) return null;
  const node = connectionNode(named);
  return node && targets.has(node.name) ? node.name : null;
}

function connectionNode(type: GraphQLObjectType): GraphQLObjectType | null {
  const edges = type.getFields()['edges'];
  if (!edges) return null;
  const edge = getNamedType(edges.type);
  if (!isObjectType(edge)) return null;
  const node = edge.getFields()['node'];
  const named = node ? getNamedType(node.type) : null;
  return named && isObjectType(named) ? named : null;
}

function requiredArgs(field: GraphQLField<unknown, unknown>): string[] {
  return field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined).map((arg) => arg.name);
}

function objectTypes(schema: GraphQLSchema): GraphQLObjectType[] {
  return Object.values(schema.getTypeMap()).filter(
    (type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'),
  );
}

/** Every field of the schema that hands out a record of one of `targets`. */
export function fieldsReturning(schema: GraphQLSchema, targets: ReadonlySet<string>): SchemaField[] {
  return objectTypes(schema).flatMap((type) =>
    Object.values(type.getFields())
      .filter((field) => recordTypeOf(field.type, targets))
      .map((field) => ({ parent: type.name, field: field.name })),
  );
}

/**
 * Routes from Query to each type, breadth first (shortest first), through fields that need no
 * argument; a type is entered at most once per route, and at most `perType` routes are kept.
 */
export function routesFromQuery(schema: GraphQLSchema, maxDepth = 6, perType = 4): Map<string, string[][]> {
  const routes = new Map<string, string[][]>([['Query', [[]]]]);
  let frontier: { type: GraphQLObjectType; route: string[]; seen: Set<string> }[] = [
    { type: schema.getQueryType()!, route: [], seen: new Set(['Query']) },
  ];
  for (let depth = 0; depth < maxDepth && frontier.length; depth++) {
    const next: typeof frontier = [];
    for (const { type, route, seen } of frontier) {
      for (const field of Object.values(type.getFields())) {
        const named = getNamedType(field.type);
        if (!isObjectType(named) || requiredArgs(field).length || seen.has(named.name)) continue;
        const known = routes.get(named.name) ?? [];
        if (known.length >= perType) continue;
        const extended = [...route, field.name];
        routes.set(named.name, [...known, extended]);
        next.push({ type: named, route: extended, seen: new Set([...seen, named.name]) });
      }
    }
    frontier = next;
  }
  return routes;
}

function selection(path: string[], leaf: string, idArgument: boolean): (id?: string) => string {
  return (id) => {
    let body = leaf;
    for (let index = path.length - 1; index >= 0; index--) {
      const args = index === 0 && idArgument ? `(id: ${JSON.stringify(id)})` : '';
      body = `{ ${path[index]}${args} ${body} }`;
    }
    return `query ReadPath ${body}`;
  };
}

/**
 * One query per route to each target field that Query reaches; `unreached` lists the target
 * fields no query reaches (those of Mutation and of types only mutations return).
 */
export function readQueries(
  schema: GraphQLSchema,
  targets: ReadonlySet<string>,
): { queries: ReadQuery[]; unreached: SchemaField[] } {
  const routes = routesFromQuery(schema);
  const queries: ReadQuery[] = [];
  const unreached: SchemaField[] = [];
  for (const target of fieldsReturning(schema, targets)) {
    const field = (schema.getType(target.parent) as GraphQLObjectType).getFields()[target.field]!;
    const isConnection = !targets.has(getNamedType(field.type).name);
    const leaf = isConnection ? `{ edges { node ${RECORD_SELECTION} } }` : RECORD_SELECTION;
    const required = requiredArgs(field);
    const atRoot = target.parent === 'Query';
    // Only a root field's `id` can be filled in generically; anything else needs its own test.
    if (required.length && !(atRoot && required.length === 1 && required[0] === 'id')) {
      unreached.push(target);
      continue;
    }
    const parentRoutes = routes.get(target.parent) ?? [];
    if (parentRoutes.length === 0) {
      unreached.push(target);
      continue;
    }
    for (const route of parentRoutes) {
      const path = [...route, target.field];
      queries.push({
        target,
        path,
        recordType: recordTypeOf(field.type, targets)!,
        needsId: required.length > 0,
        query: selection(path, leaf, required.length > 0),
      });
    }
  }
  return { queries, unreached };
}

/** Every record of `targets` in a response, by type name. */
export function recordsIn(
  data: unknown,
  targets: ReadonlySet<string>,
  found: { type: string; id: string }[] = [],
): { type: string; id: string }[] {
  if (Array.isArray(data)) {
    for (const item of data) recordsIn(item, targets, found);
  } else if (data && typeof data === 'object') {
    const record = data as Record<string, unknown>;
    if (
      typeof record['__typename'] === 'string' &&
      targets.has(record['__typename']) &&
      typeof record['id'] === 'string'
    ) {
      found.push({ type: record['__typename'], id: record['id'] });
    }
    for (const value of Object.values(record)) recordsIn(value, targets, found);
  }
  return found;
}
