// One lint configuration for the whole workspace; package boundaries are enforced here.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const noDeepImports = {
  group: ['@selvhjelp/*/*', '!@selvhjelp/db/testing'],
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
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', { patterns: [noDeepImports] }],
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
        { patterns: [noDeepImports, { group: ['@prisma/*', 'pg', '@electric-sql/*'], message: 'Only @selvhjelp/db talks to the database.' }] },
      ],
    },
  },
  {
    files: ['apps/portal/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: '@selvhjelp/db', message: 'The portal talks to the gateway only, never to the database.' }],
          patterns: [noDeepImports, { group: ['@prisma/*', '@selvhjelp/db/*'], message: 'The portal never touches the database.' }],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
