import { useState } from 'react';
import { AdminAlboApplicationsDocument, type AlboStatus } from '../api/generated';
import { formatNumber } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from '../ui/error-alert';
import { LabelledSelect } from '../ui/labelled-select';
import { Loading } from '../ui/loading';
import { Pager } from '../ui/pager';
import { useCursorPages } from '../ui/use-cursor-pages';
import { useQuery } from '../ui/use-query';
import { AlboApplicationCard } from './albo-application-card';

const PAGE_SIZE = 5;
const STATUSES: AlboStatus[] = ['PENDING', 'ADMITTED', 'SUSPENDED', 'REJECTED', 'REVOKED', 'EXPIRED'];

/** The Commission's queue: applications waiting first, with the evidence and the decisions. */
export function AlboReviewPage() {
  const { t } = useI18n();
  const [status, setStatus] = useState<AlboStatus | ''>('PENDING');
  const pages = useCursorPages();
  const applications = useQuery(AdminAlboApplicationsDocument, { first: PAGE_SIZE, after: pages.after, status: status || null });
  const result = applications.data?.alboApplications;
  return (
    <section aria-labelledby="albo-review-title">
      <h1 id="albo-review-title">{t('admin.albo.title')}</h1>
      <p className="lead">{t('admin.albo.intro')}</p>
      <div className="row">
        <LabelledSelect id="albo-review-status" className="col-12 col-md-5" label={t('admin.filter.status')} emptyLabel={t('admin.all')} value={status}
          options={STATUSES.map((value) => ({ value, label: t(`admin.albo.status.${value}`) }))}
          onChange={(value) => {
            setStatus(STATUSES.find((candidate) => candidate === value) ?? '');
            pages.reset();
          }} />
      </div>
      <div aria-busy={applications.loading}>
        <ErrorAlert error={applications.error} />
        {applications.loading && <Loading />}
        {result && (
          <>
            <p className="fw-semibold" aria-live="polite">
              {result.totalCount === 1 ? t('admin.albo.countOne') : t('admin.albo.count', { count: formatNumber(result.totalCount) })}
            </p>
            {result.nodes.length === 0 && <p>{t('admin.albo.empty')}</p>}
            {result.nodes.map((membership) => (
              <AlboApplicationCard key={membership.id} initial={membership} />
            ))}
            <Pager pages={pages} pageInfo={result.pageInfo} disabled={applications.loading} />
          </>
        )}
      </div>
    </section>
  );
}
