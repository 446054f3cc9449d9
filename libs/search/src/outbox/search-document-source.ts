import { Injectable } from '@nestjs/common';
import type { Settings } from 'meilisearch';

export type SearchDocument = { id: string } & Record<string, unknown>;

/**
 * A library that owns an index describes it here: its settings, how to build the current
 * documents from PostgreSQL, and how to list every document for a full reindex.
 */
export interface SearchDocumentSource {
  readonly indexName: string;
  /** A function when the settings come from data (e.g. the skills vocabulary's synonyms). */
  readonly settings: Settings | (() => Promise<Settings>);
  /** Current documents for these ids; an id left out is not (or no longer) searchable and is deleted. */
  documents(ids: readonly string[]): Promise<SearchDocument[]>;
  /** Every searchable id, in batches, for a full rebuild. */
  allIds(batchSize: number): AsyncIterable<string[]>;
}

/** Where document sources register (in their module's onModuleInit). */
@Injectable()
export class SearchDocumentSources {
  private readonly sources = new Map<string, SearchDocumentSource>();

  register(source: SearchDocumentSource): void {
    this.sources.set(source.indexName, source);
  }

  get(indexName: string): SearchDocumentSource | undefined {
    return this.sources.get(indexName);
  }

  all(): SearchDocumentSource[] {
    return [...this.sources.values()];
  }
}
