import type { ProposalStatus, Role, SlotKind } from '../api/generated';

export type ProposalSideOf = 'COMPANY' | 'OPERATOR';

export type ProposalActionKind = 'accept' | 'decline' | 'withdraw' | 'interview' | 'consent' | 'start' | 'checkIn' | 'interrupt' | 'end' | 'hire';

const BEFORE_START: ProposalStatus[] = ['ACCEPTED', 'INTERVIEW'];

/**
 * Which buttons each side sees in each state: a copy of the API's lifecycle table
 * (libs/proposals proposal-transitions.ts), only to offer what can succeed. The API still decides.
 */
const OFFERED: Record<ProposalActionKind, Record<ProposalSideOf, ProposalStatus[]>> = {
  accept: { COMPANY: ['PROPOSED'], OPERATOR: ['REQUESTED'] },
  decline: { COMPANY: ['PROPOSED', ...BEFORE_START], OPERATOR: ['REQUESTED'] },
  withdraw: { COMPANY: ['REQUESTED'], OPERATOR: ['PROPOSED', ...BEFORE_START] },
  interview: { COMPANY: BEFORE_START, OPERATOR: BEFORE_START },
  consent: { COMPANY: [], OPERATOR: BEFORE_START },
  start: { COMPANY: BEFORE_START, OPERATOR: [] },
  checkIn: { COMPANY: ['STARTED'], OPERATOR: ['STARTED'] },
  interrupt: { COMPANY: ['STARTED'], OPERATOR: ['STARTED'] },
  end: { COMPANY: ['STARTED'], OPERATOR: ['STARTED'] },
  hire: { COMPANY: ['COMPLETED'], OPERATOR: [] },
};

const ORDER: ProposalActionKind[] = ['accept', 'consent', 'start', 'checkIn', 'end', 'hire', 'interview', 'decline', 'withdraw', 'interrupt'];

export function sideOf(role: Role): ProposalSideOf {
  return role === 'COMPANY_HR' ? 'COMPANY' : 'OPERATOR';
}

/** The actions to offer, most usual first; check-ins are for tirocini and job-approach paths only. */
export function offeredActions(status: ProposalStatus, side: ProposalSideOf, slotKind: SlotKind | null): ProposalActionKind[] {
  return ORDER.filter((action) => OFFERED[action][side].includes(status) && !(action === 'checkIn' && slotKind === 'JOB'));
}
