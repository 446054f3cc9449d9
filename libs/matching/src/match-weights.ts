/**
 * How place and skills weigh against each other in a match: the tuned parameter of the issue.
 *
 * The final score of a result is `DISTRICT_TIER_WEIGHTS[relation] × skillsFit` (0–1, shown as
 * 0–100). Long commutes end many paths of fragile people, so a close fit in the person's own
 * district should beat a perfect fit across the metropolitan area: with these weights a
 * same-district candidate who has every required skill but no nice-to-have one (skillsFit 0.75
 * with the weights below) scores 75 and ranks above a perfect fit from a district that is not a
 * neighbour (1.0 × 0.7 = 70). Raise OTHER above 0.75 and that flips (e2e/matching proves both).
 * In general a same-district fit f beats a perfect fit from tier t when f > weight(t).
 *
 * The same weights are Meilisearch's federation weights of the three district queries, so the
 * pool of candidates the engine hands over is already ordered by place as well as by text.
 */
export const DISTRICT_TIER_WEIGHTS = {
  SAME: 1,
  NEIGHBOUR: 0.85,
  OTHER: 0.7,
} as const;

export type DistrictTierWeights = { readonly [tier in keyof typeof DISTRICT_TIER_WEIGHTS]: number };

/**
 * Required skills count three times a nice-to-have one: a slot's required skills are what HR
 * cannot do without. Skills a slot names outside the vocabulary (free labels) count as
 * nice-to-have, because nobody has checked them.
 */
export const SKILL_WEIGHTS = { REQUIRED: 3, NICE_TO_HAVE: 1 } as const;

/**
 * How many results Meilisearch hands over per match request (the pages are cut from it). The
 * engine ranks by skills text with synonyms and by place; the pool is then scored exactly, from
 * PostgreSQL, so the order shown is the documented formula above and not the engine's defaults.
 * Meilisearch reads at most 10 words of a query: required skills go first.
 */
export const MATCH_POOL_SIZE = 200;
