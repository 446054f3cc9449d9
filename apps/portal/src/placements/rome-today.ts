const romeDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today in Bologna as YYYY-MM-DD, the form the API's date fields take. */
export function romeToday(): string {
  return romeDay.format(new Date());
}
