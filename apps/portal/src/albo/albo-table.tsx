import { Table } from 'design-react-kit';
import type { AlboQuery } from '../api/generated';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';

type AlboEntry = AlboQuery['albo']['nodes'][number];

export function AlboTable({ entries }: { entries: AlboEntry[] }) {
  const { t } = useI18n();
  const none = t('common.none');
  return (
    <div className="table-responsive">
      <Table striped>
        <caption className="visually-hidden">{t('albo.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('albo.col.company')}</th>
            <th scope="col">{t('albo.col.place')}</th>
            <th scope="col">{t('albo.col.sector')}</th>
            <th scope="col">{t('albo.col.sections')}</th>
            <th scope="col">{t('albo.col.logo')}</th>
            <th scope="col">{t('albo.col.expires')}</th>
          </tr>
        </thead>
        <tbody>
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
        </tbody>
      </Table>
    </div>
  );
}
