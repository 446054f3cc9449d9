import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

/** Any constant: processes starting together take turns instead of migrating twice. */
const MIGRATION_LOCK = 7_412_031;

/** Applies pending migrations under an advisory lock, so several API or worker processes can start at once. */
export async function runMigrations(url: string): Promise<string[]> {
  const dataSource = await new DataSource(dataSourceOptions(url)).initialize();
  const runner = dataSource.createQueryRunner();
  try {
    await runner.connect();
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
    await dataSource.destroy();
  }
}
