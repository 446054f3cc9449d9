import type { ReportTable } from './dto/report-table.type';

/** The mark of a suppressed count in CSV, as in ISTAT tables. */
export const SUPPRESSED_MARK = '*';

function field(value: string | number | null): string {
  if (value === null) return SUPPRESSED_MARK;
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Each table as a block: its header, its rows with their totals, and the totals row; a blank line between blocks. */
export function tablesToCsv(tables: ReportTable[]): string {
  return tables
    .map((table) =>
      [
        [`${table.name} (${table.rowDimension} x ${table.columnDimension})`, ...table.columnKeys, 'TOTAL'],
        ...table.rows.map((row) => [row.key, ...row.cells, row.total]),
        ['TOTAL', ...table.columnTotals, table.grandTotal],
      ]
        .map((line) => line.map(field).join(','))
        .join('\n'),
    )
    .join('\n\n')
    .concat('\n');
}
