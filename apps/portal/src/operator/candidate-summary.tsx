import type { OperatorCandidateDetailFragment } from '../api/generated';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import { Link } from '../ui/router';
import { CoordinationPanel } from './coordination-panel';
import { ReconfirmButton, type Reconfirmed } from './reconfirm-button';

interface CandidateSummaryProps {
  candidate: OperatorCandidateDetailFragment;
  onReconfirmed: (result: Reconfirmed) => void;
  onChanged: (candidate: OperatorCandidateDetailFragment) => void;
}

/** Where the profile stands: state, freshness, the organisations it is coordinated with, and the coordination requests. */
export function CandidateSummary({ candidate, onReconfirmed, onChanged }: CandidateSummaryProps) {
  const { t } = useI18n();
  const fresh = candidate.status === 'ACTIVE' || candidate.status === 'STALE';
  const coordinated = candidate.coordinatedWith ?? [];
  return (
    <section aria-labelledby="summary-title" className="p-4 mb-4 bg-light">
      <h2 id="summary-title" className="h4">{t('operator.detail.summary')}</h2>
      <dl className="row mb-2">
        <dt className="col-sm-4">{t('operator.col.status')}</dt>
        <dd className="col-sm-8">{t(`operator.status.${candidate.status}`)}</dd>
        <dt className="col-sm-4">{t('operator.col.completeness')}</dt>
        <dd className="col-sm-8">{t('operator.percent', { value: candidate.completeness })}</dd>
        {fresh && (
          <>
            <dt className="col-sm-4">{t('operator.col.due')}</dt>
            <dd className="col-sm-8">{formatDate(candidate.reconfirmDueAt)}</dd>
          </>
        )}
      </dl>
      <div className="d-flex flex-wrap align-items-center gap-3">
        {fresh && candidate.completeness === 100 && <ReconfirmButton candidate={candidate} onReconfirmed={onReconfirmed} />}
        <Link href={`/area-riservata/persone/${candidate.id}/posti`}>{t('operator.detail.slots')}</Link>
      </div>
      {coordinated.length > 0 && (
        <>
          <h3 className="h6 mt-4">{t('operator.detail.coordinatedWith')}</h3>
          <ul>
            {coordinated.map((link) => (
              <li key={link.organisation.organisationId}>
                <strong>{link.organisation.name}</strong> · {t(`operator.channel.${link.organisation.channel}`)} · {t('operator.detail.since', { date: formatDate(link.since) })}
                {link.organisation.contactEmail && <div>{t('operator.conflict.email', { email: link.organisation.contactEmail })}</div>}
                {link.organisation.contactPhone && <div>{t('operator.conflict.phone', { phone: link.organisation.contactPhone })}</div>}
              </li>
            ))}
          </ul>
        </>
      )}
      <CoordinationPanel candidate={candidate} onChanged={onChanged} />
    </section>
  );
}
