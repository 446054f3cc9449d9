import type { INestApplication } from '@nestjs/common';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { CANDIDATES_INDEX, CandidateError, CandidateIntakeService } from '@ipl/candidates';
import { DomainError } from '@ipl/core';
import { Channel } from '@ipl/organisations';
import { SlotsService } from '@ipl/slots';
import { startCpuAccount, type CpuSources, type CpuSplit } from '../cpu';
import { DataSet } from './dataset';
import { inParallel, note } from './parallel';
import type { Population } from './population';
import { Random } from './random';

/** Profiles an operator's import sends at once (one transaction each). */
const CANDIDATE_BATCH = 250;

export interface ImportFigures {
  candidates: number;
  /** Profiles the duplicate check refused (two random codici fiscali that happen to coincide). */
  refused: number;
  candidateSeconds: number;
  /** From the first write to the moment every profile written is searchable (before any slot is written). */
  candidateSearchableSeconds: number;
  slots: number;
  slotSeconds: number;
  /** From the first write to the moment the worker has delivered every outbox entry. */
  searchableSeconds: number;
  /** From the last commit to the same moment: how far the worker trailed the import. */
  catchUpSeconds: number;
  /**
   * CPU spent on the profiles, from the first write until all are searchable, per process: on a
   * shared machine the rates above swing with the other jobs, CPU per profile much less.
   */
  candidateCpu: CpuSplit;
}

/**
 * The real import path: profiles through CandidateIntakeService.createMany in batches of each
 * organisation's operator, slots through SlotsService.createMany (published) as each company's
 * HR. Each record is checked as the single create (and publish) checks it; a batch is written
 * with its public codes, audit events and outbox rows in one transaction. The worker, already
 * running, delivers the outbox to Meilisearch meanwhile, as it would in production.
 */
export async function importDataSet(
  app: INestApplication,
  population: Population,
  sizes: { candidates: number; slots: number },
  seed: number,
  concurrency: number,
  cpuSources: CpuSources = { api: null, postgres: null, meilisearch: null, workers: [] },
): Promise<ImportFigures> {
  const candidates = app.get(CandidateIntakeService);
  const slots = app.get(SlotsService);
  const byDistrict = new Map<string, Population['organisations']>();
  for (const organisation of population.organisations) byDistrict.set(organisation.districtCode, [...(byDistrict.get(organisation.districtCode) ?? []), organisation]);
  // Each record is drawn from its own seeds: the data set is the same whatever the batching.
  const comuni = new Array<string>(sizes.candidates);
  const batches = new Map<Population['organisations'][number], number[][]>();
  for (let index = 0; index < sizes.candidates; index += 1) {
    const data = new DataSet(new Random(seed * 104_729 + index));
    const district = data.district();
    comuni[index] = data.comuneIn(district);
    const local = byDistrict.get(district) ?? population.organisations;
    // Four in five people come through the social services, one in five through Caritas.
    const channel = data.random.chance(0.8) ? Channel.SOCIAL_SERVICES : Channel.CARITAS;
    const organisation = data.random.pick(local.some((o) => o.channel === channel) ? local.filter((o) => o.channel === channel) : local);
    const open = batches.get(organisation) ?? [[]];
    if (open[open.length - 1].length >= CANDIDATE_BATCH) open.push([]);
    open[open.length - 1].push(index);
    batches.set(organisation, open);
  }
  const work = [...batches].flatMap(([organisation, lists]) => lists.map((indexes) => ({ organisation, indexes })));
  let refused = 0;
  let created = 0;
  const cpu = startCpuAccount(cpuSources);
  const started = performance.now();
  await inParallel(
    work.length,
    concurrency,
    async (batch) => {
      const { organisation, indexes } = work[batch];
      const inputs = indexes.map((index) => new DataSet(new Random(seed * 1_299_709 + index)).candidate(comuni[index]));
      const results = await candidates.createMany(inputs, organisation.operator);
      const errors = results.filter((result) => result instanceof DomainError);
      if (errors.some((error) => !(error instanceof CandidateError))) throw new Error(`Import refused a profile: ${errors.map((error) => error.message).join('; ')}`);
      refused += errors.length;
      created += results.length - errors.length;
    },
    () => note(`candidates: ${created} of ${sizes.candidates} (${Math.round(created / ((performance.now() - started) / 1000))}/s)`),
  );
  const candidatesWritten = performance.now();
  // Profiles end to end: the slots wait, so that this figure is the profiles' alone.
  await untilDelivered(app.get(DataSource), CANDIDATES_INDEX);
  const candidatesDone = performance.now();
  const candidateCpu = cpu.stop();
  const slotBatches = population.companies.map((company, companyIndex) => ({
    company,
    indexes: Array.from({ length: Math.ceil((sizes.slots - companyIndex) / population.companies.length) }, (_, i) => companyIndex + i * population.companies.length),
  }));
  let published = 0;
  await inParallel(
    slotBatches.length,
    concurrency,
    async (batch) => {
      const { company, indexes } = slotBatches[batch];
      const inputs = indexes.map((index) => {
        const data = new DataSet(new Random(seed * 15_485_863 + index));
        return data.slot(company.trade, data.random.chance(0.8) ? company.comuneCode : data.comuneIn(data.district()));
      });
      const results = await slots.createMany(inputs, company.hr, { publish: true });
      const errors = results.filter((result) => result instanceof DomainError);
      if (errors.length > 0) throw new Error(`Import refused a slot: ${errors.map((error) => error.message).join('; ')}`);
      published += results.length;
    },
    () => note(`slots: ${published} of ${sizes.slots} (${Math.round(published / ((performance.now() - candidatesDone) / 1000))}/s)`),
  );
  const slotsDone = performance.now();
  await untilDelivered(app.get(DataSource));
  const delivered = performance.now();
  return {
    candidates: created,
    refused,
    candidateSeconds: (candidatesWritten - started) / 1000,
    candidateSearchableSeconds: (candidatesDone - started) / 1000,
    slots: sizes.slots,
    slotSeconds: (slotsDone - candidatesDone) / 1000,
    searchableSeconds: (delivered - started) / 1000,
    catchUpSeconds: (delivered - slotsDone) / 1000,
    candidateCpu,
  };
}

/**
 * The worker marks an entry delivered only after Meilisearch's task succeeded: nothing pending
 * means all searchable (of one index, when `indexName` is given).
 */
export async function untilDelivered(dataSource: DataSource, indexName?: string, timeoutMs = 900_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = Date.now();
  for (;;) {
    const [{ pending }] = (await dataSource.query('SELECT count(*)::int AS pending FROM search_outbox WHERE delivered_at IS NULL AND ($1::text IS NULL OR index_name = $1)', [
      indexName ?? null,
    ])) as { pending: number }[];
    if (pending === 0) return;
    if (Date.now() > deadline) throw new Error(`The search worker left ${pending} outbox entries undelivered`);
    if (Date.now() - last >= 10_000) {
      last = Date.now();
      note(`worker: ${pending} outbox entries to deliver`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
