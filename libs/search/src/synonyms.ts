/**
 * Meilisearch wants synonyms as a map from a term to its synonyms; the vocabulary gives groups
 * (a label first, then its synonyms). The map is a star, not a clique: the label maps to every
 * synonym and each synonym to the label. Documents carry labels (and people's free labels), so
 * a query by label finds "carrellista" and a query by "carrellista" finds the label. A full
 * clique (every term to every other) finds synonym-to-synonym too, but synonyms drive the cost
 * of a 10-word skills query: measured with `npm run bench:match` on 2,000 candidates, text
 * queries took p50 80 ms with the clique, 43 ms with the star, 13 ms with no synonyms.
 * A term in two groups gets the union; lower case, because labels are written for people.
 */
export function meiliSynonyms(groups: readonly (readonly string[])[]): Record<string, string[]> {
  const synonyms = new Map<string, Set<string>>();
  const link = (from: string, to: string) => {
    if (from === to) return;
    synonyms.set(from, (synonyms.get(from) ?? new Set<string>()).add(to));
  };
  for (const group of groups) {
    const [label, ...others] = [...new Set(group.map((term) => term.trim().toLowerCase()).filter((term) => term.length > 0))];
    for (const other of others) {
      link(label, other);
      link(other, label);
    }
  }
  return Object.fromEntries([...synonyms].map(([term, linked]) => [term, [...linked].sort()]));
}
