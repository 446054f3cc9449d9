import { Button } from 'design-react-kit';
import { useCallback, useState, type FormEvent } from 'react';
import type { HrSlotFragment, Shift, SlotKind } from '../api/generated';
import { useI18n } from '../i18n/i18n-context';
import { useAction } from '../ui/use-action';
import { useFieldErrors } from '../ui/use-field-errors';
import { ProgressButton } from '../ui/progress-button';
import { SkillPicker } from '../ui/skill-picker';
import { FormErrorAlert } from './form-error-alert';
import { ComuneSelect, type Territory } from './comune-select';
import { CEFR_LEVELS, LANGUAGE_CODES, languageName, SHIFTS } from './hr-labels';
import { CheckboxField, Fieldset, SelectField, TextAreaField, TextField } from './hr-fields';
import { notWholeNumbers, type SlotFormValues } from './slot-form-values';

const KINDS: readonly SlotKind[] = ['TIROCINIO', 'AVVICINAMENTO_AL_LAVORO', 'JOB'];
const OFFERS = ['offersTutor', 'offersGradualStart', 'offersLanguageSupport', 'stepFreeAccess', 'reachableByPublicTransport'] as const;

interface SlotFormProps {
  initial: SlotFormValues;
  territory: Territory;
  /** Editing an existing slot: the kind is fixed. */
  editing: boolean;
  save: (values: SlotFormValues) => Promise<HrSlotFragment>;
  onSaved: (slot: HrSlotFragment) => void;
}

/** Create or edit a slot. What was typed stays in the form whatever the API answers. */
export function SlotForm({ initial, territory, editing, save, onSaved }: SlotFormProps) {
  const { t, language } = useI18n();
  const [values, setValues] = useState<SlotFormValues>(initial);
  const [notNumbers, setNotNumbers] = useState<(keyof SlotFormValues)[]>([]);
  const set = <K extends keyof SlotFormValues>(key: K, value: SlotFormValues[K]) => setValues((previous) => ({ ...previous, [key]: value }));
  const action = useAction(useCallback(() => save(values), [save, values]));
  const apiError = useFieldErrors(action.error);
  const error = (field: keyof SlotFormValues, apiField: string = `input.${field}`) => (notNumbers.includes(field) ? t('hr.form.wholeNumber') : apiError(apiField));

  const labels: Record<string, string> = {
    'input.kind': t('hr.slotForm.kind'),
    'input.title': t('hr.slotForm.title'),
    'input.description': t('hr.slotForm.description'),
    'input.requiredSkillIds': t('hr.slotForm.requiredSkills'),
    'input.niceToHaveSkillIds': t('hr.slotForm.niceToHaveSkills'),
    'input.comuneCode': t('hr.place.comune'),
    'input.openings': t('hr.slotForm.openings'),
    'input.hoursPerWeek': t('hr.slotForm.hoursPerWeek'),
    'input.shifts': t('hr.slotForm.shifts'),
    'input.startDate': t('hr.slotForm.startDate'),
    'input.durationMonths': t('hr.slotForm.durationMonths'),
    'input.languages': t('hr.slotForm.languages'),
    'input.drivingLicenceRequired': t('hr.slotForm.drivingLicenceRequired'),
  };
  values.languages.forEach((_, index) => {
    labels[`input.languages.${index}.code`] = t('hr.slotForm.language', { n: index + 1 });
    labels[`input.languages.${index}.minLevel`] = t('hr.slotForm.minLevel', { n: index + 1 });
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const wrong = notWholeNumbers(values);
    setNotNumbers(wrong);
    if (wrong.length > 0) return;
    const slot = await action.run();
    if (slot) onSaved(slot);
  };
  const toggleShift = (shift: Shift, on: boolean) => set('shifts', on ? SHIFTS.filter((each) => each === shift || values.shifts.includes(each)) : values.shifts.filter((each) => each !== shift));
  const setLanguage = (index: number, change: Partial<SlotFormValues['languages'][number]>) =>
    set('languages', values.languages.map((entry, position) => (position === index ? { ...entry, ...change } : entry)));

  return (
    <form onSubmit={submit} noValidate aria-describedby="slot-form-required">
      <p id="slot-form-required" className="small">{t('hr.form.allRequired')}</p>
      <FormErrorAlert error={action.error} labels={labels} />
      {notNumbers.length > 0 && (
        <div className="alert alert-danger" role="alert">
          {t('hr.form.fixNumbers')}
        </div>
      )}

      <h2 className="h4 mt-4 mb-4">{t('hr.slotForm.what')}</h2>
      <SelectField id="slot-kind" label={t('hr.slotForm.kind')} value={values.kind} disabled={editing} hint={editing ? t('hr.slotForm.kindFixed') : undefined}
        error={apiError('input.kind')} onChange={(event) => set('kind', event.target.value as SlotKind)}>
        {KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`kind.${kind}`)}
          </option>
        ))}
      </SelectField>
      <TextField id="slot-title" label={t('hr.slotForm.title')} value={values.title} maxLength={120} required error={error('title')} onChange={(event) => set('title', event.target.value)} />
      <TextAreaField id="slot-description" label={t('hr.slotForm.description')} hint={t('hr.slotForm.descriptionHint')} rows={4} value={values.description} required
        error={error('description')} onChange={(event) => set('description', event.target.value)} />

      <h2 className="h4 mt-4 mb-4">{t('hr.slotForm.skills')}</h2>
      <SkillPicker id="slot-required-skills" label={t('hr.slotForm.requiredSkills')} hint={t('hr.slotForm.skillsHint')} selected={values.requiredSkills}
        exclude={values.niceToHaveSkills.map((skill) => skill.id)} error={apiError('input.requiredSkillIds')} onChange={(skills) => set('requiredSkills', skills)} />
      <SkillPicker id="slot-nice-skills" label={t('hr.slotForm.niceToHaveSkills')} selected={values.niceToHaveSkills}
        exclude={values.requiredSkills.map((skill) => skill.id)} error={apiError('input.niceToHaveSkillIds')} onChange={(skills) => set('niceToHaveSkills', skills)} />

      <h2 className="h4 mt-4 mb-4">{t('hr.slotForm.where')}</h2>
      <ComuneSelect id="slot-place" territory={territory} value={{ districtCode: values.districtCode, comuneCode: values.comuneCode }} error={apiError('input.comuneCode')}
        onChange={(place) => setValues((previous) => ({ ...previous, ...place }))} />

      <h2 className="h4 mt-4 mb-4">{t('hr.slotForm.conditions')}</h2>
      <div className="row">
        <TextField id="slot-openings" className="col-12 col-md-6" type="number" inputMode="numeric" min={1} max={100} label={t('hr.slotForm.openings')} value={values.openings} required
          error={error('openings')} onChange={(event) => set('openings', event.target.value)} />
        <TextField id="slot-hours" className="col-12 col-md-6" type="number" inputMode="numeric" min={1} max={48} label={t('hr.slotForm.hoursPerWeek')} hint={t('hr.slotForm.hoursHint')}
          value={values.hoursPerWeek} required error={error('hoursPerWeek')} onChange={(event) => set('hoursPerWeek', event.target.value)} />
        <TextField id="slot-start" className="col-12 col-md-6" type="date" label={t('hr.slotForm.startDate')} value={values.startDate} required error={error('startDate')}
          onChange={(event) => set('startDate', event.target.value)} />
        <TextField id="slot-duration" className="col-12 col-md-6" type="number" inputMode="numeric" min={1} max={60} label={t('hr.slotForm.durationMonths')} hint={t('hr.slotForm.durationHint')}
          value={values.durationMonths} error={error('durationMonths')} onChange={(event) => set('durationMonths', event.target.value)} />
      </div>
      <Fieldset id="slot-shifts" legend={t('hr.slotForm.shifts')} error={apiError('input.shifts')}>
        {SHIFTS.map((shift) => (
          <CheckboxField key={shift} id={`slot-shift-${shift}`} label={t(`hr.shift.${shift}`)} checked={values.shifts.includes(shift)} onChange={(on) => toggleShift(shift, on)} />
        ))}
      </Fieldset>
      <Fieldset id="slot-offers" legend={t('hr.slotForm.offers')}>
        {OFFERS.map((offer) => (
          <CheckboxField key={offer} id={`slot-${offer}`} label={t(`hr.slotForm.${offer}`)} checked={values[offer]} onChange={(on) => set(offer, on)} />
        ))}
      </Fieldset>

      <h2 className="h4 mt-4 mb-4">{t('hr.slotForm.requirements')}</h2>
      <Fieldset id="slot-languages" legend={t('hr.slotForm.languages')} error={apiError('input.languages')}>
        {values.languages.map((entry, index) => (
          <div key={index} className="row align-items-end">
            <SelectField id={`slot-language-${index}`} className="col-12 col-md-5" label={t('hr.slotForm.language', { n: index + 1 })} value={entry.code}
              error={apiError(`input.languages.${index}.code`)} onChange={(event) => setLanguage(index, { code: event.target.value })}>
              {LANGUAGE_CODES.map((code) => (
                <option key={code} value={code}>
                  {languageName(code, language)}
                </option>
              ))}
            </SelectField>
            <SelectField id={`slot-language-level-${index}`} className="col-8 col-md-4" label={t('hr.slotForm.minLevel', { n: index + 1 })} value={entry.minLevel}
              error={apiError(`input.languages.${index}.minLevel`)} onChange={(event) => setLanguage(index, { minLevel: event.target.value })}>
              {CEFR_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {level}
                </option>
              ))}
            </SelectField>
            <div className="col-4 col-md-3 mb-4">
              <Button type="button" color="primary" outline size="sm" onClick={() => set('languages', values.languages.filter((_, position) => position !== index))}>
                {t('hr.slotForm.removeLanguage', { n: index + 1 })}
              </Button>
            </div>
          </div>
        ))}
        <Button type="button" color="primary" outline size="sm" onClick={() => set('languages', [...values.languages, { code: 'en', minLevel: 'A2' }])}>
          {t('hr.slotForm.addLanguage')}
        </Button>
      </Fieldset>
      <CheckboxField id="slot-licence" label={t('hr.slotForm.drivingLicenceRequired')} checked={values.drivingLicenceRequired} onChange={(on) => set('drivingLicenceRequired', on)} />

      <div className="mt-5">
        <ProgressButton pending={action.pending} label={editing ? t('hr.slotForm.saveChanges') : t('hr.slotForm.saveDraft')} pendingLabel={t('hr.common.saving')} />
      </div>
    </form>
  );
}
