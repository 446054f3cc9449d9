export { candidateFilters, candidatePoolLevels, districtTiers, explain, notAlreadyProposedFilter, poolQueries, sharedSkillsFilter, slotFilters, slotPoolLevels, slotQuery, type PoolLevel } from './match-rules';
export { SkillVocabulary } from './skill-vocabulary';
export { DISTRICT_TIER_WEIGHTS, MATCH_POOL_SIZE, SKILL_WEIGHTS, type DistrictTierWeights } from './match-weights';
export { CandidateMatch, DistrictRelation, MatchCondition, MatchedCandidate, MatchExplanation, MatchSkill, SlotMatch } from './match.types';
export { MatchingError, MatchingErrorCode } from './matching.errors';
export { MatchingModule } from './matching.module';
export { COMUNE_DISCLOSURE_MIN, comuneShown } from './comune-disclosure';
export { MatchingService, type MatchOptions } from './matching.service';
