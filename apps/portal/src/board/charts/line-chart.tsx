import { ChartFigure, CHART_GRID, CHART_TEXT } from './chart-figure';
import type { ChartSeries } from './chart-legend';
import { linearScale } from './chart-scale';

export interface LineSeries extends ChartSeries {
  /** One value per x label; null (unknown or withheld) breaks the line. */
  values: (number | null)[];
}

interface LineChartProps {
  title: string;
  description: string;
  xLabels: string[];
  series: LineSeries[];
  formatValue: (value: number) => string;
}

const WIDTH = 760;
const HEIGHT = 280;
const LEFT = 56;
const RIGHT = 24;
const TOP = 16;
const BOTTOM = 40;

/** Values over periods; each known point is marked, so a single one still shows. */
export function LineChart({ title, description, xLabels, series, formatValue }: LineChartProps) {
  const known = series.flatMap((line) => line.values.filter((value): value is number => value !== null));
  const y = linearScale(known, HEIGHT - BOTTOM, TOP);
  const step = xLabels.length > 1 ? (WIDTH - LEFT - RIGHT) / (xLabels.length - 1) : 0;
  const x = (index: number) => (xLabels.length > 1 ? LEFT + index * step : (LEFT + WIDTH - RIGHT) / 2);
  return (
    <ChartFigure title={title} description={description} width={WIDTH} height={HEIGHT} series={series}>
      {y.ticks.map((tick) => (
        <g key={tick}>
          <line x1={LEFT} x2={WIDTH - RIGHT} y1={y.at(tick)} y2={y.at(tick)} stroke={tick === 0 ? CHART_TEXT : CHART_GRID} />
          <text x={LEFT - 8} y={y.at(tick) + 4} textAnchor="end" fontSize="12" fill={CHART_TEXT}>
            {formatValue(tick)}
          </text>
        </g>
      ))}
      {xLabels.map((label, index) => (
        <text key={label} x={x(index)} y={HEIGHT - 12} textAnchor="middle" fontSize="12" fill={CHART_TEXT}>
          {label}
        </text>
      ))}
      {series.map((line) => (
        <g key={line.name}>
          {line.values.map((value, index) => {
            const next = line.values[index + 1];
            if (value === null || next === null || next === undefined) return null;
            return (
              <line key={index} x1={x(index)} y1={y.at(value)} x2={x(index + 1)} y2={y.at(next)} stroke={line.color} strokeWidth="3" strokeDasharray={line.dashed ? '8 4' : undefined} />
            );
          })}
          {line.values.map((value, index) => (value === null ? null : <circle key={index} cx={x(index)} cy={y.at(value)} r="5" fill={line.color} />))}
        </g>
      ))}
    </ChartFigure>
  );
}
