// The requests under measurement, exactly as the portal sends them: its own query documents
// (read from the portal's generated code, so the bench follows the portal's fields), with the
// body, headers and variables as the portal's gateway client
// (apps/portal/app/shared/gateway/gateway.server.ts) and its list-query (toGroupFilter) send them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentNode } from 'graphql';
import { print } from 'graphql';
import { REPO_ROOT } from './processes.js';

/** A document the portal's codegen wrote into apps/portal/app/generated/graphql.ts. */
function portalDocument(name: string): DocumentNode {
  const source = readFileSync(join(REPO_ROOT, 'apps/portal/app/generated/graphql.ts'), 'utf8');
  const match = new RegExp(`^export const ${name} = (\\{.*\\}) as unknown as DocumentNode`, 'm').exec(source);
  if (!match) throw new Error(`${name} not found in the portal's generated documents`);
  return JSON.parse(match[1]!) as DocumentNode;
}

export interface BenchRequest {
  label: string;
  /** The JSON body the portal posts to /graphql. */
  body: string;
  headers: Record<string, string>;
}

const PORTAL_HEADERS = {
  'content-type': 'application/json',
  accept: 'application/graphql-response+json, application/json;q=0.9',
  'accept-language': 'nb',
};

function request(label: string, documentName: string, operationName: string, variables: unknown, token?: string) {
  const query = print(portalDocument(documentName));
  return {
    label,
    body: JSON.stringify({ operationName, query, variables }),
    headers: { ...PORTAL_HEADERS, ...(token ? { authorization: `Bearer ${token}` } : {}) },
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

/** What the staff list is asked for beyond the default page: a name search (`?q=`) or a later page (`?after=`). */
export interface StaffListOptions {
  search?: string;
  after?: string;
}

/**
 * /vest/grupper signed in as a district user, the first 25 groups by name: without filters, or
 * as `?q=…` (toGroupFilter's `search`) or `?after=…` (the cursor of the page before) send it.
 */
export function staffListRequest(token: string, label = 'staff list', options: StaffListOptions = {}): BenchRequest {
  return request(
    label,
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
        search: options.search ?? null,
      },
      orderBy: { field: 'NAME', direction: 'ASC' },
      first: 25,
      after: options.after ?? null,
    },
    token,
  );
}

/** `{ __typename }`, with or without a bearer token: what a session lookup adds to a request. */
export function typenameRequest(token?: string): BenchRequest {
  return {
    label: token ? '{ __typename } with a token' : '{ __typename }',
    body: JSON.stringify({ query: '{ __typename }' }),
    headers: { ...PORTAL_HEADERS, ...(token ? { authorization: `Bearer ${token}` } : {}) },
  };
}
