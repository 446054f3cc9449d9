import type { Hit } from 'meilisearch';
import { dealPoolQueries, mergePoolBatches } from './pool-batches';

/** What Meilisearch returns for a federated request of filter-only queries: each document once, by its first query, in query order. */
function federated(queries: readonly string[][], limit: number): Hit<{ id: string }>[] {
  const seen = new Set<string>();
  const hits: Hit<{ id: string }>[] = [];
  queries.forEach((ids, queriesPosition) => {
    for (const id of ids) {
      if (seen.has(id)) continue;
      seen.add(id);
      hits.push({ id, _federation: { indexUid: 'candidates', queriesPosition, weightedRankingScore: 1 } });
    }
  });
  return hits.slice(0, limit);
}

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('pool batches', () => {
  it('deals the queries round robin, best ones spread over the requests', () => {
    expect(dealPoolQueries(['q0', 'q1', 'q2', 'q3', 'q4'], 2)).toEqual([
      ['q0', 'q2', 'q4'],
      ['q1', 'q3'],
    ]);
    expect(dealPoolQueries(['q0'], 2)).toEqual([['q0']]);
  });

  it('gives the pool one request of all the queries would give, overlapping levels and short pools included', () => {
    const next = random(7);
    for (let trial = 0; trial < 300; trial += 1) {
      const documents = 1 + Math.floor(next() * 60);
      const queries = Array.from({ length: 1 + Math.floor(next() * 12) }, () =>
        Array.from({ length: documents }, (_, id) => `d${id}`).filter(() => next() < 0.3),
      );
      const limit = 1 + Math.floor(next() * 25);
      for (const batches of [1, 2, 3]) {
        const responses = dealPoolQueries(queries, batches).map((batch) => federated(batch, limit));
        expect(mergePoolBatches(responses, batches, limit)).toEqual(federated(queries, limit).map((hit) => hit.id));
      }
    }
  });

  it('refuses hits that do not say which query found them', () => {
    expect(() => mergePoolBatches([[{ id: 'd1' }]], 2, 10)).toThrow(/query position/);
  });
});
