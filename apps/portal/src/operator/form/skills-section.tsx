import { useI18n } from '../../i18n/i18n-context';
import { SkillPicker } from '../../ui/skill-picker';
import { EQF_LEVELS } from '../options';
import { freeSkillLabelsOf } from './candidate-form-values';
import { ChoiceGroup, SelectField } from './controls';
import { FreeTextLine } from './free-text-fields';
import type { SectionProps } from './section-props';

/** Skills (vocabulary and free), education and the sectors the person would like to work in. */
export function SkillsSection({ values, update, errorOf, lists }: SectionProps) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="form-skills-title" className="mb-4">
      <h2 id="form-skills-title" className="h4 mb-4">{t('operator.form.skills')}</h2>
      <SkillPicker id="skill-search" label={t('operator.form.skillSearch')} hint={t('operator.form.skillSearchHint')} chosenTitle={t('operator.form.skillsChosen')}
        selected={values.skills} onChange={(skills) => update({ skills })} error={errorOf('input.skillIds')} />
      <FreeTextLine id="candidate-free-skills" label={t('operator.form.freeSkills')} hint={t('operator.form.freeSkillsHint')} maxLength={600}
        value={values.freeSkills} onChange={(freeSkills) => update({ freeSkills })} error={errorOf('input.freeSkillLabels')} pieces={freeSkillLabelsOf} />
      <SelectField id="candidate-education" label={t('operator.form.education')} value={values.educationLevel} onChange={(educationLevel) => update({ educationLevel })}
        error={errorOf('input.educationLevel')}
        options={[{ value: '', label: t('operator.form.notStated') }, ...EQF_LEVELS.map((level) => ({ value: level, label: t(`operator.eqf.${level}`) }))]} />
      <ChoiceGroup id="candidate-sectors" legend={t('operator.form.sectors')} chosen={values.desiredSectors} onChange={(desiredSectors) => update({ desiredSectors })}
        error={errorOf('input.desiredSectors')} options={lists.atecoSections.map((sector) => ({ value: sector.code, label: `${sector.code} · ${sector.label}` }))} />
    </section>
  );
}
