import { Table } from 'design-react-kit';
import type { MySlotsQuery } from '../api/generated';
import { formatDate, formatNumber } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import { Link } from '../ui/router';

type SlotRow = MySlotsQuery['slots']['nodes'][number];

export function SlotsTable({ slots }: { slots: SlotRow[] }) {
  const { t } = useI18n();
  const none = t('common.none');
  return (
    <div className="table-responsive">
      <Table striped>
        <caption className="visually-hidden">{t('slots.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('slots.col.title')}</th>
            <th scope="col">{t('slots.col.kind')}</th>
            <th scope="col">{t('slots.col.status')}</th>
            <th scope="col">{t('slots.col.place')}</th>
            <th scope="col">{t('slots.col.openings')}</th>
            <th scope="col">{t('slots.col.start')}</th>
            <th scope="col">{t('slots.col.published')}</th>
            <th scope="col">{t('hr.slots.col.candidates')}</th>
          </tr>
        </thead>
        <tbody>
          {slots.map((slot) => (
            <tr key={slot.id}>
              <th scope="row">
                <Link href={`/area-riservata/posti/${slot.id}`}>{slot.title}</Link>
              </th>
              <td>{t(`kind.${slot.kind}`)}</td>
              <td>{t(`status.${slot.status}`)}</td>
              <td>{slot.comune?.name ?? none}</td>
              <td>{t('slots.openings', { taken: formatNumber(slot.openingsTaken), total: formatNumber(slot.openings) })}</td>
              <td>{formatDate(slot.startDate)}</td>
              <td>{slot.publishedAt ? formatDate(slot.publishedAt) : none}</td>
              <td>
                <Link href={`/area-riservata/posti/${slot.id}/candidati`} aria-label={t('hr.slots.candidatesOf', { title: slot.title })}>
                  {t('hr.slots.candidates')}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
