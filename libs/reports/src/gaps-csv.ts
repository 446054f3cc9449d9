import type { GapReport } from './dto/gaps.type';
import { SUPPRESSED_MARK } from './report-csv';

/**
 * The gaps as CSV: one line per skill, then five columns per earlier period. A suppressed
 * supply (and its gap) is `*`, as in the outcome report; a figure of a period without a
 * snapshot is left empty.
 */
export function gapsToCsv(report: GapReport, earlier: string[]): string {
  const header = [
    'skill_id', 'skill_group', 'needs_head_count', 'open_slot_openings', 'demand', 'supply', 'gap',
    ...earlier.flatMap((period) => ['needs', 'openings', 'demand', 'supply', 'gap'].map((name) => `${name}_${period}`)),
  ];
  const lines = report.gaps.map((g) => [
    g.skillId, g.skillGroupCode, g.needsHeadCount, g.openSlotOpenings, g.demand, suppressed(g.supply), suppressed(g.gap),
    ...g.previous.flatMap((p) => {
      const known = p.openSlotOpenings !== null;
      const hidden = (value: number | null): string | number => (value === null ? (known ? SUPPRESSED_MARK : '') : value);
      return [p.needsHeadCount, p.openSlotOpenings ?? '', p.demand ?? '', hidden(p.supply), hidden(p.gap)];
    }),
  ]);
  return [header, ...lines].map((line) => line.join(',')).join('\n').concat('\n');
}

function suppressed(value: number | null): string | number {
  return value === null ? SUPPRESSED_MARK : value;
}
