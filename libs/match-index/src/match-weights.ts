/**
 * How place and skills weigh against each other in a match: the tuned parameter of the issue.
 *
 * The final score of a result is `DISTRICT_TIER_WEIGHTS[relation] × skillsFit` (0–1, shown as
 * 0–100). Long commutes end many paths of fragile people, so a close fit in the person's own
 * district should beat a perfect fit across the metropolitan area: with these weights a
 * same-district candidate who has every required skill but no nice-to-have one (skillsFit 0.8
 * with the skill weights below) scores 80 and ranks above a perfect fit from a district that is
 * not a neighbour (1.0 × 0.6 = 60), who still ranks above a same-district candidate with half
 * the required skills (40). Raise OTHER above 0.8 and the first order flips (e2e/matching proves
 * both). In general a same-district fit f beats a perfect fit from tier t when f > weight(t).
 *
 * Tuned with `npm run bench:match` (bench/labelled: nDCG@10 against graded labels whose rule
 * takes a grade off for a neighbouring district and two for any other, one less for a person who
 * accepts a long commute). The sweep over NEIGHBOUR 0.70–1.00, OTHER 0.40–NEIGHBOUR and
 * required:nice 1–6 : 1 has a flat top around NEIGHBOUR 0.90–1.00 and OTHER 0.55–0.65, at 3:1
 * to 6:1, the same on the shipped set and on another seed; the values below sit in it (the best
 * points beat them by 0.002 at most, less than the difference between seeds). Against the
 * previous 0.85 / 0.70 / 3:1 they move nDCG@10 from 0.886 to 0.896 (candidates for a slot) and
 * from 0.913 to 0.932 (slots for a person) on the shipped set, from 0.897 to 0.907 on average on
 * seed 7; a plain skills overlap scores 0.720 / 0.780. A neighbouring district is a short trip
 * in the metropolitan area (0.9), another district usually is not (0.6): a NEIGHBOUR of 1 would
 * score as well but would drop the "then neighbouring districts".
 *
 * The same weights, times each level's skills fit, order Meilisearch's queries (see poolQueries),
 * so the pool of candidates the engine hands over is already ordered by place and by skills.
 */
export const DISTRICT_TIER_WEIGHTS = {
  SAME: 1,
  NEIGHBOUR: 0.9,
  OTHER: 0.6,
} as const;

export type DistrictTierWeights = { readonly [tier in keyof typeof DISTRICT_TIER_WEIGHTS]: number };

/**
 * Required skills count four times a nice-to-have one: a slot's required skills are what HR
 * cannot do without, so nice-to-have ones should never make up for a missing required skill. At
 * 3:1 they did for a slot with three required skills (two of three and every nice-to-have scored
 * as much as all three and none); at 4:1 that cannot happen up to three required skills, the
 * usual slot. The bench scores 3:1 to 6:1 alike once the district weights are tuned, so the
 * ratio is chosen for that guarantee. Skills a slot names outside the vocabulary (free labels)
 * count as nice-to-have, because nobody has checked them.
 */
export const SKILL_WEIGHTS = { REQUIRED: 4, NICE_TO_HAVE: 1 } as const;

/**
 * How many results Meilisearch hands over per match request (the pages are cut from it). The
 * engine orders them by place and by level of skills fit (synonyms included); the pool is then
 * scored exactly, from PostgreSQL, so the order shown is the documented formula above.
 */
export const MATCH_POOL_SIZE = 200;
