import { canMove, entriesOf, isWithheld, valueOf, withMargins, type MarginedTable, type TableEntry, type WithheldEntries } from './protection';

/** Cells under this many people are never published. */
export const SMALL_CELL_THRESHOLD = 5;

/** A cross table of counts with its margins: one line per row and per column, each with its total. */
export interface CountTable {
  cells: number[][];
  /**
   * False when only the column totals are published: when a person may count in several cells
   * of a row (a profile with two skills), a row's sum counts no one and is never shown, so it
   * constrains nothing and rows need no complementary suppression. True when not given.
   */
  publishesRowTotals?: boolean;
}

export interface SuppressedTable {
  cells: (number | null)[][];
  rowTotals: (number | null)[];
  columnTotals: (number | null)[];
  grandTotal: number | null;
}

/**
 * Tables that share one layout and are published together: `layers` are disjoint parts (the
 * quarters of a year, counted apart), `periods` the tables a caller can ask for, each the sum
 * of some layers (a quarter is one layer, a half-year two).
 */
export interface LayeredTables {
  layers: number[][][];
  periods: number[][];
  publishesRowTotals?: boolean;
}

/** One table alone: the layered rule with a single layer and a single period. */
export function suppressSmallCells(table: CountTable, threshold = SMALL_CELL_THRESHOLD): SuppressedTable {
  const pattern = jointPattern({ layers: [table.cells], periods: [[0]], publishesRowTotals: table.publishesRowTotals }, threshold);
  return publish(table.cells, pattern);
}

/**
 * Small-cell suppression with complementary suppression, for tables that overlap: one
 * suppression pattern for every period, so that whichever periods a caller puts side by side,
 * no withheld count is given back by a sum or a difference (H1 − Q1 = Q2).
 *
 * Why one pattern is enough: every period publishes the same entries, and a half-year's
 * published entry is the sum of its quarters' entries at the same place, all published too; so
 * the half-years add no equation to what the quarters publish, the quarters share no count,
 * and each quarter only has to protect itself. Checking each quarter exactly (see protection.ts)
 * then protects every period: a half-year's withheld entry moves when one of its quarters' does.
 *
 * Primary: every entry (cell or total) from 1 to 4 in any period is withheld everywhere (a 0 is
 * shown: it describes no one). Complementary: no published line (a row, a column, the line of
 * totals) may hold exactly one withheld entry; while one does, its smallest non-zero part over
 * the year is withheld too, else its total, a zero part only as the last resort. Then the exact
 * test: a small entry that still cannot move in some quarter (every cycle through it is blocked
 * by a zero) gets its row and column totals and the grand total withheld, which always opens
 * the cycle cell → row total → grand total → column total; the two steps repeat until nothing
 * changes. Each step withholds one more of finitely many entries, so it ends.
 */
export function jointPattern(tables: LayeredTables, threshold = SMALL_CELL_THRESHOLD): WithheldEntries {
  const withRows = tables.publishesRowTotals ?? true;
  const layers = tables.layers.map(withMargins);
  const periods = tables.periods.map((members) => withMargins(sumCells(members.map((layer) => tables.layers[layer]))));
  const rows = tables.layers[0]?.length ?? 0;
  const columns = tables.layers[0]?.[0]?.length ?? 0;
  const year = withMargins(sumCells(tables.layers));
  const small = (value: number): boolean => value > 0 && value < threshold;
  const entries = entriesOf(rows, columns);
  // Without row totals a row's sum is never shown (it counts no one): withheld by construction, never checked.
  const unpublished = (entry: TableEntry): boolean => !withRows && (entry.kind === 'rowTotal' || entry.kind === 'grandTotal');
  const pattern = emptyPattern(rows, columns);
  for (const entry of entries) {
    if (unpublished(entry) || periods.some((table) => small(valueOf(table, entry)))) withhold(pattern, entry);
  }

  let changed = true;
  while (changed) {
    completeLines(pattern, year, withRows);
    changed = false;
    for (const [p, period] of periods.entries()) {
      for (const entry of entries) {
        if (unpublished(entry) || !small(valueOf(period, entry))) continue;
        const members = tables.periods[p].map((layer) => layers[layer]);
        if (members.some((layer) => canMove(layer, pattern, entry))) continue;
        for (const opener of openersOf(entry, period, rows, columns)) {
          if (!isWithheld(pattern, opener)) {
            withhold(pattern, opener);
            changed = true;
          }
        }
      }
    }
  }
  return pattern;
}

/** The figures of one table as published under a pattern. */
export function publish(cells: number[][], pattern: WithheldEntries): SuppressedTable {
  const table = withMargins(cells);
  const shown = (value: number, hidden: boolean): number | null => (hidden ? null : value);
  return {
    cells: table.cells.map((row, r) => row.map((value, c) => shown(value, pattern.cells[r][c]))),
    rowTotals: table.rowTotals.map((value, r) => shown(value, pattern.rowTotals[r])),
    columnTotals: table.columnTotals.map((value, c) => shown(value, pattern.columnTotals[c])),
    grandTotal: shown(table.grandTotal, pattern.grandTotal),
  };
}

/** A table summed from layers of the same shape. */
export function sumCells(layers: number[][][]): number[][] {
  const [first] = layers;
  if (!first) return [];
  return first.map((row, r) => row.map((_, c) => layers.reduce((total, layer) => total + layer[r][c], 0)));
}

/** The withheld totals that open a cycle through an entry that cannot move (see jointPattern). */
function openersOf(entry: TableEntry, period: MarginedTable, rows: number, columns: number): TableEntry[] {
  const grand: TableEntry = { kind: 'grandTotal' };
  const rowTotals = (keep: (row: number) => boolean): TableEntry[] =>
    Array.from({ length: rows }, (_, row) => row).filter(keep).map((row): TableEntry => ({ kind: 'rowTotal', row }));
  const columnTotals = (keep: (column: number) => boolean): TableEntry[] =>
    Array.from({ length: columns }, (_, column) => column).filter(keep).map((column): TableEntry => ({ kind: 'columnTotal', column }));
  switch (entry.kind) {
    case 'cell':
      return [{ kind: 'rowTotal', row: entry.row }, { kind: 'columnTotal', column: entry.column }, grand];
    case 'rowTotal':
      return [...columnTotals((column) => period.cells[entry.row][column] > 0), grand];
    case 'columnTotal':
      return [...rowTotals((row) => period.cells[row][entry.column] > 0), grand];
    case 'grandTotal':
      return [...rowTotals(() => true), ...columnTotals(() => true)];
  }
}

/** No published line keeps exactly one withheld entry: a reader would solve it. */
function completeLines(pattern: WithheldEntries, year: MarginedTable, withRows: boolean): void {
  const rows = year.cells.length;
  const columns = year.columnTotals.length;
  const cell = (row: number, column: number): TableEntry => ({ kind: 'cell', row, column });
  const lines: { parts: TableEntry[]; total: TableEntry }[] = [
    ...Array.from({ length: columns }, (_, column) => ({
      parts: Array.from({ length: rows }, (__, row) => cell(row, column)),
      total: { kind: 'columnTotal', column } as TableEntry,
    })),
  ];
  if (withRows) {
    lines.push(
      ...Array.from({ length: rows }, (_, row) => ({ parts: Array.from({ length: columns }, (__, column) => cell(row, column)), total: { kind: 'rowTotal', row } as TableEntry })),
      { parts: Array.from({ length: columns }, (_, column): TableEntry => ({ kind: 'columnTotal', column })), total: { kind: 'grandTotal' } },
      { parts: Array.from({ length: rows }, (_, row): TableEntry => ({ kind: 'rowTotal', row })), total: { kind: 'grandTotal' } },
    );
  }
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      if ([...line.parts, line.total].filter((entry) => isWithheld(pattern, entry)).length !== 1) continue;
      const open = line.parts.filter((entry) => !isWithheld(pattern, entry));
      const smallest = open.filter((entry) => valueOf(year, entry) > 0).sort((a, b) => valueOf(year, a) - valueOf(year, b))[0];
      const next = smallest ?? (isWithheld(pattern, line.total) ? undefined : line.total) ?? open[0];
      if (!next) continue;
      withhold(pattern, next);
      changed = true;
    }
  }
}

function emptyPattern(rows: number, columns: number): WithheldEntries {
  return {
    cells: Array.from({ length: rows }, () => Array.from({ length: columns }, () => false)),
    rowTotals: Array.from({ length: rows }, () => false),
    columnTotals: Array.from({ length: columns }, () => false),
    grandTotal: false,
  };
}

function withhold(pattern: WithheldEntries, entry: TableEntry): void {
  switch (entry.kind) {
    case 'cell':
      pattern.cells[entry.row][entry.column] = true;
      break;
    case 'rowTotal':
      pattern.rowTotals[entry.row] = true;
      break;
    case 'columnTotal':
      pattern.columnTotals[entry.column] = true;
      break;
    case 'grandTotal':
      pattern.grandTotal = true;
  }
}
