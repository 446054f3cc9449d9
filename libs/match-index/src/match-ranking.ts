import { CandidateStatus, CandidateWorkConditionNeed, ConsentPurpose, type Candidate } from '@ipl/candidates';
import type { Slot } from '@ipl/slots';
import { DistrictRelation, MatchCondition, type ExplainedSkill, type Explanation } from './match-enums';
import { SKILL_WEIGHTS, type DistrictTierWeights } from './match-weights';
import type { SkillVocabulary } from './skill-vocabulary';
import { NEED_OFFERS } from './work-conditions';

/*
 * The ranking formula of match-weights.ts, computed exactly from PostgreSQL's rows on the pool
 * the index hands over (the filters of match-filters.ts are its rule, written for the engine).
 */

export function districtRelation(slotDistrict: string, candidateDistrict: string, neighbours: ReadonlySet<string>): DistrictRelation {
  if (slotDistrict === candidateDistrict) return DistrictRelation.SAME;
  return neighbours.has(candidateDistrict) ? DistrictRelation.NEIGHBOUR : DistrictRelation.OTHER;
}

/** The slot's skills, each met or not by the person, and the weighted share met (0–1). */
export interface SkillsFit {
  asked: (ExplainedSkill & { met: boolean })[];
  fit: number;
}

/**
 * How a person's skills meet a slot's, from PostgreSQL's rows: a skill of the slot is matched
 * when the person has it, or names it (or one of its synonyms) as a free label; a free label of
 * the slot is matched when the person names it or has a skill called so.
 */
export function skillsFit(slot: Slot, candidate: Pick<Candidate, 'skillIds' | 'freeSkillLabels'>, vocabulary: SkillVocabulary): SkillsFit {
  // The vocabulary's names come normalised: a pool of 200 profiles normalises only free labels.
  const terms = new Set([...candidate.freeSkillLabels.map(vocabulary.normalise), ...candidate.skillIds.flatMap((id) => vocabulary.namesOf(id))].filter(Boolean));
  const has = (id: string) => candidate.skillIds.includes(id) || vocabulary.namesOf(id).some((name) => terms.has(name));
  const labelOf = (id: string) => vocabulary.get(id)?.label ?? id;
  const asked: SkillsFit['asked'] = [
    ...slot.requiredSkillIds.map((id) => ({ skillId: id, label: labelOf(id), required: true, met: has(id) })),
    ...slot.niceToHaveSkillIds.map((id) => ({ skillId: id, label: labelOf(id), required: false, met: has(id) })),
    ...slot.freeSkillLabels.map((label) => ({ skillId: null, label, required: false, met: terms.has(vocabulary.normalise(label)) })),
  ];
  const share = (required: boolean) => {
    const group = asked.filter((skill) => skill.required === required);
    return group.length === 0 ? null : group.filter((skill) => skill.met).length / group.length;
  };
  const required = share(true);
  const nice = share(false);
  const parts: [number, number][] = [];
  if (required !== null) parts.push([SKILL_WEIGHTS.REQUIRED, required]);
  if (nice !== null) parts.push([SKILL_WEIGHTS.NICE_TO_HAVE, nice]);
  const totalWeight = parts.reduce((sum, [weight]) => sum + weight, 0);
  return { asked, fit: totalWeight === 0 ? 0 : parts.reduce((sum, [weight, value]) => sum + weight * value, 0) / totalWeight };
}

/** The score of a pair, 0–100: the documented formula of match-weights.ts. */
export function matchScore(fit: number, relation: DistrictRelation, weights: DistrictTierWeights): number {
  return Math.round(100 * weights[relation] * fit);
}

/** The explanation of a pair: skills met and missing, place, conditions met, fit and score. */
export function explain(
  slot: Slot,
  candidate: Pick<Candidate, 'skillIds' | 'freeSkillLabels' | 'supportNeeds'>,
  relation: DistrictRelation,
  vocabulary: SkillVocabulary,
  weights: DistrictTierWeights,
): Explanation {
  const { asked, fit } = skillsFit(slot, candidate, vocabulary);
  const strip = ({ skillId, label, required }: ExplainedSkill) => ({ skillId, label, required });
  return {
    score: matchScore(fit, relation, weights),
    skillsFit: Math.round(100 * fit),
    districtRelation: relation,
    skillsMatched: asked.filter((skill) => skill.met).map(strip),
    skillsMissing: asked.filter((skill) => !skill.met).map(strip),
    conditionsMet: conditionsOf(slot, candidate),
  };
}

function conditionsOf(slot: Slot, candidate: Pick<Candidate, 'supportNeeds'>): MatchCondition[] {
  const met = [MatchCondition.CONSENT, MatchCondition.HOURS];
  if (slot.shifts.length > 0) met.push(MatchCondition.SHIFTS);
  if (candidate.supportNeeds.includes(CandidateWorkConditionNeed.NO_NIGHT_SHIFTS)) met.push(MatchCondition.NO_NIGHT_SHIFTS);
  for (const [need, , , condition] of NEED_OFFERS) if (candidate.supportNeeds.includes(need)) met.push(condition);
  if (slot.drivingLicenceRequired) met.push(MatchCondition.DRIVING_LICENCE);
  if (slot.languages.length > 0) met.push(MatchCondition.LANGUAGES);
  return met;
}

/** Whether a profile may be matched at all (the index holds only these, PostgreSQL decides). */
export function isMatchable(status: CandidateStatus, candidate: Candidate): boolean {
  return status === CandidateStatus.ACTIVE && candidate.consentGivenAt !== null && candidate.consentPurposes.includes(ConsentPurpose.MATCHING);
}
