import type { Shift } from '../api/generated';

export const SHIFTS: readonly Shift[] = ['DAY', 'EVENING', 'NIGHT', 'WEEKEND'];
export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
/** The languages most asked for around Bologna; names come from the browser in the user's language. */
export const LANGUAGE_CODES = ['it', 'en', 'fr', 'es', 'de', 'ar', 'ro', 'sq', 'uk', 'zh', 'ur', 'bn', 'pt', 'ru'] as const;

export function languageName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
