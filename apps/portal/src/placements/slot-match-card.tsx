import { useCallback } from 'react';
import { PlacementProposeCandidateDocument, type PlacementMatchSlotsQuery } from '../api/generated';
import { execute } from '../api/graphql-client';
import { formatDate, formatNumber } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import { CompanySignals } from './company-signals';
import { MatchExplanationView, MatchScore } from './match-explanation';
import { ProposeForm } from './propose-form';

type SlotMatch = PlacementMatchSlotsQuery['matchSlots']['nodes'][number];

/** One open slot ranked for the person, with why, the company's answer signals and the operator's proposal. */
export function SlotMatchCard({ candidateId, match, rank, onProposed }: { candidateId: string; match: SlotMatch; rank: number; onProposed: () => void }) {
  const { t } = useI18n();
  const { slot, explanation } = match;
  const propose = useCallback(
    (note: string | null) => execute(PlacementProposeCandidateDocument, { input: { slotId: slot.id, candidateId, note } }),
    [slot.id, candidateId],
  );
  const titleId = `slot-${slot.id}`;
  const none = t('common.none');
  return (
    <li className="card shadow-sm mb-4">
      <article className="card-body" aria-labelledby={titleId}>
        <div className="row">
          <div className="col-md-4 col-lg-3 mb-3">
            <p className="small mb-1">{t('placements.match.rank', { rank })} · {t(`kind.${slot.kind}`)}</p>
            <h2 id={titleId} className="h5 mb-1">{slot.title}</h2>
            <p className="mb-2">{slot.company?.legalName ?? none}</p>
            <MatchScore score={explanation.score} />
          </div>
          <div className="col-md-8 col-lg-9">
            <dl className="row mb-0 placements-explanation">
              <dt className="col-sm-4 col-lg-3">{t('placements.slots.place')}</dt>
              <dd className="col-sm-8 col-lg-9">{slot.comune?.name ?? none}</dd>
              <dt className="col-sm-4 col-lg-3">{t('placements.slots.start')}</dt>
              <dd className="col-sm-8 col-lg-9">{formatDate(slot.startDate)} · {t('placements.hours', { hours: slot.hoursPerWeek })}</dd>
              <dt className="col-sm-4 col-lg-3">{t('placements.slots.openingsLeft')}</dt>
              <dd className="col-sm-8 col-lg-9">{slot.openingsLeft === null ? none : formatNumber(slot.openingsLeft)}</dd>
            </dl>
            <MatchExplanationView explanation={explanation} districtName={slot.district?.name ?? null} />
            <CompanySignals companyId={slot.companyId} />
            <ProposeForm
              id={`propose-${slot.id}`}
              send={propose}
              onSent={onProposed}
              labels={{
                open: t('placements.slots.propose'),
                note: t('placements.slots.proposeNote'),
                submit: t('placements.slots.proposeSubmit'),
                pending: t('placements.slots.proposePending'),
                done: t('placements.slots.proposeDone'),
              }}
            />
          </div>
        </div>
      </article>
    </li>
  );
}
