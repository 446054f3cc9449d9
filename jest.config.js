/**
 * Three tiers, one run: `unit` (pure rules beside the code, no server), `integration` (a
 * library's service on the real PostgreSQL and Meilisearch, `*.integration.spec.ts` beside the
 * code) and `e2e` (the API over HTTP, the processes, the portal in Chromium). `npm run test:unit`
 * / `test:integration` / `test:e2e` select one; the servers start only for a tier that needs them.
 */
const swcConfig = JSON.parse(require('node:fs').readFileSync(`${__dirname}/.swcrc`, 'utf8'));
delete swcConfig.$schema;

const INTEGRATION = '\\.integration\\.spec\\.ts$';

/** What every tier shares. */
const shared = {
  rootDir: __dirname,
  testEnvironment: 'node',
  // NestJS 12 ships ESM only: everything, node_modules included, goes through swc to CommonJS.
  transform: { '^.+\\.(t|j|mj)s$': ['@swc/jest', { ...swcConfig, jsc: { ...swcConfig.jsc, baseUrl: __dirname } }] },
  transformIgnorePatterns: [],
  moduleNameMapper: { '^@ipl/([a-z-]+)$': '<rootDir>/libs/$1/src' },
};

/** Real PostgreSQL and Meilisearch: jest runs a global setup once per run, however many tiers name it. */
const withServers = {
  globalSetup: '<rootDir>/libs/testing/src/global-setup.cjs',
  globalTeardown: '<rootDir>/libs/testing/src/global-teardown.cjs',
};

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 30_000,
  maxWorkers: 2,
  // A worker that grew past this is replaced after its file: each file loads Nest and the app
  // anew, and a worker heap of 1.7 GB made single garbage collections last most of a second.
  workerIdleMemoryLimit: '1GB',
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/apps/*/src/**/*.spec.ts', '<rootDir>/libs/*/src/**/*.spec.ts'],
      testPathIgnorePatterns: ['/node_modules/', INTEGRATION],
    },
    { ...shared, ...withServers, displayName: 'integration', testMatch: ['<rootDir>/libs/*/src/**/*.integration.spec.ts'] },
    { ...shared, ...withServers, displayName: 'e2e', testMatch: ['<rootDir>/e2e/**/*.e2e-spec.ts'] },
  ],
};
