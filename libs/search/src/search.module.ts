import { Global, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { Meilisearch } from 'meilisearch';
import { AppConfig } from '@ipl/config';
import { createMeiliClient } from './meili-client';
import { MeiliHealthIndicator } from './meili.health';
import { SearchIndexes } from './search-indexes';

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
  ],
  exports: [Meilisearch, SearchIndexes, MeiliHealthIndicator],
})
export class SearchModule {}
