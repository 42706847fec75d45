// The two requests under measurement, exactly as the portal sends them: its own query documents
// (read from the portal's generated code, so the bench follows the portal's fields), with the
// `__typename` fields Apollo Client adds, its headers and the variables of the default page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentNode, SelectionSetNode } from 'graphql';
import { Kind, print, visit } from 'graphql';
import { REPO_ROOT } from './processes.js';

/** A document the portal's codegen wrote into apps/portal/app/generated/graphql.ts. */
function portalDocument(name: string): DocumentNode {
  const source = readFileSync(join(REPO_ROOT, 'apps/portal/app/generated/graphql.ts'), 'utf8');
  const match = new RegExp(`^export const ${name} = (\\{.*\\}) as unknown as DocumentNode`, 'm').exec(source);
  if (!match) throw new Error(`${name} not found in the portal's generated documents`);
  return JSON.parse(match[1]!) as DocumentNode;
}

const TYPENAME = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } } as const;

/** What Apollo Client's cache does to a document: `__typename` in every selection but the operation's own. */
function withTypenames(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet: (node: SelectionSetNode, _key, parent) => {
      const isOperationRoot =
        parent !== undefined &&
        !Array.isArray(parent) &&
        (parent as { kind?: string }).kind === Kind.OPERATION_DEFINITION;
      if (isOperationRoot) return undefined;
      const has = node.selections.some(
        (selection) => selection.kind === Kind.FIELD && selection.name.value === '__typename',
      );
      return has ? undefined : { ...node, selections: [...node.selections, TYPENAME] };
    },
  });
}

export interface BenchRequest {
  label: string;
  /** The JSON body the portal posts to /graphql. */
  body: string;
  headers: Record<string, string>;
}

const APOLLO_HEADERS = {
  accept: 'application/graphql-response+json,application/json;q=0.9',
  'content-type': 'application/json',
  'accept-language': 'nb',
};

// Apollo Client names itself in every request (the portal's version; the gateway ignores it).
const APOLLO_EXTENSIONS = { clientLibrary: { name: '@apollo/client', version: '4.3.8' } };

function request(label: string, documentName: string, operationName: string, variables: unknown, token?: string) {
  const query = print(withTypenames(portalDocument(documentName)));
  return {
    label,
    body: JSON.stringify({ operationName, variables, extensions: APOLLO_EXTENSIONS, query }),
    headers: { ...APOLLO_HEADERS, ...(token ? { authorization: `Bearer ${token}` } : {}) },
  } satisfies BenchRequest;
}

/** /grupper without filters, on an instance pinned to no district: the first 20 public groups. */
export function publicFinderRequest(): BenchRequest {
  return request('public finder', 'PublicGroupsDocument', 'PublicGroups', {
    filter: {
      districtId: null,
      countyNumber: null,
      municipalityNumber: null,
      themeIds: null,
      formats: null,
      weekdays: null,
      search: null,
    },
    first: 20,
    after: null,
  });
}

/** /vest/grupper without filters, signed in as a district user: the first 25 groups by name. */
export function staffListRequest(token: string): BenchRequest {
  return request(
    'staff list',
    'GroupListDocument',
    'GroupList',
    {
      filter: {
        districtId: 'vest',
        statuses: null,
        themeIds: null,
        municipalityNumber: null,
        openForNewMembers: null,
        followUpDueBefore: null,
        search: null,
      },
      orderBy: { field: 'NAME', direction: 'ASC' },
      first: 25,
      after: null,
    },
    token,
  );
}

/** `{ __typename }`, with or without a bearer token: what a session lookup adds to a request. */
export function typenameRequest(token?: string): BenchRequest {
  return {
    label: token ? '{ __typename } with a token' : '{ __typename }',
    body: JSON.stringify({ query: '{ __typename }' }),
    headers: { ...APOLLO_HEADERS, ...(token ? { authorization: `Bearer ${token}` } : {}) },
  };
}
