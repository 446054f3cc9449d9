export { CandidateCodeSequence } from './candidate-code-sequence.entity';
export { CandidateErasureCount } from './candidate-erasure-count.entity';
export { CandidateJobs } from './candidate-jobs.service';
export { CandidateLink } from './candidate-link.entity';
export { CandidateCoordinationRequest } from './candidate-coordination-request.entity';
export { candidateDocument } from './candidate-search.source';
export { Candidate } from './candidate.entity';
export {
  ActiveMeasure,
  AgeBand,
  CandidateCefrLevel,
  CandidateShift,
  CandidateStatus,
  CandidateWorkConditionNeed,
  ConsentPurpose,
} from './candidate.enums';
export { CandidateExperience, CandidateLanguage } from './candidate.types';
export { CandidateError, CandidateErrorCode } from './candidates.errors';
export { CandidatesModule } from './candidates.module';
export { CoordinationRequestStatus } from './coordination-request-status';
export { CANDIDATES_INDEX, CandidatesService, REMINDER_DAYS_BEFORE, type MatchableCandidate, type RankableCandidate } from './candidates.service';
export { COMPLETE, completenessOf } from './completeness';
export { formatPublicCode } from './public-code';
