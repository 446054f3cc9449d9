import fc from 'fast-check';
import { entriesOf, valueOf, withMargins, type TableEntry } from './protection';
import { jointPattern, publish, suppressSmallCells, sumCells, type SuppressedTable } from './suppression';

/**
 * The reader's cap on a withheld cell that no published total bounds (the counts drawn are at
 * most 8, so 10 leaves room to move); fillings above it are not listed, so the sets of values
 * below can only be smaller than the truth.
 */
const CAP = 10;

const published = (table: SuppressedTable, entry: TableEntry): number | null => valueOf(table, entry);

/** Every table of counts (up to CAP per withheld cell) that agrees with everything one table publishes. */
function fillings(table: SuppressedTable): number[][][] {
  const rows = table.cells.length;
  const columns = table.cells[0].length;
  const grid = table.cells.map((row) => row.map((value) => value ?? 0));
  const unknown: [number, number][] = [];
  table.cells.forEach((row, r) => row.forEach((value, c) => value === null && unknown.push([r, c])));
  const found: number[][][] = [];
  const agrees = (): boolean => {
    const full = withMargins(grid);
    return entriesOf(rows, columns).every((entry) => {
      const shown = published(table, entry);
      return shown === null || shown === valueOf(full, entry);
    });
  };
  const walk = (index: number): void => {
    if (index === unknown.length) {
      if (agrees()) found.push(grid.map((row) => [...row]));
      return;
    }
    const [r, c] = unknown[index];
    const bounds = [table.rowTotals[r], table.columnTotals[c], table.grandTotal].filter((bound): bound is number => bound !== null);
    for (let value = 0; value <= (bounds.length ? Math.min(...bounds) : CAP); value += 1) {
      grid[r][c] = value;
      walk(index + 1);
    }
    grid[r][c] = 0;
  };
  walk(0);
  return found;
}

/**
 * What a reader holding Q1, Q2 and H1 can believe: over every pair of quarter tables that
 * agrees with all three publications at once (H1's published entries are the quarters' sums),
 * the values each entry of Q1, Q2 and H1 can take, by entry in `entriesOf` order.
 */
function readings(q1: SuppressedTable, q2: SuppressedTable, h1: SuppressedTable): Set<number>[][] {
  const entries = entriesOf(q1.cells.length, q1.cells[0].length);
  const vector = (grid: number[][]): number[] => {
    const full = withMargins(grid);
    return entries.map((entry) => valueOf(full, entry));
  };
  const shown = entries.flatMap((entry, i) => (published(h1, entry) === null ? [] : [i]));
  const target = shown.map((i) => published(h1, entries[i]) as number);
  // Q2's fillings grouped by what they add to H1's published entries: per group, each entry's values.
  const groups = new Map<string, Set<number>[]>();
  for (const second of fillings(q2).map(vector)) {
    const key = shown.map((i) => second[i]).join(',');
    const sets = groups.get(key) ?? entries.map(() => new Set<number>());
    second.forEach((value, i) => sets[i].add(value));
    groups.set(key, sets);
  }
  const result = [0, 1, 2].map(() => entries.map(() => new Set<number>()));
  const matched = new Set<string>();
  for (const first of fillings(q1).map(vector)) {
    const key = shown.map((i, k) => target[k] - first[i]).join(',');
    const partner = groups.get(key);
    if (!partner) continue;
    matched.add(key);
    first.forEach((value, i) => {
      result[0][i].add(value);
      for (const other of partner[i]) result[2][i].add(value + other);
    });
  }
  for (const key of matched) (groups.get(key) as Set<number>[]).forEach((values, i) => values.forEach((value) => result[1][i].add(value)));
  return result;
}

const small = (value: number): boolean => value > 0 && value < 5;
/** Many zeros and small counts, some large ones: where suppression has work to do. */
const count = fc.oneof({ arbitrary: fc.constant(0), weight: 3 }, { arbitrary: fc.integer({ min: 1, max: 4 }), weight: 3 }, { arbitrary: fc.integer({ min: 5, max: 8 }), weight: 2 });
/** Up to four cells, so that the reader's search over every filling stays quick. */
const shapes = fc.constantFrom([1, 2], [1, 3], [1, 4], [2, 1], [2, 2], [3, 1]).map(([rows, columns]) => ({ rows, columns }));
const quarters = shapes
  .chain(({ rows, columns }) => fc.tuple(...[0, 1].map(() => fc.array(fc.array(count, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }))));

describe('jointPattern: one pattern for overlapping periods', () => {
  it('stops H1 − Q1 from giving back a small Q2 cell that each table alone would publish', () => {
    const q1 = [[6, 7], [8, 7]];
    const q2 = [[3, 7], [8, 7]];
    // Alone, Q1 and H1 have no small cell and would be published whole: 9 − 6 = Q2's 3.
    expect(suppressSmallCells({ cells: q1 }).cells[0][0]).toBe(6);
    expect(suppressSmallCells({ cells: sumCells([q1, q2]) }).cells[0][0]).toBe(9);
    expect(suppressSmallCells({ cells: q2 }).cells[0][0]).toBeNull();
    const pattern = jointPattern({ layers: [q1, q2], periods: [[0], [1], [0, 1]] });
    const [p1, p2, h1] = [q1, q2, sumCells([q1, q2])].map((cells) => publish(cells, pattern));
    expect([p1.cells[0][0], p2.cells[0][0], h1.cells[0][0]]).toEqual([null, null, null]);
    const values = readings(p1, p2, h1)[1][0];
    expect(values.has(3)).toBe(true);
    expect(values.size).toBeGreaterThan(1);
  });

  it('withholds more where a cycle of withheld cells is blocked by zeros, which "two unknowns per line" misses', () => {
    // The four top-left cells are withheld for Q2's small counts. In Q1 three of them are 0:
    // rows give a + b = 3 and c + d = 0, so c = 0 and the column gives a = 3.
    const q1 = [[3, 0, 8], [0, 0, 8], [8, 8, 8]];
    const q2 = [[0, 2, 8], [2, 2, 8], [8, 8, 8]];
    const h1 = sumCells([q1, q2]);
    const twoPerLine = { cells: [[true, true, false], [true, true, false], [false, false, false]], rowTotals: [false, false, false], columnTotals: [false, false, false], grandTotal: false };
    expect([...readings(...([q1, q2, h1].map((cells) => publish(cells, twoPerLine)) as [SuppressedTable, SuppressedTable, SuppressedTable]))[0][0]]).toEqual([3]);
    const pattern = jointPattern({ layers: [q1, q2], periods: [[0], [1], [0, 1]] });
    const [first, second, half] = readings(...([q1, q2, h1].map((cells) => publish(cells, pattern)) as [SuppressedTable, SuppressedTable, SuppressedTable]));
    expect(first[0].size).toBeGreaterThan(1);
    expect([second[1], second[3], second[4], half[0]].map((values) => values.size > 1)).toEqual([true, true, true, true]);
  });

  it('for random Q1 and Q2, every small entry of Q1, Q2 or H1 has at least two values consistent with all three publications', () => {
    fc.assert(
      fc.property(quarters, ([q1, q2]) => {
        const h = sumCells([q1, q2]);
        const pattern = jointPattern({ layers: [q1, q2], periods: [[0], [1], [0, 1]] });
        const tables = [q1, q2, h];
        const [p1, p2, ph] = tables.map((cells) => publish(cells, pattern));
        // One pattern: the same entries are withheld in every period.
        expect([p2, ph].map((p) => JSON.stringify(p, (_, v: unknown) => (typeof v === 'number' ? 0 : v)))).toEqual(
          [p1, p1].map((p) => JSON.stringify(p, (_, v: unknown) => (typeof v === 'number' ? 0 : v))),
        );
        const possible = readings(p1, p2, ph);
        tables.forEach((cells, t) => {
          const truth = withMargins(cells);
          entriesOf(cells.length, cells[0].length).forEach((entry, i) => {
            // The truth is always among what the reader can believe; a small entry never alone.
            expect(possible[t][i].has(valueOf(truth, entry))).toBe(true);
            if (small(valueOf(truth, entry))) expect(possible[t][i].size).toBeGreaterThanOrEqual(2);
          });
        });
      }),
      { numRuns: 300, seed: 15 },
    );
  });
});
