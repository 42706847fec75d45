/**
 * Worked examples for the documentation page, one per scope: the operation, its variables, and
 * the same call as curl and as JavaScript fetch. schema-reference.test.ts validates each operation
 * against the current SDL, so an example cannot go stale (examples are only shown for operations
 * that exist).
 */
export interface ScopeExample {
  scope: 'groups:read' | 'activities:read' | 'referrals:write' | 'statistics:read';
  /** The root field the example calls; the example is shown only when the schema has it. */
  operation: { type: 'Query' | 'Mutation'; field: string };
  query: string;
  variables: Record<string, unknown>;
  /** Whether the call works without a key (public data). */
  public?: boolean;
  /** Extra HTTP headers the example sends (e.g. `Idempotency-Key` for a submission). */
  headers?: Readonly<Record<string, string>>;
}

export const SCOPE_EXAMPLES: readonly ScopeExample[] = [
  {
    scope: 'groups:read',
    operation: { type: 'Query', field: 'publicGroups' },
    public: true,
    query: `query PublicGroups($first: Int) {
  publicGroups(first: $first) {
    totalCount
    edges { node { slug name municipality { name } openForNewMembers } }
    pageInfo { hasNextPage endCursor }
  }
}`,
    variables: { first: 5 },
  },
  {
    scope: 'groups:read',
    operation: { type: 'Query', field: 'groups' },
    query: `query Groups($after: String) {
  groups(first: 50, after: $after) {
    totalCount
    edges { node { id name status municipality { number name } updatedAt } }
    pageInfo { hasNextPage endCursor }
  }
}`,
    variables: { after: null },
  },
  {
    // Decision 0036: a partner that keeps a copy stores endCursor and asks again later.
    scope: 'groups:read',
    operation: { type: 'Query', field: 'groupFeed' },
    query: `query GroupFeed($after: String) {
  groupFeed(first: 100, after: $after) {
    edges { node { groupId kind changedAt group { id name status municipality { number name } } } }
    pageInfo { hasNextPage endCursor }
  }
}`,
    variables: { after: null },
  },
  {
    scope: 'activities:read',
    operation: { type: 'Query', field: 'outreachActivities' },
    query: `query Activities($filter: ActivityFilter) {
  outreachActivities(first: 25, filter: $filter) {
    edges { node { id type title date participantCount municipality { name } } }
    pageInfo { hasNextPage endCursor }
  }
}`,
    variables: { filter: { from: '2026-01-01', to: '2026-12-31' } },
  },
  {
    scope: 'referrals:write',
    operation: { type: 'Mutation', field: 'submitReferral' },
    // A retry with the same key (or reference) and the same data answers the first submission.
    headers: { 'Idempotency-Key': '7f1c2a9e-4b7d-4c41-9a57-2f0e8d6b1c35' },
    query: `mutation SubmitReferral($input: SubmitReferralInput!) {
  submitReferral(input: $input) { id reference kind status submittedAt }
}`,
    variables: {
      input: {
        reference: 'NAV-2026-000123',
        municipality: '4601',
        serviceType: 'NAV',
        serviceUnit: 'NAV Bergenhus',
        serviceContact: { name: 'Ola Veileder', email: 'ola.veileder@nav.example' },
        person: { firstName: 'Kari', contactPreference: 'PHONE', phone: '912 34 567', goodTimes: 'Hverdager etter 15' },
        consent: { wording: 'Jeg samtykker til at Selvhjelp Norge kontakter meg.', givenOn: '2026-12-01' },
        themeIds: ['loneliness'],
        reasonText: 'Ønsker å møte andre i samme situasjon.',
      },
    },
  },
  {
    scope: 'referrals:write',
    operation: { type: 'Query', field: 'serviceReferral' },
    query: `query ReferralStatus($reference: String!) {
  serviceReferral(reference: $reference) { reference kind status submittedAt }
}`,
    variables: { reference: 'NAV-2026-000123' },
  },
  {
    scope: 'referrals:write',
    operation: { type: 'Mutation', field: 'requestTalk' },
    query: `mutation RequestTalk($input: RequestTalkInput!) {
  requestTalk(input: $input) { id reference kind status }
}`,
    variables: {
      input: {
        reference: 'NAV-KURS-2027-01',
        municipality: '4601',
        serviceType: 'NAV',
        serviceUnit: 'NAV Bergenhus',
        serviceContact: { name: 'Ola Veileder', phone: '55 55 55 55' },
        topic: 'Selvhjelp som metode, for veiledere',
        audienceSize: 30,
        wishedFrom: '2027-01-10',
        wishedTo: '2027-02-28',
        place: 'NAV Bergenhus',
      },
    },
  },
  {
    scope: 'statistics:read',
    operation: { type: 'Query', field: 'overview' },
    query: `query Overview($period: PeriodInput) {
  overview(period: $period) {
    period { from to }
    table(key: GROUPS_BY_STATUS) {
      title
      columns { key label }
      rows { key label }
      cells { display suppressed }
    }
  }
}`,
    variables: { period: { from: '2026-01-01', to: '2026-12-31' } },
  },
];

/** The placeholder the examples use for the API address (the page says what it is). */
export const API_URL_PLACEHOLDER = 'https://api.example.no/graphql';

/** The operation on one line: a shell command reads better without `\n` escapes in its JSON. */
export function oneLine(query: string): string {
  return query.replace(/\s+/g, ' ').trim();
}

function body(example: ScopeExample): string {
  return JSON.stringify({ query: oneLine(example.query), variables: example.variables });
}

/** The example as a curl command; the key comes from the environment, never the command line history. */
export function curlExample(example: ScopeExample, apiUrl: string): string {
  const auth = example.public ? '' : `  -H "Authorization: Bearer $SELVHJELP_API_KEY" \\\n`;
  const extra = Object.entries(example.headers ?? {})
    .map(([name, value]) => `  -H "${name}: ${value}" \\\n`)
    .join('');
  const json = body(example).replaceAll("'", "'\\''");
  return `curl -s ${apiUrl} \\\n  -H "Content-Type: application/json" \\\n  -H "Accept-Language: nb" \\\n${auth}${extra}  --data '${json}'`;
}

/** The example as JavaScript fetch (Node 20+ or a browser). */
export function fetchExample(example: ScopeExample, apiUrl: string): string {
  const auth = example.public ? '' : `\n    Authorization: \`Bearer \${process.env.SELVHJELP_API_KEY}\`,`;
  const extra = Object.entries(example.headers ?? {})
    .map(([name, value]) => `\n    '${name}': '${value}',`)
    .join('');
  return `const response = await fetch('${apiUrl}', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
    'Accept-Language': 'nb',${auth}${extra}
  },
  body: JSON.stringify({
    query: \`${example.query}\`,
    variables: ${JSON.stringify(example.variables)},
  }),
});
const { data, errors } = await response.json();
// errors[].extensions: code, reason, field, params (see "Feil" / "Errors").`;
}
