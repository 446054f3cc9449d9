import { ChartFigure, CHART_GRID, CHART_TEXT } from './chart-figure';
import type { ChartSeries } from './chart-legend';
import { linearScale, shorten } from './chart-scale';

export interface BarCategory {
  label: string;
  /** One value per series; null is withheld (drawn as a note, never as a zero bar). */
  values: (number | null)[];
}

interface BarChartProps {
  title: string;
  /** Tells screen-reader users where the same figures are as text. */
  description: string;
  series: ChartSeries[];
  categories: BarCategory[];
  formatValue: (value: number) => string;
  withheldLabel: string;
}

const WIDTH = 760;
const LABEL_WIDTH = 240;
const VALUE_ROOM = 110;
const BAR = 16;
const GAP = 12;
const AXIS = 24;

/** Horizontal bars, grouped by category: long skill labels stay readable on the left. */
export function BarChart({ title, description, series, categories, formatValue, withheldLabel }: BarChartProps) {
  const values = categories.flatMap((category) => category.values.filter((value): value is number => value !== null));
  const scale = linearScale(values, LABEL_WIDTH, WIDTH - VALUE_ROOM);
  const rowHeight = series.length * BAR + GAP;
  const height = categories.length * rowHeight + AXIS + GAP;
  const zero = scale.at(0);
  return (
    <ChartFigure title={title} description={description} width={WIDTH} height={height} series={series}>
      {scale.ticks.map((tick) => (
        <g key={tick}>
          <line x1={scale.at(tick)} x2={scale.at(tick)} y1={0} y2={height - AXIS} stroke={CHART_GRID} />
          <text x={scale.at(tick)} y={height - 6} textAnchor="middle" fontSize="12" fill={CHART_TEXT}>
            {formatValue(tick)}
          </text>
        </g>
      ))}
      {categories.map((category, row) => {
        const top = row * rowHeight + GAP / 2;
        return (
          <g key={`${category.label}-${row}`}>
            <text x={LABEL_WIDTH - 8} y={top + (series.length * BAR) / 2 + 4} textAnchor="end" fontSize="13" fill={CHART_TEXT}>
              {shorten(category.label)}
            </text>
            {category.values.map((value, index) => {
              const y = top + index * BAR;
              if (value === null) {
                return (
                  <text key={index} x={zero + 6} y={y + BAR - 4} fontSize="12" fontStyle="italic" fill={CHART_TEXT}>
                    {withheldLabel}
                  </text>
                );
              }
              const end = scale.at(value);
              return (
                <g key={index}>
                  <rect x={Math.min(zero, end)} y={y + 1} width={Math.max(1, Math.abs(end - zero))} height={BAR - 2} fill={series[index]?.color ?? '#0066cc'} />
                  <text x={Math.max(zero, end) + 6} y={y + BAR - 4} fontSize="12" fill={CHART_TEXT}>
                    {formatValue(value)}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
      <line x1={zero} x2={zero} y1={0} y2={height - AXIS} stroke={CHART_TEXT} />
    </ChartFigure>
  );
}
