import { Button } from 'design-react-kit';
import { useMemo } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { CEFR_LEVELS, LANGUAGE_CODES } from '../options';
import type { LanguageRow } from './candidate-form-values';
import { SelectField } from './controls';
import type { SectionProps } from './section-props';

/** Language names in the user's language, from the browser: no list of names to keep. */
function useLanguageOptions() {
  const { language } = useI18n();
  return useMemo(() => {
    const names = new Intl.DisplayNames([language], { type: 'language' });
    const capitalised = (code: string) => {
      const name = names.of(code) ?? code;
      return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
    };
    return LANGUAGE_CODES.map((code) => ({ value: code, label: capitalised(code) })).sort((a, b) => a.label.localeCompare(b.label, language));
  }, [language]);
}

/** Languages with their CEFR level, one row each. */
export function LanguagesSection({ values, update, errorOf }: SectionProps) {
  const { t } = useI18n();
  const languageOptions = useLanguageOptions();
  const rows = values.languages;
  const change = (index: number, patch: Partial<LanguageRow>) => update({ languages: rows.map((row, at) => (at === index ? { ...row, ...patch } : row)) });
  // The API numbers only the rows sent (those with a language), and so does the form's own check.
  const sentIndex = (index: number) => rows.slice(0, index).filter((row) => row.language !== '').length;
  return (
    <section aria-labelledby="form-languages-title" className="mb-4">
      <h2 id="form-languages-title" className="h4 mb-4">{t('operator.form.languages')}</h2>
      {rows.map((row, index) => {
        const n = index + 1;
        const path = `input.languages.${sentIndex(index)}`;
        return (
          <div key={index} className="row align-items-start">
            <SelectField id={`candidate-language-${n}`} className="col-12 col-md-5" label={t('operator.form.language', { n })} value={row.language}
              onChange={(language) => change(index, { language })} error={row.language ? errorOf(`${path}.language`) : undefined}
              options={[{ value: '', label: t('operator.form.choose') }, ...languageOptions]} />
            <SelectField id={`candidate-level-${n}`} className="col-12 col-md-5" label={t('operator.form.level', { n })} value={row.level}
              onChange={(level) => change(index, { level: CEFR_LEVELS.find((item) => item === level) ?? '' })} error={row.language ? errorOf(`${path}.level`) : undefined}
              options={[{ value: '', label: t('operator.form.choose') }, ...CEFR_LEVELS.map((level) => ({ value: level, label: t(`operator.cefr.${level}`) }))]} />
            <div className="col-12 col-md-2 mb-4">
              <Button type="button" color="primary" outline size="sm" onClick={() => update({ languages: rows.filter((_, at) => at !== index) })}>
                {t('operator.form.removeLanguage', { n })}
              </Button>
            </div>
          </div>
        );
      })}
      <Button type="button" color="primary" outline size="sm" onClick={() => update({ languages: [...rows, { language: '', level: '' }] })}>
        {t('operator.form.addLanguage')}
      </Button>
    </section>
  );
}
