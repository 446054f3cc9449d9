export { CandidateCodeSequence } from './candidate-code-sequence.entity';
export { CandidateErasureCount } from './candidate-erasure-count.entity';
export { CandidateJobs } from './candidate-jobs.service';
export { CandidateLink } from './candidate-link.entity';
export { CandidateCoordinationRequest } from './candidate-coordination-request.entity';
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
export { CandidateIntakeService } from './candidate-intake.service';
export { CandidatePathsService } from './candidate-paths.service';
export { CANDIDATES_INDEX } from './candidates-index';
export { CandidatesService } from './candidates.service';
export { COMPLETE, completenessOf } from './completeness';
export { formatPublicCode } from './public-code';
