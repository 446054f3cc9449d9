import type { INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { SearchDocumentSources } from '@ipl/search';
import { createTestApp, type TestApp } from '@ipl/testing';
import { WorkerModule } from '../../apps/worker/src/worker.module';

/** Domain modules a worker has no use for: the match index reads what it indexes itself. */
const NOT_IN_THE_WORKER = ['AlboModule', 'AuditModule', 'AuthModule', 'BoardModule', 'CandidatesModule', 'CompaniesModule', 'MailModule', 'NotificationsModule', 'OrganisationsModule', 'SlotsModule', 'TerritoryModule'];

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

  it('builds them with the match index alone, without the domain modules (auth, the Albo, the board…)', () => {
    const modules = [...worker.app.get(ModulesContainer).values()].map((module) => module.metatype.name);
    expect(modules).toContain('MatchIndexModule');
    expect(modules.filter((name) => NOT_IN_THE_WORKER.includes(name))).toEqual([]);
  });
});
