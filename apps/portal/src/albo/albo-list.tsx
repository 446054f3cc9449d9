import { AlboDocument } from '../api/generated';
import { formatNumber } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from '../ui/error-alert';
import { Loading } from '../ui/loading';
import { Pager } from '../ui/pager';
import type { CursorPages } from '../ui/use-cursor-pages';
import { useQuery } from '../ui/use-query';
import type { AlboFilterValues } from './albo-filters';
import { AlboTable } from './albo-table';

const PAGE_SIZE = 10;

function orNull(value: string): string | null {
  return value === '' ? null : value;
}

/** One page of the Albo for the filters applied. */
export function AlboList({ filters, pages }: { filters: AlboFilterValues; pages: CursorPages }) {
  const { t } = useI18n();
  const albo = useQuery(AlboDocument, {
    first: PAGE_SIZE,
    after: pages.after,
    districtCode: orNull(filters.districtCode),
    sectorCode: orNull(filters.sectorCode),
    sectionCode: orNull(filters.sectionCode),
  });
  const result = albo.data?.albo;
  return (
    <div aria-busy={albo.loading}>
      <ErrorAlert error={albo.error} />
      {albo.loading && <Loading />}
      {result && (
        <>
          <p className="fw-semibold" aria-live="polite">
            {result.totalCount === 1 ? t('albo.countOne') : t('albo.count', { count: formatNumber(result.totalCount) })}
          </p>
          {result.nodes.length === 0 ? <p>{t('albo.empty')}</p> : <AlboTable entries={result.nodes} />}
          <Pager pages={pages} pageInfo={result.pageInfo} disabled={albo.loading} />
        </>
      )}
    </div>
  );
}

