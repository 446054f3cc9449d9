import { PlacementProposalsDocument, type ProposalStatus, type SessionUserFragment } from '../api/generated';
import { formatNumber } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from '../ui/error-alert';
import { Loading } from '../ui/loading';
import { Pager } from '../ui/pager';
import type { CursorPages } from '../ui/use-cursor-pages';
import { useQuery } from '../ui/use-query';
import { ProposalCard } from './proposal-card';
import { sideOf } from './proposal-lifecycle';

const PAGE_SIZE = 10;

export interface ProposalsFilter {
  status?: ProposalStatus | null;
  candidateId?: string | null;
}

/** One page of the caller's proposals (the API scopes them to the company or organisation), newest first. */
export function ProposalsList({ user, filter, pages, headingLevel = 3 }: { user: SessionUserFragment; filter: ProposalsFilter; pages: CursorPages; headingLevel?: 2 | 3 }) {
  const { t } = useI18n();
  const proposals = useQuery(PlacementProposalsDocument, { first: PAGE_SIZE, after: pages.after, status: filter.status ?? null, candidateId: filter.candidateId ?? null });
  const result = proposals.data?.proposals;
  return (
    <div aria-busy={proposals.loading}>
      <ErrorAlert error={proposals.error} />
      {proposals.loading && <Loading />}
      {result && (
        <>
          <p className="fw-semibold" aria-live="polite">
            {result.totalCount === 1 ? t('placements.proposals.countOne') : t('placements.proposals.count', { count: formatNumber(result.totalCount) })}
          </p>
          {result.nodes.length === 0 ? (
            <p>{t('placements.proposals.empty')}</p>
          ) : (
            <ul className="list-unstyled" aria-label={t('placements.proposals.listLabel')}>
              {result.nodes.map((proposal) => (
                <ProposalCard key={proposal.id} initial={proposal} side={sideOf(user.role)} headingLevel={headingLevel} />
              ))}
            </ul>
          )}
          <Pager pages={pages} pageInfo={result.pageInfo} disabled={proposals.loading} />
        </>
      )}
    </div>
  );
}
