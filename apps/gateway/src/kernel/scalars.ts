import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { DEFAULT_LOCALE, isIsoDate, renderMessage } from '@selvhjelp/domain';
import type { Resolvers } from '../generated/resolvers-types.js';

// graphql-js passes on only the message of a scalar's error, so it is the bokmål text (format-error.ts maps it back to the reason).
function invalid(reason: 'INVALID_DATE_TIME' | 'INVALID_DATE_FORMAT'): GraphQLError {
  return new GraphQLError(renderMessage(reason, undefined, DEFAULT_LOCALE), {
    extensions: { code: 'BAD_USER_INPUT', reason },
  });
}

const DateTime = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  serialize(value) {
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
    throw new Error('DateTime must be a valid Date');
  },
  parseValue(value) {
    const date = typeof value === 'string' ? new Date(value) : null;
    if (!date || Number.isNaN(date.getTime())) throw invalid('INVALID_DATE_TIME');
    return date;
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw invalid('INVALID_DATE_TIME');
    const date = new Date(ast.value);
    if (Number.isNaN(date.getTime())) throw invalid('INVALID_DATE_TIME');
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
    throw invalid('INVALID_DATE_FORMAT');
  },
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING && isIsoDate(ast.value)) return ast.value;
    throw invalid('INVALID_DATE_FORMAT');
  },
});

export const scalarResolvers: Resolvers = { DateTime, Date: DateScalar };
