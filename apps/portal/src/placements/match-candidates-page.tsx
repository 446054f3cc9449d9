import { PlacementMatchCandidatesDocument, PlacementSlotHeaderDocument } from '../api/generated';
import { formatNumber } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from '../ui/error-alert';
import { Loading } from '../ui/loading';
import { Pager } from '../ui/pager';
import { Link } from '../ui/router';
import { useCursorPages } from '../ui/use-cursor-pages';
import { useQuery } from '../ui/use-query';
import { CandidateMatchCard } from './candidate-match-card';

const PAGE_SIZE = 10;

/** HR: anonymised candidates ranked for one of the company's slots, each with the explanation of its fit. */
export function MatchCandidatesPage({ slotId }: { slotId: string }) {
  const { t } = useI18n();
  const pages = useCursorPages();
  const header = useQuery(PlacementSlotHeaderDocument, { id: slotId });
  const matches = useQuery(PlacementMatchCandidatesDocument, { slotId, first: PAGE_SIZE, after: pages.after });
  const slot = header.data?.slot;
  const result = matches.data?.matchCandidates;
  const districts = new Map((matches.data?.districts ?? []).map((district) => [district.code, district.name]));
  return (
    <section aria-labelledby="match-title" aria-busy={matches.loading}>
      <p>
        <Link href={`/area-riservata/posti/${slotId}`}>{t('placements.match.back')}</Link>
      </p>
      <h1 id="match-title">{t('placements.match.title')}</h1>
      {slot && (
        <p className="lead">
          {t('placements.match.slot', { title: slot.title })} · {t(`kind.${slot.kind}`)}
          {slot.comune && ` · ${slot.comune.name}`}
        </p>
      )}
      <p>{t('placements.match.intro')}</p>
      <ErrorAlert error={header.error ?? matches.error} />
      {matches.loading && <Loading />}
      {result && (
        <>
          <p className="fw-semibold" aria-live="polite">
            {result.totalCount === 1 ? t('placements.match.countOne') : t('placements.match.count', { count: formatNumber(result.totalCount) })}
          </p>
          {result.nodes.length === 0 ? (
            <p>{t('placements.match.empty')}</p>
          ) : (
            <ol className="list-unstyled" aria-label={t('placements.match.listLabel')}>
              {result.nodes.map((match, index) => (
                <CandidateMatchCard key={match.candidate.id} slotId={slotId} match={match} rank={(pages.page - 1) * PAGE_SIZE + index + 1}
                  districtName={districts.get(match.candidate.districtCode) ?? null} />
              ))}
            </ol>
          )}
          <Pager pages={pages} pageInfo={result.pageInfo} disabled={matches.loading} />
        </>
      )}
    </section>
  );
}
