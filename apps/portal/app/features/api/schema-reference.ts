import type { GraphQLArgument, GraphQLField, GraphQLInputField, GraphQLNamedType, GraphQLSchema } from 'graphql';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql';
import sdl from '@selvhjelp/graphql/schema.graphql?raw';

/**
 * The API reference as plain data, read from the SDL's own descriptions (packages/graphql is the
 * partners' contract, so the documentation cannot drift from it). Built once per process from the
 * SDL the build bundled: no network, no introspection (which is off in production).
 */

export interface ArgumentDoc {
  name: string;
  type: string;
  /** The named type at the core of `type`, for a link; null for built-in scalars. */
  typeName: string;
  description: string | null;
  defaultValue: string | null;
  deprecation: string | null;
}

export interface FieldDoc extends ArgumentDoc {
  args: ArgumentDoc[];
}

export type TypeKind = 'object' | 'interface' | 'union' | 'input' | 'enum' | 'scalar';

export interface TypeDoc {
  name: string;
  kind: TypeKind;
  description: string | null;
  fields: FieldDoc[];
  /** Enum values (name, description, deprecation) or union members (name only). */
  values: { name: string; description: string | null; deprecation: string | null }[];
}

export interface SchemaReference {
  queries: FieldDoc[];
  mutations: FieldDoc[];
  types: TypeDoc[];
}

let built: GraphQLSchema | undefined;

/** The current schema, built once from the bundled SDL. */
export function apiSchema(): GraphQLSchema {
  built ??= buildSchema(sdl);
  return built;
}

/** The SDL as the build bundled it (the explorer hands it to GraphiQL). */
export const apiSdl: string = sdl;

function argumentDoc(arg: GraphQLArgument | GraphQLInputField): ArgumentDoc {
  const named = getNamedType(arg.type);
  return {
    name: arg.name,
    type: String(arg.type),
    typeName: named.name,
    description: arg.description ?? null,
    defaultValue: arg.defaultValue === undefined ? null : JSON.stringify(arg.defaultValue),
    deprecation: arg.deprecationReason ?? null,
  };
}

function fieldDoc(field: GraphQLField<unknown, unknown>): FieldDoc {
  const named = getNamedType(field.type);
  return {
    name: field.name,
    type: String(field.type),
    typeName: named.name,
    description: field.description ?? null,
    defaultValue: null,
    deprecation: field.deprecationReason ?? null,
    args: field.args.map(argumentDoc),
  };
}

function typeDoc(type: GraphQLNamedType): TypeDoc | null {
  const base = { name: type.name, description: type.description ?? null, fields: [], values: [] };
  if (isObjectType(type) || isInterfaceType(type))
    return {
      ...base,
      kind: isObjectType(type) ? 'object' : 'interface',
      fields: Object.values(type.getFields()).map(fieldDoc),
    };
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).map((field) => ({ ...argumentDoc(field), args: [] }));
    return { ...base, kind: 'input', fields };
  }
  if (isEnumType(type))
    return {
      ...base,
      kind: 'enum',
      values: type.getValues().map((value) => ({
        name: value.name,
        description: value.description ?? null,
        deprecation: value.deprecationReason ?? null,
      })),
    };
  if (isUnionType(type))
    return {
      ...base,
      kind: 'union',
      values: type.getTypes().map((member) => ({ name: member.name, description: null, deprecation: null })),
    };
  if (isScalarType(type)) return { ...base, kind: 'scalar' };
  return null;
}

const BUILT_IN = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);

/** Operations first (queries, mutations), then every other type by name. */
export function schemaReference(schema: GraphQLSchema = apiSchema()): SchemaReference {
  const root = new Set([schema.getQueryType()?.name, schema.getMutationType()?.name]);
  const types = Object.values(schema.getTypeMap())
    .filter((type) => !type.name.startsWith('__') && !root.has(type.name) && !BUILT_IN.has(type.name))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'))
    .flatMap((type) => typeDoc(type) ?? []);
  return {
    queries: Object.values(schema.getQueryType()?.getFields() ?? {}).map(fieldDoc),
    mutations: Object.values(schema.getMutationType()?.getFields() ?? {}).map(fieldDoc),
    types,
  };
}

/** Whether a type name has its own entry in the reference (built-in scalars do not). */
export function isDocumented(typeName: string): boolean {
  return !BUILT_IN.has(typeName);
}
