import type { LabelledQuality } from '../labelled/through-api';
import type { MatchingFigures } from './matching/matching.bench';
import { perSecond } from './matching/matching-report';

interface Row {
  figure: string;
  today: string;
  target: string;
  met: boolean | null;
}

const times = (value: number): string => `${value.toFixed(2)}×`;
const ms = (value: number): string => `${value.toFixed(1)} ms`;
const perS = (value: number): string => `${Math.round(value).toLocaleString('en')}/s`;

/**
 * Issue 17's table of targets, every row measured in this run (ratios within it): "today" is
 * what this run measured, "met" compares it with the target. The import and the memory rows are
 * the profiles' import; the latency rows are cold matches (slots never viewed).
 */
export function targetsReport(matching: MatchingFigures, quality: LabelledQuality): string {
  const { latency, imported } = matching;
  const apiOverRaw = latency.api.p95 / latency.raw.p95;
  const rawFaster = latency.postgres.p95 / latency.raw.p95;
  const statements = Math.max(...Object.values(matching.sqlStatements.cold), matching.sqlStatements.repeat, matching.sqlStatements.nextPage);
  const written = perSecond(imported.candidates, imported.candidateSeconds);
  const searchable = perSecond(imported.candidates, imported.candidateSearchableSeconds);
  const cold = perSecond(matching.cold.requests, matching.cold.seconds);
  const repeat = perSecond(matching.repeat.requests, matching.repeat.seconds);
  const rows: Row[] = [
    { figure: '`matchCandidates` p95 ÷ the same raw Meilisearch requests\' p95 (cold)', today: `${times(apiOverRaw)} (API ${ms(latency.api.p95)} ÷ raw ${ms(latency.raw.p95)})`, target: '≤ 1.3×', met: apiOverRaw <= 1.3 },
    { figure: 'authenticated `me` p50', today: ms(latency.floor.p50), target: '≤ 1.5 ms', met: latency.floor.p50 <= 1.5 },
    { figure: 'raw Meilisearch match against PostgreSQL-alone match, p95', today: `${times(rawFaster)} faster (PostgreSQL ${ms(latency.postgres.p95)} ÷ raw ${ms(latency.raw.p95)})`, target: '≥ 4× faster', met: rawFaster >= 4 },
    { figure: '8 clients, cold matches (distinct slots)', today: `${perS(cold)}${matching.cold.errors.total > 0 ? ` (${matching.cold.errors.total} errors)` : ''}`, target: '≥ 150/s', met: cold >= 150 && matching.cold.errors.total === 0 },
    { figure: '8 clients, repeat views and next pages', today: `${perS(repeat)}${matching.repeat.errors.total > 0 ? ` (${matching.repeat.errors.total} errors)` : ''}`, target: '≥ 600/s', met: repeat >= 600 && matching.repeat.errors.total === 0 },
    { figure: 'SQL statements per match request (most of cold, repeat, next page)', today: String(statements), target: '≤ 2', met: statements <= 2 },
    { figure: 'import, profiles written / searchable end to end', today: `${perS(written)} / ${perS(searchable)}`, target: '≥ 10,000/s', met: searchable >= 10_000 },
    {
      figure: 'Meilisearch allocated memory during import',
      today: matching.meiliAllocatedPeakMiB === null ? 'n/a (external server)' : `${Math.round(matching.meiliAllocatedPeakMiB)} MiB`,
      target: '≤ 512 MiB',
      met: matching.meiliAllocatedPeakMiB === null ? null : matching.meiliAllocatedPeakMiB <= 512,
    },
    { figure: 'write → searchable p95', today: `${Math.round(matching.lag.timing.p95)} ms`, target: '≤ 250 ms', met: matching.lag.timing.p95 <= 250 },
    {
      figure: `nDCG@10 on bench/labelled through the API (candidates for ${quality.slots} slots; slots for ${quality.people} people)`,
      today: `${quality.candidatesForSlot.toFixed(3)}; ${quality.slotsForPerson.toFixed(3)}${quality.errors.total > 0 ? ` (${quality.errors.toString()})` : ''}`,
      target: '≥ 0.95 (held-out set); not below today\'s',
      met: quality.candidatesForSlot >= 0.95,
    },
  ];
  const cpu = (run: MatchingFigures['cold']): string => {
    const per = (seconds: number | null): string => (seconds === null ? 'n/a' : ms((1000 * seconds) / Math.max(1, run.requests)));
    return `${per(run.cpu.api)} / ${per(run.cpu.postgres)} / ${per(run.cpu.meilisearch)}`;
  };
  rows.push(
    { figure: 'CPU per cold match: API / PostgreSQL / Meilisearch (8 clients)', today: cpu(matching.cold), target: '—', met: null },
    { figure: 'CPU per repeat view or next page: API / PostgreSQL / Meilisearch', today: cpu(matching.repeat), target: '—', met: null },
  );
  const mark = (met: boolean | null): string => (met === null ? '—' : met ? 'met' : 'NOT met');
  return [
    `Issue 17's targets, all measured in this run (${matching.sizes.candidates.toLocaleString('en')} profiles, ${matching.sizes.slots.toLocaleString('en')} slots; the targets are for 100,000 / 20,000):`,
    '',
    '| figure | today | target | |',
    '|---|---|---|---|',
    ...rows.map((row) => `| ${row.figure} | ${row.today} | ${row.target} | ${mark(row.met)} |`),
  ].join('\n');
}
