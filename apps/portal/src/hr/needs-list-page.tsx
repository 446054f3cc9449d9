import { HrNeedsAnalysesDocument } from '../api/generated';
import { formatDate, formatNumber } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import { DataTable } from '../ui/data-table';
import { ErrorAlert } from '../ui/error-alert';
import { Loading } from '../ui/loading';
import { Pager } from '../ui/pager';
import { Link } from '../ui/router';
import { useCursorPages } from '../ui/use-cursor-pages';
import { useQuery } from '../ui/use-query';
import { periodLabel } from './needs-period';

const PAGE_SIZE = 10;

/** HR: the company's needs analyses, every version, newest first. */
export function NeedsListPage() {
  const { t } = useI18n();
  const pages = useCursorPages();
  const query = useQuery(HrNeedsAnalysesDocument, { first: PAGE_SIZE, after: pages.after });
  const result = query.data?.needsAnalyses;
  const none = t('common.none');
  return (
    <section aria-labelledby="needs-title" aria-busy={query.loading}>
      <h1 id="needs-title">{t('hr.needs.title')}</h1>
      <p className="lead">{t('hr.needs.intro')}</p>
      <Link href="/area-riservata/fabbisogni/nuova" className="btn btn-primary mb-4">
        {t('hr.needs.newTitle')}
      </Link>
      <ErrorAlert error={query.error} />
      {query.loading && <Loading />}
      {result && (
        <>
          <p className="fw-semibold" aria-live="polite">
            {result.totalCount === 1 ? t('hr.needs.countOne') : t('hr.needs.count', { count: formatNumber(result.totalCount) })}
          </p>
          {result.nodes.length === 0 ? (
            <p>{t('hr.needs.empty')}</p>
          ) : (
            <DataTable caption={t('hr.needs.tableCaption')} hiddenCaption striped
              columns={[t('hr.needs.period'), t('hr.needs.col.version'), t('hr.needs.col.status'), t('hr.needs.col.people'), t('hr.needs.col.submitted')]}>
              {result.nodes.map((analysis) => (
                <tr key={analysis.id}>
                  <th scope="row">
                    <Link href={`/area-riservata/fabbisogni/${analysis.id}`}>{periodLabel(analysis.period, t)}</Link>
                  </th>
                  <td>{formatNumber(analysis.version)}</td>
                  <td>{t(`hr.needs.status.${analysis.status}`)}</td>
                  <td>{formatNumber(analysis.lines.reduce((sum, line) => sum + line.headCount, 0))}</td>
                  <td>{analysis.submittedAt ? formatDate(analysis.submittedAt) : none}</td>
                </tr>
              ))}
            </DataTable>
          )}
          <Pager pages={pages} pageInfo={result.pageInfo} disabled={query.loading} />
        </>
      )}
    </section>
  );
}
