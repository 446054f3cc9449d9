import { formatNumber } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';

/**
 * A count of people as the API published it: null is a suppressed cell, shown as withheld
 * (never as 0, which would be a different, false fact).
 */
export function ReportCount({ value }: { value: number | null | undefined }) {
  const { t } = useI18n();
  if (value === null || value === undefined) {
    return (
      <span className="fst-italic" title={t('board.withheld.title')}>
        {t('board.withheld.short')}
      </span>
    );
  }
  return <>{formatNumber(value)}</>;
}

/** The explanation under every table that may hold a withheld count. */
export function WithheldNote() {
  const { t } = useI18n();
  return <p className="small text-secondary">{t('board.withheld.note')}</p>;
}
