import { join } from 'node:path';
import * as pg from 'pg';
import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { SnakeNamingStrategy } from '@ipl/database';

/**
 * The one description of the database, shared by the API, the worker, the migration CLI and
 * the tests. Never `synchronize`: the schema changes only through migrations.
 */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    // Handed over explicitly: TypeORM's own require of `pg` finds nothing under jest's module registry.
    driver: pg,
    entities: ENTITIES,
    migrations: [join(__dirname, 'migrations', '*.{ts,js}')],
    migrationsTableName: 'schema_migration',
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    synchronize: false,
    migrationsRun: false,
    // Not 'error': TypeORM would print failed queries with their parameters, which may be personal data.
    logging: ['warn'],
    extra: { max: 10, application_name: 'insieme-per-il-lavoro' },
  };
}
