import { useState } from 'react';
import { BoardNeedsAnalysisDocument } from '../api/generated';
import { formatDate, formatNumber } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from '../ui/error-alert';
import { Loading } from '../ui/loading';
import { Link } from '../ui/router';
import { useReloadableQuery } from '../ui/use-reloadable-query';
import { NeedsLinesTable } from './needs-lines-table';
import { NeedsReviewForm } from './needs-review-form';
import { NeedsReviewHistory } from './needs-review-history';
import { periodLabel } from './period';
import { useReferenceData } from './reference-data';

/** Board: one analysis with its lines, the review form and the review history. */
export function NeedsAnalysisPage({ analysisId }: { analysisId: string }) {
  const { t } = useI18n();
  const details = useReloadableQuery(BoardNeedsAnalysisDocument, { id: analysisId });
  const reference = useReferenceData();
  const [saved, setSaved] = useState(false);
  const analysis = details.data?.needsAnalysis;
  const none = t('common.none');
  return (
    <section aria-labelledby="needs-analysis-title" aria-busy={details.loading}>
      <p>
        <Link href="/area-riservata/tavolo/analisi-fabbisogni">{t('board.analysis.back')}</Link>
      </p>
      <h1 id="needs-analysis-title">
        {analysis ? t('board.analysis.title', { company: analysis.company?.legalName ?? t('board.analyses.unknownCompany'), period: periodLabel(analysis.period, t) }) : t('board.analysis.loadingTitle')}
      </h1>
      <ErrorAlert error={details.error ?? reference.error} />
      {!analysis && details.loading && <Loading />}
      {analysis && (
        <>
          <dl className="row">
            <dt className="col-sm-3">{t('board.analyses.col.version')}</dt>
            <dd className="col-sm-9">{formatNumber(analysis.version)}</dd>
            <dt className="col-sm-3">{t('board.analyses.status')}</dt>
            <dd className="col-sm-9">{t(`board.analyses.status.${analysis.status}`)}</dd>
            <dt className="col-sm-3">{t('board.analyses.col.submitted')}</dt>
            <dd className="col-sm-9">{analysis.submittedAt ? formatDate(analysis.submittedAt) : none}</dd>
            <dt className="col-sm-3">{t('board.analyses.col.priority')}</dt>
            <dd className="col-sm-9">{analysis.priority ? t(`board.priority.${analysis.priority}`) : t('board.analysis.noPriority')}</dd>
            <dt className="col-sm-3">{t('board.analyses.col.review')}</dt>
            <dd className="col-sm-9">{analysis.reviewedAt ? t('board.analyses.reviewedOn', { date: formatDate(analysis.reviewedAt) }) : t('board.analyses.toReview')}</dd>
            <dt className="col-sm-3">{t('board.analysis.notes')}</dt>
            <dd className="col-sm-9">{analysis.notes ?? none}</dd>
          </dl>
          <h2 className="h3 mt-4">{t('board.analysis.lines')}</h2>
          <NeedsLinesTable lines={analysis.lines} districtName={reference.districtName} />
          <h2 className="h3 mt-5" id="needs-review-title">{t('board.review.title')}</h2>
          <div aria-live="polite">{saved && <div className="alert alert-success" role="status">{t('board.review.saved')}</div>}</div>
          {analysis.status === 'SUBMITTED' ? (
            <NeedsReviewForm
              analysisId={analysis.id}
              onReviewed={() => {
                setSaved(true);
                details.reload();
              }}
              onEdit={() => setSaved(false)}
            />
          ) : (
            <p>{t('board.review.superseded')}</p>
          )}
          <h2 className="h3 mt-5">{t('board.history.title')}</h2>
          <NeedsReviewHistory reviews={details.data?.needsAnalysisReviews ?? []} />
        </>
      )}
    </section>
  );
}
