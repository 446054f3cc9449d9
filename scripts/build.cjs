// Compiles apps and libs to dist/ with swc (path aliases rewritten, JSON copied). Type checking
// is `npm run typecheck`, which `npm test` runs first.
const { execFileSync } = require('node:child_process');
const { rmSync } = require('node:fs');

rmSync('dist', { recursive: true, force: true });
execFileSync(
  process.execPath,
  [require.resolve('@swc/cli/bin/swc.js'), 'apps/api/src', 'apps/worker/src', 'libs', '-d', 'dist', '--copy-files', '--ignore', '**/*.spec.ts', '--quiet'],
  { stdio: 'inherit' },
);
