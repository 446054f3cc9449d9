import { Injectable, Logger } from '@nestjs/common';
import { Meilisearch } from 'meilisearch';
import { DataSource } from 'typeorm';
import { Clock } from '@ipl/core';
import { SearchIndexes } from '../search-indexes';
import { SearchDocumentSources } from './search-document-source';
import { SEARCH_OUTBOX_CHANNEL } from './search-outbox-channel';
import { assertSucceeded, SearchOutboxRelay } from './search-outbox-relay';

const BATCH = 1000;
/** Writes that began before the rebuild but committed during it are replayed too. */
const REPLAY_MARGIN_MS = 5 * 60_000;

/**
 * Rebuilds an index into a new one and swaps it in, while the API keeps serving the old one.
 * Changes made meanwhile are not lost: their outbox entries (kept a day after delivery) are
 * queued again after the swap, and the relay delivers their current state to the new index.
 */
@Injectable()
export class SearchReindexer {
  private readonly logger = new Logger(SearchReindexer.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly client: Meilisearch,
    private readonly indexes: SearchIndexes,
    private readonly sources: SearchDocumentSources,
    private readonly relay: SearchOutboxRelay,
    private readonly clock: Clock,
  ) {}

  async reindexAll(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const source of this.sources.all()) counts[source.indexName] = await this.reindex(source.indexName);
    return counts;
  }

  /** Returns the number of documents considered. */
  async reindex(indexName: string): Promise<number> {
    const source = this.sources.get(indexName);
    if (!source) throw new Error(`No search document source for index ${indexName}`);
    const startedAt = new Date(this.clock.now().getTime() - REPLAY_MARGIN_MS);
    const live = this.indexes.uid(indexName);
    const next = `${live}_next`;
    await this.client.index(next).delete().waitTask({ interval: 10 });
    await this.relay.applySettings(source, next);
    let count = 0;
    for await (const ids of source.allIds(BATCH)) {
      await this.relay.deliver(indexName, ids, next);
      count += ids.length;
    }
    await this.relay.applySettings(source, live);
    assertSucceeded(await this.client.swapIndexes([{ indexes: [live, next], rename: false }]).waitTask({ interval: 10 }));
    this.indexes.changed(indexName);
    assertSucceeded(await this.client.index(next).delete().waitTask({ interval: 10 }));
    await this.dataSource.query(
      `WITH replayed AS (INSERT INTO search_outbox (index_name, document_id)
         SELECT DISTINCT index_name, document_id FROM search_outbox WHERE index_name = $1 AND created_at >= $2)
       SELECT pg_notify($3, '')`,
      [indexName, startedAt, SEARCH_OUTBOX_CHANNEL],
    );
    this.logger.log(`reindexed ${indexName}: ${count} documents`);
    return count;
  }
}
