// npm run migration:generate -- Name | migration:run | migration:revert
// Uses DATABASE_URL when set; otherwise a throw-away embedded PostgreSQL, migrated to the
// latest version first, so that `generate` writes exactly the entities' drift.
const { execFileSync } = require('node:child_process');
const { mkdtempSync, chmodSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const [command, name] = process.argv.slice(2);
const dist = (path) => join(__dirname, '..', 'dist', path);

async function main() {
  let stop = async () => undefined;
  if (!process.env.DATABASE_URL) {
    if (command !== 'generate') throw new Error('DATABASE_URL is required for migration:run and migration:revert');
    const { startEmbeddedPostgres } = require(dist('libs/embedded-servers/src'));
    const dataDir = mkdtempSync(join(tmpdir(), 'ipl-migrations-'));
    chmodSync(dataDir, 0o755);
    const server = await startEmbeddedPostgres({ dataDir, ephemeral: true });
    process.env.DATABASE_URL = server.url;
    stop = async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  }
  try {
    const { runMigrations } = require(dist('libs/data-model/src'));
    const cli = [require.resolve('typeorm/cli.js')];
    const dataSource = ['-d', dist('libs/data-model/src/data-source.js')];
    if (command === 'generate') {
      if (!name) throw new Error('usage: npm run migration:generate -- <Name>');
      await runMigrations(process.env.DATABASE_URL);
      execFileSync(process.execPath, [...cli, 'migration:generate', ...dataSource, '--pretty', `libs/data-model/src/migrations/${name}`], { stdio: 'inherit' });
    } else if (command === 'run') {
      console.log((await runMigrations(process.env.DATABASE_URL)).join('\n') || 'No pending migrations');
    } else if (command === 'revert') {
      execFileSync(process.execPath, [...cli, 'migration:revert', ...dataSource], { stdio: 'inherit' });
    } else {
      throw new Error(`unknown command ${command}`);
    }
  } finally {
    await stop();
  }
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
