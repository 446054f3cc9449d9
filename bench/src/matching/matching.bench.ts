import { Meilisearch } from 'meilisearch';
import { DataSource } from 'typeorm';
import { CANDIDATES_INDEX } from '@ipl/candidates';
import { SearchIndexes } from '@ipl/search';
import { SLOTS_INDEX } from '@ipl/slots';
import type { BenchServers } from '../bench-servers';
import { startCpuAccount, type CpuSources, type CpuSplit } from '../cpu';
import { memoryOf, watchAllocatedPeak, type ProcessMemory } from '../process-memory';
import { startBenchApi, type BenchApi } from './bench-api';
import { importDataSet, type ImportFigures } from './import';
import { writeToSearchable, type LagFigures } from './lag';
import { ErrorTally } from './graphql-http';
import { latencies, type LatencyFigures } from './latency';
import { underLoad, type LoadFigures } from './load';
import { note } from './parallel';
import { createPopulation } from './population';
import { PostgresMatcher } from './postgres-matcher';
import { Random } from './random';
import { coldSlots, matchOverHttp, type SampleSlot } from './sample';
import { countStatements } from './statement-counter';

export interface MatchingBenchOptions {
  scale: number;
  seed: number;
  /** Importers writing at once (each its own transaction), as several operators and HR users would. */
  importConcurrency: number;
  /** Search workers delivering the import. */
  importWorkers: number;
}

export interface MatchingFigures extends MeasuredFigures {
  sizes: { candidates: number; slots: number; companies: number; organisations: number };
  imported: ImportFigures;
  documents: { candidates: number; slots: number };
  meiliMemoryAfterImport: ProcessMemory | null;
  /** The highest RssAnon sampled during the import, in MiB. */
  meiliAllocatedPeakMiB: number | null;
  /** Meilisearch's data on disk, which its resident memory maps. */
  meiliDatabaseMiB: number;
}

/** 8 clients on the API, and what each process spent meanwhile. */
export interface LoadRun extends LoadFigures {
  cpu: CpuSplit;
}

export interface MeasuredFigures {
  meiliMemoryAtEnd: ProcessMemory | null;
  latency: LatencyFigures;
  /** SQL statements of one match request, counted at the driver, by kind of request. */
  sqlStatements: { cold: Record<string, number>; repeat: number; nextPage: number; /** The statements of the cold match at first=20. */ sent: string[] };
  /** Slots never viewed, one request each. */
  cold: LoadRun;
  /** Slots viewed before: the first page again, or the next page, one request in two each. */
  repeat: LoadRun;
  lag: LagFigures;
}

/**
 * Issue 5's full-size matching bench: a realistic data set imported through the real services
 * and the worker, then the measurements of measureMatching().
 */
export async function benchMatching(servers: BenchServers, options: MatchingBenchOptions): Promise<MatchingFigures> {
  const sizes = { candidates: Math.round(100_000 * options.scale), slots: Math.round(20_000 * options.scale) };
  const companyCount = Math.max(10, Math.round(sizes.slots / 20));
  const databaseUrl = await servers.createDatabase('matching');
  const api = await startBenchApi({ databaseUrl, meiliUrl: servers.meiliUrl, meiliKey: servers.meiliKey, indexPrefix: servers.prefix });
  try {
    const { app } = api;
    note(`population: ${companyCount} companies admitted to the Albo, organisations and users`);
    const population = await createPopulation(app, companyCount, options.seed);
    api.startWorkers(options.importWorkers);
    note(`import: ${sizes.candidates} candidates, then ${sizes.slots} slots, through the services, ${options.importWorkers} workers delivering meanwhile`);
    const allocated = watchAllocatedPeak(servers.meiliPid);
    // The importer is this process (the loadGenerator of the account); the worker processes deliver.
    const cpuSources = { api: null, postgres: servers.postgresPid, meilisearch: servers.meiliPid, workers: api.workerPids() };
    const imported = await importDataSet(app, population, sizes, options.seed, options.importConcurrency, cpuSources);
    const meiliAllocatedPeakMiB = allocated.stop();
    // The measurements run with one worker, the smallest deployment.
    await api.stopWorkers(1);
    const meiliMemoryAfterImport = memoryOf(servers.meiliPid);
    const meili = app.get(Meilisearch);
    const indexes = app.get(SearchIndexes);
    const documents = {
      candidates: (await meili.index(indexes.uid(CANDIDATES_INDEX)).getStats()).numberOfDocuments,
      slots: (await meili.index(indexes.uid(SLOTS_INDEX)).getStats()).numberOfDocuments,
    };
    const meiliDatabaseMiB = (await meili.getStats()).databaseSize / 1024 / 1024;
    const measured = await measureMatching(api, { databaseUrl, servers, scale: options.scale, seed: options.seed });
    return { sizes: { ...sizes, companies: companyCount, organisations: population.organisations.length }, imported, documents, meiliMemoryAfterImport, meiliAllocatedPeakMiB, meiliDatabaseMiB, ...measured };
  } finally {
    await api.close();
  }
}

export interface MeasureContext {
  databaseUrl: string;
  servers: Pick<BenchServers, 'meiliUrl' | 'meiliPid' | 'postgresPid'>;
  scale: number;
  seed: number;
}

/** Cold matches 8 clients may ask for in a second, at most: the slots drawn for the cold load (far above today's rate). */
const COLD_PER_SECOND = 250;

/**
 * On an imported data set, with the worker running: cold matchCandidates over HTTP against the
 * same searches sent straight to Meilisearch and against the same match in PostgreSQL alone,
 * the SQL statements a match costs, 8 clients on cold matches and then on repeat views and next
 * pages (each with the CPU every process spent), and the lag from a commit to searchable.
 */
export async function measureMatching(api: BenchApi, context: MeasureContext): Promise<MeasuredFigures> {
  const dataSource = api.app.get(DataSource);
  const runs = (full: number, least: number): number => Math.max(least, Math.round(full * Math.min(1, context.scale * 2)));
  note('PostgreSQL-only matcher: languages as a column, GIN indexes on skills and free labels');
  const postgres = await PostgresMatcher.prepare(context.databaseUrl);
  note('the API in a process of its own (dist/apps/api/src/main.js), as production runs it');
  const served = await api.startApiProcess();
  try {
    const random = new Random(context.seed);
    const requests = runs(500, 100);
    const loadSeconds = runs(20, 10);
    note('slots never viewed, and the HR users of their companies signed in');
    const cold = await coldSlots(dataSource, api.graphqlUrl, random, requests + 3 + loadSeconds * COLD_PER_SECOND);
    const take = (count: number): SampleSlot[] => cold.splice(0, count);

    note(`latency: ${requests} cold matches through GraphQL, the same searches raw, the same match in PostgreSQL, interleaved`);
    const latency = await latencies({ recordFrom: api.graphqlUrl, timed: served.graphqlUrl }, context.servers.meiliUrl, take(requests), postgres);

    note('SQL statements per match request');
    // Counted whatever the answer: an error answer (e.g. past the time budget) stops early and sends fewer.
    const statements = (first: number, entry: SampleSlot, after?: string) => countStatements(() => new ErrorTally().attempt(() => matchOverHttp(api.graphqlUrl, entry, first, after)));
    const coldStatements: Record<number, string[]> = {};
    for (const first of [5, 20, 50]) coldStatements[first] = await statements(first, take(1)[0]);
    const viewedAgain = latency.viewed.find((slot) => slot.endCursor !== null) ?? latency.viewed[0];
    const sqlStatements = {
      cold: Object.fromEntries(Object.entries(coldStatements).map(([first, sent]) => [first, sent.length])),
      repeat: (await statements(20, viewedAgain.entry)).length,
      nextPage: (await statements(20, viewedAgain.entry, viewedAgain.endCursor ?? undefined)).length,
      sent: coldStatements[20],
    };

    const sources = { api: served.pid, postgres: context.servers.postgresPid, meilisearch: context.servers.meiliPid, workers: api.workerPids() };
    note(`load: 8 clients for ${loadSeconds} s on ${cold.length} slots never viewed`);
    const coldRun = await accounted(sources, () => underLoad(8, loadSeconds, (i) => (i < cold.length ? matchOverHttp(served.graphqlUrl, cold[i]) : null)));
    const viewed = latency.viewed;
    note(`load: 8 clients for ${loadSeconds} s on ${viewed.length} slots viewed before, first page again or the next one`);
    const repeatRun = await accounted(sources, () =>
      underLoad(8, loadSeconds, (i) => {
        const { entry, endCursor } = viewed[i % viewed.length];
        return matchOverHttp(served.graphqlUrl, entry, 20, i % 2 === 1 && endCursor ? endCursor : undefined);
      }),
    );

    const lagSamples = runs(60, 20);
    note(`lag: ${lagSamples} writes, each polled until searchable`);
    const lag = await writeToSearchable(api.app, lagSamples, random);
    return { meiliMemoryAtEnd: memoryOf(context.servers.meiliPid), latency, sqlStatements, cold: coldRun, repeat: repeatRun, lag };
  } finally {
    await served.stop();
    await postgres.close();
  }
}

async function accounted(sources: CpuSources, run: () => Promise<LoadFigures>): Promise<LoadRun> {
  const account = startCpuAccount(sources);
  const figures = await run();
  return { ...figures, cpu: account.stop() };
}
