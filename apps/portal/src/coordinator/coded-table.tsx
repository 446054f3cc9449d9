import { ReportCount } from '../board/report-count';
import { useI18n } from '../i18n/i18n-context';
import { DataTable } from '../ui/data-table';
import type { ReportTable } from './outcome-tables';
import { codeLabel } from './report-labels';

/** Coded reasons or end assessments (rows) by channel (columns), with the totals. */
export function CodedTable({ table, caption, codePrefix }: { table: ReportTable; caption: string; codePrefix: string }) {
  const { t } = useI18n();
  return (
    <DataTable caption={caption} striped
      columns={[
        t(table.name === 'ASSESSMENTS' ? 'coordinator.col.outcome' : 'coordinator.col.reason'),
        ...table.columnKeys.map((channel) => codeLabel(t, 'coordinator.channel', channel)),
        t('coordinator.total'),
      ]}>
      {table.rows.map((row) => (
        <tr key={row.key}>
          <th scope="row">{codeLabel(t, codePrefix, row.key)}</th>
          {row.cells.map((cell, index) => (
            <td key={table.columnKeys[index]}><ReportCount value={cell} /></td>
          ))}
          <td><ReportCount value={row.total} /></td>
        </tr>
      ))}
      <tr className="fw-semibold">
        <th scope="row">{t('coordinator.total')}</th>
        {table.columnTotals.map((cell, index) => (
          <td key={table.columnKeys[index]}><ReportCount value={cell} /></td>
        ))}
        <td><ReportCount value={table.grandTotal} /></td>
      </tr>
    </DataTable>
  );
}
