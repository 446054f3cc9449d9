import type { Translate } from '../i18n/i18n-context';

/** Needs analyses and reports run by quarter (2026-Q4) or half-year (2026-H2). */
export type PeriodKind = 'Q' | 'H';

const PATTERN = /^(\d{4})-([QH])([1-4])$/;

function parts(code: string): { year: number; kind: PeriodKind; part: number } | null {
  const match = PATTERN.exec(code);
  if (!match) return null;
  return { year: Number(match[1]), kind: match[2] === 'Q' ? 'Q' : 'H', part: Number(match[3]) };
}

export function periodKindOf(code: string): PeriodKind {
  return parts(code)?.kind ?? 'Q';
}

/** The quarter or half-year holding `now`, in Rome (the service's calendar). */
export function currentPeriod(kind: PeriodKind, now: Date = new Date()): string {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit' })
    .format(now)
    .split('-')
    .map(Number);
  const part = kind === 'Q' ? Math.floor((month - 1) / 3) + 1 : Math.floor((month - 1) / 6) + 1;
  return `${year}-${kind}${part}`;
}

/** The period holding `now` and the `count − 1` before it, newest first. */
export function recentPeriods(kind: PeriodKind, count: number, now: Date = new Date()): string[] {
  const current = parts(currentPeriod(kind, now));
  if (!current) return [];
  const perYear = kind === 'Q' ? 4 : 2;
  const index = current.year * perYear + current.part - 1;
  return Array.from({ length: count }, (_, back) => `${Math.floor((index - back) / perYear)}-${kind}${((index - back) % perYear) + 1}`);
}

/** "4º trimestre 2026", "2º semestre 2026"; an unknown code as it is. */
export function periodLabel(code: string, t: Translate): string {
  const period = parts(code);
  if (!period) return code;
  return t(period.kind === 'Q' ? 'board.period.quarterOf' : 'board.period.halfOf', { part: period.part, year: period.year });
}
