import { MeilisearchApiError } from 'meilisearch';

/**
 * A search on an index no delivery has created yet (a fresh deployment, nothing indexed):
 * nothing is indexed, so it answers `empty` rather than the engine's "index not found".
 */
export async function emptyUntilIndexed<T>(search: Promise<T>, empty: T): Promise<T> {
  try {
    return await search;
  } catch (error) {
    if (error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found') return empty;
    throw error;
  }
}
