import { registerEnumType } from '@nestjs/graphql';

/**
 * Lifecycle of a proposal (candidate ↔ slot). PROPOSED by an operator or REQUESTED by HR, then
 * ACCEPTED, INTERVIEW, STARTED (uses one opening), COMPLETED or HIRED; INTERRUPTED, DECLINED,
 * WITHDRAWN and EXPIRED (unanswered) close it too. The allowed moves are in proposal-transitions.ts.
 */
export enum ProposalStatus {
  PROPOSED = 'PROPOSED',
  REQUESTED = 'REQUESTED',
  ACCEPTED = 'ACCEPTED',
  INTERVIEW = 'INTERVIEW',
  STARTED = 'STARTED',
  COMPLETED = 'COMPLETED',
  HIRED = 'HIRED',
  INTERRUPTED = 'INTERRUPTED',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
  EXPIRED = 'EXPIRED',
}
registerEnumType(ProposalStatus, { name: 'ProposalStatus' });

/** Waiting for the other side's first answer: the deadline job reminds and expires these. */
export const AWAITING_ANSWER: readonly ProposalStatus[] = [ProposalStatus.PROPOSED, ProposalStatus.REQUESTED];

/** Agreed and not closed: the operator's work contact may be shown to HR (after consent). */
export const LIVE_AFTER_ACCEPTANCE: readonly ProposalStatus[] = [ProposalStatus.ACCEPTED, ProposalStatus.INTERVIEW, ProposalStatus.STARTED];

/** Which side started it: an operator's proposal or a company's request for a matched candidate. */
export enum ProposalOrigin {
  OPERATOR = 'OPERATOR',
  COMPANY = 'COMPANY',
}
registerEnumType(ProposalOrigin, { name: 'ProposalOrigin' });

/** Coded so that reports can count why proposals are declined; a note may add detail. */
export enum DeclineReason {
  SKILLS_MISMATCH = 'SKILLS_MISMATCH',
  SCHEDULE_MISMATCH = 'SCHEDULE_MISMATCH',
  LOCATION_TOO_FAR = 'LOCATION_TOO_FAR',
  WORK_CONDITIONS_NOT_MET = 'WORK_CONDITIONS_NOT_MET',
  SLOT_NO_LONGER_AVAILABLE = 'SLOT_NO_LONGER_AVAILABLE',
  PERSON_NOT_INTERESTED = 'PERSON_NOT_INTERESTED',
  PERSON_NOT_AVAILABLE = 'PERSON_NOT_AVAILABLE',
  AFTER_INTERVIEW = 'AFTER_INTERVIEW',
  OTHER = 'OTHER',
}
registerEnumType(DeclineReason, { name: 'DeclineReason', description: 'Why a proposal or request was declined.' });

/** Coded reasons a running path stops early. */
export enum InterruptionReason {
  PERSON_LEFT = 'PERSON_LEFT',
  DID_NOT_SHOW = 'DID_NOT_SHOW',
  WORK_CONDITIONS_NOT_MET = 'WORK_CONDITIONS_NOT_MET',
  PERSONAL_CIRCUMSTANCES = 'PERSONAL_CIRCUMSTANCES',
  COMPANY_ENDED = 'COMPANY_ENDED',
  FOUND_OTHER_JOB = 'FOUND_OTHER_JOB',
  OTHER = 'OTHER',
}
registerEnumType(InterruptionReason, { name: 'InterruptionReason', description: 'Why a started path was interrupted.' });

export enum ContractType {
  PERMANENT = 'PERMANENT',
  FIXED_TERM = 'FIXED_TERM',
  APPRENTICESHIP = 'APPRENTICESHIP',
  PART_TIME_PERMANENT = 'PART_TIME_PERMANENT',
  PART_TIME_FIXED_TERM = 'PART_TIME_FIXED_TERM',
  TEMPORARY_AGENCY = 'TEMPORARY_AGENCY',
  OTHER = 'OTHER',
}
registerEnumType(ContractType, { name: 'ContractType' });

/** A check-in during a path; AT_RISK alerts the other side at once. */
export enum CheckInState {
  FINE = 'FINE',
  SOME_CONCERNS = 'SOME_CONCERNS',
  AT_RISK = 'AT_RISK',
}
registerEnumType(CheckInState, { name: 'CheckInState', description: 'Attendance fine, some concerns, or at risk.' });

/** The end assessment's outcome of a path. */
export enum PathOutcome {
  COMPLETED = 'COMPLETED',
  PARTLY_COMPLETED = 'PARTLY_COMPLETED',
  DID_NOT_SHOW = 'DID_NOT_SHOW',
}
registerEnumType(PathOutcome, { name: 'PathOutcome' });

/** Which side of a proposal acts: HR of the slot's company, the candidate's operator, or the scheduler. */
export enum ProposalSide {
  COMPANY = 'COMPANY',
  OPERATOR = 'OPERATOR',
  SYSTEM = 'SYSTEM',
}
registerEnumType(ProposalSide, { name: 'ProposalSide' });
