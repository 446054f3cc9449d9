import { cheapestOpening, edgeCanMove, type FlowEdge } from './protection';

/**
 * One row of two cells as a network: S → row (total 11) → columns (3 and 8) → T (their totals)
 * → S (grand total 11). Edges by index: 0 row total, 1 and 2 cells, 3 and 4 column totals, 5 grand.
 */
const ROW: FlowEdge[] = [
  { from: 0, to: 1, value: 11 },
  { from: 1, to: 2, value: 3 },
  { from: 1, to: 3, value: 8 },
  { from: 2, to: 4, value: 3 },
  { from: 3, to: 4, value: 8 },
  { from: 4, to: 0, value: 11 },
];
const withheld = (...indices: number[]): boolean[] => ROW.map((_, i) => indices.includes(i));

describe('edgeCanMove', () => {
  it.each([
    ['the cell alone', withheld(1), false],
    ['the cell and its column total: the row still pins it', withheld(1, 3), false],
    ['both cells and both column totals: a cycle', withheld(1, 2, 3, 4), true],
    ['the cell, row and column totals and the grand total: a cycle', withheld(0, 1, 3, 5), true],
  ])('%s', (_, pattern, expected) => {
    expect(edgeCanMove(ROW, pattern, 1)).toBe(expected);
  });

  it('lets a withheld 0 grow, but not where every way round would take another count below 0', () => {
    const zero = ROW.map((edge, i) => ({ ...edge, value: [8, 0, 8, 0, 8, 8][i] }));
    expect(edgeCanMove(zero, withheld(1, 2, 3, 4), 1)).toBe(true);
    // A row of nothing: its published total 0 pins both its cells at 0.
    const empty = ROW.map((edge) => ({ ...edge, value: 0 }));
    expect(edgeCanMove(empty, withheld(1, 2, 3, 4), 1)).toBe(false);
  });
});

describe('cheapestOpening', () => {
  it('opens the cycle through the small cell by its neighbours (3 + 8 + 8), not by the big totals (3 + 11 + 11)', () => {
    const opened = cheapestOpening(ROW, withheld(1), 1, (i) => 1 + ROW[i].value);
    expect(opened.sort()).toEqual([2, 3, 4]);
    expect(edgeCanMove(ROW, withheld(1, ...opened), 1)).toBe(true);
  });

  it('opens nothing more where withheld figures already close the cycle', () => {
    expect(cheapestOpening(ROW, withheld(1, 2, 3, 4), 1, () => 1)).toEqual([]);
  });
});
