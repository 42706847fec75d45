import type { Change } from '@graphql-inspector/core';
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import type { GraphQLField, GraphQLInputField, GraphQLSchema } from 'graphql';
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';

/**
 * The schema change policy (decision 0031). A partner's code breaks on a breaking change, so one
 * is allowed only when the API changelog records it under "Unreleased", and a removal only when the
 * published schema had marked the element `@deprecated(reason: "… Removal after YYYY-MM-DD")` and
 * that date has come.
 */

/** How a deprecation states its removal date; the date is the earliest day it may go. */
export const REMOVAL_DATE = /Removal after (\d{4}-\d{2}-\d{2})/;

const REMOVALS = new Set(['FIELD_REMOVED', 'INPUT_FIELD_REMOVED', 'ENUM_VALUE_REMOVED', 'FIELD_ARGUMENT_REMOVED']);

export interface PolicyInput {
  /** The last published snapshot (published/schema.graphql). */
  published: string;
  /** The SDL as it is now. */
  current: string;
  /** CHANGELOG.md of the API. */
  changelog: string;
  /** Today in ISO form (YYYY-MM-DD), for removal dates. */
  today: string;
}

export interface PolicyResult {
  /** Breaking changes against the snapshot, recorded or not. */
  breaking: Change[];
  /** Why the change set is refused; empty when it follows the policy. */
  problems: string[];
}

/** The "## Unreleased" section of the changelog: breaking changes not yet in a published snapshot. */
export function unreleasedSection(changelog: string): string {
  const match = /^## Unreleased\s*$([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(changelog);
  return match?.[1] ?? '';
}

/** The deprecation reason the published schema gave the element at `path` (Type.field, Type.field.arg, Enum.VALUE). */
export function deprecationAt(schema: GraphQLSchema, path: string): string | null {
  const [typeName = '', member = '', argument] = path.split('.');
  const type = schema.getType(typeName);
  if (isEnumType(type)) return type.getValue(member)?.deprecationReason ?? null;
  if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
    const field = type.getFields()[member];
    if (!field) return null;
    if (argument === undefined) return field.deprecationReason ?? null;
    const args = 'args' in field ? field.args : [];
    return args.find((arg) => arg.name === argument)?.deprecationReason ?? null;
  }
  return null;
}

/** Every `@deprecated` in the schema must say when the element goes. */
export function undatedDeprecations(schema: GraphQLSchema): string[] {
  const undated: string[] = [];
  const check = (path: string, reason: string | null | undefined) => {
    if (reason != null && !REMOVAL_DATE.test(reason)) undated.push(path);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isEnumType(type))
      for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.deprecationReason);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      // A union of field maps reads as `any` to Object.values; name the element type.
      const fieldMap: Record<string, GraphQLField<unknown, unknown> | GraphQLInputField> = type.getFields();
      const fields = Object.values(fieldMap);
      for (const field of fields) {
        check(`${type.name}.${field.name}`, field.deprecationReason);
        if ('args' in field)
          for (const arg of field.args) check(`${type.name}.${field.name}.${arg.name}`, arg.deprecationReason);
      }
    }
  }
  return undated;
}

export async function checkSchemaChanges({ published, current, changelog, today }: PolicyInput): Promise<PolicyResult> {
  const before = buildSchema(published);
  const after = buildSchema(current);
  const changes = await diff(before, after);
  const breaking = changes.filter((change) => change.criticality.level === CriticalityLevel.Breaking);
  const unreleased = unreleasedSection(changelog);
  const problems: string[] = [];

  for (const change of breaking) {
    const path = change.path ?? '';
    if (!path || !unreleased.includes(`\`${path}\``))
      problems.push(`${change.message} — breaking, and CHANGELOG.md does not record \`${path}\` under "## Unreleased"`);
    if (REMOVALS.has(change.type as string)) {
      const reason = deprecationAt(before, path);
      const date = reason ? REMOVAL_DATE.exec(reason)?.[1] : undefined;
      if (!date) problems.push(`${path} was removed without a dated deprecation ("Removal after YYYY-MM-DD")`);
      else if (date > today) problems.push(`${path} was removed before its removal date ${date}`);
    }
  }
  for (const path of undatedDeprecations(after))
    problems.push(`${path} is deprecated without a removal date ("Removal after YYYY-MM-DD")`);
  return { breaking, problems };
}
