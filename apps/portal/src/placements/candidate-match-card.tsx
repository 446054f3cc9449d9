import { useCallback } from 'react';
import { PlacementRequestCandidateDocument, type PlacementMatchCandidatesQuery } from '../api/generated';
import { execute } from '../api/graphql-client';
import { useI18n } from '../i18n/i18n-context';
import { MatchExplanationView, MatchScore } from './match-explanation';
import { ProposeForm } from './propose-form';

type CandidateMatch = PlacementMatchCandidatesQuery['matchCandidates']['nodes'][number];

/** One anonymised candidate ranked for the slot, with why, and HR's request. */
export function CandidateMatchCard({ slotId, match, rank, districtName }: { slotId: string; match: CandidateMatch; rank: number; districtName: string | null }) {
  const { t } = useI18n();
  const { candidate, explanation } = match;
  const request = useCallback(
    (note: string | null) => execute(PlacementRequestCandidateDocument, { input: { slotId, candidateId: candidate.id, note } }),
    [slotId, candidate.id],
  );
  const titleId = `candidate-${candidate.id}`;
  return (
    <li className="card shadow-sm mb-4">
      <article className="card-body" aria-labelledby={titleId}>
        <div className="row">
          <div className="col-md-4 col-lg-3 mb-3">
            <p className="small mb-1">{t('placements.match.rank', { rank })}</p>
            <h2 id={titleId} className="h5 mb-1 placements-code">{candidate.publicCode}</h2>
            <p className="mb-2 small">
              {t(`placements.age.${candidate.ageBand}`)}
              {candidate.hoursPerWeek !== null && ` · ${t('placements.hours', { hours: candidate.hoursPerWeek })}`}
            </p>
            <MatchScore score={explanation.score} />
          </div>
          <div className="col-md-8 col-lg-9">
            <MatchExplanationView explanation={explanation} districtName={districtName} />
            <ProposeForm
              id={`request-${candidate.id}`}
              send={request}
              labels={{
                open: t('placements.match.request'),
                note: t('placements.match.requestNote'),
                submit: t('placements.match.requestSubmit'),
                pending: t('placements.match.requestPending'),
                done: t('placements.match.requestDone'),
              }}
            />
          </div>
        </div>
      </article>
    </li>
  );
}
