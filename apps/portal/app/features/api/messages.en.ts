import type { apiNb } from './messages.nb';

/** English: the API documentation and explorer for partner organisations. */
export const apiEn = {
  'api.header': 'Selvhjelp Norge – API for partners',
  'api.startPage.heading': 'For partners',
  'api.startPage.intro': 'Municipalities, NAV, health services and others can read our data over an API.',
  'api.startPage.link': 'API documentation',
  'api.nav.label': 'API',
  'api.nav.docs': 'Documentation',
  'api.nav.explorer': 'Explorer',
  'api.docs.title': 'API documentation',
  'api.docs.intro':
    'Municipalities, NAV, health services, volunteer centres and other partners can read data from Selvhjelp Norge over GraphQL. This page explains how, and describes the whole schema.',
  'api.docs.toc': 'Contents',
  'api.start.heading': 'Getting started',
  'api.start.key':
    'Ask Selvhjelp Norge for an API key for your organisation. An administrator or district lead registers you as an API client with the scopes and districts you need. The key is shown only once: keep it like a password.',
  'api.start.request':
    'Send a POST request with JSON ({query, variables}) to {url}, with the key in the header "Authorization: Bearer <key>". "Accept-Language: nb" or "en" chooses the language of error messages and labels.',
  'api.start.errors':
    'Errors come in "errors", each with extensions.code (for example UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT, NOT_FOUND), reason, field and params, and a message in the language you asked for.',
  'api.start.paging':
    'Lists come in pages: ask for first (at most 100) and send pageInfo.endCursor as after for the next page. Every operation has a calculated cost in which lists are priced by their page size, so keep pages as small as you need.',
  'api.start.changes':
    'The schema changes under a fixed rule: an element is removed only after it was marked @deprecated with a date ("Removal after YYYY-MM-DD"), and every change that can break clients is in the changelog.',
  'api.start.explorer': 'Try queries in the API explorer.',
  'api.fairUse.heading': 'Fair use',
  'api.fairUse.cost':
    'Every operation has a calculated cost: about the objects it would load, with lists priced by their page size (first), at least 1. Every mutation costs 10.',
  'api.fairUse.budget':
    'Each API client has a budget that refills continuously (by default 1,000 points, 50 per second), shared by all our servers. Each answer carries extensions.cost: requestedQueryCost and throttleStatus (maximumAvailable, currentlyAvailable, restoreRate), and the headers X-RateLimit-Limit and X-RateLimit-Remaining. The query rateLimit gives limit, cost, remaining and resetAt.',
  'api.fairUse.limited':
    'Past the budget the answer is HTTP 429 with the header Retry-After (whole seconds) and the code RATE_LIMITED; nothing of the operation has run, so send it again after that wait. An operation that costs more than the whole budget is refused with QUERY_TOO_COMPLEX: ask for smaller pages.',
  'api.oauth.heading': 'Maskinporten / OAuth2',
  'api.oauth.text':
    'A public body can use an access token from Maskinporten instead of a key, when the installation has set Maskinporten up as its issuer. Ask to be registered as an API client with your organisation number; fetch a token with the scopes the installation names, and send it as "Authorization: Bearer <token>". You get the API client\'s scopes and districts, narrowed to the scopes in the token. A token that has expired, names another audience (aud) or an unknown signing key is refused with 401 and a reason such as JWT_EXPIRED.',
  'api.scopes.heading': 'Examples per scope',
  'api.scopes.intro':
    'Each key has one or more scopes. No scope opens inquiries, cases, facilitators, volunteer peers, contact persons or staff.',
  'api.scope.groups:read':
    "The group registry's non-personal fields. Public groups can be read without a key. To keep a copy, read groupFeed: everything created, changed, moved or deleted since the endCursor you kept (REMOVED: drop the group from your copy).",
  'api.scope.activities:read': 'Outreach activities: talks, information meetings, seminars and courses.',
  'api.scope.referrals:write': 'Referrals and requests for talks or courses to the district offices.',
  'api.scope.statistics:read': 'Aggregate statistics, with small numbers hidden.',
  'api.scope.noExample': 'An example follows once the operation is published in the schema.',
  'api.example.public': 'Needs no key.',
  'api.example.operation': 'Query',
  'api.example.variables': 'Variables',
  'api.example.curl': 'curl',
  'api.example.fetch': 'JavaScript (fetch)',
  'api.ref.heading': 'Reference',
  'api.ref.intro': "Every operation and type, with the schema's own descriptions. Deprecated fields say when they go.",
  'api.ref.queries': 'Queries',
  'api.ref.mutations': 'Mutations',
  'api.ref.types': 'Types',
  'api.ref.arguments': 'Arguments',
  'api.ref.fields': 'Fields',
  'api.ref.values': 'Values',
  'api.ref.members': 'One of',
  'api.ref.default': 'default: {value}',
  'api.ref.deprecated': 'Deprecated: {reason}',
  'api.ref.kind.object': 'object',
  'api.ref.kind.interface': 'interface',
  'api.ref.kind.union': 'union',
  'api.ref.kind.input': 'input',
  'api.ref.kind.enum': 'enum',
  'api.ref.kind.scalar': 'scalar',
  'api.explorer.title': 'API explorer',
  'api.explorer.intro':
    'Write and run GraphQL queries against the API. Public data, such as publicGroups, needs no key.',
  'api.explorer.noscript': 'The explorer needs JavaScript. Without it, use the curl examples in the documentation.',
  'api.explorer.key': 'API key',
  'api.explorer.keyHint':
    'The key stays in this page and is sent as "Authorization: Bearer" with each query. The portal never stores it.',
  'api.explorer.remember': 'Remember the key in this tab until it is closed (sessionStorage)',
  'api.explorer.loading': 'Loading the explorer …',
  'api.explorer.english': 'The explorer itself is in English.',
} as const satisfies Record<keyof typeof apiNb, string>;
