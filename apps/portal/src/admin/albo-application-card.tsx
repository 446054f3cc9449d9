import { Alert, Badge } from 'design-react-kit';
import { useState } from 'react';
import type { AdminAlboMembershipFragment, AlboStatus } from '../api/generated';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import { AlboDecisionForm, type Decision } from './albo-decision-form';
import { AlboEvidence } from './albo-evidence';

type Membership = AdminAlboMembershipFragment;

const TONE: Record<AlboStatus, string> = { PENDING: 'primary', ADMITTED: 'success', SUSPENDED: 'warning', REVOKED: 'danger', REJECTED: 'danger', EXPIRED: 'secondary' };

/** One company's application or membership, with everything the review needs and its decisions. */
export function AlboApplicationCard({ initial }: { initial: Membership }) {
  const { t } = useI18n();
  const [membership, setMembership] = useState(initial);
  const [done, setDone] = useState<Decision | null>(null);
  const company = membership.company;
  const main = company?.sites?.[0];
  const headingId = `application-${membership.id}`;
  const none = t('common.none');
  return (
    <article className="card card-bg shadow-sm mb-4" aria-labelledby={headingId}>
      <div className="card-body">
        <div className="d-flex flex-wrap justify-content-between align-items-start gap-2">
          <h2 className="h4 card-title mb-1" id={headingId}>{company?.legalName ?? membership.companyId}</h2>
          <Badge color={TONE[membership.status]}>{t(`admin.albo.status.${membership.status}`)}</Badge>
        </div>
        <dl className="row small mt-3">
          <dt className="col-sm-3">{t('admin.albo.partitaIva')}</dt>
          <dd className="col-sm-9">{company?.partitaIva ?? none}</dd>
          <dt className="col-sm-3">{t('admin.albo.sector')}</dt>
          <dd className="col-sm-9">{company?.sector ? `${company.sector.code} · ${company.sector.label}` : none}</dd>
          <dt className="col-sm-3">{t('admin.albo.site')}</dt>
          <dd className="col-sm-9">{main?.comune ? `${main.comune.name}${main.district ? ` (${main.district.name})` : ''}` : none}</dd>
          <dt className="col-sm-3">{t('admin.albo.applied')}</dt>
          <dd className="col-sm-9">{formatDate(membership.appliedAt)}</dd>
          <dt className="col-sm-3">{t('admin.albo.sections')}</dt>
          <dd className="col-sm-9">{(membership.sections ?? []).map((section) => section.name).join(', ') || none}</dd>
          {membership.logoNumber && (
            <>
              <dt className="col-sm-3">{t('admin.albo.logo')}</dt>
              <dd className="col-sm-9">
                {membership.logoNumber}
                {membership.expiresAt && ` · ${t('admin.albo.expires', { date: formatDate(membership.expiresAt) })}`}
              </dd>
            </>
          )}
          {membership.renewalRequestedAt && (
            <>
              <dt className="col-sm-3">{t('admin.albo.renewal')}</dt>
              <dd className="col-sm-9">{formatDate(membership.renewalRequestedAt)}</dd>
            </>
          )}
        </dl>
        <AlboEvidence membership={membership} headingId={headingId} />
        {(membership.history ?? []).length > 0 && (
          <details className="mt-3">
            <summary>{t('admin.albo.history')}</summary>
            <ol className="small mt-2">
              {(membership.history ?? []).map((step) => (
                <li key={step.id}>
                  {formatDate(step.decidedAt)} · {t(`admin.albo.kind.${step.kind}`)}
                  {step.reason && ` — ${step.reason}`}
                </li>
              ))}
            </ol>
          </details>
        )}
        <div aria-live="polite">
          {done && <Alert color="success" className="mt-3">{t(`admin.albo.done.${done}`, { company: company?.legalName ?? '', logo: membership.logoNumber ?? '' })}</Alert>}
        </div>
        <AlboDecisionForm
          key={membership.status}
          membership={membership}
          onDecided={(updated, decision) => {
            setMembership(updated);
            setDone(decision);
          }}
        />
      </div>
    </article>
  );
}
