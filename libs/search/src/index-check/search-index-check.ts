import { Injectable } from '@nestjs/common';
import { Meilisearch, MeilisearchApiError } from 'meilisearch';
import { DataSource } from 'typeorm';
import { SearchIndexes } from '../search-indexes';
import { SearchDocumentSource, SearchDocumentSources } from '../outbox/search-document-source';
import { addPage, emptyReport, IndexCheckReport } from './index-check-report';
import { compareDocuments, idRangeFilter } from './index-difference';

const PAGE_SIZE = 500;
const OUTBOX_POLL_MS = 100;

/**
 * Compares every search index with the documents PostgreSQL says it should hold, built by the
 * same document sources the relay delivers from. Pages follow the id order (the sources list
 * ids in ascending order), so memory stays bounded by a page whatever the size of the index.
 * It only reads: it never delivers the outbox, or it would hide a worker that does not.
 */
@Injectable()
export class SearchIndexCheck {
  constructor(
    private readonly dataSource: DataSource,
    private readonly client: Meilisearch,
    private readonly indexes: SearchIndexes,
    private readonly sources: SearchDocumentSources,
  ) {}

  /** Outbox entries not yet delivered, those waiting to be retried included. */
  async pendingOutbox(): Promise<number> {
    const [{ pending }] = (await this.dataSource.query('SELECT count(*)::int AS pending FROM search_outbox WHERE delivered_at IS NULL')) as { pending: number }[];
    return pending;
  }

  /** Polls until the workers have delivered the whole outbox or the time is up; returns what is still pending. */
  async waitForOutbox(timeoutMs: number): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const pending = await this.pendingOutbox();
      if (pending === 0 || Date.now() >= deadline) return pending;
      await new Promise((resolve) => setTimeout(resolve, Math.min(OUTBOX_POLL_MS, deadline - Date.now())));
    }
  }

  async check(pageSize = PAGE_SIZE): Promise<IndexCheckReport[]> {
    const reports: IndexCheckReport[] = [];
    for (const source of this.sources.all()) reports.push(await this.checkIndex(source, pageSize));
    return reports;
  }

  private async checkIndex(source: SearchDocumentSource, pageSize: number): Promise<IndexCheckReport> {
    const uid = this.indexes.uid(source.indexName);
    const report = emptyReport(source.indexName, uid);
    let after: string | null = null;
    for await (const ids of source.allIds(pageSize)) {
      assertAscending(source.indexName, after, ids);
      const last = ids[ids.length - 1];
      await this.comparePage(source, uid, ids, idRangeFilter(after, last), pageSize, report);
      after = last;
    }
    // Beyond the last searchable id only documents the index should no longer hold can lie.
    await this.comparePage(source, uid, [], idRangeFilter(after, null), pageSize, report);
    return report;
  }

  private async comparePage(
    source: SearchDocumentSource,
    uid: string,
    ids: string[],
    filter: string | undefined,
    pageSize: number,
    report: IndexCheckReport,
  ): Promise<void> {
    const expected = new Map((await source.documents(ids)).map((document) => [document.id, document]));
    const expectedCount = expected.size;
    // Chunk by chunk: the last range of an index full of stale documents may be large.
    for (let offset = 0; ; offset += pageSize) {
      const chunk = await this.indexedDocuments(uid, filter, pageSize, offset);
      const counterparts = chunk.flatMap((document) => expected.get(String(document.id)) ?? []);
      addPage(report, { expected: 0, indexed: chunk.length, difference: compareDocuments(counterparts, chunk) });
      for (const document of counterparts) expected.delete(document.id);
      if (chunk.length < pageSize) break;
    }
    addPage(report, { expected: expectedCount, indexed: 0, difference: compareDocuments([...expected.values()], []) });
  }

  private async indexedDocuments(uid: string, filter: string | undefined, limit: number, offset: number): Promise<Record<string, unknown>[]> {
    try {
      const { results } = await this.client.index(uid).getDocuments({ ...(filter ? { filter } : {}), limit, offset });
      return results;
    } catch (error) {
      // An index never written to does not exist yet: it holds nothing.
      if (error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found') return [];
      throw error;
    }
  }
}

/** Pages are id ranges: a source listing ids out of order would make documents look missing and extra at once. */
function assertAscending(indexName: string, after: string | null, ids: string[]): void {
  let previous = after;
  for (const id of ids) {
    if (previous !== null && !(id > previous)) throw new Error(`The search document source of ${indexName} lists ids out of ascending order (${id} after ${previous})`);
    previous = id;
  }
}
