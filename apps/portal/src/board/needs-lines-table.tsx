import { Table } from 'design-react-kit';
import type { BoardNeedsAnalysisDetailFragment } from '../api/generated';
import { formatNumber } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';

type Line = BoardNeedsAnalysisDetailFragment['lines'][number];

export function NeedsLinesTable({ lines, districtName }: { lines: Line[]; districtName: (code: string) => string }) {
  const { t } = useI18n();
  return (
    <div className="table-responsive">
      <Table striped>
        <caption className="visually-hidden">{t('board.lines.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('board.lines.col.occupation')}</th>
            <th scope="col">{t('board.lines.col.skills')}</th>
            <th scope="col">{t('board.lines.col.people')}</th>
            <th scope="col">{t('board.lines.col.district')}</th>
            <th scope="col">{t('board.lines.col.kind')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.id}>
              <th scope="row">{line.occupation}</th>
              <td>{(line.skills ?? []).map((skill) => skill.label).join(', ') || t('common.none')}</td>
              <td>{formatNumber(line.headCount)}</td>
              <td>{districtName(line.districtCode)}</td>
              <td>{t(`kind.${line.kind}`)}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
