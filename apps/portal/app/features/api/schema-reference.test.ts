import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { API_URL_PLACEHOLDER, SCOPE_EXAMPLES, curlExample, fetchExample, oneLine } from './examples';
import { apiSchema, schemaReference } from './schema-reference';

describe('the API reference', () => {
  const reference = schemaReference();

  it("lists operations and types with the SDL's own descriptions", () => {
    const publicGroups = reference.queries.find((field) => field.name === 'publicGroups');
    expect(publicGroups?.description).toBe('Groups open to new members that are starting or running; no login needed.');
    expect(publicGroups?.type).toBe('PublicGroupConnection!');
    expect(publicGroups?.typeName).toBe('PublicGroupConnection');
    expect(publicGroups?.args.map((arg) => [arg.name, arg.type, arg.defaultValue])).toEqual([
      ['filter', 'PublicGroupFilter', null],
      ['first', 'Int', '25'],
      ['after', 'String', null],
    ]);
    const names = reference.types.map((type) => type.name);
    expect(names).toContain('PublicGroup');
    expect(names).not.toContain('Query');
    expect(names).not.toContain('String');
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    expect(reference.types.find((type) => type.name === 'StatTableKey')?.kind).toBe('enum');
  });

  it('shows deprecations with their removal date, on fields, arguments and enum values', () => {
    const small = schemaReference(
      buildSchema(`
        type Query {
          "Groups."
          groups(first: Int, size: Int @deprecated(reason: "Use first. Removal after 2027-06-01")): [Group!]!
        }
        type Group {
          name: String!
          title: String @deprecated(reason: "Use name. Removal after 2027-06-01")
          status: Status
        }
        enum Status { RUNNING ACTIVE @deprecated(reason: "Use RUNNING. Removal after 2027-06-01") }
      `),
    );
    expect(small.queries[0]?.args.map((arg) => arg.deprecation)).toEqual([null, 'Use first. Removal after 2027-06-01']);
    const group = small.types.find((type) => type.name === 'Group');
    expect(group?.fields.map((field) => [field.name, field.deprecation])).toEqual([
      ['name', null],
      ['title', 'Use name. Removal after 2027-06-01'],
      ['status', null],
    ]);
    expect(small.types.find((type) => type.name === 'Status')?.values).toEqual([
      { name: 'RUNNING', description: null, deprecation: null },
      { name: 'ACTIVE', description: null, deprecation: 'Use RUNNING. Removal after 2027-06-01' },
    ]);
  });
});

describe('the worked examples', () => {
  it.each(SCOPE_EXAMPLES.map((example) => [example.scope, example.operation.field, example] as const))(
    '%s: %s is a valid operation against the current SDL',
    (_scope, _field, example) => {
      expect(validate(apiSchema(), parse(example.query)).map((error) => error.message)).toEqual([]);
    },
  );

  it('sends the key from the environment, and none for public data', () => {
    const [publicExample, keyed] = SCOPE_EXAMPLES as [(typeof SCOPE_EXAMPLES)[0], (typeof SCOPE_EXAMPLES)[0]];
    expect(curlExample(publicExample, API_URL_PLACEHOLDER)).not.toContain('Authorization');
    expect(curlExample(keyed, API_URL_PLACEHOLDER)).toContain('-H "Authorization: Bearer $SELVHJELP_API_KEY"');
    expect(fetchExample(keyed, API_URL_PLACEHOLDER)).toContain('Bearer ${process.env.SELVHJELP_API_KEY}');
    // The curl body is valid JSON once the shell has unquoted it.
    const quoted = /--data '([\s\S]*)'$/.exec(curlExample(keyed, API_URL_PLACEHOLDER))?.[1] ?? '';
    expect(JSON.parse(quoted.replaceAll("'\\''", "'"))).toEqual({
      query: oneLine(keyed.query),
      variables: keyed.variables,
    });
  });

  it('sends a referral with an Idempotency-Key, and its curl body survives the apostrophes in it', () => {
    const referral = SCOPE_EXAMPLES.find((example) => example.operation.field === 'submitReferral')!;
    const curl = curlExample(referral, API_URL_PLACEHOLDER);
    expect(curl).toContain('-H "Idempotency-Key: ');
    expect(fetchExample(referral, API_URL_PLACEHOLDER)).toContain("'Idempotency-Key': '");
    const quoted = /--data '([\s\S]*)'$/.exec(curl)?.[1] ?? '';
    expect(JSON.parse(quoted.replaceAll("'\\''", "'"))).toEqual({
      query: oneLine(referral.query),
      variables: referral.variables,
    });
    expect(SCOPE_EXAMPLES.some((example) => example.operation.field === 'serviceReferral')).toBe(true);
  });
});
