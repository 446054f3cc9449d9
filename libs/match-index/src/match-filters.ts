import { CandidateShift, CandidateWorkConditionNeed, type Candidate } from '@ipl/candidates';
import { CEFR_LEVELS, Shift, type Slot } from '@ipl/slots';
import type { MultiSearchQueryWithFederation } from 'meilisearch';
import type { Skill } from '@ipl/skills';
import { DistrictRelation } from './match-enums';
import { SKILL_WEIGHTS, type DistrictTierWeights } from './match-weights';
import type { SkillVocabulary } from './skill-vocabulary';
import { dayNumber } from './slot-document';
import { LEVEL_RANK, NEED_OFFERS } from './work-conditions';

/*
 * The filter language of the match index: a match's hard constraints and levels of skills fit
 * written as Meilisearch filters on the documents of candidate-document.ts and slot-document.ts.
 */

/** A value in a Meilisearch filter, quoted (language pairs carry a colon). */
function quote(value: string | number | boolean): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

function inList(values: readonly string[]): string {
  return `[${values.map(quote).join(', ')}]`;
}

/** "Not already proposed to that slot": the documents (candidates or slots) a proposal already links. */
export function notAlreadyProposedFilter(proposedIds: readonly string[]): string[] {
  return proposedIds.length > 0 ? [`id NOT IN ${inList(proposedIds)}`] : [];
}

/**
 * Hard constraints of a slot, as filters on the candidates' index. Status, consent and freshness
 * are not among them: the index holds only active, complete (so consented), fresh profiles
 * (candidateDocuments), and a profile whose reconfirmation date passes stays there until the
 * hourly stale job has the outbox delete it; a match's page recheck leaves it out meanwhile.
 */
export function candidateFilters(slot: Slot, proposedCandidateIds: readonly string[] = []): string[] {
  const filters = [`hoursPerWeek >= ${slot.hoursPerWeek}`];
  for (const shift of slot.shifts) filters.push(`shifts = ${quote(shift)}`);
  if (slot.shifts.includes(Shift.NIGHT)) filters.push(`supportNeeds != ${CandidateWorkConditionNeed.NO_NIGHT_SHIFTS}`);
  const unmet = NEED_OFFERS.filter(([, offered]) => !slot[offered]).map(([need]) => need);
  if (unmet.length > 0) filters.push(`supportNeeds NOT IN ${inList(unmet)}`);
  if (slot.drivingLicenceRequired) filters.push('drivingLicence = true');
  for (const { code, minLevel } of slot.languages) {
    const enough = [...LEVEL_RANK].filter(([, rank]) => rank >= (LEVEL_RANK.get(minLevel) ?? 0)).map(([level]) => `${code}:${level}`);
    filters.push(`languages IN ${inList(enough)}`);
  }
  return [...filters, ...notAlreadyProposedFilter(proposedCandidateIds)];
}

/**
 * Hard constraints of a person, as filters on the slots' index. `requiredLanguageCodes` are the
 * languages open slots ask for: a slot fits only if every requirement is met, and Meilisearch
 * can only say "none of these", so the requirements the person does not meet are listed.
 * Intake closed by a pause or a reached monthly cap is compared with today here, so a pause
 * ending or the month turning brings the slot back without a reindex; `NOT … >` also keeps a
 * document indexed before the field existed (a missing field is not greater than anything).
 * The index holds only OPEN slots (slotDocuments), so the status is no filter.
 */
export function slotFilters(candidate: Candidate, today: string, requiredLanguageCodes: readonly string[], proposedSlotIds: readonly string[] = []): string[] {
  const filters = ['openingsLeft > 0', `pausedUntilDay < ${dayNumber(today)}`, `NOT monthlyCapReopensDay > ${dayNumber(today)}`];
  if (candidate.hoursPerWeek !== null) filters.push(`hoursPerWeek <= ${candidate.hoursPerWeek}`);
  const cannot = Object.values(CandidateShift).filter((shift) => !candidate.shifts.includes(shift)) as string[];
  if (candidate.supportNeeds.includes(CandidateWorkConditionNeed.NO_NIGHT_SHIFTS) && !cannot.includes(Shift.NIGHT)) cannot.push(Shift.NIGHT);
  if (cannot.length > 0) filters.push(`shifts NOT IN ${inList(cannot)}`);
  for (const [need, , offer] of NEED_OFFERS) if (candidate.supportNeeds.includes(need)) filters.push(`offers = ${offer}`);
  if (candidate.drivingLicence !== true) filters.push('drivingLicenceRequired = false');
  const spoken = new Map(candidate.languages.map((language) => [language.language, LEVEL_RANK.get(language.level) ?? -1]));
  const unmet = requiredLanguageCodes.flatMap((code) =>
    CEFR_LEVELS.filter((level) => (LEVEL_RANK.get(level) ?? 0) > (spoken.get(code) ?? -1)).map((level) => `${code}:${level}`),
  );
  if (unmet.length > 0) filters.push(`languageRequirements NOT IN ${inList(unmet)}`);
  return [...filters, ...notAlreadyProposedFilter(proposedSlotIds)];
}

/** The three district tiers as filters on an index's `districtCode`; a tier with nothing in it is left out. */
export function districtTiers(district: string, neighbours: readonly string[]): [DistrictRelation, string][] {
  const tiers: [DistrictRelation, string][] = [[DistrictRelation.SAME, `districtCode = ${quote(district)}`]];
  if (neighbours.length > 0) tiers.push([DistrictRelation.NEIGHBOUR, `districtCode IN ${inList(neighbours)}`]);
  tiers.push([DistrictRelation.OTHER, `districtCode NOT IN ${inList([district, ...neighbours])}`]);
  return tiers;
}

/** Documents of one level of skills fit: those meeting `filter`, whose fit is about `fit` (0–1). */
export interface PoolLevel {
  filter: string;
  fit: number;
}

function either(conditions: readonly (string | null)[]): string | null {
  const present = conditions.filter((condition): condition is string => Boolean(condition));
  return present.length === 0 ? null : present.length === 1 ? present[0] : `(${present.join(' OR ')})`;
}

function all(conditions: readonly string[]): string | null {
  return conditions.length === 0 ? null : conditions.length === 1 ? conditions[0] : `(${conditions.join(' AND ')})`;
}

/**
 * The levels of a pool, best first: every required skill met and some nice-to-have one, every
 * required skill, some required and some nice-to-have, then any skill at all. The fits are
 * about the middle of each level's range under SKILL_WEIGHTS; `npm run bench` compares the
 * pool's first page with PostgreSQL's exhaustive ranking by the same formula.
 */
function poolLevels(allRequired: string | null, someRequired: string | null, someNice: string | null): PoolLevel[] {
  const required = SKILL_WEIGHTS.REQUIRED / (SKILL_WEIGHTS.REQUIRED + SKILL_WEIGHTS.NICE_TO_HAVE);
  const levels: PoolLevel[] = [];
  if (allRequired && someNice) levels.push({ filter: `${allRequired} AND ${someNice}`, fit: 1 });
  if (allRequired) levels.push({ filter: allRequired, fit: someNice ? required : 1 });
  if (someRequired && someNice && someRequired !== allRequired) levels.push({ filter: `${someRequired} AND ${someNice}`, fit: 0.6 * required });
  const anySkill = either([someRequired, someNice]);
  if (anySkill) levels.push({ filter: anySkill, fit: 0.4 * required });
  return levels;
}

/**
 * A slot's candidates by level of skills fit, as filters on the candidates' index that are the
 * rule of explain(): a skill is met by having it, a skill sharing one of its names (the Italian
 * synonyms), or a free label naming it; a free label of the slot by the same name.
 */
export function candidatePoolLevels(slot: Slot, vocabulary: SkillVocabulary): PoolLevel[] {
  const met = (id: string): string | null =>
    either([`skillIds IN ${inList(vocabulary.equivalents(id))}`, vocabulary.namesOf(id).length > 0 ? `freeSkillLabels IN ${inList(vocabulary.namesOf(id))}` : null]);
  const named = (label: string): string | null =>
    either([`freeSkillLabels = ${quote(label)}`, vocabulary.skillsNamed(label).length > 0 ? `skillIds IN ${inList(vocabulary.skillsNamed(label))}` : null]);
  const required = slot.requiredSkillIds.map(met).filter((condition): condition is string => Boolean(condition));
  return poolLevels(all(required), either(required), either([...slot.niceToHaveSkillIds.map(met), ...slot.freeSkillLabels.map(named)]));
}

/**
 * A person's slots by level of skills fit, the same rule from the other side: the slot's skills
 * the person meets are known in advance, so "every required skill met" is "no required skill
 * outside them".
 */
export function slotPoolLevels(candidate: Candidate, vocabulary: SkillVocabulary): PoolLevel[] {
  const met = [...new Set([...candidate.skillIds.flatMap((id) => vocabulary.equivalents(id)), ...candidate.freeSkillLabels.flatMap((label) => vocabulary.skillsNamed(label))])];
  const names = [...new Set([...candidate.freeSkillLabels, ...candidate.skillIds.flatMap((id) => vocabulary.namesOf(id))])];
  const unmet = vocabulary.ids.filter((id) => !met.includes(id));
  const someRequired = met.length > 0 ? `requiredSkillIds IN ${inList(met)}` : null;
  const allRequired = someRequired && unmet.length > 0 ? `(${someRequired} AND requiredSkillIds NOT IN ${inList(unmet)})` : someRequired;
  const someNice = either([met.length > 0 ? `niceToHaveSkillIds IN ${inList(met)}` : null, names.length > 0 ? `freeSkillLabels IN ${inList(names)}` : null]);
  return poolLevels(allRequired, someRequired, someNice);
}

/**
 * The queries of a match: a filter-only query per district tier and level of skills fit, best
 * first (tier weight × level fit), for one federated multi-search. Meilisearch hands the documents of
 * placeholder queries over in the order of the queries (measured: their weights alone do not
 * order them), and a document found by several queries comes once, from the first. Filters
 * cost a fraction of the skills text search with synonyms they replaced: at 100,000 candidates
 * (`npm run bench`) p50 ~14 ms against ~65 ms, with a first page as close to PostgreSQL's
 * exhaustive ranking by the same formula (99.9% of its score sum against 99.8%).
 */
export function poolQueries(
  indexUid: string,
  levels: readonly PoolLevel[],
  filters: readonly string[],
  district: string,
  neighbours: readonly string[],
  weights: DistrictTierWeights,
  attributesToRetrieve: string[] = ['id'],
): MultiSearchQueryWithFederation[] {
  return districtTiers(district, neighbours)
    .flatMap(([relation, tier]) =>
      levels.map((level) => ({ indexUid, q: '', filter: [...filters, tier, level.filter], attributesToRetrieve, federationOptions: { weight: weights[relation] * level.fit } })),
    )
    .sort((a, b) => b.federationOptions.weight - a.federationOptions.weight);
}

/**
 * A slot's skills as words, required ones first: what a plain text search would look for (the
 * baseline of bench/labelled; the matching itself filters, see poolQueries).
 */
export function slotQuery(slot: Slot, skills: ReadonlyMap<string, Skill>): string {
  const labels = [...slot.requiredSkillIds, ...slot.niceToHaveSkillIds].map((id) => skills.get(id)?.label ?? '');
  return [...labels, ...slot.freeSkillLabels].filter(Boolean).join(' ');
}
