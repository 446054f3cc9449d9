export { dataSourceOptions } from './data-source-options';
export { DatabaseModule } from './database.module';
export { ENTITIES } from './entities';
export { runMigrations } from './run-migrations';
