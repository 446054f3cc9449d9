import { createHash } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { Meilisearch } from 'meilisearch';
import { DataSource } from 'typeorm';
import { SearchDocumentSources, SearchIndexes, SearchOutboxRelay } from '@ipl/search';

/**
 * Tables a refused request may legitimately write, each for a reason of the policy:
 * - audit_event: refusals that matter (a denied access, a failed login) are audited by design;
 * - login_failure: a wrong password counts towards the account's and the address's lock-out;
 * - throttle_bucket: every login, refresh and invitation attempt is counted, refused or not.
 * TypeORM's own `migrations` table never changes at run time and is hashed with the rest.
 */
const WRITTEN_BY_REFUSALS = new Set(['audit_event', 'login_failure', 'throttle_bucket']);

/** Per table `rows:md5`; the search outbox rows a request left to deliver; Meilisearch's last task on our indexes; per index `documents:md5`. */
export interface StoreFingerprint {
  tables: Record<string, string>;
  outboxPending: number;
  /** Every write to an index is a Meilisearch task: a new one means something was written. */
  lastIndexTask: number;
  /** Only in a full fingerprint: reading every document costs more than the rest together. */
  indexes?: Record<string, string>;
}

async function tableFingerprints(dataSource: DataSource): Promise<Record<string, string>> {
  const tables = (
    (await dataSource.query(
      `SELECT table_name AS name FROM information_schema.tables
       WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
    )) as { name: string }[]
  )
    .map(({ name }) => name)
    .filter((name) => !WRITTEN_BY_REFUSALS.has(name));
  // The outbox's delivery columns change when the relay delivers; which rows exist is what a request writes.
  const content = (name: string) => (name === 'search_outbox' ? '(t.id, t.index_name, t.document_id)::text' : 't::text');
  const union = tables
    .map((name) => `SELECT '${name}' AS name, count(*)::int AS rows, md5(coalesce(string_agg(${content(name)}, '|' ORDER BY ${content(name)}), '')) AS hash FROM "${name}" t`)
    .join(' UNION ALL ');
  const rows = (await dataSource.query(union)) as { name: string; rows: number; hash: string }[];
  return Object.fromEntries(rows.map((row) => [row.name, `${row.rows}:${row.hash}`]));
}

function indexUids(app: INestApplication): Map<string, string> {
  const indexes = app.get(SearchIndexes);
  return new Map(app.get(SearchDocumentSources).all().map((source) => [source.indexName, indexes.uid(source.indexName)]));
}

async function lastIndexTask(app: INestApplication): Promise<number> {
  const { results } = await app.get(Meilisearch).tasks.getTasks({ indexUids: [...indexUids(app).values()], limit: 1 });
  return results[0]?.uid ?? -1;
}

async function indexFingerprints(app: INestApplication): Promise<Record<string, string>> {
  const client = app.get(Meilisearch);
  const result: Record<string, string> = {};
  for (const [indexName, uid] of indexUids(app)) {
    const { results, total } = await client.index(uid).getDocuments({ limit: 100_000 });
    const sorted = results.map((document) => JSON.stringify(document)).sort();
    result[indexName] = `${total}:${createHash('md5').update(sorted.join('\n')).digest('hex')}`;
  }
  return result;
}

/**
 * What PostgreSQL and Meilisearch hold, cheap enough to take every few requests: the tables'
 * rows hashed in PostgreSQL itself, the outbox rows not yet delivered, then, once the outbox is
 * delivered, Meilisearch's last task on our indexes and, when `full`, their documents.
 */
export async function storeFingerprint(app: INestApplication, { full }: { full: boolean }): Promise<StoreFingerprint> {
  const dataSource = app.get(DataSource);
  const tables = await tableFingerprints(dataSource);
  const [{ pending }] = (await dataSource.query('SELECT count(*)::int AS pending FROM search_outbox WHERE delivered_at IS NULL')) as { pending: number }[];
  if (pending > 0) await app.get(SearchOutboxRelay).deliverAll();
  return { tables, outboxPending: pending, lastIndexTask: await lastIndexTask(app), ...(full ? { indexes: await indexFingerprints(app) } : {}) };
}

/** What differs between two fingerprints, by table or index name; empty when nothing changed. */
export function changes(before: StoreFingerprint, after: StoreFingerprint): string[] {
  const differ = (kind: string, a: Record<string, string>, b: Record<string, string>) =>
    [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((name) => a[name] !== b[name]).map((name) => `${kind} ${name}: ${a[name]} → ${b[name]}`);
  return [
    ...differ('table', before.tables, after.tables),
    ...(before.lastIndexTask !== after.lastIndexTask ? [`Meilisearch task ${after.lastIndexTask} written after ${before.lastIndexTask}`] : []),
    ...(before.indexes && after.indexes ? differ('index', before.indexes, after.indexes) : []),
    ...(after.outboxPending > 0 ? [`search outbox: ${after.outboxPending} row(s) left to deliver`] : []),
  ];
}
