/** Graded gain of a label: each grade is worth about twice the one below (the usual 2^g − 1). */
export function gain(grade: number): number {
  return 2 ** grade - 1;
}

function dcg(grades: readonly number[], k: number): number {
  return grades.slice(0, k).reduce((sum, grade, index) => sum + gain(grade) / Math.log2(index + 2), 0);
}

/**
 * nDCG@k of a ranking: `ranked` are the grades of the results in the order shown (unlabelled
 * results count 0), `all` the grades of every labelled item for the query (the ideal order).
 * Null when nothing is relevant, so that such a query does not count.
 */
export function ndcgAt(k: number, ranked: readonly number[], all: readonly number[]): number | null {
  const ideal = dcg([...all].sort((a, b) => b - a), k);
  return ideal === 0 ? null : dcg(ranked, k) / ideal;
}

export function mean(values: readonly (number | null)[]): number {
  const counted = values.filter((value): value is number => value !== null);
  return counted.length === 0 ? 0 : counted.reduce((sum, value) => sum + value, 0) / counted.length;
}
