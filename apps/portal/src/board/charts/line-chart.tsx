import { useId } from 'react';
import { ChartLegend, type ChartSeries } from './chart-legend';
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
const TEXT = '#1a1a1a';

/** Values over periods; each known point is marked, so a single one still shows. */
export function LineChart({ title, description, xLabels, series, formatValue }: LineChartProps) {
  const titleId = useId();
  const descriptionId = useId();
  const known = series.flatMap((line) => line.values.filter((value): value is number => value !== null));
  const y = linearScale(known, HEIGHT - BOTTOM, TOP);
  const step = xLabels.length > 1 ? (WIDTH - LEFT - RIGHT) / (xLabels.length - 1) : 0;
  const x = (index: number) => (xLabels.length > 1 ? LEFT + index * step : (LEFT + WIDTH - RIGHT) / 2);
  return (
    <figure className="report-chart my-4">
      <figcaption id={titleId} className="fw-semibold mb-2">
        {title}
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-labelledby={titleId} aria-describedby={descriptionId} focusable="false">
        <desc id={descriptionId}>{description}</desc>
        {y.ticks.map((tick) => (
          <g key={tick}>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y.at(tick)} y2={y.at(tick)} stroke={tick === 0 ? TEXT : '#d9dadb'} />
            <text x={LEFT - 8} y={y.at(tick) + 4} textAnchor="end" fontSize="12" fill={TEXT}>
              {formatValue(tick)}
            </text>
          </g>
        ))}
        {xLabels.map((label, index) => (
          <text key={label} x={x(index)} y={HEIGHT - 12} textAnchor="middle" fontSize="12" fill={TEXT}>
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
      </svg>
      <ChartLegend series={series} />
    </figure>
  );
}
