import type { DocumentNode, GraphQLField, GraphQLSchema, GraphQLType } from 'graphql';
import { getNamedType, getNullableType, isLeafType, isListType } from 'graphql';
import type { ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { getComplexity } from 'graphql-query-complexity';

/**
 * What an operation costs: about the number of objects it would load. Leaves (scalars, enums)
 * are free, every object costs 1, and a list multiplies what is below it by how many items it
 * can hold: its page size (`first`, or `count` for meetings) where the field takes one, else the
 * assumed size below. `edges` and `nodes` of a connection are already counted by the page size of
 * the field that returned the connection. Shopify and GitHub price their APIs the same way; this
 * module is part of the contract, so partners can compute a cost before they send a query.
 *
 * The default limit sits well above the heaviest page of the portal (about 2,500 with 100 rows;
 * a test holds that) and far below what harmed the service (the cyclic county query: ~10^8).
 */
export const DEFAULT_MAX_COST = 50_000;

/** Page size a connection field loads when `first` is not given and the SDL sets no default. */
export const DEFAULT_PAGE_SIZE = 50;

/** Page-size arguments: the list holds at most this many items. */
const SLICING_ARGUMENTS = ['first', 'count'] as const;

/** Lists without a page size, priced by how many items they can really hold. */
const ASSUMED_LIST_SIZES: Readonly<Record<string, number>> = {
  'Query.counties': 15,
  'Query.districts': 7,
  'Query.municipalities': 357,
  'County.municipalities': 50,
  'District.counties': 5,
  'NetworkMap.municipalities': 100,
  'NetworkMap.withNeither': 100,
  'NetworkMap.withoutActivePartner': 100,
  'NetworkMap.withoutGroup': 100,
  'Query.groupFollowUpsDue': 100,
  // A district's peers who follow someone; suggestions are capped by the gateway (20).
  'Query.peerCheckInsDue': 100,
  'PeerSuggestions.suggestions': 20,
  'Query.followUpCasesDue': 100,
  'Query.themes': 20,
  // The district home's short lists hold at most the agenda's `first` (0–20).
  'AgendaGroups.items': 20,
  'AgendaCaseFollowUps.items': 20,
  'AgendaPeerCheckIns.items': 20,
  'AgendaFacilitators.items': 20,
  'AgendaCourseSessions.items': 20,
  'AgendaActivities.items': 20,
  'Query.venues': 500,
  'GroupImportResult.rows': 100,
  // Two files for each of the seven districts and the national report.
  'ReportJob.files': 16,
  // The overview (issue 13): 18 tables; rows are districts (7), counties (15) or months (24 for
  // two years; a longer period is priced as two years); cells are rows × columns: at most 24
  // months × 7 districts or 7 districts × 20 themes.
  'Overview.tables': 18,
  'Overview.districts': 7,
  'StatTable.rows': 24,
  'StatTable.columns': 20,
  'StatTable.cells': 170,
  'StatTable.rowTotals': 24,
  'StatTable.columnTotals': 20,
  'Coverage.counties': 15,
  // An API client's use (decision 0034): a month of days, the 50 operations it lists.
  'ApiClientUsage.perDay': 31,
  'ApiClientUsage.perOperation': 50,
  // A reason's text names at most a few values (a quoted cell, a bound).
  'ImportFieldError.params': 3,
};

/** Any other list of objects: a record's own short lists (contacts, themes, history, …). */
const DEFAULT_LIST_SIZE = 10;

function listSize(parentType: string, field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number {
  for (const name of SLICING_ARGUMENTS) {
    if (!field.args.some((arg) => arg.name === name)) continue;
    const value = args[name];
    // Out-of-range sizes are refused by the resolver; price them as what was asked for.
    return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.ceil(value) : DEFAULT_PAGE_SIZE;
  }
  return ASSUMED_LIST_SIZES[`${parentType}.${field.name}`] ?? DEFAULT_LIST_SIZE;
}

function returnsList(type: GraphQLType): boolean {
  return isListType(getNullableType(type));
}

function isConnectionPart(parentType: string, fieldName: string): boolean {
  return parentType.endsWith('Connection') && (fieldName === 'edges' || fieldName === 'nodes');
}

function hasSlicingArgument(field: GraphQLField<unknown, unknown>): boolean {
  return field.args.some((arg) => (SLICING_ARGUMENTS as readonly string[]).includes(arg.name));
}

/** The estimator: see the module comment for the rules. */
export function objectCountEstimator({ type, field, args, childComplexity }: ComplexityEstimatorArgs): number {
  if (isLeafType(getNamedType(field.type))) return 0;
  if (isConnectionPart(type.name, field.name)) return childComplexity;
  // A page size on a field that returns one object (the district agenda's `first`) bounds the
  // lists inside it, which are priced by their own sizes: the object itself is loaded once.
  const paged = hasSlicingArgument(field) && getNamedType(field.type).name.endsWith('Connection');
  const multiplier = returnsList(field.type) || paged ? listSize(type.name, field, args) : 1;
  return multiplier * (1 + childComplexity);
}

/**
 * The cost of one operation of a document. Fragments are expanded where they are spread and
 * `@skip`/`@include` are honoured, with the request's variables.
 */
export function operationCost(options: {
  schema: GraphQLSchema;
  document: DocumentNode;
  variables?: Record<string, unknown>;
  operationName?: string;
}): number {
  return getComplexity({
    schema: options.schema,
    query: options.document,
    variables: options.variables ?? {},
    operationName: options.operationName,
    estimators: [objectCountEstimator],
  });
}
