import { useId, type ReactNode } from 'react';
import { ChartLegend, type ChartSeries } from './chart-legend';

/** Axis labels and values: dark enough on white for WCAG 1.4.3. */
export const CHART_TEXT = '#1a1a1a';
/** Grid lines, behind the figures. */
export const CHART_GRID = '#d9dadb';

interface ChartFigureProps {
  title: string;
  /** Tells screen-reader users where the same figures are as text. */
  description: string;
  width: number;
  height: number;
  series: ChartSeries[];
  /** The drawing, in the viewBox `0 0 width height`. */
  children: ReactNode;
}

/** A chart as one labelled image: its title as caption, its description for screen readers, its legend in text. */
export function ChartFigure({ title, description, width, height, series, children }: ChartFigureProps) {
  const titleId = useId();
  const descriptionId = useId();
  return (
    <figure className="report-chart my-4">
      <figcaption id={titleId} className="fw-semibold mb-2">
        {title}
      </figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-labelledby={titleId} aria-describedby={descriptionId} focusable="false">
        <desc id={descriptionId}>{description}</desc>
        {children}
      </svg>
      <ChartLegend series={series} />
    </figure>
  );
}
