import { useI18n } from '../../i18n/i18n-context';
import { ACTIVE_MEASURES, CONSENT_PURPOSES, SUPPORT_NEEDS } from '../options';
import { ChoiceGroup, TextField } from './controls';
import type { SectionProps } from './section-props';

/** Work conditions needed, measures already in place, and the person's consent. */
export function ConditionsSection({ values, update, errorOf }: SectionProps) {
  const { t } = useI18n();
  return (
    <>
      <section aria-labelledby="form-conditions-title" className="mb-4">
        <h2 id="form-conditions-title" className="h4 mb-4">{t('operator.form.conditions')}</h2>
        <ChoiceGroup id="candidate-needs" legend={t('operator.form.supportNeeds')} hint={t('operator.form.supportNeedsHint')} chosen={values.supportNeeds}
          onChange={(supportNeeds) => update({ supportNeeds })} error={errorOf('input.supportNeeds')}
          options={SUPPORT_NEEDS.map((need) => ({ value: need, label: t(`operator.need.${need}`) }))} />
        <ChoiceGroup id="candidate-measures" legend={t('operator.form.activeMeasures')} chosen={values.activeMeasures}
          onChange={(activeMeasures) => update({ activeMeasures })} error={errorOf('input.activeMeasures')}
          options={ACTIVE_MEASURES.map((measure) => ({ value: measure, label: t(`operator.measure.${measure}`) }))} />
      </section>
      <section aria-labelledby="form-consent-title" className="mb-4">
        <h2 id="form-consent-title" className="h4 mb-4">{t('operator.form.consent')}</h2>
        <div className="row">
          <TextField id="candidate-consent-date" className="col-12 col-md-4" type="date" label={t('operator.form.consentDate')}
            value={values.consentGivenAt} onChange={(consentGivenAt) => update({ consentGivenAt })} error={errorOf('input.consentGivenAt')} />
        </div>
        <ChoiceGroup id="candidate-consent" legend={t('operator.form.consentPurposes')} chosen={values.consentPurposes}
          onChange={(consentPurposes) => update({ consentPurposes })} error={errorOf('input.consentPurposes')}
          options={CONSENT_PURPOSES.map((purpose) => ({ value: purpose, label: t(`operator.consent.${purpose}`) }))} />
      </section>
    </>
  );
}
