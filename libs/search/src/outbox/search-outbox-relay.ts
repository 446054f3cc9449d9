import { Injectable, Logger } from '@nestjs/common';
import { Meilisearch, Task } from 'meilisearch';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '@ipl/core';
import { SearchIndexes } from '../search-indexes';
import { SearchDocumentSource, SearchDocumentSources } from './search-document-source';

interface PendingEntry {
  id: string;
  indexName: string;
  documentId: string;
}

export interface DeliveryResult {
  delivered: number;
  failed: number;
}

const TASK_WAIT = { interval: 10, timeout: 60_000 };
const MAX_BACKOFF_SECONDS = 300;

/**
 * Delivers the outbox to Meilisearch: batched, idempotent (each document is rebuilt from its
 * current state and upserted or deleted by primary key), task status checked, failures retried
 * with exponential back-off. Rows are claimed with FOR UPDATE SKIP LOCKED, so several workers
 * never deliver the same entry twice.
 */
@Injectable()
export class SearchOutboxRelay {
  private readonly logger = new Logger(SearchOutboxRelay.name);
  /** Index uids whose settings this process has applied. */
  private readonly prepared = new Set<string>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly client: Meilisearch,
    private readonly indexes: SearchIndexes,
    private readonly sources: SearchDocumentSources,
    private readonly clock: Clock,
  ) {}

  async deliverBatch(limit = 500): Promise<DeliveryResult> {
    return this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const entries = (await manager.query(
        `SELECT id, index_name AS "indexName", document_id AS "documentId" FROM search_outbox
         WHERE delivered_at IS NULL AND available_at <= $1
         ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [now, limit],
      )) as PendingEntry[];
      const result: DeliveryResult = { delivered: 0, failed: 0 };
      for (const [indexName, group] of groupByIndex(entries)) {
        const ids = group.map((entry) => entry.id);
        try {
          await this.deliver(indexName, [...new Set(group.map((entry) => entry.documentId))]);
          await manager.query('UPDATE search_outbox SET delivered_at = $2 WHERE id = ANY($1)', [ids, now]);
          result.delivered += ids.length;
        } catch (error) {
          await this.postpone(manager, ids, now, error);
          result.failed += ids.length;
        }
      }
      return result;
    });
  }

  /** Delivers until nothing is due (tests, and the worker after a pause). */
  async deliverAll(): Promise<DeliveryResult> {
    const total: DeliveryResult = { delivered: 0, failed: 0 };
    for (;;) {
      const batch = await this.deliverBatch();
      total.delivered += batch.delivered;
      total.failed += batch.failed;
      if (batch.delivered === 0) return total;
    }
  }

  /** Applies an index's settings (creating it if needed) and waits until they hold. */
  async applySettings(source: SearchDocumentSource, uid = this.indexes.uid(source.indexName)): Promise<void> {
    const settings = typeof source.settings === 'function' ? await source.settings() : source.settings;
    assertSucceeded(await this.client.index(uid).updateSettings(settings).waitTask(TASK_WAIT));
    this.prepared.add(uid);
  }

  async deliver(indexName: string, documentIds: string[], uid = this.indexes.uid(indexName)): Promise<void> {
    const source = this.sources.get(indexName);
    if (!source) throw new Error(`No search document source for index ${indexName}`);
    // Without its settings a new index would have no filterable attributes.
    if (!this.prepared.has(uid)) await this.applySettings(source, uid);
    const documents = await source.documents(documentIds);
    const present = new Set(documents.map((document) => document.id));
    const gone = documentIds.filter((id) => !present.has(id));
    const index = this.client.index(uid);
    const tasks: Promise<Task>[] = [];
    if (documents.length > 0) tasks.push(index.addDocuments(documents, { primaryKey: 'id' }).waitTask(TASK_WAIT));
    if (gone.length > 0) tasks.push(index.deleteDocuments(gone).waitTask(TASK_WAIT));
    for (const task of await Promise.all(tasks)) assertSucceeded(task);
    if (tasks.length > 0) this.indexes.changed(indexName);
  }

  private async postpone(manager: EntityManager, ids: string[], now: Date, error: unknown): Promise<void> {
    const message = error instanceof Error ? error.message : String(error);
    this.logger.warn(`search delivery failed for ${ids.length} entries, will retry: ${message}`);
    await manager.query(
      `UPDATE search_outbox SET attempts = attempts + 1, last_error = left($3, 500),
         available_at = $2::timestamptz + make_interval(secs => least($4, power(2, attempts)))
       WHERE id = ANY($1)`,
      [ids, now, message, MAX_BACKOFF_SECONDS],
    );
  }
}

function groupByIndex(entries: PendingEntry[]): Map<string, PendingEntry[]> {
  const groups = new Map<string, PendingEntry[]>();
  for (const entry of entries) groups.set(entry.indexName, [...(groups.get(entry.indexName) ?? []), entry]);
  return groups;
}

export function assertSucceeded(task: Task): void {
  if (task.status !== 'succeeded') {
    throw new Error(`Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.message ?? 'no error message'}`);
  }
}
