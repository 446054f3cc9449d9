export { candidateFilters, districtTiers, explain, notAlreadyProposedFilter, poolQueries, sharedSkillsFilter, slotFilters, slotQuery } from './match-rules';
export { DISTRICT_TIER_WEIGHTS, MATCH_POOL_SIZE, SKILL_WEIGHTS, type DistrictTierWeights } from './match-weights';
export { CandidateMatch, DistrictRelation, MatchCondition, MatchedCandidate, MatchExplanation, MatchSkill, SlotMatch } from './match.types';
export { MatchingError, MatchingErrorCode } from './matching.errors';
export { MatchingModule } from './matching.module';
export { COMUNE_DISCLOSURE_MIN, MatchingService, type MatchOptions } from './matching.service';
