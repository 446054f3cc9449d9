/** One run for all three tiers: unit specs beside the code, integration and e2e against the real servers. */
const swcConfig = JSON.parse(require('node:fs').readFileSync(`${__dirname}/.swcrc`, 'utf8'));
delete swcConfig.$schema;

/** @type {import('jest').Config} */
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/apps/*/src/**/*.spec.ts', '<rootDir>/libs/*/src/**/*.spec.ts', '<rootDir>/e2e/**/*.e2e-spec.ts'],
  // NestJS 12 ships ESM only: everything, node_modules included, goes through swc to CommonJS.
  transform: { '^.+\\.(t|j|mj)s$': ['@swc/jest', { ...swcConfig, jsc: { ...swcConfig.jsc, baseUrl: __dirname } }] },
  transformIgnorePatterns: [],
  moduleNameMapper: { '^@ipl/([a-z-]+)$': '<rootDir>/libs/$1/src' },
  globalSetup: '<rootDir>/libs/testing/src/global-setup.cjs',
  globalTeardown: '<rootDir>/libs/testing/src/global-teardown.cjs',
  testTimeout: 30_000,
  maxWorkers: 2,
};
