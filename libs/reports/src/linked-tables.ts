import type { ReportTable } from './dto/report-table.type';
import { linkedPattern } from './linked-suppression';
import { entriesOf, isWithheld, valueOf, withMargins, type WithheldEntries } from './protection';
import { YEAR_PERIODS, quarterLayers, reportTable, type TableSpec } from './outcome-tables';
import { jointPattern, publish, sumCells } from './suppression';

/**
 * Measure tables (districts × channel/kind) and the reason table that counts the same people by
 * reason and channel: a measure column's total, summed over the kinds of its channel and over
 * the measures, is the reason table's total of that channel, and the grand totals agree too
 * (every interrupted path has one interruption reason; every assessed path is COMPLETED or HIRED).
 */
export interface LinkedTablesSpec {
  measures: TableSpec[];
  reasons: TableSpec;
  /** The reason table's column (a channel) that a measure column counts towards. */
  reasonColumnOf: (measureColumn: string) => string;
}

/** The edges of one table's figures in a network, entry by entry (see linked-suppression.ts): read with valueOf like the figures. */
interface PlacedTable {
  spec: TableSpec;
  cells: number[][];
  rowTotals: number[];
  columnTotals: number[];
  grandTotal: number;
}

/**
 * The tables of a linked group for one period, all under one pattern over the year that holds
 * for the whole network of their shared totals, so no reason table gives back a measure cell and
 * no measure table a reason cell. `onlyRow` keeps a district's row of each measure table (see
 * publishedTable); the reason tables are then left out, being metropolitan only.
 */
export function publishedLinkedTables(group: LinkedTablesSpec, period: string, onlyRow?: string): ReportTable[] {
  const edges: { from: number; to: number }[] = [];
  let nodes = 0;
  const node = (): number => (nodes += 1) - 1;
  const edge = (from: number, to: number): number => edges.push({ from, to }) - 1;
  const channels = group.reasons.columnKeys.map(() => node());
  const shared = node();

  // People flow: source → district (row total) → channel/kind (cell) → channel (column total) →
  // reason column (its total) → reason (cell) → sink (row total) → shared grand total → source.
  const measures = group.measures.map((spec): PlacedTable => {
    const source = node();
    const rows = spec.rowKeys.map(() => node());
    const columns = spec.columnKeys.map(() => node());
    return {
      spec,
      rowTotals: rows.map((row) => edge(source, row)),
      cells: rows.map((row) => columns.map((column) => edge(row, column))),
      columnTotals: columns.map((column, c) => edge(column, channels[group.reasons.columnKeys.indexOf(group.reasonColumnOf(spec.columnKeys[c]))])),
      grandTotal: edge(shared, source),
    };
  });
  const sink = node();
  const reasonColumns = group.reasons.columnKeys.map(() => node());
  const reasonRows = group.reasons.rowKeys.map(() => node());
  const reasons: PlacedTable = {
    spec: group.reasons,
    columnTotals: reasonColumns.map((column, c) => edge(channels[c], column)),
    cells: reasonRows.map((row) => reasonColumns.map((column) => edge(column, row))),
    rowTotals: reasonRows.map((row) => edge(row, sink)),
    grandTotal: edge(sink, shared),
  };

  const placed = [...measures, reasons];
  const tableLayers = placed.map((table) => quarterLayers(table.spec));
  const layers = [0, 1, 2, 3].map((quarter) => {
    const values = edges.map(() => 0);
    placed.forEach((table, t) => {
      const figures = withMargins(tableLayers[t][quarter]);
      for (const entry of entriesOf(table.rowTotals.length, table.columnTotals.length)) values[valueOf(table, entry)] = valueOf(figures, entry);
    });
    return values;
  });
  const seed = edges.map(() => false);
  placed.forEach((table, t) => {
    const own = jointPattern({ layers: tableLayers[t], periods: Object.values(YEAR_PERIODS) });
    for (const entry of entriesOf(table.rowTotals.length, table.columnTotals.length)) seed[valueOf(table, entry)] = isWithheld(own, entry);
  });
  const pattern = linkedPattern({ edges, layers, periods: Object.values(YEAR_PERIODS) }, seed);

  const tableOf = (table: PlacedTable, t: number, row?: string): ReportTable => {
    const withheld: WithheldEntries = {
      cells: table.cells.map((line) => line.map((i) => pattern[i])),
      rowTotals: table.rowTotals.map((i) => pattern[i]),
      columnTotals: table.columnTotals.map((i) => pattern[i]),
      grandTotal: pattern[table.grandTotal],
    };
    return reportTable(table.spec, publish(sumCells(YEAR_PERIODS[period].map((quarter) => tableLayers[t][quarter])), withheld), row);
  };
  const published = measures.map((table, t) => tableOf(table, t, onlyRow));
  return onlyRow === undefined ? [...published, tableOf(reasons, measures.length)] : published;
}
