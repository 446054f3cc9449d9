import { LOCALE } from '../i18n/language';

const dateTimeFormat = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Rome' });

/** "25 novembre 2026, 21:14": review steps of one day need their time to read in order. */
export function formatDateTime(value: string): string {
  return dateTimeFormat.format(new Date(value));
}
