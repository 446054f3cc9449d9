import type { CoordinatorOutcomeReportQuery } from '../api/generated';

export type ReportTable = CoordinatorOutcomeReportQuery['outcomeReport']['tables'][number];
export type OutcomeRates = CoordinatorOutcomeReportQuery['outcomeReport']['rates'][number];

/** The measure tables, in the order a path goes through them. */
export const MEASURES = ['PROPOSED', 'STARTED', 'COMPLETED', 'HIRED', 'INTERRUPTED', 'EXPIRED'] as const;
export type Measure = (typeof MEASURES)[number];

/** The measures the chart draws: the path's main steps. */
export const CHARTED: readonly Measure[] = ['PROPOSED', 'STARTED', 'COMPLETED', 'HIRED'];

export const CODED_TABLES = ['DECLINE_REASONS', 'INTERRUPTION_REASONS'] as const;
export const ASSESSMENTS = 'ASSESSMENTS';

export function tableNamed(tables: ReportTable[], name: string): ReportTable | undefined {
  return tables.find((table) => table.name === name);
}

/** A measure's row for one district: the cells by channel × kind and the row total (null is withheld). */
export function measureRow(tables: ReportTable[], measure: Measure, district: string): { cells: (number | null)[]; total: number | null } | null {
  const row = tableNamed(tables, measure)?.rows.find((candidate) => candidate.key === district);
  return row ? { cells: row.cells, total: row.total } : null;
}
