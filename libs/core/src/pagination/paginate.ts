import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { CommonError, CommonErrorCode } from '../errors/common-errors';
import { ConnectionShape } from './connection';

export interface PaginationOrder {
  /** SQL expression of the sort key, e.g. `slot.created_at`; ties are broken by `idColumn`. */
  sortColumn: string;
  idColumn: string;
  direction?: 'ASC' | 'DESC';
}

type CursorKey = [string | number, string];

function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

function decodeCursor(cursor: string): CursorKey {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === 2 && typeof key[1] === 'string') return key as CursorKey;
  } catch {
    // fall through
  }
  throw new CommonError(CommonErrorCode.INVALID_INPUT);
}

/**
 * Keyset pagination (no OFFSET: stable while rows are added, and as fast on page 50 as on
 * page 1) over a query builder that already carries the filters and the caller's scope.
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  args: { first: number; after?: string | null },
  order: PaginationOrder,
): Promise<ConnectionShape<T>> {
  const direction = order.direction ?? 'DESC';
  const totalCount = await query.clone().getCount();
  const page = query.clone().orderBy(order.sortColumn, direction).addOrderBy(order.idColumn, direction).take(args.first + 1);
  if (args.after) {
    const [sortKey, id] = decodeCursor(args.after);
    const comparison = direction === 'DESC' ? '<' : '>';
    page.andWhere(`(${order.sortColumn}, ${order.idColumn}) ${comparison} (:cursorSortKey, :cursorId)`, {
      cursorSortKey: sortKey,
      cursorId: id,
    });
  }
  const rows = await page.getMany();
  const nodes = rows.slice(0, args.first);
  const keys = await exactSortKeys(query, order, nodes);
  const edges = nodes.map((node) => ({ node, cursor: encodeCursor([keys.get(node.id) ?? '', node.id]) }));
  return {
    edges,
    nodes,
    totalCount,
    pageInfo: { hasNextPage: rows.length > args.first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

/**
 * The sort keys of a page as PostgreSQL prints them. A JavaScript Date keeps milliseconds
 * while timestamptz keeps microseconds: a cursor built from the Date would repeat or skip rows
 * created in the same millisecond, so the key comes from the database, in one query a page.
 */
async function exactSortKeys<T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  order: PaginationOrder,
  nodes: T[],
): Promise<Map<string, string>> {
  if (nodes.length === 0) return new Map();
  const rows = (await query
    .clone()
    .select(`${order.idColumn}::text`, 'id')
    .addSelect(`(${order.sortColumn})::text`, 'sortKey')
    .andWhere(`${order.idColumn} IN (:...paginatedIds)`, { paginatedIds: nodes.map((node) => node.id) })
    .getRawMany()) as { id: string; sortKey: string }[];
  return new Map(rows.map((row) => [row.id, row.sortKey]));
}

