import { PlacementCompanySignalsDocument } from '../api/generated';
import { formatNumber } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import { useQuery } from '../ui/use-query';

/**
 * How the slot's company answers operators' proposals (last 90 days). The API gives figures
 * only from 5 proposals up, so that one case is never singled out.
 */
export function CompanySignals({ companyId }: { companyId: string }) {
  const { t } = useI18n();
  const signals = useQuery(PlacementCompanySignalsDocument, { companyId });
  const data = signals.data?.companyProposalSignals;
  let text = t('common.loading');
  if (signals.error) text = t('common.none');
  else if (data && (!data.enoughData || data.answeredShare === null)) text = t('placements.signals.few');
  else if (data?.answeredShare != null) {
    const share = formatNumber(Math.round(data.answeredShare * 100));
    const count = formatNumber(data.proposals);
    text = data.medianHoursToFirstAnswer === null
      ? t('placements.signals.share', { share, count })
      : t('placements.signals.figures', { share, count, hours: formatNumber(data.medianHoursToFirstAnswer) });
  }
  return (
    <p className="mb-0 mt-2">
      <strong>{t('placements.signals.label')}:</strong> {text}
    </p>
  );
}
