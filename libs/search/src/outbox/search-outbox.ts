import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { SEARCH_OUTBOX_CHANNEL } from './search-outbox-channel';

/** What domain services call when a searchable document may have changed. */
@Injectable()
export class SearchOutbox {
  /**
   * Pass the manager of the transaction that makes the change: both commit or neither. The
   * rows and the workers' wake-up go in one statement, so a write costs no extra round trip;
   * a data-modifying WITH always runs to completion, whatever the outer SELECT reads.
   */
  async documentsChanged(manager: EntityManager, indexName: string, documentIds: readonly string[]): Promise<void> {
    if (documentIds.length === 0) return;
    await manager.query(
      `WITH queued AS (INSERT INTO search_outbox (index_name, document_id) SELECT $1, unnest($2::varchar[]))
       SELECT pg_notify($3, '')`,
      [indexName, documentIds, SEARCH_OUTBOX_CHANNEL],
    );
  }
}
