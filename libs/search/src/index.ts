export { createMeiliClient, type MeiliConnection } from './meili-client';
export { MeiliHealthIndicator } from './meili.health';
export { SearchIndexes } from './search-indexes';
export { SearchModule } from './search.module';
