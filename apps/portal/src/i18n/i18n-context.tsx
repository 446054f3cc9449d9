import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { setRequestLanguage } from '../api/request-language';
import { initialLanguage, rememberLanguage, type Language } from './language';
import { en } from './messages-en';
import { it, type Catalogue, type MessageKey } from './messages-it';

const CATALOGUES: Record<Language, Catalogue> = { it, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

interface I18n {
  language: Language;
  setLanguage: (language: Language) => void;
  t: Translate;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setState] = useState<Language>(() => {
    const chosen = initialLanguage();
    setRequestLanguage(chosen);
    document.documentElement.lang = chosen;
    return chosen;
  });
  const setLanguage = useCallback((next: Language) => {
    rememberLanguage(next);
    setRequestLanguage(next);
    setState(next);
  }, []);
  const t = useCallback<Translate>(
    (key, params) =>
      CATALOGUES[language][key].replace(/\{(\w+)\}/g, (whole, name: string) => (params && name in params ? String(params[name]) : whole)),
    [language],
  );
  const value = useMemo(() => ({ language, setLanguage, t }), [language, setLanguage, t]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n outside I18nProvider');
  return context;
}
