import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Writes many new rows of an entity in one statement of one parameter: the rows travel as a
 * JSON array that PostgreSQL turns into records of the table's own type
 * (`jsonb_populate_recordset`), so arrays, enums, dates and jsonb columns arrive typed without
 * a cast per column, and PostgreSQL's 65,535-parameter limit never splits a batch. TypeORM's
 * insert() spends more in JavaScript building the VALUES list than PostgreSQL spends writing it.
 * Every column of the entity is written as given, a missing value as NULL, except the properties
 * named in `defaulted`, which the table's defaults fill (a generated key, a creation time).
 */
export async function insertRows<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: readonly Partial<T>[],
  defaulted: readonly (keyof T & string)[] = [],
): Promise<void> {
  if (rows.length === 0) return;
  const metadata = manager.connection.getMetadata(entity);
  const written = metadata.columns.filter((column) => !column.isVirtual && !defaulted.includes(column.propertyName));
  const columns = [...new Map(written.map((column) => [column.databaseName, column])).values()];
  const records = rows.map((row) => Object.fromEntries(columns.map((column) => [column.databaseName, column.getEntityValue(row as T, true) ?? null])));
  const table = manager.connection.driver.escape(metadata.tableName);
  const names = columns.map((column) => manager.connection.driver.escape(column.databaseName)).join(', ');
  await manager.query(`INSERT INTO ${table} (${names}) SELECT ${names} FROM jsonb_populate_recordset(NULL::${table}, $1::jsonb)`, [JSON.stringify(records)]);
}
