import type { TestApp } from '@ipl/testing';
import { startApi } from '../app';

/**
 * The entities and the migrations describe the same schema: on a fully migrated database,
 * TypeORM finds nothing to change. An entity edited without its migration fails here.
 */
describe('migration drift', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('has no pending migrations on the test database', async () => {
    expect(await api.dataSource.showMigrations()).toBe(false);
  });

  it('leaves nothing for the entities to change on a migrated database', async () => {
    const { upQueries } = await api.dataSource.driver.createSchemaBuilder().log();
    if (upQueries.length > 0) {
      const queries = upQueries.map((query) => `  ${query.query};`).join('\n');
      throw new Error(
        `The entities differ from the migrated schema; the migrations lack:\n${queries}\n` +
          'Write a migration for the change: npm run migration:generate -- <Name>',
      );
    }
  });
});
