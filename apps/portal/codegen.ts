import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the portal, from the same SDL the gateway implements.
// The default document mode (DocumentNode) is what Apollo Client 4 expects.
const config: CodegenConfig = {
  schema: '../../packages/graphql/src/schema/*.graphql',
  documents: ['app/**/*.{ts,tsx}', '!app/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    'app/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', Date: 'string', ID: 'string', Upload: 'Blob' },
        skipTypename: true,
      },
    },
  },
};

export default config;
