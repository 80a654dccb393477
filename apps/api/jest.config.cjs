/**
 * API tests: unit specs next to the code, and integration specs in test/ that drive the real
 * API over HTTP against a real PostgreSQL (TEST_DATABASE_URL, or an embedded server).
 */
const swc = {
  swcrc: false,
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
    keepClassNames: true,
    // Resolves @hearth/domain for test files and for the global setup alike.
    baseUrl: require('node:path').resolve(__dirname, '../..'),
    paths: { '@hearth/domain': ['libs/domain/src/index.ts'] },
  },
  module: { type: 'commonjs' },
};

module.exports = {
  displayName: 'api',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', swc], '^.+\\.js$': ['@swc/jest', swc] },
  // sql-template-tag ships only as an ES module: Jest's CommonJS runtime needs it compiled.
  transformIgnorePatterns: ['/node_modules/(?!sql-template-tag/)'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 30000,
  maxWorkers: process.env.CI ? 2 : '50%',
};
