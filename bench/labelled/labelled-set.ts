import { normaliseFreeLabel, SKILLS_VOCABULARY } from '@ipl/skills';
import { comuneCode, TERRITORY } from '@ipl/territory';
import occupationsFile from './occupations.json';
import { relevance, type RelevanceWorld } from './relevance';

/**
 * The labelled set of `npm run bench:match`: slots and people drawn from the occupations' skill
 * profiles (occupations.json) with a seeded generator, and a grade for every pair from the rule
 * of relevance.ts. The same seed gives the same set on every machine; set.json holds it for
 * review, and the bench refuses to run when the two disagree.
 */

export interface Occupation {
  code: string;
  label: string;
  core: string[];
  extra: string[];
  related: string[];
}

export interface LabelledSlot {
  key: string;
  occupation: string;
  comuneCode: string;
  districtCode: string;
  requiredSkillIds: string[];
  niceToHaveSkillIds: string[];
}

export interface LabelledPerson {
  key: string;
  occupation: string;
  comuneCode: string;
  districtCode: string;
  maxCommuteMinutes: number;
  /** What the person can really do: the labels read this. */
  skills: string[];
  /** What the operator recorded: vocabulary ids (the engine reads these)… */
  recordedSkillIds: string[];
  /** …and skills typed as words, a synonym of the vocabulary's label. */
  freeSkillLabels: string[];
  /** The trade of the last job, when the person had one. */
  experience: string | null;
}

export interface LabelledSet {
  seed: number;
  slots: LabelledSlot[];
  people: LabelledPerson[];
  /** slot key → person key → grade; pairs left out are 0. */
  labels: Record<string, Record<string, number>>;
}

export const SEED = 20_260_501;
export const SLOTS_PER_OCCUPATION = 4;
export const PEOPLE_PER_OCCUPATION = 16;

/** The noise of a profile against its trade's skill profile. */
const NOISE = {
  /** Each core skill of the trade is had with this probability (at least one always is)… */
  core: 0.7,
  /** …each extra one with this. */
  extra: 0.35,
  /** A past job in a related trade: one or two of its core skills. */
  relatedTrade: 0.25,
  /** Skills picked up anywhere: one or two core skills of an unrelated trade. */
  otherTrade: 0.3,
  /** An operator forgets to record a skill the person has… */
  forgotten: 0.08,
  /** …or types it in words (a synonym) instead of picking it from the vocabulary. */
  typedAsWords: 0.12,
  /** The person had a job in the trade (recorded as experience). */
  experience: 0.7,
};
const COMMUTE_MINUTES = [20, 30, 45, 60, 90];

export const OCCUPATIONS: Occupation[] = occupationsFile.occupations;

/** mulberry32: small, fast, and the same on every machine. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function world(): RelevanceWorld {
  const neighbours = new Map(TERRITORY.districts.map((district) => [district.code, new Set(district.neighbours)]));
  const related = new Map(OCCUPATIONS.map((occupation) => [occupation.code, new Set(occupation.related)]));
  return {
    neighbours: (code) => neighbours.get(code) ?? new Set(),
    related: (code) => related.get(code) ?? new Set(),
  };
}

export function generateLabelledSet(seed = SEED): LabelledSet {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const shuffled = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  };
  const place = () => {
    const district = pick(TERRITORY.districts);
    return { districtCode: district.code, comuneCode: comuneCode(pick(district.comuni)) };
  };
  const synonyms = new Map(SKILLS_VOCABULARY.groups.flatMap((group) => group.skills.map((skill) => [skill.id, skill.synonyms] as const)));
  const byCode = new Map(OCCUPATIONS.map((occupation) => [occupation.code, occupation]));

  const slots: LabelledSlot[] = OCCUPATIONS.flatMap((occupation) =>
    Array.from({ length: SLOTS_PER_OCCUPATION }, (_, n) => ({
      key: `${occupation.code}/slot-${n + 1}`,
      occupation: occupation.code,
      ...place(),
      requiredSkillIds: shuffled(occupation.core).slice(0, random() < 0.5 ? 2 : 3),
      niceToHaveSkillIds: shuffled(occupation.extra).slice(0, random() < 0.5 ? 1 : 2),
    })),
  );

  const people: LabelledPerson[] = OCCUPATIONS.flatMap((occupation) =>
    Array.from({ length: PEOPLE_PER_OCCUPATION }, (_, n) => {
      const skills = new Set(occupation.core.filter(() => random() < NOISE.core));
      if (skills.size === 0) skills.add(pick(occupation.core));
      for (const id of occupation.extra) if (random() < NOISE.extra) skills.add(id);
      if (random() < NOISE.relatedTrade && occupation.related.length > 0) {
        for (const id of shuffled(byCode.get(pick(occupation.related))!.core).slice(0, random() < 0.5 ? 1 : 2)) skills.add(id);
      }
      if (random() < NOISE.otherTrade) {
        const others = OCCUPATIONS.filter((other) => other.code !== occupation.code && !occupation.related.includes(other.code));
        for (const id of shuffled(pick(others).core).slice(0, random() < 0.5 ? 1 : 2)) skills.add(id);
      }
      const recordedSkillIds: string[] = [];
      const freeSkillLabels: string[] = [];
      for (const id of skills) {
        const roll = random();
        const words = synonyms.get(id) ?? [];
        if (roll < NOISE.forgotten) continue;
        if (roll < NOISE.forgotten + NOISE.typedAsWords && words.length > 0) freeSkillLabels.push(normaliseFreeLabel(pick(words)));
        else recordedSkillIds.push(id);
      }
      return {
        key: `${occupation.code}/person-${n + 1}`,
        occupation: occupation.code,
        ...place(),
        maxCommuteMinutes: pick(COMMUTE_MINUTES),
        skills: [...skills],
        recordedSkillIds,
        freeSkillLabels: [...new Set(freeSkillLabels)],
        experience: random() < NOISE.experience ? occupation.label : null,
      };
    }),
  );

  const rule = world();
  const labels: Record<string, Record<string, number>> = {};
  for (const slot of slots) {
    const graded = people.map((person) => [person.key, relevance(slot, person, rule)] as const).filter(([, grade]) => grade > 0);
    labels[slot.key] = Object.fromEntries(graded);
  }
  return { seed, slots, people, labels };
}

/** set.json: one slot, person or slot's labels a line, so that a reviewer can read and diff it. */
export function formatLabelledSet(set: LabelledSet): string {
  const lines = (items: readonly unknown[]) => items.map((item) => `    ${JSON.stringify(item)}`).join(',\n');
  return [
    '{',
    `  "seed": ${set.seed},`,
    '  "slots": [',
    lines(set.slots),
    '  ],',
    '  "people": [',
    lines(set.people),
    '  ],',
    '  "labels": {',
    Object.entries(set.labels)
      .map(([slot, grades]) => `    ${JSON.stringify(slot)}: ${JSON.stringify(grades)}`)
      .join(',\n'),
    '  }',
    '}',
    '',
  ].join('\n');
}
