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

interface Entry {
  value: number;
  suppressed: boolean;
}

/**
 * Small-cell suppression with complementary suppression, for one two-way table published with
 * its row totals, column totals and grand total.
 *
 * Primary: every cell from 1 to 4 is suppressed (a 0 is shown: it describes no one).
 *
 * Complementary: each row (its cells and its total) and each column (its cells and its total),
 * and the line of column totals with the grand total, is a linear equation the reader can solve
 * for one unknown. So no line may hold exactly one suppressed entry. While some line does, the
 * smallest non-zero cell still shown in that line is suppressed too; when none is left, the
 * line's total (a zero hides nothing when the reader can guess it, and suppressing one would
 * spread blanks over rows that describe no one); a zero cell only as the last resort.
 * Suppressing a total turns it into an unknown of the margin line, which is then checked too;
 * the loop ends because each step suppresses one more of finitely many entries. A table that
 * publishes no row totals has only its columns as lines (its row totals come back null).
 *
 * With two or more unknowns in every line they touch, each suppressed cell lies on a cycle of
 * unknowns (row, column, row…) that can be shifted by +1/−1 without changing any published
 * value, so no suppressed value is determined by the totals; the unit spec checks this by
 * enumerating every consistent filling. The rule protects one table: a report publishes each
 * table once, with fixed rows and columns, and never another table that shares its cells.
 */
export function suppressSmallCells(table: CountTable, threshold = SMALL_CELL_THRESHOLD): SuppressedTable {
  const rows = table.cells.length;
  const columns = rows === 0 ? 0 : table.cells[0].length;
  const withRows = table.publishesRowTotals ?? true;
  const cell: Entry[][] = table.cells.map((row) => row.map((value) => ({ value, suppressed: value > 0 && value < threshold })));
  const rowTotal: Entry[] = table.cells.map((row) => ({ value: sum(row), suppressed: false }));
  const columnTotal: Entry[] = Array.from({ length: columns }, (_, c) => ({ value: sum(table.cells.map((row) => row[c])), suppressed: false }));
  const grand: Entry = { value: sum(rowTotal.map((entry) => entry.value)), suppressed: false };
  // A margin under the threshold describes fewer than five people too.
  for (const entry of withRows ? [...rowTotal, ...columnTotal, grand] : columnTotal) entry.suppressed = entry.value > 0 && entry.value < threshold;

  // Each line: its parts, then its total (the total is the last resort of the line).
  const columnLines = Array.from({ length: columns }, (_, c) => ({ parts: cell.map((row) => row[c]), total: columnTotal[c] }));
  const lines: { parts: Entry[]; total: Entry }[] = withRows
    ? [...cell.map((row, r) => ({ parts: row, total: rowTotal[r] })), ...columnLines, { parts: columnTotal, total: grand }, { parts: rowTotal, total: grand }]
    : columnLines;
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      const entries = [...line.parts, line.total];
      if (entries.filter((entry) => entry.suppressed).length !== 1) continue;
      const next = smallestNonZero(line.parts) ?? (line.total.suppressed ? undefined : line.total) ?? line.parts.find((entry) => !entry.suppressed);
      if (!next) continue;
      next.suppressed = true;
      changed = true;
    }
  }
  const shown = (entry: Entry): number | null => (entry.suppressed ? null : entry.value);
  return {
    cells: cell.map((row) => row.map(shown)),
    rowTotals: withRows ? rowTotal.map(shown) : rowTotal.map(() => null),
    columnTotals: columnTotal.map(shown),
    grandTotal: withRows ? shown(grand) : null,
  };
}

function smallestNonZero(parts: Entry[]): Entry | undefined {
  return parts.filter((entry) => !entry.suppressed && entry.value > 0).sort((a, b) => a.value - b.value)[0];
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
