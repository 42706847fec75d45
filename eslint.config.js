// One lint configuration for the whole workspace; package boundaries are enforced here.
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const noDeepImports = {
  group: [
    '@selvhjelp/*/*',
    '!@selvhjelp/db/testing',
    '!@selvhjelp/db/seed',
    '!@selvhjelp/db/pglite-extensions',
    '!@selvhjelp/graphql/schema.graphql?raw',
  ],
  message: 'Import a package through its public entry (its "exports"), not its files.',
};

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/build/**',
      '**/generated/**',
      '**/.react-router/**',
      '**/node_modules/**',
      '**/.data/**',
      '**/coverage/**',
    ],
  },
  js.configs.recommended,
  // Type-aware: a promise nobody awaits, an async handler where a void one is expected, a value of
  // type any flowing into typed code are bugs the type checker alone lets through.
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        // Each file is checked with the tsconfig.json nearest to it; loose config files with a default program.
        projectService: {
          allowDefaultProject: ['*.js', '*.mjs', '*.ts', 'scripts/*.mjs', 'scripts/lib/*.mjs', 'scripts/lib/*.d.mts'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      // An async function without await keeps its promise contract (resolvers, loaders); not a bug.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', { patterns: [noDeepImports] }],
    },
  },
  {
    // Imports point one way: a cycle means two modules are one concept, or a shared piece
    // belongs in a module of its own. Type-only imports are not followed (they leave no runtime edge).
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs', '.cjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      // Resolves `./x.js` to `./x.ts` and workspace packages to their sources' types, as tsc does.
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          alwaysTryTypes: true,
          noWarnOnMultipleProjects: true,
          project: ['packages/*/tsconfig.json', 'apps/*/tsconfig.json'].map((glob) => `${import.meta.dirname}/${glob}`),
        }),
      ],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // Tests read untyped JSON answers and destructure fixtures from describe.each; the unsafe-any
    // rules would flag every assertion on them without finding a bug.
    files: ['**/*.test.ts', '**/*.test.tsx', '**/test/**', '**/e2e/**', '**/testing/**'],
    rules: {
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
    },
  },
  {
    files: ['packages/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@selvhjelp/*'],
              message: '@selvhjelp/domain is pure: it imports no other package of ours.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/gateway/**', 'packages/graphql/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noDeepImports,
            { group: ['@prisma/*', 'pg', '@electric-sql/*'], message: 'Only @selvhjelp/db talks to the database.' },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/portal/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // React Router answers early by throwing a Response (redirect, 404) or data() with a status.
      '@typescript-eslint/only-throw-error': [
        'error',
        {
          allow: [
            { from: 'lib', name: 'Response' },
            { from: 'package', package: 'react-router', name: ['DataWithResponseInit', 'redirect'] },
          ],
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: '@selvhjelp/db', message: 'The portal talks to the gateway only, never to the database.' }],
          patterns: [
            noDeepImports,
            { group: ['@prisma/*', '@selvhjelp/db/*'], message: 'The portal never touches the database.' },
          ],
        },
      ],
    },
  },
  {
    // Browser tests that start their own gateway prepare its database and recount the page's
    // figures directly in SQL: the test harness's entry only (still never the database package itself).
    files: ['apps/portal/e2e/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '@selvhjelp/db', message: 'e2e tests reach the database through @selvhjelp/db/testing only.' },
          ],
          patterns: [
            noDeepImports,
            {
              group: ['@prisma/*', '@selvhjelp/db/*', '!@selvhjelp/db/testing'],
              message: 'e2e tests reach the database through @selvhjelp/db/testing only.',
            },
          ],
        },
      ],
    },
  },
  {
    // Plain JavaScript (scripts, server entry) has no types to check against.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    rules: { ...tseslint.configs.disableTypeChecked.rules, '@typescript-eslint/no-require-imports': 'off' },
  },
);
