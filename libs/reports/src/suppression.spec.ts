import { suppressSmallCells, type SuppressedTable } from './suppression';

/**
 * Every filling of the suppressed entries (cells and totals) with non-negative integers that
 * agrees with everything published: what a reader holding the table could believe.
 */
function consistentFillings(published: SuppressedTable, bound: number): number[][][] {
  const rows = published.cells.length;
  const columns = published.cells[0].length;
  const unknown: [number, number][] = [];
  published.cells.forEach((row, r) => row.forEach((value, c) => value === null && unknown.push([r, c])));
  const fillings: number[][][] = [];
  const grid = published.cells.map((row) => row.map((value) => value ?? 0));
  const agrees = (): boolean => {
    const rowSums = grid.map((row) => row.reduce((a, b) => a + b, 0));
    const columnSums = Array.from({ length: columns }, (_, c) => grid.reduce((a, row) => a + row[c], 0));
    const grand = rowSums.reduce((a, b) => a + b, 0);
    return (
      rowSums.every((value, r) => published.rowTotals[r] === null || published.rowTotals[r] === value) &&
      columnSums.every((value, c) => published.columnTotals[c] === null || published.columnTotals[c] === value) &&
      (published.grandTotal === null || published.grandTotal === grand)
    );
  };
  const walk = (index: number): void => {
    if (index === unknown.length) {
      if (agrees()) fillings.push(grid.map((row) => [...row]));
      return;
    }
    const [r, c] = unknown[index];
    for (let value = 0; value <= bound; value += 1) {
      grid[r][c] = value;
      walk(index + 1);
    }
    grid[r][c] = 0;
  };
  expect(rows * columns).toBeLessThan(20);
  walk(0);
  return fillings;
}

function possibleValues(published: SuppressedTable, r: number, c: number, bound: number): Set<number> {
  return new Set(consistentFillings(published, bound).map((grid) => grid[r][c]));
}

describe('suppressSmallCells', () => {
  it('suppresses a cell of 4 and one more in its row and column, so the totals do not give it back', () => {
    // districts × channel (SOCIAL_SERVICES, CARITAS)
    const table = { cells: [[12, 4], [9, 7], [15, 11]] };
    const published = suppressSmallCells(table);
    expect(published.cells[0][1]).toBeNull();
    // Complementary: the next smallest in its row (12) and in its column (7), and then the
    // fourth corner (9) so that row 2 and column 1 keep two unknowns each.
    expect(published.cells).toEqual([[null, null], [null, null], [15, 11]]);
    expect(published.rowTotals).toEqual([16, 16, 26]);
    expect(published.columnTotals).toEqual([36, 22]);
    expect(published.grandTotal).toBe(58);
    const values = possibleValues(published, 0, 1, 20);
    expect(values.has(4)).toBe(true);
    expect(values.size).toBeGreaterThan(1);
  });

  it('hides the margins when a small cell is alone in its column (one row)', () => {
    const published = suppressSmallCells({ cells: [[4, 9, 6]] });
    expect(published.cells[0][0]).toBeNull();
    expect(published.columnTotals[0]).toBeNull();
    for (const [r, c] of [[0, 0]] as const) expect(possibleValues(published, r, c, 25).size).toBeGreaterThan(1);
  });

  it('never leaves a line with exactly one unknown, over many random tables', () => {
    let seed = 7;
    const random = (max: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % max;
    };
    for (let run = 0; run < 300; run += 1) {
      const rows = 1 + random(4);
      const columns = 1 + random(4);
      const cells = Array.from({ length: rows }, () => Array.from({ length: columns }, () => (random(3) === 0 ? random(5) : random(30))));
      const published = suppressSmallCells({ cells });
      const rowLines = published.cells.map((row, r) => [...row, published.rowTotals[r]]);
      const columnLines = published.columnTotals.map((total, c) => [...published.cells.map((row) => row[c]), total]);
      const margins = [[...published.columnTotals, published.grandTotal], [...published.rowTotals, published.grandTotal]];
      for (const line of [...rowLines, ...columnLines, ...margins]) {
        expect(line.filter((value) => value === null).length).not.toBe(1);
      }
      cells.forEach((row, r) => row.forEach((value, c) => value > 0 && value < 5 && expect(published.cells[r][c]).toBeNull()));
    }
  });

  it('with column totals only (districts × skills), completes each column alone and leaves the rows whole', () => {
    const published = suppressSmallCells({ cells: [[4, 12, 2], [9, 0, 0], [0, 6, 1]], publishesRowTotals: false });
    // Column 1: the 4 and the next smallest, 9. Column 3: 2, 1 and their total 3 are all small.
    expect(published).toEqual({
      cells: [[null, 12, null], [null, 0, 0], [0, 6, null]],
      rowTotals: [null, null, null],
      columnTotals: [13, 18, null],
      grandTotal: null,
    });
    expect(possibleValues(published, 0, 0, 13).size).toBeGreaterThan(1);
    expect(possibleValues(published, 0, 2, 13).size).toBeGreaterThan(1);
  });

  it('publishes a table without small cells as it is, zeros included', () => {
    expect(suppressSmallCells({ cells: [[5, 0], [8, 6]] })).toEqual({
      cells: [[5, 0], [8, 6]],
      rowTotals: [5, 14],
      columnTotals: [13, 6],
      grandTotal: 19,
    });
  });
});
