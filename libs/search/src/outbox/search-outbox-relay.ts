import { Injectable, Logger } from '@nestjs/common';
import { EnqueuedTask, Meilisearch, Task } from 'meilisearch';
import { DataSource } from 'typeorm';
import { Clock } from '@ipl/core';
import { SearchIndexes } from '../search-indexes';
import { SearchDocumentSource, SearchDocumentSources } from './search-document-source';
import { settledTask } from './settled-task';

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
 * How long a claim keeps other workers off its entries. The worker renews it while it delivers
 * (every third of it), so it can be short: a worker that dies holding a claim leaves its entries
 * due again within this time, delivered late, never lost (a 120 s lease without renewal held a
 * killed worker's batch for two minutes).
 */
const LEASE_SECONDS = 15;
/** Entries a claim takes: Meilisearch indexes a task of thousands of documents in about the time of a task of one. */
export const DELIVERY_BATCH = 5000;

/**
 * Delivers the outbox to Meilisearch: batched, idempotent (each document is rebuilt from its
 * current state and upserted or deleted by primary key), task status checked, failures retried
 * with exponential back-off. No transaction stays open while Meilisearch works: a batch is
 * claimed in one statement (FOR UPDATE SKIP LOCKED, then a lease on available_at, committed at
 * once), sent, waited on, then marked delivered in another. Two workers never deliver the same
 * entry at once, and a crash between the claim and the mark delivers the entries again.
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

  async deliverBatch(limit = DELIVERY_BATCH): Promise<DeliveryResult> {
    const now = this.clock.now();
    const entries = await this.claim(now, limit);
    const result: DeliveryResult = { delivered: 0, failed: 0 };
    if (entries.length === 0) return result;
    const inFlight = new Set(entries.map((entry) => entry.id));
    const renewal = this.renewWhileDelivering(inFlight);
    try {
      await this.deliverClaimed(entries, inFlight, result);
    } finally {
      clearInterval(renewal);
    }
    return result;
  }

  private async deliverClaimed(entries: PendingEntry[], inFlight: Set<string>, result: DeliveryResult): Promise<void> {
    for (const [indexName, group] of groupByIndex(entries)) {
      const ids = group.map((entry) => entry.id);
      try {
        await this.deliver(indexName, [...new Set(group.map((entry) => entry.documentId))]);
        await this.dataSource.query('UPDATE search_outbox SET delivered_at = $2 WHERE id = ANY($1)', [ids, this.clock.now()]);
        result.delivered += ids.length;
      } catch (error) {
        await this.postpone(ids, this.clock.now(), error);
        result.failed += ids.length;
      } finally {
        for (const id of ids) inFlight.delete(id);
      }
    }
  }

  /** Keeps the claim on the entries still in flight; a failed renewal only shortens it. */
  private renewWhileDelivering(inFlight: Set<string>): NodeJS.Timeout {
    const timer = setInterval(() => {
      if (inFlight.size === 0) return;
      this.dataSource
        .query(
          `UPDATE search_outbox SET available_at = $2::timestamptz + make_interval(secs => $3)
           WHERE id = ANY($1) AND delivered_at IS NULL AND available_at > $2`,
          [[...inFlight], this.clock.now(), LEASE_SECONDS],
        )
        .catch((error: unknown) => this.logger.warn(`could not renew a delivery's claim: ${error instanceof Error ? error.message : String(error)}`));
    }, (LEASE_SECONDS * 1000) / 3);
    timer.unref();
    return timer;
  }

  /** Takes up to `limit` due entries for this worker alone, until delivered or the lease ends. */
  private async claim(now: Date, limit: number): Promise<PendingEntry[]> {
    // An UPDATE … RETURNING answers TypeORM's query() with [rows, affected].
    const [entries] = (await this.dataSource.query(
      `UPDATE search_outbox SET available_at = $1::timestamptz + make_interval(secs => $3)
       WHERE id IN (SELECT id FROM search_outbox WHERE delivered_at IS NULL AND available_at <= $1 ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED)
       RETURNING id, index_name AS "indexName", document_id AS "documentId"`,
      [now, limit, LEASE_SECONDS],
    )) as [PendingEntry[], number];
    return entries;
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
    const enqueued: Promise<EnqueuedTask>[] = [];
    if (documents.length > 0) enqueued.push(index.addDocuments(documents, { primaryKey: 'id' }));
    if (gone.length > 0) enqueued.push(index.deleteDocuments(gone));
    const tasks = await Promise.all((await Promise.all(enqueued)).map((task) => settledTask(this.client, task.taskUid, TASK_WAIT.timeout)));
    for (const task of tasks) assertSucceeded(task);
    if (tasks.length > 0) this.indexes.changed(indexName);
  }

  private async postpone(ids: string[], now: Date, error: unknown): Promise<void> {
    const message = error instanceof Error ? error.message : String(error);
    this.logger.warn(`search delivery failed for ${ids.length} entries, will retry: ${message}`);
    await this.dataSource.query(
      `UPDATE search_outbox SET attempts = attempts + 1, last_error = left($3, 500),
         available_at = $2::timestamptz + make_interval(secs => least($4, power(2, attempts)))
       WHERE id = ANY($1)`,
      [ids, now, message, MAX_BACKOFF_SECONDS],
    );
  }
}

function groupByIndex(entries: PendingEntry[]): Map<string, PendingEntry[]> {
  const groups = new Map<string, PendingEntry[]>();
  for (const entry of entries) {
    const group = groups.get(entry.indexName);
    if (group) group.push(entry);
    else groups.set(entry.indexName, [entry]);
  }
  return groups;
}

export function assertSucceeded(task: Task): void {
  if (task.status !== 'succeeded') {
    throw new Error(`Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.message ?? 'no error message'}`);
  }
}
