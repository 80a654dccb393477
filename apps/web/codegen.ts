import type { CodegenConfig } from '@graphql-codegen/cli';

// Paths are relative to the repository root, where `nx run web:codegen` runs.
// The output is committed and CI fails when it drifts from schema.gql + the operations.
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { DateTime: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        defaultScalarType: 'unknown',
      },
    },
  },
};

export default config;
