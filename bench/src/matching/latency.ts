import { performance } from 'node:perf_hooks';
import { percentiles, type Timing } from '../measure';
import { territory } from './dataset';
import { MeiliRecorder, replay, searchesIn, type Replay } from './meili-recorder';
import type { PostgresMatcher } from './postgres-matcher';
import { graphqlHttp } from './graphql-http';
import { matchOverHttp, type SampleSlot } from './sample';

export interface LatencyFigures {
  requests: number;
  /** Per match request, on average over the sampled slots. */
  searches: { requests: number; queries: number };
  api: Timing;
  /** An authenticated query that does nothing (`me`) on the same API: what any request costs. */
  floor: Timing;
  raw: Timing;
  postgres: Timing;
  /** How the first page compares with PostgreSQL's exhaustive ranking by the same formula. */
  agreement: { sameBest: number; scoreShare: number };
}

/**
 * matchCandidates over HTTP, the same Meilisearch searches sent raw, and the same match in
 * PostgreSQL alone, interleaved request by request so that all three see the same machine; the
 * PostgreSQL one every other request, being the slowest. The searches are recorded from the API
 * at `api.recordFrom` (in the bench's process, where its fetch can be watched); the API timed is
 * `api.timed`, the same code in a process of its own.
 */
export async function latencies(api: { recordFrom: string; timed: string }, meiliUrl: string, sample: SampleSlot[], postgres: PostgresMatcher, requests: number): Promise<LatencyFigures> {
  const neighbours = territory().neighboursOf;
  const inPostgres = ({ slot }: SampleSlot, first: number) => postgres.match(slot, neighbours.get(slot.districtCode) ?? [], new Date(), [], first);
  const recorder = new MeiliRecorder(meiliUrl);
  const recorded = new Map<string, Replay>();
  const agreement = { best: 0, apiSum: 0, postgresSum: 0 };
  try {
    for (const entry of sample) {
      let scores: number[] = [];
      recorded.set(entry.slot.id, await recorder.record(async () => (scores = (await matchOverHttp(api.recordFrom, entry)).matchCandidates.nodes.map((node) => node.explanation.score))));
      const exhaustive = (await inPostgres(entry, 20)).map((row) => row.score);
      if ((scores[0] ?? 0) === (exhaustive[0] ?? 0)) agreement.best += 1;
      agreement.apiSum += scores.reduce((sum, score) => sum + score, 0);
      agreement.postgresSum += exhaustive.reduce((sum, score) => sum + score, 0);
    }
  } finally {
    recorder.restore();
  }
  const samples = { api: [] as number[], floor: [] as number[], raw: [] as number[], postgres: [] as number[] };
  const time = async (into: number[], work: () => Promise<unknown>): Promise<void> => {
    const start = performance.now();
    await work();
    into.push(performance.now() - start);
  };
  for (let i = 0; i < requests; i += 1) {
    const entry = sample[i % sample.length];
    await time(samples.api, () => matchOverHttp(api.timed, entry));
    await time(samples.floor, () => graphqlHttp(api.timed, '{ me { id } }', {}, entry.token));
    await time(samples.raw, () => replay(recorded.get(entry.slot.id) ?? []));
    if (i % 2 === 0) await time(samples.postgres, () => inPostgres(entry, 20));
  }
  const searches = [...recorded.values()].map(searchesIn);
  const mean = (values: number[]) => Math.round((10 * values.reduce((sum, value) => sum + value, 0)) / Math.max(1, values.length)) / 10;
  return {
    requests,
    searches: { requests: mean(searches.map((entry) => entry.requests)), queries: mean(searches.map((entry) => entry.queries)) },
    api: percentiles(samples.api),
    floor: percentiles(samples.floor),
    raw: percentiles(samples.raw),
    postgres: percentiles(samples.postgres),
    agreement: { sameBest: agreement.best / sample.length, scoreShare: agreement.postgresSum === 0 ? 1 : agreement.apiSum / agreement.postgresSum },
  };
}
