/** Bokmål: the API documentation and explorer for partner organisations. */
export const apiNb = {
  'api.header': 'Selvhjelp Norge – API for samarbeidspartnere',
  'api.startPage.heading': 'For samarbeidspartnere',
  'api.startPage.intro': 'Kommuner, NAV, helsetjenester og andre kan hente data fra oss over et API.',
  'api.startPage.link': 'API-dokumentasjon',
  'api.nav.label': 'API',
  'api.nav.docs': 'Dokumentasjon',
  'api.nav.explorer': 'Utforsker',
  'api.docs.title': 'API-dokumentasjon',
  'api.docs.intro':
    'Kommuner, NAV, helsetjenester, frivilligsentraler og andre samarbeidspartnere kan hente data fra Selvhjelp Norge over GraphQL. Denne siden forklarer hvordan, og beskriver hele skjemaet.',
  'api.docs.toc': 'Innhold',
  'api.start.heading': 'Kom i gang',
  'api.start.key':
    'Be Selvhjelp Norge om en API-nøkkel for organisasjonen. En administrator eller distriktsleder registrerer dere som API-klient med de tilgangene (scopes) og distriktene dere trenger. Nøkkelen vises bare én gang: oppbevar den som et passord.',
  'api.start.request':
    'Send en POST-forespørsel med JSON ({query, variables}) til {url}, med nøkkelen i headeren «Authorization: Bearer <nøkkel>». «Accept-Language: nb» eller «en» velger språket i feilmeldinger og etiketter.',
  'api.start.errors':
    'Feil kommer i «errors», hver med extensions.code (for eksempel UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT, NOT_FOUND), reason, field og params, og en melding på språket dere ba om.',
  'api.start.paging':
    'Lister er sidevise: be om first (høyst 100) og send pageInfo.endCursor som after for neste side. Hver operasjon har en beregnet kostnad der lister prises etter sidestørrelsen, så hold sidene så små som dere trenger.',
  'api.start.changes':
    'Skjemaet endres etter en fast regel: noe fjernes bare etter at det har vært merket @deprecated med en dato («Removal after ÅÅÅÅ-MM-DD»), og alle endringer som kan brekke klienter står i endringsloggen.',
  'api.start.explorer': 'Prøv spørringer i API-utforskeren.',
  'api.fairUse.heading': 'Rimelig bruk',
  'api.fairUse.cost':
    'Hver operasjon har en beregnet kostnad: omtrent hvor mange objekter den ville lese, der lister prises etter sidestørrelsen (first), minst 1. Hver mutasjon koster 10.',
  'api.fairUse.budget':
    'Hver API-klient har et budsjett som fylles på fortløpende (som standard 1 000 poeng, 50 per sekund), felles for alle våre servere. Hvert svar har extensions.cost: requestedQueryCost og throttleStatus (maximumAvailable, currentlyAvailable, restoreRate), og headerne X-RateLimit-Limit og X-RateLimit-Remaining. Spørringen rateLimit gir limit, cost, remaining og resetAt.',
  'api.fairUse.limited':
    'Når budsjettet er brukt opp, er svaret HTTP 429 med headeren Retry-After (hele sekunder) og koden RATE_LIMITED; ingenting av operasjonen er utført, så send den igjen etter ventetiden. En operasjon som koster mer enn hele budsjettet, avvises med QUERY_TOO_COMPLEX: be om mindre sider.',
  'api.oauth.heading': 'Maskinporten / OAuth2',
  'api.oauth.text':
    'En offentlig virksomhet kan bruke et tilgangstoken fra Maskinporten i stedet for en nøkkel, når installasjonen har satt opp Maskinporten som utsteder. Be om å bli registrert som API-klient med organisasjonsnummeret deres; hent et token med de scopene installasjonen oppgir, og send det som «Authorization: Bearer <token>». Dere får det API-klienten har av tilganger og distrikter, begrenset til scopene i tokenet. Et token som er utløpt, har feil mottaker (aud) eller ukjent signaturnøkkel, avvises med 401 og en reason som JWT_EXPIRED.',
  'api.scopes.heading': 'Eksempler per tilgang',
  'api.scopes.intro':
    'Hver nøkkel har én eller flere tilganger. Ingen tilgang åpner henvendelser, saker, igangsettere, likepersoner, kontaktpersoner eller ansatte.',
  'api.scope.groups:read':
    'Gruppene i registeret (ikke-personlige felt). Offentlige grupper kan leses uten nøkkel. For å holde en kopi oppdatert leser dere groupFeed: alt som er opprettet, endret, flyttet eller slettet siden endCursor dere tok vare på (REMOVED: fjern gruppen fra kopien).',
  'api.scope.activities:read': 'Utadrettede aktiviteter: foredrag, informasjonsmøter, fagdager og kurs.',
  'api.scope.referrals:write': 'Henvisninger og forespørsler om foredrag eller kurs til distriktskontorene.',
  'api.scope.statistics:read': 'Samlet statistikk, der små tall er skjult.',
  'api.scope.noExample': 'Eksempel kommer når operasjonen er publisert i skjemaet.',
  'api.example.public': 'Trenger ingen nøkkel.',
  'api.example.operation': 'Spørring',
  'api.example.variables': 'Variabler',
  'api.example.curl': 'curl',
  'api.example.fetch': 'JavaScript (fetch)',
  'api.ref.heading': 'Referanse',
  'api.ref.intro':
    'Alle operasjoner og typer, med beskrivelsene fra skjemaet (på engelsk). Utdaterte (deprecated) felt er merket med når de fjernes.',
  'api.ref.queries': 'Spørringer (Query)',
  'api.ref.mutations': 'Endringer (Mutation)',
  'api.ref.types': 'Typer',
  'api.ref.arguments': 'Argumenter',
  'api.ref.fields': 'Felt',
  'api.ref.values': 'Verdier',
  'api.ref.members': 'Kan være',
  'api.ref.default': 'standard: {value}',
  'api.ref.deprecated': 'Utdatert: {reason}',
  'api.ref.kind.object': 'objekt',
  'api.ref.kind.interface': 'grensesnitt',
  'api.ref.kind.union': 'union',
  'api.ref.kind.input': 'inndata',
  'api.ref.kind.enum': 'oppramsing',
  'api.ref.kind.scalar': 'skalar',
  'api.explorer.title': 'API-utforsker',
  'api.explorer.intro':
    'Skriv og kjør GraphQL-spørringer mot API-et. Offentlige data, som publicGroups, kan hentes uten nøkkel.',
  'api.explorer.noscript':
    'Utforskeren trenger JavaScript. Uten JavaScript kan dere bruke eksemplene med curl i dokumentasjonen.',
  'api.explorer.key': 'API-nøkkel',
  'api.explorer.keyHint':
    'Nøkkelen blir bare i denne siden og sendes som «Authorization: Bearer» med hver spørring. Portalen lagrer den aldri.',
  'api.explorer.remember': 'Husk nøkkelen i denne fanen til den lukkes (sessionStorage)',
  'api.explorer.loading': 'Laster utforskeren …',
  'api.explorer.english': 'Selve utforskeren er på engelsk.',
} as const;
