import { DEFAULT_MAX_COST, operationCost, typeDefs } from '@selvhjelp/graphql';
import type { DocumentNode, GraphQLInputType } from 'graphql';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  typeFromAST,
  visit,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import * as documents from '../../generated/graphql';

const schema = buildSchema(typeDefs);
const LARGEST_PAGE = 100;

/** Some valid value of a type (required input fields only), so a document can be priced without a page. */
function sampleValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter(
      (field) => isNonNullType(field.type) && field.defaultValue === undefined,
    );
    return Object.fromEntries(fields.map((field) => [field.name, sampleValue(field.type)]));
  }
  const name = getNamedType(type).name;
  return name === 'Int' || name === 'Float' ? 1 : name === 'Boolean' ? false : 'x';
}

/** Page sizes at the largest the gateway allows (the worst case each page can send), other variables sampled. */
function worstCaseVariables(document: DocumentNode): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  visit(document, {
    VariableDefinition: (node) => {
      const name = node.variable.name.value;
      const type = typeFromAST(schema, node.type) as GraphQLInputType;
      variables[name] = /^(first|count)$/i.test(name) ? LARGEST_PAGE : sampleValue(type);
    },
  });
  return variables;
}

const operations = Object.entries(documents).filter(
  (entry): entry is [string, DocumentNode] =>
    entry[0].endsWith('Document') && typeof entry[1] === 'object' && entry[1] !== null && 'definitions' in entry[1],
);

describe('what the portal asks the gateway for', () => {
  it('has documents to check', () => {
    expect(operations.length).toBeGreaterThan(50);
  });

  it.each(operations)('%s costs well under the gateway cost limit at the largest page size', (_name, document) => {
    const cost = operationCost({ schema, document, variables: worstCaseVariables(document) });
    expect(cost).toBeLessThan(DEFAULT_MAX_COST / 5);
  });
});
