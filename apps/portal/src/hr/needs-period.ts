import type { Translate } from '../i18n/i18n-context';

const PERIOD = /^(\d{4})-(Q|H)([1-4])$/;

/** "2026-Q3" as "3° trimestre 2026", "2026-H1" as "1° semestre 2026". */
export function periodLabel(code: string, t: Translate): string {
  const match = PERIOD.exec(code);
  if (!match) return code;
  return t(match[2] === 'Q' ? 'hr.needs.quarter' : 'hr.needs.half', { n: match[3], year: match[1] });
}

/** The periods a company forecasts for: this quarter and the next three, this half-year and the next. */
export function periodChoices(today: Date): string[] {
  const year = today.getFullYear();
  const quarter = Math.floor(today.getMonth() / 3);
  const half = Math.floor(today.getMonth() / 6);
  const quarters = [0, 1, 2, 3].map((step) => {
    const index = quarter + step;
    return `${year + Math.floor(index / 4)}-Q${(index % 4) + 1}`;
  });
  const halves = [0, 1].map((step) => {
    const index = half + step;
    return `${year + Math.floor(index / 2)}-H${(index % 2) + 1}`;
  });
  return [...quarters, ...halves];
}
