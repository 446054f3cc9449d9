import { Button } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { BoardNeedsAnalysesDocument, type NeedsAnalysisStatus } from '../api/generated';
import { formatNumber } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from '../ui/error-alert';
import { LabelledSelect } from '../ui/labelled-select';
import { Loading } from '../ui/loading';
import { Pager } from '../ui/pager';
import { useCursorPages } from '../ui/use-cursor-pages';
import { useQuery } from '../ui/use-query';
import { NeedsAnalysesTable } from './needs-analyses-table';
import { periodLabel, recentPeriods } from './period';

const PAGE_SIZE = 10;

interface QueueFilters {
  period: string;
  status: NeedsAnalysisStatus;
}

const IN_FORCE: QueueFilters = { period: '', status: 'SUBMITTED' };

/** Board: the submitted analyses of every company, newest first, to review. */
export function NeedsAnalysesPage() {
  const { t } = useI18n();
  const pages = useCursorPages();
  const [draft, setDraft] = useState<QueueFilters>(IN_FORCE);
  const [applied, setApplied] = useState<QueueFilters>(IN_FORCE);
  const analyses = useQuery(BoardNeedsAnalysesDocument, { first: PAGE_SIZE, after: pages.after, period: applied.period || null, status: applied.status });
  const result = analyses.data?.needsAnalyses;
  const periods = [...recentPeriods('Q', 8), ...recentPeriods('H', 4)].map((period) => ({ value: period, label: periodLabel(period, t) }));
  const apply = (event: FormEvent) => {
    event.preventDefault();
    pages.reset();
    setApplied(draft);
  };
  return (
    <section aria-labelledby="needs-queue-title">
      <h1 id="needs-queue-title">{t('board.analyses.title')}</h1>
      <p className="lead">{t('board.analyses.intro')}</p>
      <form onSubmit={apply} className="mb-4" aria-label={t('board.analyses.filters')}>
        <div className="row mt-3">
          <LabelledSelect className="col-12 col-md-3" id="needs-period" label={t('board.period.label')} emptyLabel={t('board.analyses.anyPeriod')} value={draft.period} options={periods}
            onChange={(period) => setDraft((previous) => ({ ...previous, period }))} />
          <LabelledSelect className="col-12 col-md-3" id="needs-status" label={t('board.analyses.status')} value={draft.status}
            options={[{ value: 'SUBMITTED', label: t('board.analyses.status.SUBMITTED') }, { value: 'SUPERSEDED', label: t('board.analyses.status.SUPERSEDED') }]}
            onChange={(status) => setDraft((previous) => ({ ...previous, status: status === 'SUPERSEDED' ? 'SUPERSEDED' : 'SUBMITTED' }))} />
        </div>
        <Button type="submit" color="primary">{t('board.filters.apply')}</Button>
      </form>
      <div aria-busy={analyses.loading}>
        <ErrorAlert error={analyses.error} />
        {analyses.loading && <Loading />}
        {result && (
          <>
            <p className="fw-semibold" aria-live="polite">
              {result.totalCount === 1 ? t('board.analyses.countOne') : t('board.analyses.count', { count: formatNumber(result.totalCount) })}
            </p>
            {result.nodes.length === 0 ? <p>{t('board.analyses.empty')}</p> : <NeedsAnalysesTable analyses={result.nodes} />}
            <Pager pages={pages} pageInfo={result.pageInfo} disabled={analyses.loading} />
          </>
        )}
      </div>
    </section>
  );
}
