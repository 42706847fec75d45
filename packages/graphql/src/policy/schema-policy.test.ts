import { describe, expect, it } from 'vitest';
import { checkSchemaChanges, unreleasedSection } from './schema-policy.js';

const published = /* GraphQL */ `
  type Query {
    group(id: ID!): Group
    groups(first: Int): [Group!]!
  }
  "A self-help group."
  type Group {
    id: ID!
    name: String!
    "The old name."
    title: String @deprecated(reason: "Use name. Removal after 2026-03-01")
    municipality: String
  }
`;

const changelog = (entries: string) =>
  `# API changelog\n\n## Unreleased\n\n${entries}\n\n## 2026-01-01\n\n- \`Group.municipality\` once\n`;

function withoutField(field: string): string {
  return published.replace(new RegExp(`^\\s*(".*"\\s*)?${field}:.*$`, 'm'), '');
}

describe('schema change policy', () => {
  it('passes an unchanged schema and additions without any entry', async () => {
    const added = published.replace('name: String!', 'name: String!\n    theme: String');
    const result = await checkSchemaChanges({
      published,
      current: added,
      changelog: changelog(''),
      today: '2026-12-05',
    });
    expect(result.problems).toEqual([]);
  });

  it('refuses a removed field that was never deprecated, even when the changelog records it', async () => {
    const current = withoutField('municipality');
    const result = await checkSchemaChanges({
      published,
      current,
      changelog: changelog('- `Group.municipality` removed'),
      today: '2026-12-05',
    });
    expect(result.problems).toEqual([
      'Group.municipality was removed without a dated deprecation ("Removal after YYYY-MM-DD")',
    ]);
  });

  it('refuses a breaking change the changelog does not record under Unreleased', async () => {
    // Recorded only in an older, published section: that does not count.
    const result = await checkSchemaChanges({
      published,
      current: withoutField('municipality'),
      changelog: changelog(''),
      today: '2026-12-05',
    });
    expect(result.problems).toHaveLength(2);
    expect(result.problems[0]).toMatch(/does not record `Group.municipality`/);
  });

  it('allows removing a field deprecated with a date that has come, when recorded', async () => {
    const result = await checkSchemaChanges({
      published,
      current: withoutField('title'),
      changelog: changelog('- `Group.title` removed: use `Group.name`.'),
      today: '2026-12-05',
    });
    expect(result.breaking.map((change) => change.path)).toEqual(['Group.title']);
    expect(result.problems).toEqual([]);
  });

  it('refuses a removal before its date', async () => {
    const result = await checkSchemaChanges({
      published,
      current: withoutField('title'),
      changelog: changelog('- `Group.title` removed'),
      today: '2026-02-28',
    });
    expect(result.problems).toEqual(['Group.title was removed before its removal date 2026-03-01']);
  });

  it('refuses a narrowed argument or type change that is not recorded', async () => {
    const current = published.replace('groups(first: Int)', 'groups(first: Int!)');
    const result = await checkSchemaChanges({ published, current, changelog: changelog(''), today: '2026-12-05' });
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(/Query.groups.first/);
  });

  it('refuses a new deprecation without a removal date', async () => {
    const current = published.replace('municipality: String', 'municipality: String @deprecated(reason: "Use place.")');
    const result = await checkSchemaChanges({ published, current, changelog: changelog(''), today: '2026-12-05' });
    expect(result.problems).toEqual([
      'Group.municipality is deprecated without a removal date ("Removal after YYYY-MM-DD")',
    ]);
  });

  it('reads only the Unreleased section', () => {
    expect(unreleasedSection(changelog('- `A.b`'))).toContain('`A.b`');
    expect(unreleasedSection(changelog(''))).not.toContain('municipality');
    expect(unreleasedSection('# none\n')).toBe('');
  });
});
