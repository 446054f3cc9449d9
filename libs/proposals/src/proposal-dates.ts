const DAY_MS = 86_400_000;

/** The day after a YYYY-MM-DD day: a slot paused until a day (included) reopens on the next. */
export function dayAfter(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

/** The first day of the month after the one `day` is in: monthly caps start again then. */
export function firstOfNextMonth(day: string): string {
  const [year, month] = day.split('-').map(Number);
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

/** Dates survive a JSON round trip (idempotent replays) as ISO strings: instants end in `At`. */
export function reviveDates<T extends object>(target: T, json: Record<string, unknown>): T {
  for (const [key, value] of Object.entries(json)) {
    (target as Record<string, unknown>)[key] = typeof value === 'string' && key.endsWith('At') ? new Date(value) : value;
  }
  return target;
}
