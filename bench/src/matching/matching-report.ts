import type { CpuSplit } from '../cpu';
import type { Timing } from '../measure';
import type { ProcessMemory } from '../process-memory';
import type { LoadRun, MatchingFigures } from './matching.bench';

const ms = (value: number): string => `${value.toFixed(1)} ms`;
const timing = ({ p50, p95, p99 }: Timing): string => `p50 ${ms(p50)}, p95 ${ms(p95)}, p99 ${ms(p99)}`;
export const perSecond = (count: number, seconds: number): number => (seconds > 0 ? count / seconds : 0);
const rate = (count: number, seconds: number): string => `${Math.round(perSecond(count, seconds)).toLocaleString('en')}/s`;
const memory = (figure: ProcessMemory | null): string =>
  figure ? `peak ${Math.round(figure.peakMiB)} MiB (VmHWM), now ${Math.round(figure.currentMiB)} MiB (${Math.round(figure.anonymousMiB)} allocated, ${Math.round(figure.fileMiB)} mapped from its data files)` : 'n/a (not started by the bench)';

/** CPU milliseconds per request of one part, or n/a when its process is not known. */
const cpuPer = (seconds: number | null, requests: number): string => (seconds === null ? 'n/a' : `${((1000 * seconds) / Math.max(1, requests)).toFixed(1)} ms`);

/** Where an import's CPU went, per profile; the importer is the bench process itself. */
function importCpuLine(cpu: CpuSplit, profiles: number): string {
  const ms = (seconds: number | null) => (seconds === null ? 'n/a' : `${((1000 * seconds) / profiles).toFixed(2)} ms`);
  const ours = cpu.loadGenerator + (cpu.postgres ?? 0) + (cpu.meilisearch ?? 0) + (cpu.worker ?? 0);
  return `importer ${ms(cpu.loadGenerator)}, PostgreSQL ${ms(cpu.postgres)}, Meilisearch ${ms(cpu.meilisearch)}, search workers ${ms(cpu.worker)} = ${ms(ours)}, at most ${Math.round(profiles / ours)}/s a core; other processes on the machine ${cpu.other.toFixed(1)} s over ${cpu.wallSeconds.toFixed(1)} s`;
}

function cpuLine(cpu: CpuSplit, requests: number): string {
  const served = [cpu.api, cpu.postgres, cpu.meilisearch, cpu.worker].reduce<number>((sum, value) => sum + (value ?? 0), 0);
  return [
    `CPU per match: API ${cpuPer(cpu.api, requests)}, PostgreSQL ${cpuPer(cpu.postgres, requests)}, Meilisearch ${cpuPer(cpu.meilisearch, requests)}, search worker ${cpuPer(cpu.worker, requests)}`,
    `= ${cpuPer(served, requests)} serving it;`,
    `load generator ${cpu.loadGenerator.toFixed(1)} s CPU over ${cpu.wallSeconds.toFixed(1)} s (${Math.round((100 * cpu.loadGenerator) / cpu.wallSeconds)}% of one core),`,
    `other processes on the machine ${cpu.other.toFixed(1)} s`,
  ].join(' ');
}

function loadLines(title: string, run: LoadRun): string[] {
  return [
    `  ${title}: ${rate(run.requests, run.seconds)} (${run.requests} requests in ${run.seconds.toFixed(1)} s${run.ranOut ? ', stopped early: no slot left that was never viewed' : ''}), ${timing(run.timing)}; errors: ${run.errors.toString()}`,
    `    ${cpuLine(run.cpu, run.requests)}`,
  ];
}

/** The matching bench's figures in detail; targets.ts sets the issue's targets beside them. */
export function matchingReport(figures: MatchingFigures): string {
  const { imported, sizes, latency, sqlStatements } = figures;
  const documents = figures.documents.candidates + figures.documents.slots;
  return [
    `Matching: ${sizes.candidates.toLocaleString('en')} candidates, ${sizes.slots.toLocaleString('en')} slots, ${sizes.companies} companies, ${sizes.organisations} organisations, 55 comuni`,
    `  import through the services (${imported.candidates.toLocaleString('en')} profiles created, ${imported.refused} refused by the duplicate check; slots created and published):`,
    `    profiles: written in ${imported.candidateSeconds.toFixed(1)} s, ${rate(imported.candidates, imported.candidateSeconds)}; all searchable ${imported.candidateSearchableSeconds.toFixed(1)} s after the first write, ${rate(imported.candidates, imported.candidateSearchableSeconds)} end to end`,
    `    CPU per profile written and searchable: ${importCpuLine(imported.candidateCpu, imported.candidates)}`,
    `    slots, after the profiles: ${imported.slotSeconds.toFixed(1)} s, ${rate(imported.slots, imported.slotSeconds)}`,
    `    searchable (worker, outbox → Meilisearch): ${documents.toLocaleString('en')} documents (${figures.documents.candidates.toLocaleString('en')} candidates, ${figures.documents.slots.toLocaleString('en')} slots) ${imported.searchableSeconds.toFixed(1)} s after the first write; ${imported.catchUpSeconds.toFixed(1)} s after the last commit`,
    `  Meilisearch memory (--max-indexing-memory 256MiB, data on disk ${Math.round(figures.meiliDatabaseMiB)} MiB): allocated at most ${figures.meiliAllocatedPeakMiB === null ? 'n/a' : `${Math.round(figures.meiliAllocatedPeakMiB)} MiB`} during the import (RssAnon sampled every 250 ms); after the import ${memory(figures.meiliMemoryAfterImport)}; at the end ${memory(figures.meiliMemoryAtEnd)}`,
    `  ${latency.requests} cold matches (matchCandidates(first: 20), each on a slot never viewed; each sends Meilisearch ${latency.searches.requests} requests carrying ${latency.searches.queries} queries on average), interleaved:`,
    `    through GraphQL over HTTP:                     ${timing(latency.api)}`,
    `    the same searches sent raw to Meilisearch:     ${timing(latency.raw)}`,
    `    an authenticated query doing nothing (me):     ${timing(latency.floor)} (the floor of any request through the API)`,
    `    the same match in PostgreSQL alone:            ${timing(latency.postgres)}`,
    `    error answers from the API timed: ${latency.errors.toString()}`,
    `    first page against PostgreSQL's exhaustive ranking (${latency.agreement.slots} slots): same best score for ${(100 * latency.agreement.sameBest).toFixed(1)}%, score sum ${(100 * latency.agreement.scoreShare).toFixed(2)}%`,
    `  SQL statements per match request (every pg client of the in-process API, token check included): cold ${Object.entries(sqlStatements.cold)
      .map(([first, count]) => `first=${first}: ${count}`)
      .join(', ')}; repeat view: ${sqlStatements.repeat}; next page: ${sqlStatements.nextPage}; those of a cold match at first=20:`,
    ...sqlStatements.sent.map((statement, index) => `    ${index + 1}. ${statement.replace(/\s+/g, ' ').slice(0, 110)}`),
    ...loadLines(`${figures.cold.clients} clients, cold matches (distinct slots, never viewed)`, figures.cold),
    ...loadLines(`${figures.repeat.clients} clients, repeat views and next pages (${latency.viewed.length} slots viewed before)`, figures.repeat),
    `  write → searchable, ${figures.lag.samples} commits with one worker running: ${timing(figures.lag.timing)}, max ${ms(figures.lag.max)}`,
  ].join('\n');
}
