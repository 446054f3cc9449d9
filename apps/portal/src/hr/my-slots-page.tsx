import { MySlotsDocument, type SessionUserFragment } from '../api/generated';
import { formatNumber } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from '../ui/error-alert';
import { Loading } from '../ui/loading';
import { Link } from '../ui/router';
import { Pager } from '../ui/pager';
import { useCursorPages } from '../ui/use-cursor-pages';
import { useQuery } from '../ui/use-query';
import { SlotsTable } from './slots-table';

const PAGE_SIZE = 10;

/** HR: every slot of the user's company, whatever its status. */
export function MySlotsPage({ user }: { user: SessionUserFragment }) {
  const { t } = useI18n();
  const pages = useCursorPages();
  const slots = useQuery(MySlotsDocument, user.companyId ? { companyId: user.companyId, first: PAGE_SIZE, after: pages.after } : null);
  const result = slots.data?.slots;
  return (
    <section aria-labelledby="slots-title" aria-busy={slots.loading}>
      <h1 id="slots-title">{t('slots.title')}</h1>
      <p className="lead">{t('slots.intro')}</p>
      {!user.companyId && <p>{t('slots.noCompany')}</p>}
      {user.companyId && (
        <Link href="/area-riservata/posti/nuovo" className="btn btn-primary mb-4">
          {t('hr.slotNew.title')}
        </Link>
      )}
      <ErrorAlert error={slots.error} />
      {slots.loading && <Loading />}
      {result && (
        <>
          <p className="fw-semibold" aria-live="polite">
            {result.totalCount === 1 ? t('slots.countOne') : t('slots.count', { count: formatNumber(result.totalCount) })}
          </p>
          {result.nodes.length === 0 ? <p>{t('slots.empty')}</p> : <SlotsTable slots={result.nodes} />}
          <Pager pages={pages} pageInfo={result.pageInfo} disabled={slots.loading} />
        </>
      )}
    </section>
  );
}
