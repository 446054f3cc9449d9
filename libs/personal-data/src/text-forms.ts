/**
 * One form for every way of typing the same characters: full-width and other compatibility
 * forms folded (NFKC), invisible characters dropped, exotic dots, dashes and apostrophes made plain.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\u00B7\u2022\u2024\u2027\u30FB]/g, '.')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019\u02BC\u00B4`]/g, "'");
}

/** Lower case without accents: "Città" and "citta" are the same word to the word lists. */
export function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Builds a lookup set from a compact space-separated list. */
export function wordSet(...lists: string[]): ReadonlySet<string> {
  return new Set(lists.join(' ').split(/\s+/).filter(Boolean).map(fold));
}
