import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import type { TestApp } from '@ipl/testing';
import { startApi } from '../app';

const SCHEMA_FILE = join(__dirname, '..', '..', 'schema', 'schema.gql');
const HINT = 'schema/schema.gql differs from the schema the API builds. If the change is intended, run `npm run schema:emit` and commit schema/schema.gql. (- committed, + built)';

/**
 * The committed SDL is the API's contract with the portal and with reviewers: a change to the
 * schema shows up in a diff of schema/schema.gql, or this test fails.
 */
describe('GraphQL schema drift', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('matches schema/schema.gql', () => {
    const built = `${printSchema(lexicographicSortSchema(api.app.get(GraphQLSchemaHost).schema))}\n`;
    if (process.env.UPDATE_SCHEMA === '1') {
      mkdirSync(dirname(SCHEMA_FILE), { recursive: true });
      writeFileSync(SCHEMA_FILE, built);
      return;
    }
    if (!existsSync(SCHEMA_FILE)) throw new Error(`schema/schema.gql is missing. Run \`npm run schema:emit\` and commit it.`);
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    try {
      expect(built).toBe(committed);
    } catch (error) {
      throw new Error(`${HINT}\n\n${error instanceof Error ? error.message : String(error)}`);
    }
  });
});
