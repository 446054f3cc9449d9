export { CompanyProposalSignals, OperatorContact, ProposalConnection } from './dto/proposal.types';
export { ProposalCheckIn } from './proposal-check-in.entity';
export { ProposalIdempotencyKey } from './proposal-idempotency-key.entity';
export { decideTransition, FINAL_STATES, ProposalAction, TRANSITIONS, type TransitionRule } from './proposal-transitions';
export {
  AWAITING_ANSWER,
  CheckInState,
  ContractType,
  DeclineReason,
  InterruptionReason,
  PathOutcome,
  ProposalOrigin,
  ProposalSide,
  ProposalStatus,
} from './proposal.enums';
export { Proposal } from './proposal.entity';
export { ProposalError, ProposalErrorCode } from './proposals.errors';
export { ProposalsDeadlineJob } from './proposals-deadline.job';
export { ProposalsModule } from './proposals.module';
export { ProposalIntakeService } from './proposal-intake.service';
export { ProposalsService, SIGNALS_MIN_PROPOSALS, SIGNALS_WINDOW_DAYS } from './proposals.service';
export { CompanyStandingJob } from './company-standing.job';
