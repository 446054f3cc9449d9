/**
 * Below this many matchable people in a comune, a company is told only the district: with age
 * band, languages and support needs, one person in a small comune could be singled out, however
 * many live elsewhere in the district.
 */
export const COMUNE_DISCLOSURE_MIN = 5;

/** Whether HR may see this comune of residence, given the matchable people of each comune. */
export function comuneShown(matchableByComune: ReadonlyMap<string, number>, comuneCode: string | null): boolean {
  return comuneCode !== null && (matchableByComune.get(comuneCode) ?? 0) >= COMUNE_DISCLOSURE_MIN;
}
