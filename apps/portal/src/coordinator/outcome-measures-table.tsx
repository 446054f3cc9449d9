import { Table } from 'design-react-kit';
import { useI18n } from '../i18n/i18n-context';
import { ReportCount } from '../board/report-count';
import { MEASURES, measureRow, type ReportTable } from './outcome-tables';
import { channelKindLabel } from './report-labels';

/** One district: people at each step of the path, by channel and kind, with the totals. */
export function OutcomeMeasuresTable({ tables, district, caption }: { tables: ReportTable[]; district: string; caption: string }) {
  const { t } = useI18n();
  const columns = tables.find((table) => table.name === MEASURES[0])?.columnKeys ?? [];
  const rows = MEASURES.map((measure) => measureRow(tables, measure, district));
  return (
    <div className="table-responsive">
      <Table striped>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('coordinator.col.channelKind')}</th>
            {MEASURES.map((measure) => (
              <th key={measure} scope="col">{t(`coordinator.measure.${measure}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
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
        </tbody>
      </Table>
    </div>
  );
}
