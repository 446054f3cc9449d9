/**
 * The label rule of the labelled set: how relevant a person is for a slot, graded 0–4, from
 * what the person can really do (not from what an operator recorded), the trades, and place.
 * It does not use the matching engine, its weights or its text search: it is the yardstick
 * they are measured against. README.md beside this file says the same in words.
 */

export const MAX_GRADE = 4;

/** The commute a person accepts (minutes) from which a neighbouring district costs nothing and another district one grade only. */
export const LONG_COMMUTE_MINUTES = 60;

export type PlaceTier = 'SAME' | 'NEIGHBOUR' | 'OTHER';

export interface RelevanceSlot {
  occupation: string;
  districtCode: string;
  requiredSkillIds: readonly string[];
  niceToHaveSkillIds: readonly string[];
}

export interface RelevancePerson {
  occupation: string;
  districtCode: string;
  maxCommuteMinutes: number;
  /** What the person can really do, whether or not the profile records it. */
  skills: readonly string[];
}

export interface RelevanceWorld {
  neighbours(districtCode: string): ReadonlySet<string>;
  related(occupation: string): ReadonlySet<string>;
}

function share(asked: readonly string[], has: ReadonlySet<string>): number {
  return asked.length === 0 ? 1 : asked.filter((id) => has.has(id)).length / asked.length;
}

/**
 * Skills: 4 every required skill and at least half the nice-to-have ones; 3 every required
 * skill; 2 at least half of them; 1 at least one; 0 none (nice-to-have skills alone are not a fit).
 */
export function skillsGrade(slot: RelevanceSlot, person: RelevancePerson): number {
  const has = new Set(person.skills);
  const required = share(slot.requiredSkillIds, has);
  const nice = share(slot.niceToHaveSkillIds, has);
  if (required === 1) return nice >= 0.5 ? 4 : 3;
  if (required >= 0.5) return 2;
  return required > 0 ? 1 : 0;
}

/** Trade: the slot's own or a related one costs nothing; another trade one grade (the listed skills are not the whole job). */
export function tradePenalty(slot: RelevanceSlot, person: RelevancePerson, world: RelevanceWorld): number {
  return person.occupation === slot.occupation || world.related(slot.occupation).has(person.occupation) ? 0 : 1;
}

export function placeTier(slot: RelevanceSlot, person: RelevancePerson, world: RelevanceWorld): PlaceTier {
  if (person.districtCode === slot.districtCode) return 'SAME';
  return world.neighbours(slot.districtCode).has(person.districtCode) ? 'NEIGHBOUR' : 'OTHER';
}

/**
 * Place: the own district costs nothing; a neighbouring district one grade, another district
 * two, one less each for a person who accepts a long commute. Long commutes end many paths
 * of fragile people: a close fit nearby is worth more than a perfect fit across the area.
 */
export function placePenalty(tier: PlaceTier, maxCommuteMinutes: number): number {
  const base = tier === 'SAME' ? 0 : tier === 'NEIGHBOUR' ? 1 : 2;
  return tier !== 'SAME' && maxCommuteMinutes >= LONG_COMMUTE_MINUTES ? base - 1 : base;
}

export function relevance(slot: RelevanceSlot, person: RelevancePerson, world: RelevanceWorld): number {
  const grade = skillsGrade(slot, person) - tradePenalty(slot, person, world) - placePenalty(placeTier(slot, person, world), person.maxCommuteMinutes);
  return Math.max(0, grade);
}
