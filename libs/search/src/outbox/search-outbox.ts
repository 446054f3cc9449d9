import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { SearchOutboxEntry } from './search-outbox-entry.entity';

/** What domain services call when a searchable document may have changed. */
@Injectable()
export class SearchOutbox {
  /** Pass the manager of the transaction that makes the change: both commit or neither. */
  async documentsChanged(manager: EntityManager, indexName: string, documentIds: readonly string[]): Promise<void> {
    if (documentIds.length === 0) return;
    await manager.insert(
      SearchOutboxEntry,
      documentIds.map((documentId) => ({ indexName, documentId })),
    );
  }
}
