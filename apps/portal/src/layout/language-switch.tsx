import { useI18n } from '../i18n/i18n-context';

/** One button: the other language, named in that language. */
export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  const other = language === 'it' ? 'en' : 'it';
  return (
    <button type="button" className="btn btn-sm btn-outline-light" lang={other} title={t('language.switchToHint')} onClick={() => setLanguage(other)}>
      {t('language.switchTo')}
    </button>
  );
}
