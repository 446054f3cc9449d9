import { useI18n } from '../i18n/i18n-context';
import { currentPeriod, periodKindOf, periodLabel, recentPeriods, type PeriodKind } from './period';

const PERIODS_OFFERED = 8;

/** Two selects: quarter or half-year, then which one (the current and the seven before). */
export function PeriodFields({ idPrefix, value, onChange }: { idPrefix: string; value: string; onChange: (period: string) => void }) {
  const { t } = useI18n();
  const kind = periodKindOf(value);
  const options = recentPeriods(kind, PERIODS_OFFERED);
  if (!options.includes(value)) options.push(value);
  return (
    <>
      <div className="select-wrapper col-12 col-md-3 mb-4">
        <label htmlFor={`${idPrefix}-kind`}>{t('board.period.kind')}</label>
        <select id={`${idPrefix}-kind`} value={kind} onChange={(event) => onChange(currentPeriod(event.target.value === 'H' ? 'H' : 'Q'))}>
          {(['Q', 'H'] as PeriodKind[]).map((option) => (
            <option key={option} value={option}>
              {t(option === 'Q' ? 'board.period.quarter' : 'board.period.half')}
            </option>
          ))}
        </select>
      </div>
      <div className="select-wrapper col-12 col-md-3 mb-4">
        <label htmlFor={`${idPrefix}-period`}>{t('board.period.label')}</label>
        <select id={`${idPrefix}-period`} value={value} onChange={(event) => onChange(event.target.value)}>
          {options.map((period) => (
            <option key={period} value={period}>
              {periodLabel(period, t)}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
