import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_COST, operationCost } from './cost.js';
import { typeDefs } from './index.js';

const schema = buildSchema(typeDefs);
const cost = (query: string, variables?: Record<string, unknown>) =>
  operationCost({ schema, document: parse(query), variables });

describe('operation cost', () => {
  it('counts objects, not scalars', () => {
    expect(cost('{ me { id name email } }')).toBe(1);
    expect(cost('{ __typename }')).toBe(0);
  });

  it('multiplies a connection by its page size, from the argument, a variable or the SDL default', () => {
    const page = 'edges { node { id name themes { id } } }';
    // 1 for the group, 10 for its themes (a short list), times the page.
    expect(cost(`{ groups(first: 100) { totalCount ${page} } }`)).toBe(100 * (1 + 1 + 10));
    expect(cost(`query($n: Int) { groups(first: $n) { ${page} } }`, { n: 20 })).toBe(20 * 12);
    expect(cost(`{ groups { ${page} } }`)).toBe(25 * 12);
  });

  it('prices nested pages as what they would load', () => {
    const nested = cost('{ partners(first: 100) { edges { node { contacts { partner { contacts { id } } } } } } }');
    expect(nested).toBe(100 * (1 + 1 + 10 * (1 + 1 + 10)));
    const wide = cost('{ partners(first: 100) { edges { node { activities { partners { contacts { id } } } } } } }');
    expect(wide).toBe(100 * (1 + 1 + 10 * (1 + 10 * (1 + 10))));
    expect(wide).toBeGreaterThan(DEFAULT_MAX_COST);
  });

  it('refuses the cyclic county/municipality query far above the limit', () => {
    const cyclic =
      '{counties{municipalities{county{municipalities{county{municipalities{county{municipalities{name}}}}}}}}}';
    expect(cost(cyclic)).toBeGreaterThan(1_000 * DEFAULT_MAX_COST);
  });

  it('expands fragments where they are spread, and honours @skip', () => {
    const viaFragments = `{ counties { ...C } } fragment C on County { municipalities { county { ...M } } } fragment M on County { municipalities { name } }`;
    expect(cost(viaFragments)).toBe(cost('{ counties { municipalities { county { municipalities { name } } } } }'));
    expect(cost('query($s: Boolean!) { counties @skip(if: $s) { number } }', { s: true })).toBe(0);
  });

  it('prices only the named operation', () => {
    const document = parse('query A { me { id } } query B { counties { number } }');
    expect(operationCost({ schema, document, operationName: 'A' })).toBe(1);
    expect(operationCost({ schema, document, operationName: 'B' })).toBe(15);
  });
});
