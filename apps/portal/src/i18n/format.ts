import { LOCALE } from './language';

const dateFormat = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Rome' });
const numberFormat = new Intl.NumberFormat(LOCALE);

/** An ISO date-time or a YYYY-MM-DD day, as "3 marzo 2026". */
export function formatDate(value: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return dateFormat.format(date);
}

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}
