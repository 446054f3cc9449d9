import { ProposalSide, ProposalStatus } from './proposal.enums';

const { PROPOSED, REQUESTED, ACCEPTED, INTERVIEW, STARTED, COMPLETED, HIRED, INTERRUPTED, DECLINED, WITHDRAWN, EXPIRED } = ProposalStatus;
const { COMPANY, OPERATOR, SYSTEM } = ProposalSide;

export enum ProposalAction {
  ACCEPT = 'ACCEPT',
  DECLINE = 'DECLINE',
  WITHDRAW = 'WITHDRAW',
  SCHEDULE_INTERVIEW = 'SCHEDULE_INTERVIEW',
  RECORD_MEETING_CONSENT = 'RECORD_MEETING_CONSENT',
  START = 'START',
  INTERRUPT = 'INTERRUPT',
  END = 'END',
  HIRE = 'HIRE',
  CHECK_IN = 'CHECK_IN',
  EXPIRE = 'EXPIRE',
}

export interface TransitionRule {
  action: ProposalAction;
  by: ProposalSide;
  from: readonly ProposalStatus[];
  /** Null: the action records something (consent, a check-in) and leaves the status as it is. */
  to: ProposalStatus | null;
}

/**
 * Who may do what from which state: the one place the lifecycle is written. The answering side
 * is the other one (HR answers a PROPOSED, the operator a REQUESTED); starting and hiring are
 * the company's facts, consent is the operator's, and only the scheduler expires.
 */
export const TRANSITIONS: readonly TransitionRule[] = [
  { action: ProposalAction.ACCEPT, by: COMPANY, from: [PROPOSED], to: ACCEPTED },
  { action: ProposalAction.ACCEPT, by: OPERATOR, from: [REQUESTED], to: ACCEPTED },
  // HR may still say no after meeting the person; the operator's "no" after accepting is a withdrawal.
  { action: ProposalAction.DECLINE, by: COMPANY, from: [PROPOSED, ACCEPTED, INTERVIEW], to: DECLINED },
  { action: ProposalAction.DECLINE, by: OPERATOR, from: [REQUESTED], to: DECLINED },
  { action: ProposalAction.WITHDRAW, by: OPERATOR, from: [PROPOSED, ACCEPTED, INTERVIEW], to: WITHDRAWN },
  { action: ProposalAction.WITHDRAW, by: COMPANY, from: [REQUESTED], to: WITHDRAWN },
  { action: ProposalAction.SCHEDULE_INTERVIEW, by: COMPANY, from: [ACCEPTED, INTERVIEW], to: INTERVIEW },
  { action: ProposalAction.SCHEDULE_INTERVIEW, by: OPERATOR, from: [ACCEPTED, INTERVIEW], to: INTERVIEW },
  { action: ProposalAction.RECORD_MEETING_CONSENT, by: OPERATOR, from: [ACCEPTED, INTERVIEW], to: null },
  { action: ProposalAction.START, by: COMPANY, from: [ACCEPTED, INTERVIEW], to: STARTED },
  { action: ProposalAction.INTERRUPT, by: COMPANY, from: [STARTED], to: INTERRUPTED },
  { action: ProposalAction.INTERRUPT, by: OPERATOR, from: [STARTED], to: INTERRUPTED },
  // END goes to COMPLETED, or to HIRED when the assessment records a contract (see the service).
  { action: ProposalAction.END, by: COMPANY, from: [STARTED], to: COMPLETED },
  { action: ProposalAction.END, by: OPERATOR, from: [STARTED], to: COMPLETED },
  { action: ProposalAction.HIRE, by: COMPANY, from: [COMPLETED], to: HIRED },
  { action: ProposalAction.CHECK_IN, by: COMPANY, from: [STARTED], to: null },
  { action: ProposalAction.CHECK_IN, by: OPERATOR, from: [STARTED], to: null },
  { action: ProposalAction.EXPIRE, by: SYSTEM, from: [PROPOSED, REQUESTED], to: EXPIRED },
];

/** Closed for good: nothing but reads from here. */
export const FINAL_STATES: readonly ProposalStatus[] = [HIRED, INTERRUPTED, DECLINED, WITHDRAWN, EXPIRED];

export type TransitionDecision =
  | { allowed: true; to: ProposalStatus | null }
  | { allowed: false; refusal: 'SIDE_NOT_ALLOWED' | 'NOT_ALLOWED_IN_STATUS' };

/**
 * Whether `side` may do `action` on a proposal in `status`. A refusal names the side when the
 * action is some other side's to do (from this state, or at all), and the state otherwise.
 */
export function decideTransition(action: ProposalAction, status: ProposalStatus, side: ProposalSide): TransitionDecision {
  const rules = TRANSITIONS.filter((rule) => rule.action === action);
  const own = rules.find((rule) => rule.by === side && rule.from.includes(status));
  if (own) return { allowed: true, to: own.to };
  const othersFromHere = rules.some((rule) => rule.by !== side && rule.from.includes(status));
  if (othersFromHere || !rules.some((rule) => rule.by === side)) return { allowed: false, refusal: 'SIDE_NOT_ALLOWED' };
  return { allowed: false, refusal: 'NOT_ALLOWED_IN_STATUS' };
}
