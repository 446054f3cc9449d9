import type { ReportTable } from './dto/report-table.type';
import { jointPattern, publish, sumCells, type SuppressedTable } from './suppression';

/** The periods of a year a caller can ask for, as the quarters (0–3) they sum. */
export const YEAR_PERIODS: Record<string, number[]> = { Q1: [0], Q2: [1], Q3: [2], Q4: [3], H1: [0, 1], H2: [2, 3] };

export interface TableSpec {
  name: string;
  rowDimension: string;
  columnDimension: string;
  rowKeys: string[];
  columnKeys: string[];
  /** The count of one cell in one quarter (0–3). */
  count: (quarter: number, row: string, column: string) => number;
}

/**
 * One table of one period, published under the pattern its layout has over the whole year, so
 * every period of the year (Q1–Q4, H1, H2) withholds the same entries and none gives back
 * another's by difference. `onlyRow` keeps one row, for a caller who may see that row alone:
 * it is the same row, figures and blanks, as in the table of every row, so the two can be put
 * side by side; its column totals are its cells and its grand total its row total.
 */
export function publishedTable(spec: TableSpec, period: string, onlyRow?: string): ReportTable {
  const layers = quarterLayers(spec);
  const pattern = jointPattern({ layers, periods: Object.values(YEAR_PERIODS) });
  return reportTable(spec, publish(sumCells(YEAR_PERIODS[period].map((quarter) => layers[quarter])), pattern), onlyRow);
}

/** The table's cells in each quarter of the year. */
export function quarterLayers(spec: TableSpec): number[][][] {
  return [0, 1, 2, 3].map((quarter) => spec.rowKeys.map((row) => spec.columnKeys.map((column) => spec.count(quarter, row, column))));
}

/** The published figures of a table as the API shows them, the whole table or one row of it. */
export function reportTable(spec: TableSpec, published: SuppressedTable, onlyRow?: string): ReportTable {
  const rows = spec.rowKeys.map((key, r) => ({ key, cells: published.cells[r], total: published.rowTotals[r] }));
  const base = { name: spec.name, rowDimension: spec.rowDimension, columnDimension: spec.columnDimension, columnKeys: spec.columnKeys };
  if (onlyRow === undefined) return { ...base, rows, columnTotals: published.columnTotals, grandTotal: published.grandTotal };
  const row = rows.find((candidate) => candidate.key === onlyRow);
  if (!row) return { ...base, rows: [], columnTotals: spec.columnKeys.map(() => 0), grandTotal: 0 };
  return { ...base, rows: [row], columnTotals: row.cells, grandTotal: row.total };
}
