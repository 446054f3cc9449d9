import { useState } from 'react';
import { HrAlboDocument, type AlboStatus, type HrAlboMembershipFragment } from '../api/generated';
import { formatDate, formatNumber } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import { DataTable } from '../ui/data-table';
import { ErrorAlert } from '../ui/error-alert';
import { Loading } from '../ui/loading';
import { useQuery } from '../ui/use-query';
import { AlboApplicationForm, AlboRenewalForm } from './albo-forms';

/** From these a company may apply (again); a pending or admitted one may not. */
const MAY_APPLY: readonly AlboStatus[] = ['REJECTED', 'EXPIRED', 'REVOKED'];

function Facts({ rows }: { rows: [string, string][] }) {
  return (
    <dl className="row">
      {rows.map(([term, value]) => (
        <div key={term} className="col-12 col-md-6 col-lg-4 mb-3">
          <dt>{term}</dt>
          <dd className="mb-0">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function MembershipStatus({ membership }: { membership: HrAlboMembershipFragment }) {
  const { t } = useI18n();
  const none = t('common.none');
  const evidence = membership.evidence;
  const figure = (value: number | null | undefined) => (value === null || value === undefined ? t('hr.albo.notMeasured') : formatNumber(value));
  return (
    <>
      <div className="border rounded bg-light p-4 mb-4">
        <h2 className="h4 mb-2">{t('hr.albo.statusIs', { status: t(`hr.albo.status.${membership.status}`) })}</h2>
        <p className="mb-0">{t(`hr.albo.statusHelp.${membership.status}`)}</p>
        {membership.renewalRequestedAt && <p className="mb-0 mt-2 fw-semibold">{t('hr.albo.renewalRequested', { date: formatDate(membership.renewalRequestedAt) })}</p>}
      </div>
      <Facts
        rows={[
          [t('hr.albo.logoNumber'), membership.logoNumber ?? none],
          [t('hr.albo.admittedAt'), membership.admittedAt ? formatDate(membership.admittedAt) : none],
          [t('hr.albo.expiresAt'), membership.expiresAt ? formatDate(membership.expiresAt) : none],
          [t('hr.albo.appliedAt'), formatDate(membership.appliedAt)],
          [t('hr.albo.sections'), (membership.sections ?? []).map((section) => section.name).join(', ') || none],
        ]}
      />
      {evidence && (
        <>
          <h2 className="h4 mt-4">{t('hr.albo.evidence')}</h2>
          <p>{t('hr.albo.evidenceIntro', { since: formatDate(evidence.since) })}</p>
          <Facts
            rows={[
              [t('hr.albo.evidence.slotsPublished'), figure(evidence.slotsPublished)],
              [t('hr.albo.evidence.pathsStarted'), figure(evidence.pathsStarted)],
              [t('hr.albo.evidence.pathsCompleted'), figure(evidence.pathsCompleted)],
              [t('hr.albo.evidence.hired'), figure(evidence.hired)],
              [
                t('hr.albo.evidence.answered'),
                evidence.proposalsAnsweredShare === null ? t('hr.albo.notMeasured') : `${formatNumber(Math.round(evidence.proposalsAnsweredShare * 100))}%`,
              ],
            ]}
          />
        </>
      )}
      {membership.history && membership.history.length > 0 && (
        <>
          <h2 className="h4 mt-4">{t('hr.albo.history')}</h2>
          <DataTable caption={t('hr.albo.history')} hiddenCaption
            columns={[t('hr.albo.col.date'), t('hr.albo.col.step'), t('hr.albo.col.reason')]}>
            {membership.history.map((decision) => (
              <tr key={decision.id}>
                <td>{formatDate(decision.decidedAt)}</td>
                <th scope="row">{t(`hr.albo.decision.${decision.kind}`)}</th>
                <td>{decision.reason ?? none}</td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </>
  );
}

/** HR: where the company stands in the Albo, and the application or renewal it may file. */
export function AlboStatusPage() {
  const { t } = useI18n();
  const query = useQuery(HrAlboDocument, {});
  const [filed, setFiled] = useState<{ membership: HrAlboMembershipFragment; message: 'hr.albo.applied' | 'hr.albo.renewalFiled' } | null>(null);
  const membership = filed?.membership ?? query.data?.myAlboMembership ?? null;
  const mayApply = query.data !== null && (!membership || MAY_APPLY.includes(membership.status));
  const mayRenew = membership?.status === 'ADMITTED' && !membership.renewalRequestedAt;
  return (
    <section aria-labelledby="albo-status-title" aria-busy={query.loading}>
      <h1 id="albo-status-title">{t('hr.albo.title')}</h1>
      <p className="lead">{t('hr.albo.intro')}</p>
      <div role="status" className={filed ? 'alert alert-success' : undefined}>
        {filed ? t(filed.message) : ''}
      </div>
      <ErrorAlert error={query.error} />
      {query.loading && <Loading />}
      {query.data && !membership && <p>{t('hr.albo.notApplied')}</p>}
      {membership && <MembershipStatus membership={membership} />}
      {query.data && mayApply && (
        <AlboApplicationForm sections={query.data.alboSections} previous={membership?.sectionCodes ?? []} onDone={(next) => setFiled({ membership: next, message: 'hr.albo.applied' })} />
      )}
      {mayRenew && <AlboRenewalForm onDone={(next) => setFiled({ membership: next, message: 'hr.albo.renewalFiled' })} />}
    </section>
  );
}
