import { Injectable } from '@nestjs/common';
import { AuthUser, Role, Scope } from '@ipl/access';
import { parsePeriod } from '@ipl/needs';
import { Channel } from '@ipl/organisations';
import { DeclineReason, InterruptionReason, PathOutcome } from '@ipl/proposals';
import { SlotKind } from '@ipl/slots';
import { TerritoryService } from '@ipl/territory';
import { OutcomeRates, OutcomeReport } from './dto/outcome-report.type';
import type { ReportTable } from './dto/report-table.type';
import type { OutcomeCountRow, ReasonFamily } from './outcome-report.query';
import { publishedLinkedTables } from './linked-tables';
import { publishedTable, type TableSpec } from './outcome-tables';
import { ReportError, ReportErrorCode } from './reports.errors';
import type { ReleasedCounts } from './release/outcome-report-release.entity';
import { OutcomeReleases } from './release/outcome-releases';

const MEASURES = ['proposed', 'started', 'completed', 'hired', 'interrupted', 'expired'] as const;
type Measure = (typeof MEASURES)[number];

const CHANNELS = Object.values(Channel);
const KINDS = Object.values(SlotKind);
const COLUMNS = CHANNELS.flatMap((channel) => KINDS.map((kind) => ({ channel, kind, key: `${channel}/${kind}` })));
const FAMILIES: Record<ReasonFamily, string[]> = {
  DECLINE_REASONS: Object.values(DeclineReason),
  INTERRUPTION_REASONS: Object.values(InterruptionReason),
  ASSESSMENTS: Object.values(PathOutcome),
};
/** Measures whose totals no reason table repeats: declines are no measure, so their reasons stand alone too. */
const ALONE: Measure[] = ['proposed', 'started', 'expired'];
/**
 * Reason tables counting the same people as measure tables, by channel: an interrupted path has
 * one interruption reason, an assessed path ended COMPLETED or HIRED (database checks and
 * ProposalsService.end). Each group is suppressed as one network (see publishedLinkedTables).
 */
const LINKED: [Measure[], ReasonFamily][] = [
  [['interrupted'], 'INTERRUPTION_REASONS'],
  [['completed', 'hired'], 'ASSESSMENTS'],
];
const channelOf = (column: string): string => column.split('/')[0];

function share(part: number | null, whole: number | null): number | null {
  if (part === null || whole === null || whole === 0) return null;
  return Math.round((part / whole) * 1000) / 1000;
}

/**
 * Outcome reports: ADMIN for the whole metropolitan area, DISTRICT_COORDINATOR for their own
 * district only (the district comes from the token, never from arguments).
 *
 * Small cells stay withheld under every combination of questions: every period of a year is
 * published from the same released counts (see OutcomeReleases) with one suppression pattern
 * per table over the year (see publishedTable), one pattern per group of tables sharing totals
 * (a reason table and its measures, see LINKED), and a measure table is always suppressed with
 * every district's row, the coordinator getting their row of it. Reason tables are metropolitan
 * only: a coordinator's district reasons beside the others' would add up to the metropolitan
 * table with equations its pattern does not hold. So a quarter beside its half-year, a reason
 * total beside a measure table, a coordinator's table beside the metropolitan one, or the same
 * period asked again after one transition give nothing back that any of them withholds.
 */
@Injectable()
export class OutcomeReportService {
  constructor(
    private readonly releases: OutcomeReleases,
    private readonly territory: TerritoryService,
  ) {}

  async report(periodCode: string, user: AuthUser): Promise<OutcomeReport> {
    const period = parsePeriod(periodCode);
    const [year, part] = periodCode.split('-');
    // The pattern lets year 0000 through; the calendar (and PostgreSQL) starts at year 1.
    if (!period || Number(year) < 1) throw new ReportError(ReportErrorCode.INVALID_PERIOD);
    const districtCode = user.role === Role.ADMIN ? null : Scope.of(user).districtCode();
    const districts = (await this.territory.listDistricts()).map((district) => district.code).sort();
    const released = await this.releases.of(Number(year), districts);
    const onlyRow = districtCode ?? undefined;

    const outcomes = indexOutcomes([...released.values()].flatMap((counts) => counts.outcomes));
    // Always the metropolitan reasons: they shape the pattern the coordinator's rows come from.
    const reasons = metropolitanReasons(released);
    const measureSpec = (measure: Measure): TableSpec => ({
      name: measure.toUpperCase(),
      rowDimension: 'DISTRICT',
      columnDimension: 'CHANNEL/KIND',
      rowKeys: districts,
      columnKeys: COLUMNS.map((column) => column.key),
      count: (quarter, district, column) => outcomes.get(`${quarter + 1}|${district}|${column}`)?.[measure] ?? 0,
    });
    const reasonSpec = (family: ReasonFamily): TableSpec => ({
      name: family,
      rowDimension: family === 'ASSESSMENTS' ? 'OUTCOME' : 'REASON',
      columnDimension: 'CHANNEL',
      rowKeys: FAMILIES[family],
      columnKeys: CHANNELS,
      count: (quarter, code, channel) => reasons.get(`${quarter + 1}|${family}|${code}|${channel}`) ?? 0,
    });
    const published = [
      ...ALONE.map((measure) => publishedTable(measureSpec(measure), part, onlyRow)),
      ...(onlyRow === undefined ? [publishedTable(reasonSpec('DECLINE_REASONS'), part)] : []),
      ...LINKED.flatMap(([measures, family]) =>
        publishedLinkedTables({ measures: measures.map(measureSpec), reasons: reasonSpec(family), reasonColumnOf: channelOf }, part, onlyRow),
      ),
    ];
    const order = [...MEASURES.map((measure) => measure.toUpperCase()), ...Object.keys(FAMILIES)];
    const tables = [...published].sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
    const measureTables = MEASURES.map((measure) => tables.find((table) => table.name === measure.toUpperCase()) as ReportTable);
    const totalOf = (measure: Measure, r: number): number | null => measureTables[MEASURES.indexOf(measure)].rows[r].total;
    const rates: OutcomeRates[] = measureTables[0].rows.map(({ key }, r) => ({
      key,
      started: share(totalOf('started', r), totalOf('proposed', r)),
      completed: share(totalOf('completed', r), totalOf('started', r)),
      hired: share(totalOf('hired', r), totalOf('started', r)),
      interrupted: share(totalOf('interrupted', r), totalOf('started', r)),
      expired: share(totalOf('expired', r), totalOf('proposed', r)),
    }));
    return { period: period.code, districtCode, tables, rates };
  }
}

function indexOutcomes(rows: OutcomeCountRow[]): Map<string, OutcomeCountRow> {
  return new Map(rows.map((row) => [`${row.quarter}|${row.district}|${row.channel}/${row.kind}`, row]));
}

/** The coded reasons of every district, summed. */
function metropolitanReasons(released: Map<string, ReleasedCounts>): Map<string, number> {
  const totals = new Map<string, number>();
  for (const counts of released.values()) {
    for (const row of counts.reasons) {
      const key = `${row.quarter}|${row.family}|${row.code}|${row.channel}`;
      totals.set(key, (totals.get(key) ?? 0) + row.people);
    }
  }
  return totals;
}
