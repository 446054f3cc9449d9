import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthUser, Role, Scope } from '@ipl/access';
import { parsePeriod } from '@ipl/needs';
import { Channel } from '@ipl/organisations';
import { DeclineReason, InterruptionReason, PathOutcome } from '@ipl/proposals';
import { SlotKind } from '@ipl/slots';
import { TerritoryService } from '@ipl/territory';
import { OutcomeRates, OutcomeReport } from './dto/outcome-report.type';
import { ReportTable } from './dto/report-table.type';
import { outcomeCounts, reasonCounts, type OutcomeCountRow } from './outcome-report.query';
import { ReportError, ReportErrorCode } from './reports.errors';
import { suppressSmallCells } from './suppression';

const MEASURES = ['proposed', 'started', 'completed', 'hired', 'interrupted', 'expired'] as const;
type Measure = (typeof MEASURES)[number];

const CHANNELS = Object.values(Channel);
const KINDS = Object.values(SlotKind);
const COLUMNS = CHANNELS.flatMap((channel) => KINDS.map((kind) => ({ channel, kind, key: `${channel}/${kind}` })));

/** Builds one published table: counts in, suppression applied before anything leaves. */
export function buildTable(name: string, rowDimension: string, columnDimension: string, rowKeys: string[], columnKeys: string[], cells: number[][]): ReportTable {
  const published = suppressSmallCells({ cells });
  return {
    name,
    rowDimension,
    columnDimension,
    columnKeys,
    rows: rowKeys.map((key, r) => ({ key, cells: published.cells[r], total: published.rowTotals[r] })),
    columnTotals: published.columnTotals,
    grandTotal: published.grandTotal,
  };
}

function share(part: number | null, whole: number | null): number | null {
  if (part === null || whole === null || whole === 0) return null;
  return Math.round((part / whole) * 1000) / 1000;
}

/**
 * Outcome reports: ADMIN for the whole metropolitan area, DISTRICT_COORDINATOR for their own
 * district only (the district comes from the token, never from arguments). Every table has
 * fixed rows and columns for the caller, so no two published tables share a suppressed cell.
 */
@Injectable()
export class OutcomeReportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly territory: TerritoryService,
  ) {}

  async report(periodCode: string, user: AuthUser): Promise<OutcomeReport> {
    const period = parsePeriod(periodCode);
    if (!period) throw new ReportError(ReportErrorCode.INVALID_PERIOD);
    const districtCode = user.role === Role.ADMIN ? null : Scope.of(user).districtCode();
    const districts = districtCode ? [districtCode] : (await this.territory.listDistricts()).map((district) => district.code).sort();
    const manager = this.dataSource.manager;
    const [counts, reasons] = await Promise.all([
      outcomeCounts(manager, period.start, period.end, districtCode),
      reasonCounts(manager, period.start, period.end, districtCode),
    ]);

    const measureTables = MEASURES.map((measure) =>
      buildTable(
        measure.toUpperCase(),
        'DISTRICT',
        'CHANNEL/KIND',
        districts,
        COLUMNS.map((column) => column.key),
        districts.map((district) => COLUMNS.map((column) => countOf(counts, district, column.channel, column.kind, measure))),
      ),
    );
    const reasonTable = (family: string, codes: string[]): ReportTable =>
      buildTable(
        family,
        family === 'ASSESSMENTS' ? 'OUTCOME' : 'REASON',
        'CHANNEL',
        codes,
        CHANNELS,
        codes.map((code) => CHANNELS.map((channel) => reasons.find((row) => row.family === family && row.code === code && row.channel === channel)?.people ?? 0)),
      );
    const tables = [
      ...measureTables,
      reasonTable('DECLINE_REASONS', Object.values(DeclineReason)),
      reasonTable('INTERRUPTION_REASONS', Object.values(InterruptionReason)),
      reasonTable('ASSESSMENTS', Object.values(PathOutcome)),
    ];
    const totalOf = (measure: Measure, r: number): number | null => measureTables[MEASURES.indexOf(measure)].rows[r].total;
    const rates: OutcomeRates[] = districts.map((key, r) => ({
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

function countOf(rows: OutcomeCountRow[], district: string, channel: string, kind: string, measure: Measure): number {
  return rows.find((row) => row.district === district && row.channel === channel && row.kind === kind)?.[measure] ?? 0;
}
