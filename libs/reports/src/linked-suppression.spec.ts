import fc from 'fast-check';
import type { ReportTable } from './dto/report-table.type';
import { publishedLinkedTables, type LinkedTablesSpec } from './linked-tables';
import { YEAR_PERIODS, publishedTable } from './outcome-tables';
import { withMargins, type MarginedTable } from './protection';

const COLUMNS = ['SS/TIR', 'SS/JOB', 'CAR/TIR'];
const CHANNELS = ['SS', 'CAR'];
const CODES = ['LEFT', 'HEALTH'];
const PERIODS = Object.keys(YEAR_PERIODS);
const QUARTERS = [0, 1, 2, 3];

/**
 * The people of one report, quarter by quarter: measure cells [measure][quarter][district][column]
 * and, of each measure cell, how many gave the first reason (the rest gave the second), so the
 * reason table's channel totals are the measure columns' sums as in the data.
 */
interface World {
  districts: string[];
  measures: number[][][][];
  reasons: number[][][];
}

function worldOf(districts: string[], cells: [number, number][][][][]): World {
  const reasons = QUARTERS.map(() => CODES.map(() => CHANNELS.map(() => 0)));
  cells.forEach((measure) => measure.forEach((quarter, q) => quarter.forEach((row) => row.forEach(([count, first], c) => {
    const channel = CHANNELS.indexOf(COLUMNS[c].split('/')[0]);
    reasons[q][0][channel] += first;
    reasons[q][1][channel] += count - first;
  }))));
  return { districts, measures: cells.map((measure) => measure.map((quarter) => quarter.map((row) => row.map(([count]) => count)))), reasons };
}

function specOf(world: World): LinkedTablesSpec {
  return {
    measures: world.measures.map((measure, m) => ({
      name: `M${m}`, rowDimension: 'DISTRICT', columnDimension: 'CHANNEL/KIND', rowKeys: world.districts, columnKeys: COLUMNS,
      count: (q, row, column) => measure[q][world.districts.indexOf(row)][COLUMNS.indexOf(column)],
    })),
    reasons: {
      name: 'REASONS', rowDimension: 'REASON', columnDimension: 'CHANNEL', rowKeys: CODES, columnKeys: CHANNELS,
      count: (q, code, channel) => world.reasons[q][CODES.indexOf(code)][CHANNELS.indexOf(channel)],
    },
    reasonColumnOf: (column) => column.split('/')[0],
  };
}

/** Every figure of some tables in one list, in a fixed order (rows with their totals, column totals, grand total). */
const figures = (tables: (ReportTable | MarginedTable)[]): (number | null)[] =>
  tables.flatMap((t) => {
    const rows = 'rows' in t ? t.rows.map((row) => [...row.cells, row.total]) : t.cells.map((row, r) => [...row, t.rowTotals[r]]);
    return [...rows.flat(), ...t.columnTotals, t.grandTotal];
  });
/** The true figures of one quarter. */
const quarterFigures = (world: World, q: number): number[] =>
  figures([...world.measures.map((measure) => withMargins(measure[q])), withMargins(world.reasons[q])]) as number[];

/**
 * Which figures can take another value in quarter q, for a reader holding every published figure
 * of every period: any other world for that quarter (counts ≥ 0, reasons adding up to the
 * measures by channel) that changes cells withheld in every period holding q by −1, 0 or +1 and
 * leaves every published figure as it is. A witness found proves two consistent values.
 */
function movable(world: World, published: (number | null)[][], q: number): Set<number> {
  const holding = PERIODS.map((code, p) => (YEAR_PERIODS[code].includes(q) ? p : -1)).filter((p) => p >= 0);
  const truth = quarterFigures(world, q);
  // Unknown cells: [grid, row, column], grid m < measures or the reason grid.
  const grids = [...world.measures.map((measure) => measure[q].map((row) => [...row])), world.reasons[q].map((row) => [...row])];
  const offsets: number[] = [];
  let offset = 0;
  for (const grid of grids) {
    offsets.push(offset);
    offset += grid.length * (grid[0].length + 1) + grid[0].length + 1;
  }
  const unknown: [number, number, number][] = [];
  grids.forEach((grid, g) => grid.forEach((row, r) => row.forEach((_, c) => {
    const index = offsets[g] + r * (row.length + 1) + c;
    if (holding.every((p) => published[p][index] === null)) unknown.push([g, r, c]);
  })));
  const changed = new Set<number>();
  const check = (): void => {
    const measures = grids.slice(0, -1);
    const reasons = grids[grids.length - 1];
    const linked = CHANNELS.every((channel, ch) =>
      measures.reduce((total, grid) => total + grid.reduce((sum, row) => sum + row.reduce((a, value, c) => a + (COLUMNS[c].startsWith(`${channel}/`) ? value : 0), 0), 0), 0) ===
      reasons.reduce((sum, row) => sum + row[ch], 0));
    if (!linked) return;
    const other = figures([...measures.map(withMargins), withMargins(reasons)]) as number[];
    if (!holding.every((p) => published[p].every((value, i) => value === null || other[i] === truth[i]))) return;
    other.forEach((value, i) => value !== truth[i] && changed.add(i));
  };
  const walk = (k: number): void => {
    if (k === unknown.length) return check();
    const [g, r, c] = unknown[k];
    const value = grids[g][r][c];
    for (const step of [0, 1, -1]) {
      if (value + step < 0) continue;
      grids[g][r][c] = value + step;
      walk(k + 1);
    }
    grids[g][r][c] = value;
  };
  walk(0);
  return changed;
}

/** Every small figure of every table and period of a world has a second value a reader cannot rule out. */
function expectProtected(world: World, publishAll: (period: string) => ReportTable[]): void {
  const published = PERIODS.map((period) => figures(publishAll(period)));
  const canMove = QUARTERS.map((q) => movable(world, published, q));
  PERIODS.forEach((code, p) => {
    const truth = YEAR_PERIODS[code].map((q) => quarterFigures(world, q)).reduce((a, b) => a.map((value, i) => value + b[i]));
    truth.forEach((value, i) => {
      if (value < 1 || value > 4) return;
      expect({ period: code, figure: i, shown: published[p][i] }).toEqual({ period: code, figure: i, shown: null });
      expect({ period: code, figure: i, moves: YEAR_PERIODS[code].some((q) => canMove[q].has(i)) }).toEqual({ period: code, figure: i, moves: true });
    });
  });
}

const empty = (): [number, number][][][] => QUARTERS.map(() => [COLUMNS.map((): [number, number] => [0, 0])]);

describe('publishedLinkedTables: a reason table and its measure tables as one network', () => {
  // The example, one district, Q1: interrupted SS/TIR 3, SS/JOB 8, CAR/TIR 7; all for one reason.
  const example = empty();
  example[0] = [[[3, 3], [8, 8], [7, 7]]];
  const world = worldOf(['BOLOGNA'], [example]);

  it('each table alone leaks: the reason table’s SS total 11 minus SS/JOB 8 gives back the withheld 3', () => {
    const alone = (period: string): ReportTable[] => {
      const spec = specOf(world);
      return [...spec.measures, spec.reasons].map((table) => publishedTable(table, period));
    };
    const [measure, reasons] = alone('Q1');
    expect(measure.columnTotals).toEqual([null, 8, null]);
    expect(reasons.columnTotals).toEqual([11, 7]);
    expect(() => expectProtected(world, alone)).toThrow();
  });

  it('together: the 3 is withheld and can move whatever figures of Q1–Q4, H1, H2 are put side by side', () => {
    const together = (period: string): ReportTable[] => publishedLinkedTables(specOf(world), period);
    expect(together('Q1')[0].columnTotals[0]).toBeNull();
    expectProtected(world, together);
  });

  it('keeps a coordinator’s rows those of the whole table, without the reason table', () => {
    const two = worldOf(['BOLOGNA', 'IMOLA'], [QUARTERS.map((q) => [[[q === 0 ? 3 : 0, 0], [8, 4], [7, 7]], [[2, 1], [6, 6], [0, 0]]])]);
    const [whole] = publishedLinkedTables(specOf(two), 'Q1');
    const mine = publishedLinkedTables(specOf(two), 'Q1', 'IMOLA');
    expect(mine.map((table) => table.name)).toEqual(['M0']);
    expect(mine[0].rows).toEqual([whole.rows[1]]);
  });

  const count = fc.oneof({ arbitrary: fc.constant(0), weight: 3 }, { arbitrary: fc.integer({ min: 1, max: 4 }), weight: 3 }, { arbitrary: fc.integer({ min: 5, max: 9 }), weight: 2 });
  const cell = fc.tuple(count, fc.integer({ min: 0, max: 9 })).map(([n, first]): [number, number] => [n, Math.min(n, first)]);
  /** One measure over two districts (interruptions), or two measures over one (completed and hired, for assessments). */
  const worlds = fc.constantFrom([1, 2], [2, 1], [1, 1]).chain(([measures, districts]) =>
    fc.array(fc.array(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: districts, maxLength: districts }), { minLength: 4, maxLength: 4 }), { minLength: measures, maxLength: measures })
      .map((cells) => worldOf(['A', 'B'].slice(0, districts), cells)));

  it('for random reports, every small figure of every table and period has two values consistent with all that is published', () => {
    fc.assert(
      fc.property(worlds, (random) => expectProtected(random, (period) => publishedLinkedTables(specOf(random), period))),
      { numRuns: 100, seed: 16 },
    );
  });
});
