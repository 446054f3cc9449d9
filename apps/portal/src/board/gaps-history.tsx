import { useState } from 'react';
import type { BoardGapsQuery } from '../api/generated';
import { formatNumber } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import { DataTable } from '../ui/data-table';
import { LabelledSelect } from '../ui/labelled-select';
import { CHART_COLORS } from './charts/chart-colors';
import { LineChart } from './charts/line-chart';
import { periodLabel } from './period';
import { ReportCount } from './report-count';

type SkillGap = BoardGapsQuery['gaps']['gaps'][number];

interface Point {
  period: string;
  needsHeadCount: number;
  openSlotOpenings: number | null;
  demand: number | null;
  supply: number | null;
  gap: number | null;
}

/** One skill over the previous periods and this one; a period without a snapshot has needs only. */
export function GapsHistory({ gaps, period }: { gaps: SkillGap[]; period: string }) {
  const { t } = useI18n();
  const [skillId, setSkillId] = useState(gaps[0]?.skillId ?? '');
  const skill = gaps.find((gap) => gap.skillId === skillId) ?? gaps[0];
  if (!skill) return null;
  const points: Point[] = [...skill.previous, { ...skill, period }];
  const labels = points.map((point) => periodLabel(point.period, t));
  /** No snapshot: openings and supply were not recorded, which is not the same as withheld. */
  const cell = (point: Point, value: number | null) => (point.openSlotOpenings === null && value === null ? t('board.history.notRecorded') : <ReportCount value={value} />);
  return (
    <>
      <div className="row">
        <LabelledSelect id="history-skill" label={t('board.history.skill')} value={skill.skillId} onChange={setSkillId} className="col-12 col-md-6"
          options={gaps.map((gap) => ({ value: gap.skillId, label: gap.label }))} />
      </div>
      <LineChart
        title={t('board.history.chartCaption', { skill: skill.label })}
        description={t('board.chart.sameAsTable')}
        xLabels={labels}
        formatValue={formatNumber}
        series={[
          { name: t('board.gaps.col.needs'), color: CHART_COLORS.purple, values: points.map((point) => point.needsHeadCount), dashed: true },
          { name: t('board.gaps.col.demand'), color: CHART_COLORS.blue, values: points.map((point) => point.demand) },
          { name: t('board.gaps.col.supply'), color: CHART_COLORS.green, values: points.map((point) => point.supply) },
          { name: t('board.gaps.col.gap'), color: CHART_COLORS.orange, values: points.map((point) => point.gap) },
        ]}
      />
      <DataTable caption={t('board.history.tableCaption', { skill: skill.label })} striped
        columns={[t('board.period.label'), t('board.gaps.col.needs'), t('board.gaps.col.openings'), t('board.gaps.col.demand'), t('board.gaps.col.supply'), t('board.gaps.col.gap')]}>
        {points.map((point, index) => (
          <tr key={point.period}>
            <th scope="row">{labels[index]}</th>
            <td>{formatNumber(point.needsHeadCount)}</td>
            <td>{point.openSlotOpenings === null ? t('board.history.notRecorded') : formatNumber(point.openSlotOpenings)}</td>
            <td>{point.demand === null ? t('board.history.notRecorded') : formatNumber(point.demand)}</td>
            <td>{cell(point, point.supply)}</td>
            <td>{cell(point, point.gap)}</td>
          </tr>
        ))}
      </DataTable>
      <p className="small text-secondary">{t('board.history.note')}</p>
    </>
  );
}
