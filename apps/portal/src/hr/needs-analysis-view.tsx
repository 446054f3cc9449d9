import type { HrNeedsAnalysisFragment, HrTerritoryQuery } from '../api/generated';
import { formatDate, formatNumber } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import { DataTable } from '../ui/data-table';

/** A submitted analysis, read-only: what the board reviews. */
export function NeedsAnalysisView({ analysis, districts }: { analysis: HrNeedsAnalysisFragment; districts: HrTerritoryQuery['districts'] }) {
  const { t } = useI18n();
  const none = t('common.none');
  const districtName = (code: string) => districts.find((district) => district.code === code)?.name ?? code;
  return (
    <>
      <dl className="row">
        <div className="col-12 col-md-4 mb-2">
          <dt>{t('hr.needs.col.submitted')}</dt>
          <dd className="mb-0">{analysis.submittedAt ? formatDate(analysis.submittedAt) : none}</dd>
        </div>
        <div className="col-12 col-md-4 mb-2">
          <dt>{t('hr.needs.reviewedAt')}</dt>
          <dd className="mb-0">{analysis.reviewedAt ? formatDate(analysis.reviewedAt) : t('hr.needs.notReviewed')}</dd>
        </div>
        <div className="col-12 col-md-4 mb-2">
          <dt>{t('hr.needs.priority')}</dt>
          <dd className="mb-0">{analysis.priority ? t(`hr.needs.priority.${analysis.priority}`) : none}</dd>
        </div>
      </dl>
      <DataTable caption={t('hr.needs.lines')} hiddenCaption
        columns={[t('hr.needs.occupation'), t('hr.needs.skills'), t('hr.needs.headCount'), t('hr.place.district'), t('hr.slotForm.kind')]}>
        {analysis.lines.map((line) => (
          <tr key={line.id}>
            <th scope="row">{line.occupation}</th>
            <td>{(line.skills ?? []).map((skill) => skill.label).join(', ') || line.skillIds.join(', ')}</td>
            <td>{formatNumber(line.headCount)}</td>
            <td>{districtName(line.districtCode)}</td>
            <td>{t(`kind.${line.kind}`)}</td>
          </tr>
        ))}
      </DataTable>
      <h2 className="h5 mt-4">{t('hr.needs.notes')}</h2>
      <p className="text-break">{analysis.notes ?? none}</p>
    </>
  );
}
