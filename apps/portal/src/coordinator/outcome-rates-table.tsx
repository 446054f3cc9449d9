import { Table } from 'design-react-kit';
import { useI18n } from '../i18n/i18n-context';
import type { OutcomeRates } from './outcome-tables';
import { formatShare } from './report-labels';

const RATES = ['started', 'completed', 'hired', 'interrupted', 'expired'] as const;

/** The district's rates, from its published totals; none where a total is withheld or zero. */
export function OutcomeRatesTable({ rates, caption }: { rates: OutcomeRates; caption: string }) {
  const { t } = useI18n();
  return (
    <div className="table-responsive">
      <Table striped>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('coordinator.rates.col.rate')}</th>
            <th scope="col">{t('coordinator.rates.col.value')}</th>
          </tr>
        </thead>
        <tbody>
          {RATES.map((rate) => {
            const value = rates[rate];
            return (
              <tr key={rate}>
                <th scope="row">{t(`coordinator.rate.${rate}`)}</th>
                <td>{value === null ? t('coordinator.rates.none') : formatShare(value)}</td>
              </tr>
            );
          })}
        </tbody>
      </Table>
    </div>
  );
}
