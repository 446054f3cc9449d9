import type { Timing } from '../measure';
import type { ProcessMemory } from '../process-memory';
import type { MatchingFigures } from './matching.bench';

const ms = (value: number): string => `${value.toFixed(1)} ms`;
const timing = ({ p50, p95 }: Timing): string => `p50 ${ms(p50)}, p95 ${ms(p95)}`;
const rate = (count: number, seconds: number): string => `${Math.round(count / seconds).toLocaleString('en')}/s`;
const memory = (figure: ProcessMemory | null): string => (figure ? `peak ${Math.round(figure.peakMiB)} MiB (VmHWM), now ${Math.round(figure.currentMiB)} MiB (${Math.round(figure.anonymousMiB)} allocated, ${Math.round(figure.fileMiB)} mapped from its data files)` : 'n/a (not started by the bench)');
const mark = (ok: boolean): string => (ok ? 'met' : 'NOT met');

/** The matching bench's figures, with issue 5's targets beside them. */
export function matchingReport(figures: MatchingFigures): string {
  const { imported, sizes } = figures;
  const documents = figures.documents.candidates + figures.documents.slots;
  const { latency } = figures;
  const apiOverRaw = latency.api.p95 / latency.raw.p95;
  const postgresOverApi = latency.postgres.p95 / latency.api.p95;
  const sql = Object.entries(figures.sqlStatements);
  return [
    `Matching: ${sizes.candidates.toLocaleString('en')} candidates, ${sizes.slots.toLocaleString('en')} slots, ${sizes.companies} companies, ${sizes.organisations} organisations, 55 comuni`,
    `  import through the services (${imported.candidates.toLocaleString('en')} profiles created, ${imported.refused} refused by the duplicate check; slots created and published):`,
    `    candidates: ${imported.candidateSeconds.toFixed(1)} s, ${rate(imported.candidates, imported.candidateSeconds)}; slots: ${imported.slotSeconds.toFixed(1)} s, ${rate(imported.slots, imported.slotSeconds)}`,
    `    searchable (worker, outbox → Meilisearch): ${documents.toLocaleString('en')} documents (${figures.documents.candidates.toLocaleString('en')} candidates, ${figures.documents.slots.toLocaleString('en')} slots) ${imported.searchableSeconds.toFixed(1)} s after the first write, ${rate(documents, imported.searchableSeconds)}; ${imported.catchUpSeconds.toFixed(1)} s after the last commit`,
    `  Meilisearch memory (--max-indexing-memory 256MiB, data on disk ${Math.round(figures.meiliDatabaseMiB)} MiB): after the import ${memory(figures.meiliMemoryAfterImport)}; at the end ${memory(figures.meiliMemoryAtEnd)}; allocated at most ${figures.meiliAllocatedPeakMiB === null ? 'n/a' : `${Math.round(figures.meiliAllocatedPeakMiB)} MiB`} (RssAnon sampled every 250 ms)`,
    `  matchCandidates(first: 20), ${latency.requests} requests (each sends Meilisearch ${latency.searches.requests} requests carrying ${latency.searches.queries} queries on average), interleaved:`,
    `    through GraphQL over HTTP:                     ${timing(latency.api)}`,
    `    the same searches sent raw to Meilisearch:     ${timing(latency.raw)}`,
    `    an authenticated query doing nothing (me):     ${timing(latency.floor)} (the floor of any request through the API)`,
    `    the same match in PostgreSQL alone:            ${timing(latency.postgres)}`,
    `    API / raw Meilisearch, p95: ${apiOverRaw.toFixed(2)}x (target at most 1.3x: ${mark(apiOverRaw <= 1.3)})`,
    `    API against PostgreSQL alone, p95: ${postgresOverApi.toFixed(2)}x as fast (target at least 7x: ${mark(postgresOverApi >= 7)}); raw Meilisearch against PostgreSQL alone: ${(latency.postgres.p95 / latency.raw.p95).toFixed(2)}x`,
    `    first page against PostgreSQL's exhaustive ranking: same best score for ${(100 * latency.agreement.sameBest).toFixed(1)}% of slots, score sum ${(100 * latency.agreement.scoreShare).toFixed(2)}%`,
    `  SQL statements per match request (token check included): ${sql.map(([first, count]) => `first=${first}: ${count}`).join(', ')} (${mark(new Set(sql.map(([, count]) => count)).size === 1)}: constant)`,
    `  ${figures.load.clients} concurrent clients for ${figures.load.seconds.toFixed(1)} s: ${rate(figures.load.requests, figures.load.seconds)} requests, ${timing(figures.load.timing)}`,
    `  write → searchable, ${figures.lag.samples} commits with one worker running: ${timing(figures.lag.timing)}, max ${ms(figures.lag.max)} (target p95 under 1 s: ${mark(figures.lag.timing.p95 < 1000)})`,
  ].join('\n');
}
