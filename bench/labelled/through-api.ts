import { DataSource } from 'typeorm';
import { Clock } from '@ipl/core';
import { TEST_PASSWORD } from '@ipl/testing';
import type { BenchServers } from '../src/bench-servers';
import { startBenchApi } from '../src/matching/bench-api';
import { ErrorTally, graphqlHttp, signInHttp } from '../src/matching/graphql-http';
import { untilDelivered } from '../src/matching/import';
import { generateLabelledSet } from './labelled-set';
import { insertLabelledSet } from './load-labelled';
import { mean, ndcgAt } from './ndcg';

const K = 10;
/** Every how many people one is asked for its slots, as ranking-quality.bench.ts does. */
const PEOPLE_SAMPLE_STEP = 3;

export interface LabelledQuality {
  slots: number;
  people: number;
  /** nDCG@10 of the first page HR sees for each slot (matchCandidates). */
  candidatesForSlot: number;
  /** nDCG@10 of the first page an operator sees for a person (matchSlots), every third person. */
  slotsForPerson: number;
  /** Rankings the API answered with an error: left out of the means. */
  errors: ErrorTally;
}

/**
 * nDCG@10 of bench/labelled as HR and operators get it: the set in a database and indexes of its
 * own, delivered by a search worker, each ranking asked over GraphQL with a signed-in user's
 * token, `first: 10`. The sweep and the baselines stay in ranking-quality.bench.ts.
 */
export async function labelledQualityThroughApi(servers: BenchServers): Promise<LabelledQuality> {
  const set = generateLabelledSet();
  const databaseUrl = await servers.createDatabase('labelled');
  const api = await startBenchApi({ databaseUrl, meiliUrl: servers.meiliUrl, meiliKey: servers.meiliKey, indexPrefix: `${servers.prefix}_labelled` });
  try {
    const loaded = await insertLabelledSet(api.app, set, api.app.get(Clock).now());
    api.startWorkers(1);
    await untilDelivered(api.app.get(DataSource));
    const url = api.graphqlUrl;
    const hr = await signInHttp(url, loaded.hr.email, TEST_PASSWORD);
    const personKeyOf = new Map(loaded.personIds.map((id, index) => [id, set.people[index].key]));
    const errors = new ErrorTally();
    const forSlots: (number | null)[] = [];
    for (const [index, slot] of set.slots.entries()) {
      const answer = await errors.attempt(() =>
        graphqlHttp<{ matchCandidates: { nodes: { candidate: { id: string } }[] } }>(
          url,
          'query($slotId: ID!) { matchCandidates(slotId: $slotId, first: 10) { nodes { candidate { id } } } }',
          { slotId: loaded.slotIds[index] },
          hr,
        ),
      );
      if (!answer) continue;
      const { matchCandidates } = answer;
      const grades = set.labels[slot.key] ?? {};
      forSlots.push(ndcgAt(K, matchCandidates.nodes.map((node) => grades[personKeyOf.get(node.candidate.id) ?? ''] ?? 0), set.people.map((person) => grades[person.key] ?? 0)));
    }
    const operatorTokens = new Map<string, string>();
    for (const [district, operator] of loaded.operators) operatorTokens.set(district, await signInHttp(url, operator.email, TEST_PASSWORD));
    const slotKeyOf = new Map(loaded.slotIds.map((id, index) => [id, set.slots[index].key]));
    const forPeople: (number | null)[] = [];
    for (const [index, person] of set.people.entries()) {
      if (index % PEOPLE_SAMPLE_STEP !== 0) continue;
      const answer = await errors.attempt(() =>
        graphqlHttp<{ matchSlots: { nodes: { slot: { id: string } }[] } }>(
          url,
          'query($candidateId: ID!) { matchSlots(candidateId: $candidateId, first: 10) { nodes { slot { id } } } }',
          { candidateId: loaded.personIds[index] },
          operatorTokens.get(person.districtCode),
        ),
      );
      if (!answer) continue;
      const { matchSlots } = answer;
      const gradeOf = (slotKey: string): number => set.labels[slotKey]?.[person.key] ?? 0;
      forPeople.push(ndcgAt(K, matchSlots.nodes.map((node) => gradeOf(slotKeyOf.get(node.slot.id) ?? '')), set.slots.map((slot) => gradeOf(slot.key))));
    }
    return { slots: set.slots.length, people: forPeople.length, candidatesForSlot: mean(forSlots), slotsForPerson: mean(forPeople), errors };
  } finally {
    await api.close();
  }
}
