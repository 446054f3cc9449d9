import { useState } from 'react';
import type { PlacementCheckInFragment, PlacementProposalFragment } from '../api/generated';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import { ProposalActions } from './proposal-actions';
import type { ProposalSideOf } from './proposal-lifecycle';

const LIVE = ['ACCEPTED', 'INTERVIEW', 'STARTED'];
const DONE_WELL = ['COMPLETED', 'HIRED'];

function statusTone(status: PlacementProposalFragment['status']): string {
  if (DONE_WELL.includes(status)) return 'bg-success';
  if (status === 'PROPOSED' || status === 'REQUESTED' || LIVE.includes(status)) return 'bg-primary';
  return 'bg-secondary';
}

function Row({ term, value }: { term: string; value: string | null }) {
  if (value === null || value === '') return null;
  return (
    <>
      <dt className="col-sm-4">{term}</dt>
      <dd className="col-sm-8">{value}</dd>
    </>
  );
}

function CheckIns({ checkIns }: { checkIns: PlacementCheckInFragment[] }) {
  const { t } = useI18n();
  if (checkIns.length === 0) return null;
  return (
    <div className="mt-3">
      <p className="fw-semibold mb-1">{t('placements.card.checkIns')}</p>
      <ul className="mb-0">
        {checkIns.map((checkIn) => (
          <li key={checkIn.id}>
            {t('placements.card.checkInBy', { date: formatDate(checkIn.createdAt), side: t(`placements.side.${checkIn.side}`) })}:{' '}
            <strong>{t(`placements.checkIn.${checkIn.state}`)}</strong>
            {checkIn.note && ` — ${checkIn.note}`}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** HR sees the operator's work contact only after the person agreed to meet (the API decides). */
function OperatorContact({ proposal }: { proposal: PlacementProposalFragment }) {
  const { t } = useI18n();
  const contact = proposal.operatorContact;
  if (contact) {
    return (
      <div className="mt-3 p-3 bg-light">
        <p className="fw-semibold mb-1">{t('placements.card.contactTitle')}</p>
        <p className="mb-0">
          {contact.displayName}, {contact.organisationName} · <a href={`mailto:${contact.email}`}>{contact.email}</a>
          {contact.organisationPhone && ` · ${t('placements.card.phone', { phone: contact.organisationPhone })}`}
        </p>
      </div>
    );
  }
  return LIVE.includes(proposal.status) ? <p className="mt-3 mb-0 small">{t('placements.card.contactHidden')}</p> : null;
}

/** One proposal: where it stands, what each side wrote, the path's check-ins, and what the caller may do next. */
export function ProposalCard({ initial, side, headingLevel }: { initial: PlacementProposalFragment; side: ProposalSideOf; headingLevel: 2 | 3 }) {
  const { t } = useI18n();
  // The card shows what the last action returned, without reading the whole page again.
  const [proposal, setProposal] = useState(initial);
  const addCheckIn = (checkIn: PlacementCheckInFragment) => setProposal((current) => ({ ...current, checkIns: [...(current.checkIns ?? []), checkIn] }));
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const titleId = `proposal-${proposal.id}`;
  const date = (value: string | null) => (value ? formatDate(value) : null);
  return (
    <li className="card shadow-sm mb-4">
      <article className="card-body" aria-labelledby={titleId}>
        <div className="d-flex justify-content-between align-items-start gap-3 flex-wrap">
          <div>
            <Heading id={titleId} className="h5 mb-1">{proposal.slot?.title ?? t('placements.card.slotGone')}</Heading>
            <p className="mb-0">
              {t('placements.card.candidate')} <strong>{proposal.candidatePublicCode}</strong>
              {side === 'OPERATOR' && proposal.slot?.company && ` · ${proposal.slot.company.legalName}`}
            </p>
          </div>
          <span className={`badge ${statusTone(proposal.status)} fs-6`}>{t(`placements.status.${proposal.status}`)}</span>
        </div>
        <dl className="row mb-0 mt-3">
          <Row term={t('placements.card.origin')} value={t(`placements.origin.${proposal.origin}`)} />
          <Row term={t('placements.card.createdAt')} value={formatDate(proposal.createdAt)} />
          <Row term={t('placements.card.note')} value={proposal.note} />
          <Row term={t('placements.card.interviewOn')} value={date(proposal.interviewOn)} />
          <Row term={t('placements.card.meetingAgreedOn')} value={date(proposal.meetingAgreedOn)} />
          <Row term={t('placements.card.startsOn')} value={date(proposal.startsOn)} />
          <Row term={t('placements.card.declineReason')} value={proposal.declineReason && t(`placements.decline.${proposal.declineReason}`)} />
          <Row term={t('placements.card.interruptionReason')} value={proposal.interruptionReason && t(`placements.interruption.${proposal.interruptionReason}`)} />
          <Row term={t('placements.card.closingNote')} value={proposal.closingNote} />
          <Row term={t('placements.card.outcome')} value={proposal.outcome && t(`placements.outcome.${proposal.outcome}`)} />
          <Row term={t('placements.card.contractType')} value={proposal.contractType && t(`placements.contract.${proposal.contractType}`)} />
          <Row term={t('placements.card.feedback')} value={proposal.feedback} />
          <Row term={t('placements.card.endedAt')} value={date(proposal.endedAt)} />
        </dl>
        {side === 'COMPANY' && <OperatorContact proposal={proposal} />}
        <CheckIns checkIns={proposal.checkIns ?? []} />
        <ProposalActions proposal={proposal} side={side} onChanged={setProposal} onCheckIn={addCheckIn} />
      </article>
    </li>
  );
}
