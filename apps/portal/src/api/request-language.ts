import type { Language } from '../i18n/language';

let current: Language = 'it';

/** The Accept-Language every request sends, so that the API answers errors in the user's language. */
export function setRequestLanguage(language: Language): void {
  current = language;
}

export function requestLanguage(): Language {
  return current;
}
