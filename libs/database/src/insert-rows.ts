import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Writes many new rows of an entity in one statement of one parameter: the rows travel as a
 * JSON array that PostgreSQL turns into records of the table's own type
 * (`jsonb_populate_recordset`), so arrays, enums, dates and jsonb columns arrive typed without
 * a cast per column, and PostgreSQL's 65,535-parameter limit never splits a batch. TypeORM's
 * insert() spends more in JavaScript building the VALUES list than PostgreSQL spends writing it.
 * Every column of the entity is written as given: defaults are not applied, so the caller sets
 * the primary key and timestamps (and keeps the rows it wrote, with no read back).
 */
export async function insertRows<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, rows: readonly T[]): Promise<void> {
  if (rows.length === 0) return;
  const metadata = manager.connection.getMetadata(entity);
  const columns = [...new Map(metadata.columns.filter((column) => !column.isVirtual).map((column) => [column.databaseName, column])).values()];
  const records = rows.map((row) => Object.fromEntries(columns.map((column) => [column.databaseName, column.getEntityValue(row, true) ?? null])));
  const table = manager.connection.driver.escape(metadata.tableName);
  const names = columns.map((column) => manager.connection.driver.escape(column.databaseName)).join(', ');
  await manager.query(`INSERT INTO ${table} (${names}) SELECT ${names} FROM jsonb_populate_recordset(NULL::${table}, $1::jsonb)`, [JSON.stringify(records)]);
}
