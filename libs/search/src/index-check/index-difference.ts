import type { SearchDocument } from '../outbox/search-document-source';

/** A document of one page that Meilisearch holds otherwise than PostgreSQL says it should. */
export interface DifferentDocument {
  id: string;
  /** Names only: the values stay out of the report, which may end up in a CI log. */
  fields: string[];
}

export interface IndexDifference {
  /** Searchable in PostgreSQL, absent from the index. */
  missing: string[];
  /** In the index, not (or no longer) searchable in PostgreSQL. */
  extra: string[];
  different: DifferentDocument[];
}

/** A value as Meilisearch gives it back (JSON, `undefined` fields dropped), with object keys in order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/** The fields whose stored value differs, a field left undefined counting as absent (JSON drops it). */
export function differingFields(expected: Record<string, unknown>, actual: Record<string, unknown>): string[] {
  const names = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  return [...names].filter((name) => canonical(expected[name]) !== canonical(actual[name])).sort();
}

/**
 * Compares what one page of the index should hold (built from PostgreSQL) with what Meilisearch
 * holds for the same range of ids. Ids come back sorted, so reports are stable.
 */
export function compareDocuments(expected: readonly SearchDocument[], actual: readonly Record<string, unknown>[]): IndexDifference {
  const wanted = new Map(expected.map((document) => [document.id, document]));
  const seen = new Set<string>();
  const extra: string[] = [];
  const different: DifferentDocument[] = [];
  for (const document of actual) {
    const id = String(document.id);
    seen.add(id);
    const should = wanted.get(id);
    if (!should) {
      extra.push(id);
      continue;
    }
    const fields = differingFields(should, document);
    if (fields.length > 0) different.push({ id, fields });
  }
  const missing = [...wanted.keys()].filter((id) => !seen.has(id));
  return { missing: missing.sort(), extra: extra.sort(), different: different.sort((a, b) => (a.id < b.id ? -1 : 1)) };
}

/**
 * The Meilisearch filter of the ids in (after, last]: pages are ranges of the id order, so a
 * document of the index that PostgreSQL no longer has lands in exactly one page. `null` bounds
 * are open; both open is the whole index.
 */
export function idRangeFilter(after: string | null, last: string | null): string | undefined {
  const quoted = (id: string) => `"${id.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
  const bounds = [...(after === null ? [] : [`id > ${quoted(after)}`]), ...(last === null ? [] : [`id <= ${quoted(last)}`])];
  return bounds.length > 0 ? bounds.join(' AND ') : undefined;
}
