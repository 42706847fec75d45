import { buildSchema, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs } from './index.js';

describe('SDL', () => {
  it('builds into one valid schema', () => {
    const schema = buildSchema(typeDefs);
    expect(schema.getQueryType()?.getFields()).toHaveProperty('me');
    expect(schema.getMutationType()?.getFields()).toHaveProperty('login');
  });

  it('documents every object type', () => {
    const schema = buildSchema(typeDefs);
    const undocumented = Object.values(schema.getTypeMap())
      .filter((type) => isObjectType(type) && !type.name.startsWith('__'))
      .filter(
        (type) =>
          !['Query', 'Mutation'].includes(type.name) &&
          !type.name.endsWith('Edge') &&
          !type.name.endsWith('Connection'),
      )
      .filter((type) => !type.description)
      .map((type) => type.name);
    expect(undocumented).toEqual([]);
  });
});
