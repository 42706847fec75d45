import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isIsoDate } from '@selvhjelp/domain';
import type { Resolvers } from '../generated/resolvers-types.js';

function invalid(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

const DateTime = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  serialize(value) {
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
    throw new Error('DateTime must be a valid Date');
  },
  parseValue(value) {
    const date = typeof value === 'string' ? new Date(value) : null;
    if (!date || Number.isNaN(date.getTime())) throw invalid('Ugyldig tidspunkt; bruk ISO 8601.');
    return date;
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw invalid('Ugyldig tidspunkt; bruk ISO 8601.');
    const date = new Date(ast.value);
    if (Number.isNaN(date.getTime())) throw invalid('Ugyldig tidspunkt; bruk ISO 8601.');
    return date;
  },
});

const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  serialize(value) {
    if (typeof value === 'string' && isIsoDate(value)) return value;
    throw new Error('Date must be an ISO calendar date');
  },
  parseValue(value) {
    if (typeof value === 'string' && isIsoDate(value)) return value;
    throw invalid('Ugyldig dato; bruk ÅÅÅÅ-MM-DD.');
  },
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING && isIsoDate(ast.value)) return ast.value;
    throw invalid('Ugyldig dato; bruk ÅÅÅÅ-MM-DD.');
  },
});

export const scalarResolvers: Resolvers = { DateTime, Date: DateScalar };
