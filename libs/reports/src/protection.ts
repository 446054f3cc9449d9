/**
 * Whether a withheld entry of a two-way table with margins can take another value without
 * changing anything published: the exact test behind small-cell suppression.
 *
 * A table with its totals is a circulation on a small graph: S → row r (its total), row r →
 * column c (the cell), column c → T (its total), T → S (the grand total); every equation a
 * reader can write (a row, a column, a line of totals) is the conservation of flow at one node.
 * Another filling that agrees with every published entry differs from the true one by a
 * circulation on the withheld edges alone, and every such circulation splits into unit cycles.
 * So an entry can grow by one iff a cycle through it runs along withheld edges, forwards
 * anywhere and backwards only where the value is at least 1 (a count never goes below 0); it
 * can shrink by one in the same way from the other side. A breadth-first search decides it,
 * without the guesswork of "two unknowns per line", which a zero on the only cycle defeats.
 */

export type TableEntry = { kind: 'cell'; row: number; column: number } | { kind: 'rowTotal'; row: number } | { kind: 'columnTotal'; column: number } | { kind: 'grandTotal' };

/** A table with its margins, all as counts. */
export interface MarginedTable {
  cells: number[][];
  rowTotals: number[];
  columnTotals: number[];
  grandTotal: number;
}

/** Which entries are withheld; the same shape as the table. */
export interface WithheldEntries {
  cells: boolean[][];
  rowTotals: boolean[];
  columnTotals: boolean[];
  grandTotal: boolean;
}

interface Edge {
  from: number;
  to: number;
  value: number;
  entry: TableEntry;
}

const S = 0;
const T = 1;

export function withMargins(cells: number[][]): MarginedTable {
  const columns = cells[0]?.length ?? 0;
  const rowTotals = cells.map((row) => row.reduce((a, b) => a + b, 0));
  const columnTotals = Array.from({ length: columns }, (_, c) => cells.reduce((a, row) => a + row[c], 0));
  return { cells, rowTotals, columnTotals, grandTotal: rowTotals.reduce((a, b) => a + b, 0) };
}

export function valueOf(table: MarginedTable, entry: TableEntry): number {
  switch (entry.kind) {
    case 'cell':
      return table.cells[entry.row][entry.column];
    case 'rowTotal':
      return table.rowTotals[entry.row];
    case 'columnTotal':
      return table.columnTotals[entry.column];
    case 'grandTotal':
      return table.grandTotal;
  }
}

export function isWithheld(withheld: WithheldEntries, entry: TableEntry): boolean {
  switch (entry.kind) {
    case 'cell':
      return withheld.cells[entry.row][entry.column];
    case 'rowTotal':
      return withheld.rowTotals[entry.row];
    case 'columnTotal':
      return withheld.columnTotals[entry.column];
    case 'grandTotal':
      return withheld.grandTotal;
  }
}

/** Every entry of a table of this shape: cells, row totals, column totals, grand total. */
export function entriesOf(rows: number, columns: number): TableEntry[] {
  const entries: TableEntry[] = [];
  for (let row = 0; row < rows; row += 1) for (let column = 0; column < columns; column += 1) entries.push({ kind: 'cell', row, column });
  for (let row = 0; row < rows; row += 1) entries.push({ kind: 'rowTotal', row });
  for (let column = 0; column < columns; column += 1) entries.push({ kind: 'columnTotal', column });
  entries.push({ kind: 'grandTotal' });
  return entries;
}

/** True when the withheld entry can take at least one other value consistent with everything published. */
export function canMove(table: MarginedTable, withheld: WithheldEntries, entry: TableEntry): boolean {
  const rows = table.cells.length;
  const edges = entriesOf(rows, table.columnTotals.length)
    .filter((candidate) => isWithheld(withheld, candidate) && !sameEntry(candidate, entry))
    .map((candidate) => edgeOf(table, candidate, rows));
  const own = edgeOf(table, entry, rows);
  // Grow: come back from its head to its tail; shrink (only from 1 up): go from its tail to its head.
  return reaches(edges, own.to, own.from) || (own.value >= 1 && reaches(edges, own.from, own.to));
}

function edgeOf(table: MarginedTable, entry: TableEntry, rows: number): Edge {
  const rowNode = (row: number): number => 2 + row;
  const columnNode = (column: number): number => 2 + rows + column;
  const value = valueOf(table, entry);
  switch (entry.kind) {
    case 'cell':
      return { from: rowNode(entry.row), to: columnNode(entry.column), value, entry };
    case 'rowTotal':
      return { from: S, to: rowNode(entry.row), value, entry };
    case 'columnTotal':
      return { from: columnNode(entry.column), to: T, value, entry };
    case 'grandTotal':
      return { from: T, to: S, value, entry };
  }
}

/** A path in the residual graph: along a withheld edge always, against it only while its value can drop. */
function reaches(edges: Edge[], start: number, goal: number): boolean {
  const next = new Map<number, number[]>();
  const link = (from: number, to: number): void => {
    const list = next.get(from);
    if (list) list.push(to);
    else next.set(from, [to]);
  };
  for (const edge of edges) {
    link(edge.from, edge.to);
    if (edge.value >= 1) link(edge.to, edge.from);
  }
  const seen = new Set<number>([start]);
  const queue = [start];
  for (let head = 0; head < queue.length; head += 1) {
    const node = queue[head];
    if (node === goal) return true;
    for (const to of next.get(node) ?? []) {
      if (seen.has(to)) continue;
      seen.add(to);
      queue.push(to);
    }
  }
  return false;
}

function sameEntry(a: TableEntry, b: TableEntry): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
