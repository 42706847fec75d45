import type { Database } from '@selvhjelp/db';
import { createSignedInStaffUser, createTestStaffUser, testBackends } from '@selvhjelp/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import { groupInput } from './group-fixtures.js';
import type { GraphQLResponse, TestGateway } from './harness.js';
import { startTestGateway } from './harness.js';

const CREATE = graphql(`
  mutation CreateGroupInLanguage($input: CreateGroupInput!) {
    createGroup(input: $input) {
      ...GroupFields
    }
  }
`);
const LOGIN = graphql(`
  mutation LoginInLanguage($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
    }
  }
`);
const ME = graphql(`
  query MeInLanguage {
    me {
      email
    }
  }
`);
const ENGLISH = { 'accept-language': 'en-GB,en;q=0.9' };

/** What does not depend on the language: the code, reason, field and params of each error and field error. */
const keysOf = (response: Pick<GraphQLResponse, 'errors'>) =>
  (response.errors ?? []).map(({ extensions }) => ({
    code: extensions?.code,
    reason: extensions?.reason,
    field: extensions?.field,
    params: extensions?.params,
    fieldErrors: ((extensions?.fieldErrors ?? []) as { field: string; reason: string; params?: unknown }[]).map(
      ({ field, reason, params }) => ({ field, reason, params }),
    ),
  }));

const fieldMessages = (response: Pick<GraphQLResponse, 'errors'>) =>
  ((response.errors?.[0]?.extensions?.fieldErrors ?? []) as { field: string; message: string }[]).map(
    ({ field, message }) => `${field}: ${message}`,
  );

describe.each(testBackends())('messages in the reader’s language on $name', (backend) => {
  let db: Database;
  let gateway: TestGateway;
  let vest: string;

  beforeAll(async () => {
    db = await backend.open({ seed: 'demo' });
    gateway = await startTestGateway(db);
    ({ token: vest } = await createSignedInStaffUser(db, { districtId: 'vest' }));
  });

  afterAll(async () => {
    await gateway?.close();
    await db?.close();
  });

  it('words a refused input in bokmål by default and in English when asked, with the same reasons, fields and params', async () => {
    const bad = {
      input: {
        group: groupInput({
          name: 'AB',
          venue: { name: 'Kirkestua', streetAddress: 'Storgata 1', postalCode: '12', postalPlace: '' },
          maxSize: 500,
        }),
      },
    };
    const bokmal = await gateway.run(CREATE, bad, vest);
    const english = await gateway.run(CREATE, bad, vest, ENGLISH);

    expect(keysOf(english)).toEqual(keysOf(bokmal));
    expect(bokmal.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'NAME_TOO_SHORT',
      field: 'input.group.name',
      params: { minimum: 3 },
    });
    expect(fieldMessages(bokmal)).toEqual([
      'input.group.name: Navnet må ha minst 3 tegn.',
      'input.group.venue.postalCode: Postnummer må ha fire sifre.',
      'input.group.venue.postalPlace: Poststed må fylles ut.',
      'input.group.maxSize: Maks antall kan være høyst 100.',
    ]);
    expect(bokmal.errors?.[0]?.message).toBe('Navnet må ha minst 3 tegn.');
    expect(fieldMessages(english)).toEqual([
      'input.group.name: The name must have at least 3 characters.',
      'input.group.venue.postalCode: The postal code must have four digits.',
      'input.group.venue.postalPlace: The postal place is required.',
      'input.group.maxSize: The maximum number can be at most 100.',
    ]);
    expect(english.errors?.[0]?.message).toBe('The name must have at least 3 characters.');
  });

  it('words refusals of access and sign-in in the reader’s language too', async () => {
    const anonymous = await gateway.run(ME, {});
    const anonymousEnglish = await gateway.run(ME, {}, null, ENGLISH);
    expect(anonymous.errors?.[0]).toMatchObject({
      message: 'Du må logge inn.',
      extensions: { code: 'UNAUTHENTICATED', reason: 'UNAUTHENTICATED' },
    });
    expect(anonymousEnglish.errors?.[0]).toMatchObject({
      message: 'You need to log in.',
      extensions: { code: 'UNAUTHENTICATED', reason: 'UNAUTHENTICATED' },
    });

    const known = await createTestStaffUser(db, { password: 'det riktige passordet' });
    const wrong = { email: known.email, password: 'ikke-passordet-2026' };
    const login = await gateway.run(LOGIN, wrong);
    const loginEnglish = await gateway.run(LOGIN, wrong, null, { 'accept-language': 'en' });
    expect(login.errors?.[0]).toMatchObject({
      message: 'Feil e-post eller passord.',
      extensions: { reason: 'WRONG_CREDENTIALS' },
    });
    expect(loginEnglish.errors?.[0]).toMatchObject({
      message: 'Wrong email or password.',
      extensions: { reason: 'WRONG_CREDENTIALS' },
    });
  });

  it('words refusals of the HTTP layer and of the operation limits in the reader’s language', async () => {
    const post = (headers: Record<string, string>) =>
      fetch(`${gateway.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: '{"query": ',
      });
    const bokmal = (await (await post({})).json()) as GraphQLResponse;
    const english = (await (await post(ENGLISH)).json()) as GraphQLResponse;
    expect(bokmal.errors?.[0]).toMatchObject({
      message: 'Forespørselen er ikke gyldig JSON.',
      extensions: { reason: 'MALFORMED_JSON' },
    });
    expect(english.errors?.[0]).toMatchObject({
      message: 'The request is not valid JSON.',
      extensions: { reason: 'MALFORMED_JSON' },
    });

    // Over the limit on purpose, so it goes untyped.
    const twice =
      'mutation { a: login(email: "a@demo.selvhjelp.no", password: "x") { token } b: login(email: "b@demo.selvhjelp.no", password: "y") { token } }';
    const limitBokmal = await gateway.gql(twice);
    const limitEnglish = await gateway.gql(twice, undefined, null, ENGLISH);
    expect(limitEnglish.errors?.[0]?.extensions).toEqual(limitBokmal.errors?.[0]?.extensions);
    expect(limitBokmal.errors?.[0]?.message).toMatch(
      /^Feltet kan bare brukes én gang per operasjon \(login\): 2, grensen er 1\.$/,
    );
    expect(limitEnglish.errors?.[0]?.message).toMatch(
      /^The field can only be used once per operation \(login\): 2, the limit is 1\.$/,
    );
  });

  it('words a value that fails a scalar in the reader’s language', async () => {
    const badDate = {
      input: { group: groupInput({ schedule: { ...groupInput().schedule, startDate: '2026-02-30' } }) },
    };
    const bokmal = await gateway.run(CREATE, badDate, vest);
    const english = await gateway.run(CREATE, badDate, vest, ENGLISH);
    expect(fieldMessages(bokmal)).toEqual(['input.group.schedule.startDate: Ugyldig dato; bruk ÅÅÅÅ-MM-DD.']);
    expect(fieldMessages(english)).toEqual(['input.group.schedule.startDate: Invalid date; use YYYY-MM-DD.']);
    expect(keysOf(english)).toEqual(keysOf(bokmal));
  });

  it('prefers bokmål when the reader ranks it first or asks for a language we do not have', async () => {
    for (const header of ['nb-NO,nb;q=0.9,en;q=0.8', 'fr']) {
      expect((await gateway.run(ME, {}, null, { 'accept-language': header })).errors?.[0]?.message, header).toBe(
        'Du må logge inn.',
      );
    }
  });
});
