export interface ChartSeries {
  name: string;
  color: string;
  dashed?: boolean;
}

/** The series' names in text, each with its colour and line style. */
export function ChartLegend({ series }: { series: ChartSeries[] }) {
  if (series.length < 2) return null;
  return (
    <ul className="list-inline small mb-0 mt-2">
      {series.map((item) => (
        <li key={item.name} className="list-inline-item me-4">
          <svg width="28" height="12" aria-hidden="true" focusable="false" className="me-2">
            <line x1="0" y1="6" x2="28" y2="6" stroke={item.color} strokeWidth="6" strokeDasharray={item.dashed ? '6 3' : undefined} />
          </svg>
          {item.name}
        </li>
      ))}
    </ul>
  );
}
