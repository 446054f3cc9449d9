import { Global, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { Meilisearch } from 'meilisearch';
import { AppConfig } from '@ipl/config';
import { createMeiliClient } from './meili-client';
import { MeiliHealthIndicator } from './meili.health';
import { SearchDocumentSources } from './outbox/search-document-source';
import { SearchOutbox } from './outbox/search-outbox';
import { SearchOutboxRelay } from './outbox/search-outbox-relay';
import { SearchOutboxRunner } from './outbox/search-outbox-runner';
import { ReindexResolver } from './outbox/reindex.resolver';
import { SearchReindexer } from './outbox/search-reindexer';
import { SearchIndexes } from './search-indexes';
import { SearchIndexCheck } from './index-check/search-index-check';

@Global()
@Module({
  imports: [TerminusModule],
  providers: [
    {
      provide: Meilisearch,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        const url = config.get('MEILI_URL');
        if (!url) throw new Error('MEILI_URL is not set and no embedded Meilisearch was started');
        return createMeiliClient({ url, apiKey: config.get('MEILI_MASTER_KEY') });
      },
    },
    SearchIndexes,
    MeiliHealthIndicator,
    SearchOutbox,
    SearchDocumentSources,
    SearchOutboxRelay,
    SearchReindexer,
    SearchOutboxRunner,
    ReindexResolver,
    SearchIndexCheck,
  ],
  exports: [Meilisearch, SearchIndexes, MeiliHealthIndicator, SearchOutbox, SearchDocumentSources, SearchOutboxRelay, SearchReindexer, SearchOutboxRunner, SearchIndexCheck],
})
export class SearchModule {}
