import type { AlboQuery } from '../api/generated';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import { DataTable } from '../ui/data-table';

type AlboEntry = AlboQuery['albo']['nodes'][number];

export function AlboTable({ entries }: { entries: AlboEntry[] }) {
  const { t } = useI18n();
  const none = t('common.none');
  return (
    <DataTable caption={t('albo.tableCaption')} hiddenCaption striped
      columns={[t('albo.col.company'), t('albo.col.place'), t('albo.col.sector'), t('albo.col.sections'), t('albo.col.logo'), t('albo.col.expires')]}>
      {entries.map((entry) => (
        <tr key={entry.companyId}>
          <th scope="row">{entry.legalName}</th>
          <td>
            {entry.comune?.name ?? none}
            {entry.district && <div className="small text-secondary">{entry.district.name}</div>}
          </td>
          <td>{entry.sector ? `${entry.sector.code} · ${entry.sector.label}` : none}</td>
          <td>{entry.sections.map((section) => section.name).join(', ')}</td>
          <td>{entry.logoNumber}</td>
          <td>{formatDate(entry.expiresAt)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
