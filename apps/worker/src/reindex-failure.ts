import { reasonOf } from '@ipl/embedded-servers';

/**
 * What `npm run reindex` prints when it fails: the reason (never `undefined`, whatever the
 * failure rejected with) and what to do. Each index is swapped in only once fully rebuilt, so a
 * failed run leaves the API serving complete indexes and running it again is safe.
 */
export function reindexFailureMessage(error: unknown): string {
  return [
    `npm run reindex failed: ${reasonOf(error, 'it failed without saying why')}.`,
    'Check that PostgreSQL (DATABASE_URL) and Meilisearch (MEILI_URL) are running and reachable, then run npm run reindex again;',
    'the API keeps serving the indexes it had (an index is swapped in only once rebuilt).',
  ].join('\n');
}
