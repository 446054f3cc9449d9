import type { MySlotsQuery } from '../api/generated';
import { formatDate, formatNumber } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import { DataTable } from '../ui/data-table';
import { Link } from '../ui/router';

type SlotRow = MySlotsQuery['slots']['nodes'][number];

export function SlotsTable({ slots }: { slots: SlotRow[] }) {
  const { t } = useI18n();
  const none = t('common.none');
  return (
    <DataTable caption={t('slots.tableCaption')} hiddenCaption striped
      columns={[t('slots.col.title'), t('slots.col.kind'), t('slots.col.status'), t('slots.col.place'), t('slots.col.openings'), t('slots.col.start'), t('slots.col.published'), t('hr.slots.col.candidates')]}>
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
    </DataTable>
  );
}
