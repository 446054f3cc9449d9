/**
 * `npm run bench:match`: the bench runs through jest only to reuse its global setup (a real
 * PostgreSQL and Meilisearch, a throw-away database and index prefix). It prints figures and
 * asserts nothing about time: timings belong in a report, not in a pass/fail test. Two files:
 * match.bench.ts (speed) and bench/labelled (ranking quality, nDCG@10); `-- bench/labelled`
 * runs one.
 */
const { projects } = require('../jest.config.js');

const { displayName: _e2e, testMatch: _tests, ...e2e } = projects.find((project) => project.displayName === 'e2e');

module.exports = {
  ...e2e,
  testMatch: ['<rootDir>/bench/match.bench.ts', '<rootDir>/bench/labelled/*.bench.ts'],
  testTimeout: 600_000,
  maxWorkers: 1,
};
