import { Table } from 'design-react-kit';
import { ReportCount } from '../board/report-count';
import { useI18n } from '../i18n/i18n-context';
import type { ReportTable } from './outcome-tables';
import { codeLabel } from './report-labels';

/** Coded reasons or end assessments (rows) by channel (columns), with the totals. */
export function CodedTable({ table, caption, codePrefix }: { table: ReportTable; caption: string; codePrefix: string }) {
  const { t } = useI18n();
  return (
    <div className="table-responsive">
      <Table striped>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t(table.name === 'ASSESSMENTS' ? 'coordinator.col.outcome' : 'coordinator.col.reason')}</th>
            {table.columnKeys.map((channel) => (
              <th key={channel} scope="col">{codeLabel(t, 'coordinator.channel', channel)}</th>
            ))}
            <th scope="col">{t('coordinator.total')}</th>
          </tr>
        </thead>
        <tbody>
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
        </tbody>
      </Table>
    </div>
  );
}
