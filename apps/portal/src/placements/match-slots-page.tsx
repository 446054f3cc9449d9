import { useState } from 'react';
import { PlacementCandidateHeaderDocument, PlacementMatchSlotsDocument, type SessionUserFragment } from '../api/generated';
import { formatNumber } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from '../ui/error-alert';
import { Loading } from '../ui/loading';
import { Pager } from '../ui/pager';
import { Link } from '../ui/router';
import { useCursorPages } from '../ui/use-cursor-pages';
import { useQuery } from '../ui/use-query';
import { ProposalsList } from './proposals-list';
import { SlotMatchCard } from './slot-match-card';

const PAGE_SIZE = 10;

/** Operator: the open slots ranked for one of the organisation's candidates, and the person's proposals. */
export function MatchSlotsPage({ user, candidateId }: { user: SessionUserFragment; candidateId: string }) {
  const { t } = useI18n();
  const pages = useCursorPages();
  const proposalPages = useCursorPages();
  // A new proposal shows in the person's list below: the list is read again.
  const [proposalsVersion, setProposalsVersion] = useState(0);
  const header = useQuery(PlacementCandidateHeaderDocument, { id: candidateId });
  const matches = useQuery(PlacementMatchSlotsDocument, { candidateId, first: PAGE_SIZE, after: pages.after });
  const candidate = header.data?.candidate;
  const result = matches.data?.matchSlots;
  const proposed = () => {
    proposalPages.reset();
    setProposalsVersion((version) => version + 1);
  };
  return (
    <section aria-labelledby="slots-match-title" aria-busy={matches.loading}>
      <p>
        <Link href={`/area-riservata/persone/${candidateId}`}>{t('placements.slots.back')}</Link>
      </p>
      <h1 id="slots-match-title">{t('placements.slots.title')}</h1>
      {candidate && (
        <p className="lead">
          {t('placements.slots.person', { code: candidate.publicCode })}
          {candidate.residenceDistrict && ` · ${candidate.residenceDistrict.name}`}
        </p>
      )}
      <p>{t('placements.slots.intro')}</p>
      <ErrorAlert error={header.error ?? matches.error} />
      {matches.loading && <Loading />}
      {result && (
        <>
          <p className="fw-semibold" aria-live="polite">
            {result.totalCount === 1 ? t('placements.slots.countOne') : t('placements.slots.count', { count: formatNumber(result.totalCount) })}
          </p>
          {result.nodes.length === 0 ? (
            <p>{t('placements.slots.empty')}</p>
          ) : (
            <ol className="list-unstyled" aria-label={t('placements.slots.listLabel')}>
              {result.nodes.map((match, index) => (
                <SlotMatchCard key={match.slot.id} candidateId={candidateId} match={match} rank={(pages.page - 1) * PAGE_SIZE + index + 1} onProposed={proposed} />
              ))}
            </ol>
          )}
          <Pager pages={pages} pageInfo={result.pageInfo} disabled={matches.loading} />
        </>
      )}
      <section aria-labelledby="person-proposals-title" className="mt-5">
        <h2 id="person-proposals-title">{t('placements.slots.proposalsTitle')}</h2>
        <ProposalsList key={proposalsVersion} user={user} filter={{ candidateId }} pages={proposalPages} />
      </section>
    </section>
  );
}
