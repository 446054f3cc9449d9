// Builds the portal (apps/portal) into apps/portal/dist, which the API serves at `/`.
// `--fonts-only` just copies the Bootstrap Italia fonts for the dev server. Types for the
// portal's operations are committed (apps/portal/src/api/generated.ts): `npm run portal:codegen`
// rewrites them, and a test fails when they drift from schema/schema.gql.
const { cpSync, existsSync, renameSync, rmSync } = require('node:fs');
const { join } = require('node:path');

const portal = join(__dirname, '..', 'apps', 'portal');

function copyFonts() {
  // Served by the app itself (loadFonts('/fonts')): no request to a third-party CDN.
  const target = join(portal, 'public', 'fonts');
  if (existsSync(target)) return;
  const source = join(require.resolve('bootstrap-italia/package.json'), '..', 'dist', 'fonts');
  cpSync(source, target, { recursive: true, filter: (path) => !/\.(eot|svg|ttf)$/.test(path) });
}

async function main() {
  copyFonts();
  if (process.argv.includes('--fonts-only')) return;
  const { build } = await import('vite');
  // Built aside and swapped in, so a running API or browser test never serves a half-written dist.
  const dist = join(portal, 'dist');
  const fresh = join(portal, `dist.building-${process.pid}`);
  const stale = join(portal, `dist.stale-${process.pid}`);
  await build({ configFile: join(portal, 'vite.config.mts'), root: portal, logLevel: 'warn', build: { outDir: fresh, emptyOutDir: true } });
  if (existsSync(dist)) renameSync(dist, stale);
  renameSync(fresh, dist);
  rmSync(stale, { recursive: true, force: true });
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
