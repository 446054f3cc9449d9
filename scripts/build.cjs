// Compiles apps and libs to dist/ with swc (path aliases rewritten, JSON copied). Type checking
// is `npm run typecheck`, which `npm test` runs first. The new build replaces dist/ in one rename,
// so a test run or process reading dist/ meanwhile never sees it half written, and no file of a
// deleted source (an old migration, say) survives.
const { execFileSync } = require('node:child_process');
const { renameSync, rmSync } = require('node:fs');

const next = `dist.${process.pid}`;
const old = `dist.old.${process.pid}`;
execFileSync(
  process.execPath,
  [require.resolve('@swc/cli/bin/swc.js'), 'apps/api/src', 'apps/worker/src', 'libs', 'bench/src', 'bench/labelled', '-d', next, '--copy-files', '--ignore', '**/*.spec.ts', '--quiet'],
  { stdio: 'inherit' },
);
try {
  renameSync('dist', old);
} catch (error) {
  if (error.code !== 'ENOENT') throw error;
}
renameSync(next, 'dist');
rmSync(old, { recursive: true, force: true });
