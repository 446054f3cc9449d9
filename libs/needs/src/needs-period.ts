/**
 * A needs analysis covers a quarter (2026-Q1) or a half-year (2026-H1): the horizon companies
 * forecast on in the Protocol's rounds. Reports take the same codes.
 */
export const PERIOD_PATTERN = /^(\d{4})-(Q[1-4]|H[12])$/;

export interface Period {
  code: string;
  /** First day, YYYY-MM-DD, included. */
  start: string;
  /** First day after the period, YYYY-MM-DD, excluded. */
  end: string;
}

export function parsePeriod(code: string): Period | null {
  const match = PERIOD_PATTERN.exec(code);
  if (!match) return null;
  const year = Number(match[1]);
  const part = match[2];
  const firstMonth = part.startsWith('Q') ? (Number(part[1]) - 1) * 3 : (Number(part[1]) - 1) * 6;
  const months = part.startsWith('Q') ? 3 : 6;
  return { code, start: day(year, firstMonth), end: day(year, firstMonth + months) };
}

/** The `count` periods of the same length before this one, oldest first. */
export function previousPeriods(code: string, count: number): string[] {
  const match = PERIOD_PATTERN.exec(code);
  if (!match) return [];
  const perYear = match[2].startsWith('Q') ? 4 : 2;
  const letter = match[2][0];
  let index = Number(match[1]) * perYear + Number(match[2][1]) - 1;
  const result: string[] = [];
  for (let i = 0; i < count; i += 1) {
    index -= 1;
    result.unshift(`${Math.floor(index / perYear)}-${letter}${(index % perYear) + 1}`);
  }
  return result;
}

/**
 * The quarter a period ends with: the state at the end of a half-year is the state at the end
 * of its second quarter, so one snapshot a quarter serves both lengths.
 */
export function lastQuarterOf(code: string): string | null {
  const match = PERIOD_PATTERN.exec(code);
  if (!match) return null;
  if (match[2].startsWith('Q')) return code;
  return `${match[1]}-Q${Number(match[2][1]) * 2}`;
}

/** The quarter a calendar day (YYYY-MM-DD) falls in. */
export function quarterOfDay(isoDay: string): string {
  const [year, month] = isoDay.split('-').map(Number);
  return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}

function day(year: number, month: number): string {
  const y = year + Math.floor(month / 12);
  const m = month % 12;
  return `${y}-${String(m + 1).padStart(2, '0')}-01`;
}
