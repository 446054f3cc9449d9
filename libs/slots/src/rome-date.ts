const ROME_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day in Bologna (YYYY-MM-DD): start dates and pauses are days, not instants. */
export function romeDate(instant: Date): string {
  return ROME_DATE.format(instant);
}
