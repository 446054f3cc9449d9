export { CandidateMatch, MatchedCandidate, MatchExplanation, MatchSkill, SlotMatch } from './match.types';
export { MatchingError, MatchingErrorCode } from './matching.errors';
export { MatchingModule } from './matching.module';
export { COMUNE_DISCLOSURE_MIN, comuneShown } from './comune-disclosure';
export { MatchingService, type MatchOptions } from './matching.service';
