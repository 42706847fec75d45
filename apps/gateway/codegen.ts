import type { CodegenConfig } from '@graphql-codegen/cli';

// Resolver types generated from the shared SDL. Mappers let resolvers receive domain and
// repository records instead of GraphQL shapes, so field resolvers stay the only translation.
const config: CodegenConfig = {
  schema: '../../packages/graphql/src/schema/*.graphql',
  generates: {
    'src/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: false,
        useTypeImports: true,
        contextType: '../context.js#GatewayContext',
        enumsAsTypes: true,
        mapperTypeSuffix: 'Model',
        scalars: { DateTime: 'Date' },
        mappers: {
          StaffUser: '@selvhjelp/db#StaffUserRecord',
          District: '@selvhjelp/domain#District',
          County: '@selvhjelp/domain#County',
          Municipality: '@selvhjelp/domain#Municipality',
          Theme: '@selvhjelp/domain#Theme',
        },
        resolverTypeWrapperSignature: 'T | Promise<T>',
      },
    },
  },
};

export default config;
