import { useI18n } from '../i18n/i18n-context';
import { DataTable } from '../ui/data-table';
import type { OutcomeRates } from './outcome-tables';
import { formatShare } from './report-labels';

const RATES = ['started', 'completed', 'hired', 'interrupted', 'expired'] as const;

/** The district's rates, from its published totals; none where a total is withheld or zero. */
export function OutcomeRatesTable({ rates, caption }: { rates: OutcomeRates; caption: string }) {
  const { t } = useI18n();
  return (
    <DataTable caption={caption} striped
      columns={[t('coordinator.rates.col.rate'), t('coordinator.rates.col.value')]}>
      {RATES.map((rate) => {
        const value = rates[rate];
        return (
          <tr key={rate}>
            <th scope="row">{t(`coordinator.rate.${rate}`)}</th>
            <td>{value === null ? t('coordinator.rates.none') : formatShare(value)}</td>
          </tr>
        );
      })}
    </DataTable>
  );
}
