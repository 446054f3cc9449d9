import { Meilisearch } from 'meilisearch';
import { DataSource } from 'typeorm';
import { CANDIDATES_INDEX } from '@ipl/candidates';
import { SearchIndexes } from '@ipl/search';
import { SLOTS_INDEX } from '@ipl/slots';
import { countQueries } from '@ipl/testing';
import type { BenchServers } from '../bench-servers';
import { memoryOf, watchAllocatedPeak, type ProcessMemory } from '../process-memory';
import { startBenchApi, type BenchApi } from './bench-api';
import { importDataSet, type ImportFigures } from './import';
import { writeToSearchable, type LagFigures } from './lag';
import { latencies, type LatencyFigures } from './latency';
import { underLoad, type LoadFigures } from './load';
import { note } from './parallel';
import { createPopulation } from './population';
import { PostgresMatcher } from './postgres-matcher';
import { Random } from './random';
import { matchOverHttp, sampleSlots } from './sample';

export interface MatchingBenchOptions {
  scale: number;
  seed: number;
  /** Importers writing at once (each its own transaction), as several operators and HR users would. */
  importConcurrency: number;
  /** Search workers delivering the import to Meilisearch. */
  importWorkers: number;
}

export interface MatchingFigures extends MeasuredFigures {
  sizes: { candidates: number; slots: number; companies: number; organisations: number };
  imported: ImportFigures;
  documents: { candidates: number; slots: number };
  meiliMemoryAfterImport: ProcessMemory | null;
  /** The highest RssAnon sampled during the import and the measurements, in MiB. */
  meiliAllocatedPeakMiB: number | null;
  /** Meilisearch's data on disk, which its resident memory maps. */
  meiliDatabaseMiB: number;
}

export interface MeasuredFigures {
  meiliMemoryAtEnd: ProcessMemory | null;
  latency: LatencyFigures;
  sqlStatements: Record<number, number>;
  load: LoadFigures;
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
    const allocated = watchAllocatedPeak(servers.meiliPid);
    note(`population: ${companyCount} companies admitted to the Albo, organisations and users`);
    const population = await createPopulation(app, companyCount, options.seed);
    api.startWorkers(options.importWorkers);
    note(`import: ${sizes.candidates} candidates and ${sizes.slots} slots through the services, ${options.importWorkers} workers delivering meanwhile`);
    const imported = await importDataSet(app, population, sizes, options.seed, options.importConcurrency);
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
    const measured = await measureMatching(api, { databaseUrl, meiliUrl: servers.meiliUrl, meiliPid: servers.meiliPid, scale: options.scale, seed: options.seed });
    const meiliAllocatedPeakMiB = allocated.stop();
    return { sizes: { ...sizes, companies: companyCount, organisations: population.organisations.length }, imported, documents, meiliMemoryAfterImport, meiliAllocatedPeakMiB, meiliDatabaseMiB, ...measured };
  } finally {
    await api.close();
  }
}

export interface MeasureContext {
  databaseUrl: string;
  meiliUrl: string;
  meiliPid: number | null;
  scale: number;
  seed: number;
}

/**
 * On an imported data set, with the worker running: matchCandidates over HTTP against the same
 * searches sent straight to Meilisearch and against the same match in PostgreSQL alone, load
 * from 8 clients, the lag from a commit to searchable, and the SQL statements a match costs.
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
    const sample = await sampleSlots(dataSource, served.graphqlUrl, random, 40);
    const requests = runs(500, 100);
    note(`latency: ${requests} matches through GraphQL, the same searches raw, the same match in PostgreSQL, interleaved`);
    // The searches are recorded from the bench's own copy of the API (the same code on the same data).
    const latency = await latencies({ recordFrom: api.graphqlUrl, timed: served.graphqlUrl }, context.meiliUrl, sample, postgres, requests);

    note('SQL statements per match request');
    const sqlStatements: Record<number, number> = {};
    for (const first of [5, 20, 50]) sqlStatements[first] = (await countQueries(dataSource, () => matchOverHttp(api.graphqlUrl, sample[0], first))).queries.length;

    const loadSeconds = runs(20, 5);
    note(`load: 8 clients for ${loadSeconds} s`);
    const load = await underLoad(8, loadSeconds, (i) => matchOverHttp(served.graphqlUrl, sample[i % sample.length]));

    const lagSamples = runs(60, 20);
    note(`lag: ${lagSamples} writes, each polled until searchable`);
    const lag = await writeToSearchable(api.app, lagSamples, random);
    return { meiliMemoryAtEnd: memoryOf(context.meiliPid), latency, sqlStatements, load, lag };
  } finally {
    await served.stop();
    await postgres.close();
  }
}
