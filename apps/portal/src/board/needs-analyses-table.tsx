import type { BoardNeedsAnalysesQuery } from '../api/generated';
import { formatDate, formatNumber } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import { DataTable } from '../ui/data-table';
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
    <DataTable caption={t('board.analyses.tableCaption')} hiddenCaption striped
      columns={[t('board.analyses.col.company'), t('board.analyses.col.period'), t('board.analyses.col.version'), t('board.analyses.col.submitted'), t('board.analyses.col.people'), t('board.analyses.col.priority'), t('board.analyses.col.review')]}>
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
    </DataTable>
  );
}
