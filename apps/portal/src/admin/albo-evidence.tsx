import type { AdminAlboMembershipFragment } from '../api/generated';
import { formatDate, formatNumber } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';

type Membership = AdminAlboMembershipFragment;

/** What the company declared, beside what the platform saw it do: the reviewer reads both. */
export function AlboEvidence({ membership, headingId }: { membership: Membership; headingId: string }) {
  const { t } = useI18n();
  const yesNo = (value: boolean | undefined) => (value ? t('admin.yes') : t('admin.no'));
  const measured = (value: number | null | undefined) => (value === null || value === undefined ? t('admin.albo.notMeasured') : formatNumber(value));
  const declarations = membership.declarations;
  const evidence = membership.evidence;
  const share = evidence?.proposalsAnsweredShare;
  return (
    <div className="row">
      <div className="col-12 col-lg-6">
        <h3 className="h6" id={`${headingId}-declared`}>{t('admin.albo.declared')}</h3>
        <ul aria-labelledby={`${headingId}-declared`}>
          <li>{t('admin.albo.law68')}: <strong>{yesNo(declarations?.law68ObligationsMet)}</strong></li>
          <li>{t('admin.albo.inclusivePath')}: <strong>{yesNo(declarations?.inclusivePathRun)}</strong></li>
          <li>{t('admin.albo.metropolitanSite')}: <strong>{yesNo(declarations?.metropolitanSite)}</strong></li>
        </ul>
        {membership.inclusivePathNote && <p className="small">{t('admin.albo.pathNote')}: {membership.inclusivePathNote}</p>}
      </div>
      <div className="col-12 col-lg-6">
        <h3 className="h6" id={`${headingId}-evidence`}>
          {evidence ? t('admin.albo.evidenceSince', { date: formatDate(evidence.since) }) : t('admin.albo.evidence')}
        </h3>
        <dl className="row small mb-0" aria-labelledby={`${headingId}-evidence`}>
          <dt className="col-8">{t('admin.albo.slotsPublished')}</dt>
          <dd className="col-4">{measured(evidence?.slotsPublished)}</dd>
          <dt className="col-8">{t('admin.albo.pathsStarted')}</dt>
          <dd className="col-4">{measured(evidence?.pathsStarted)}</dd>
          <dt className="col-8">{t('admin.albo.pathsCompleted')}</dt>
          <dd className="col-4">{measured(evidence?.pathsCompleted)}</dd>
          <dt className="col-8">{t('admin.albo.hired')}</dt>
          <dd className="col-4">{measured(evidence?.hired)}</dd>
          <dt className="col-8">{t('admin.albo.answered')}</dt>
          <dd className="col-4">{share === null || share === undefined ? t('admin.albo.notMeasured') : `${formatNumber(Math.round(share * 100))}%`}</dd>
        </dl>
      </div>
    </div>
  );
}
