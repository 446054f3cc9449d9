import type { BoardNeedsAnalysisDetailFragment } from '../api/generated';
import { formatNumber } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import { DataTable } from '../ui/data-table';

type Line = BoardNeedsAnalysisDetailFragment['lines'][number];

export function NeedsLinesTable({ lines, districtName }: { lines: Line[]; districtName: (code: string) => string }) {
  const { t } = useI18n();
  return (
    <DataTable caption={t('board.lines.caption')} hiddenCaption striped
      columns={[t('board.lines.col.occupation'), t('board.lines.col.skills'), t('board.lines.col.people'), t('board.lines.col.district'), t('board.lines.col.kind')]}>
      {lines.map((line) => (
        <tr key={line.id}>
          <th scope="row">{line.occupation}</th>
          <td>{(line.skills ?? []).map((skill) => skill.label).join(', ') || t('common.none')}</td>
          <td>{formatNumber(line.headCount)}</td>
          <td>{districtName(line.districtCode)}</td>
          <td>{t(`kind.${line.kind}`)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
