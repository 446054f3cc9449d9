import type { BoardGapsQuery } from '../api/generated';
import { formatNumber } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import { DataTable } from '../ui/data-table';
import { Pager } from '../ui/pager';
import { useCursorPages } from '../ui/use-cursor-pages';
import { ReportCount, WithheldNote } from './report-count';

type SkillGap = BoardGapsQuery['gaps']['gaps'][number];

const PAGE_SIZE = 15;

/** Every skill of the report, biggest gaps first, a page at a time (the cursor is the offset). */
export function GapsTable({ gaps, groupLabel }: { gaps: SkillGap[]; groupLabel: (code: string) => string }) {
  const { t } = useI18n();
  const pages = useCursorPages();
  const offset = Number(pages.after ?? 0);
  const shown = gaps.slice(offset, offset + PAGE_SIZE);
  const next = offset + PAGE_SIZE < gaps.length ? String(offset + PAGE_SIZE) : null;
  return (
    <>
      <DataTable caption={t('board.gaps.tableCaption')} striped
        columns={[t('board.gaps.col.skill'), t('board.gaps.col.group'), t('board.gaps.col.needs'), t('board.gaps.col.openings'), t('board.gaps.col.demand'), t('board.gaps.col.supply'), t('board.gaps.col.gap')]}>
        {shown.map((gap) => (
          <tr key={gap.skillId}>
            <th scope="row">{gap.label}</th>
            <td>{groupLabel(gap.skillGroupCode)}</td>
            <td>{formatNumber(gap.needsHeadCount)}</td>
            <td>{formatNumber(gap.openSlotOpenings)}</td>
            <td>{formatNumber(gap.demand)}</td>
            <td><ReportCount value={gap.supply} /></td>
            <td><ReportCount value={gap.gap} /></td>
          </tr>
        ))}
      </DataTable>
      <WithheldNote />
      <Pager pages={pages} pageInfo={{ endCursor: next, hasNextPage: next !== null }} disabled={false} />
    </>
  );
}
