import { Table } from 'design-react-kit';
import type { BoardNeedsAnalysesQuery } from '../api/generated';
import { formatDate, formatNumber } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import { Link } from '../ui/router';
import { periodLabel } from './period';

type AnalysisRow = BoardNeedsAnalysesQuery['needsAnalyses']['nodes'][number];

export function analysisPath(id: string): string {
  return `/area-riservata/tavolo/analisi-fabbisogni/${encodeURIComponent(id)}`;
}

export function NeedsAnalysesTable({ analyses }: { analyses: AnalysisRow[] }) {
  const { t } = useI18n();
  const none = t('common.none');
  return (
    <div className="table-responsive">
      <Table striped>
        <caption className="visually-hidden">{t('board.analyses.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('board.analyses.col.company')}</th>
            <th scope="col">{t('board.analyses.col.period')}</th>
            <th scope="col">{t('board.analyses.col.version')}</th>
            <th scope="col">{t('board.analyses.col.submitted')}</th>
            <th scope="col">{t('board.analyses.col.people')}</th>
            <th scope="col">{t('board.analyses.col.priority')}</th>
            <th scope="col">{t('board.analyses.col.review')}</th>
          </tr>
        </thead>
        <tbody>
          {analyses.map((analysis) => (
            <tr key={analysis.id}>
              <th scope="row">
                <Link href={analysisPath(analysis.id)}>{analysis.company?.legalName ?? t('board.analyses.unknownCompany')}</Link>
              </th>
              <td>{periodLabel(analysis.period, t)}</td>
              <td>{formatNumber(analysis.version)}</td>
              <td>{analysis.submittedAt ? formatDate(analysis.submittedAt) : none}</td>
              <td>{formatNumber(analysis.lines.reduce((total, line) => total + line.headCount, 0))}</td>
              <td>{analysis.priority ? t(`board.priority.${analysis.priority}`) : none}</td>
              <td>{analysis.reviewedAt ? t('board.analyses.reviewedOn', { date: formatDate(analysis.reviewedAt) }) : t('board.analyses.toReview')}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
