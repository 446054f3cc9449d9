import { useI18n } from '../i18n/i18n-context';
import { ReportCount } from '../board/report-count';
import { DataTable } from '../ui/data-table';
import { MEASURES, measureRow, type ReportTable } from './outcome-tables';
import { channelKindLabel } from './report-labels';

/** One district: people at each step of the path, by channel and kind, with the totals. */
export function OutcomeMeasuresTable({ tables, district, caption }: { tables: ReportTable[]; district: string; caption: string }) {
  const { t } = useI18n();
  const columns = tables.find((table) => table.name === MEASURES[0])?.columnKeys ?? [];
  const rows = MEASURES.map((measure) => measureRow(tables, measure, district));
  return (
    <DataTable caption={caption} striped
      columns={[t('coordinator.col.channelKind'), ...MEASURES.map((measure) => t(`coordinator.measure.${measure}`))]}>
      {columns.map((column, index) => (
        <tr key={column}>
          <th scope="row">{channelKindLabel(t, column)}</th>
          {rows.map((row, measure) => (
            <td key={MEASURES[measure]}><ReportCount value={row?.cells[index]} /></td>
          ))}
        </tr>
      ))}
      <tr className="fw-semibold">
        <th scope="row">{t('coordinator.total')}</th>
        {rows.map((row, measure) => (
          <td key={MEASURES[measure]}><ReportCount value={row?.total} /></td>
        ))}
      </tr>
    </DataTable>
  );
}
