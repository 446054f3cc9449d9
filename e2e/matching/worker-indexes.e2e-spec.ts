import type { INestApplication } from '@nestjs/common';
import { SearchDocumentSources } from '@ipl/search';
import { createTestApp, type TestApp } from '@ipl/testing';
import { WorkerModule } from '../../apps/worker/src/worker.module';

/** `npm run start:worker` and `npm run reindex` build this module: both indexes must be known there. */
describe('the indexing worker', () => {
  let worker: TestApp;
  beforeAll(async () => {
    worker = await createTestApp(WorkerModule, (app: INestApplication) => app);
  });
  afterAll(() => worker.close());

  it('knows the document sources of both indexes', () => {
    expect(worker.app.get(SearchDocumentSources).all().map((source) => source.indexName).sort()).toEqual(['candidates', 'slots']);
  });
});
