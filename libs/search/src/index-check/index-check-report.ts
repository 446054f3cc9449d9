import type { DifferentDocument, IndexDifference } from './index-difference';

/** Ids shown per kind of difference; the counts are always whole, however large the index. */
export const SAMPLE_SIZE = 10;

export interface IndexCheckReport {
  indexName: string;
  uid: string;
  /** Documents PostgreSQL says the index should hold. */
  expected: number;
  /** Documents the index holds. */
  indexed: number;
  missing: number;
  extra: number;
  different: number;
  samples: { missing: string[]; extra: string[]; different: DifferentDocument[] };
}

export function emptyReport(indexName: string, uid: string): IndexCheckReport {
  return { indexName, uid, expected: 0, indexed: 0, missing: 0, extra: 0, different: 0, samples: { missing: [], extra: [], different: [] } };
}

/** Adds one page's comparison to the report, keeping the memory bounded by SAMPLE_SIZE. */
export function addPage(report: IndexCheckReport, page: { expected: number; indexed: number; difference: IndexDifference }): void {
  const { difference } = page;
  report.expected += page.expected;
  report.indexed += page.indexed;
  report.missing += difference.missing.length;
  report.extra += difference.extra.length;
  report.different += difference.different.length;
  const keep = <T>(into: T[], items: T[]) => into.push(...items.slice(0, Math.max(0, SAMPLE_SIZE - into.length)));
  keep(report.samples.missing, difference.missing);
  keep(report.samples.extra, difference.extra);
  keep(report.samples.different, difference.different);
}

export function differences(report: IndexCheckReport): number {
  return report.missing + report.extra + report.different;
}

/** What `npm run check:index` prints: one line per index, then the ids of each kind of difference. */
export function formatReports(reports: readonly IndexCheckReport[], pendingOutbox: number): string {
  const lines: string[] = [];
  for (const report of reports) {
    lines.push(
      `${report.indexName} (${report.uid}): ${report.expected} in PostgreSQL, ${report.indexed} in Meilisearch; ` +
        `${report.missing} missing, ${report.extra} extra, ${report.different} different`,
    );
    const more = (count: number, shown: number) => (count > shown ? ` and ${count - shown} more` : '');
    if (report.missing > 0) lines.push(`  missing: ${report.samples.missing.join(', ')}${more(report.missing, report.samples.missing.length)}`);
    if (report.extra > 0) lines.push(`  extra: ${report.samples.extra.join(', ')}${more(report.extra, report.samples.extra.length)}`);
    if (report.different > 0) {
      const shown = report.samples.different.map((document) => `${document.id} (${document.fields.join(', ')})`);
      lines.push(`  different: ${shown.join(', ')}${more(report.different, shown.length)}`);
    }
  }
  const total = reports.reduce((sum, report) => sum + differences(report), 0);
  if (pendingOutbox > 0) lines.push(`${pendingOutbox} outbox entries not yet delivered by the worker (their documents may be among the differences)`);
  lines.push(total === 0 ? 'the search indexes hold what PostgreSQL says they should' : `${total} differences between the search indexes and PostgreSQL`);
  return lines.join('\n');
}
