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

/** One count of a network of tables: an edge carrying `value` people from one node to another. */
export interface FlowEdge {
  from: number;
  to: number;
  value: number;
}

const S = 0;
const T = 1;

export function withMargins(cells: number[][]): MarginedTable {
  const columns = cells[0]?.length ?? 0;
  const rowTotals = cells.map((row) => row.reduce((a, b) => a + b, 0));
  const columnTotals = Array.from({ length: columns }, (_, c) => cells.reduce((a, row) => a + row[c], 0));
  return { cells, rowTotals, columnTotals, grandTotal: rowTotals.reduce((a, b) => a + b, 0) };
}

/** One entry of a table with margins, whatever it holds: counts, published figures or edges of a network. */
export function valueOf<T>(table: { cells: T[][]; rowTotals: T[]; columnTotals: T[]; grandTotal: T }, entry: TableEntry): T {
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
  const entries = entriesOf(rows, table.columnTotals.length);
  const index = entries.findIndex((candidate) => sameEntry(candidate, entry));
  return edgeCanMove(
    entries.map((candidate) => edgeOf(table, candidate, rows)),
    entries.map((candidate) => isWithheld(withheld, candidate)),
    index,
  );
}

/**
 * The same test on any network whose equations are conservation at its nodes (several tables
 * chained by the totals they share, see linked-suppression.ts): edge `index` can move iff a
 * cycle through it runs along withheld edges.
 */
export function edgeCanMove(edges: FlowEdge[], withheld: boolean[], index: number): boolean {
  const others = edges.filter((_, i) => i !== index && withheld[i]);
  const own = edges[index];
  // Grow: come back from its head to its tail; shrink (only from 1 up): go from its tail to its head.
  return reaches(others, own.to, own.from) || (own.value >= 1 && reaches(others, own.from, own.to));
}

/**
 * The published edges to withhold so that edge `index` can grow: the cheapest way back from its
 * head to its tail, a withheld edge costing nothing and a published one `cost(i)`. Every edge of
 * a circulation lies on a cycle, so a way always exists.
 */
export function cheapestOpening(edges: FlowEdge[], withheld: boolean[], index: number, cost: (i: number) => number): number[] {
  const nodes = 1 + Math.max(...edges.flatMap((edge) => [edge.from, edge.to]));
  const distance = Array.from({ length: nodes }, () => Infinity);
  const via = Array.from({ length: nodes }, (): { edge: number; from: number } | null => null);
  const done = Array.from({ length: nodes }, () => false);
  const own = edges[index];
  distance[own.to] = 0;
  for (;;) {
    let node = -1;
    for (let n = 0; n < nodes; n += 1) if (!done[n] && distance[n] < Infinity && (node < 0 || distance[n] < distance[node])) node = n;
    if (node < 0 || node === own.from) break;
    done[node] = true;
    edges.forEach((edge, i) => {
      if (i === index) return;
      const step = withheld[i] ? 0 : cost(i);
      const relax = (to: number): void => {
        if (distance[node] + step < distance[to]) {
          distance[to] = distance[node] + step;
          via[to] = { edge: i, from: node };
        }
      };
      if (edge.from === node) relax(edge.to);
      if (edge.to === node && edge.value >= 1) relax(edge.from);
    });
  }
  const opened: number[] = [];
  for (let node = own.from; node !== own.to; ) {
    const step = via[node];
    if (!step) return opened;
    if (!withheld[step.edge]) opened.push(step.edge);
    node = step.from;
  }
  return opened;
}

function edgeOf(table: MarginedTable, entry: TableEntry, rows: number): FlowEdge {
  const rowNode = (row: number): number => 2 + row;
  const columnNode = (column: number): number => 2 + rows + column;
  const value = valueOf(table, entry);
  switch (entry.kind) {
    case 'cell':
      return { from: rowNode(entry.row), to: columnNode(entry.column), value };
    case 'rowTotal':
      return { from: S, to: rowNode(entry.row), value };
    case 'columnTotal':
      return { from: columnNode(entry.column), to: T, value };
    case 'grandTotal':
      return { from: T, to: S, value };
  }
}

/** A path in the residual graph: along a withheld edge always, against it only while its value can drop. */
function reaches(edges: FlowEdge[], start: number, goal: number): boolean {
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
