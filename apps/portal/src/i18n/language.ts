export type Language = 'it' | 'en';

const STORAGE_KEY = 'ipl.language';

/** Italian unless the user chose English on this device. */
export function initialLanguage(): Language {
  return window.localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'it';
}

export function rememberLanguage(language: Language): void {
  window.localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
}

/** Dates and numbers keep Italian forms in both languages: the service is Bologna's. */
export const LOCALE = 'it-IT';
