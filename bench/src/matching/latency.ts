import { performance } from 'node:perf_hooks';
import { percentiles, type Timing } from '../measure';
import { territory } from './dataset';
import { MeiliRecorder, replay, searchesIn, type Replay } from './meili-recorder';
import type { PostgresMatcher } from './postgres-matcher';
import { ErrorTally, graphqlHttp } from './graphql-http';
import { matchOverHttp, type SampleSlot } from './sample';

export interface LatencyFigures {
  requests: number;
  /** Per match request, on average over the slots. */
  searches: { requests: number; queries: number };
  /** Cold matches: each request a slot that no process has matched before. */
  api: Timing;
  /** An authenticated query that does nothing (`me`) on the same API: what any request costs. */
  floor: Timing;
  raw: Timing;
  postgres: Timing;
  /** How the first page compares with PostgreSQL's exhaustive ranking by the same formula. */
  agreement: { slots: number; sameBest: number; scoreShare: number };
  /** The slots matched, with their first page's cursor: what a repeat view or a next page asks again. */
  viewed: ViewedSlot[];
  /** Matches and `me` requests the API timed answered with an error (timed all the same). */
  errors: ErrorTally;
}

export interface ViewedSlot {
  entry: SampleSlot;
  endCursor: string | null;
}

/**
 * For each slot, once: matchCandidates over HTTP on the API timed (`api.timed`, a process of its
 * own) while the slot is cold there and everywhere, `me` on the same API, then the same
 * Meilisearch searches sent raw, recorded from the bench's in-process copy of the API
 * (`api.recordFrom`, where its fetch can be watched; the same code on the same data), and every
 * other slot the same match in PostgreSQL alone, being the slowest. Interleaved slot by slot, so
 * that all of them see the same machine. Distinct slots keep a cache of matches, if the API has
 * one, out of these figures: repeat views are measured apart.
 */
export async function latencies(api: { recordFrom: string; timed: string }, meiliUrl: string, slots: SampleSlot[], postgres: PostgresMatcher): Promise<LatencyFigures> {
  const neighbours = territory().neighboursOf;
  const samples = { api: [] as number[], floor: [] as number[], raw: [] as number[], postgres: [] as number[] };
  const time = async <T>(into: number[], work: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    const result = await work();
    into.push(performance.now() - start);
    return result;
  };
  const recorded: Replay[] = [];
  const viewed: ViewedSlot[] = [];
  const agreement = { slots: 0, best: 0, apiSum: 0, postgresSum: 0 };
  const errors = new ErrorTally();
  for (const [i, entry] of slots.entries()) {
    const page = (await time(samples.api, () => errors.attempt(() => matchOverHttp(api.timed, entry))))?.matchCandidates ?? null;
    viewed.push({ entry, endCursor: page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null });
    await time(samples.floor, () => errors.attempt(() => graphqlHttp(api.timed, '{ me { id } }', {}, entry.token)));
    // An error answer still sent its searches, or some: they are what is replayed.
    const searches = await record(meiliUrl, () => new ErrorTally().attempt(() => matchOverHttp(api.recordFrom, entry)));
    recorded.push(searches);
    await time(samples.raw, () => replay(searches));
    if (i % 2 === 0 && page) {
      const { slot } = entry;
      const exhaustive = (await time(samples.postgres, () => postgres.match(slot, neighbours.get(slot.districtCode) ?? [], new Date(), [], 20))).map((row) => row.score);
      const scores = page.nodes.map((node) => node.explanation.score);
      agreement.slots += 1;
      if ((scores[0] ?? 0) === (exhaustive[0] ?? 0)) agreement.best += 1;
      agreement.apiSum += scores.reduce((sum, score) => sum + score, 0);
      agreement.postgresSum += exhaustive.reduce((sum, score) => sum + score, 0);
    }
  }
  const searches = recorded.map(searchesIn);
  const mean = (values: number[]) => Math.round((10 * values.reduce((sum, value) => sum + value, 0)) / Math.max(1, values.length)) / 10;
  return {
    requests: slots.length,
    searches: { requests: mean(searches.map((entry) => entry.requests)), queries: mean(searches.map((entry) => entry.queries)) },
    api: percentiles(samples.api),
    floor: percentiles(samples.floor),
    raw: percentiles(samples.raw),
    postgres: percentiles(samples.postgres),
    agreement: { slots: agreement.slots, sameBest: agreement.best / Math.max(1, agreement.slots), scoreShare: agreement.postgresSum === 0 ? 1 : agreement.apiSum / agreement.postgresSum },
    viewed,
    errors,
  };
}

/** The searches one request sends Meilisearch; the global fetch is watched only meanwhile. */
async function record(meiliUrl: string, work: () => Promise<unknown>): Promise<Replay> {
  const recorder = new MeiliRecorder(meiliUrl);
  try {
    return await recorder.record(work);
  } finally {
    recorder.restore();
  }
}
