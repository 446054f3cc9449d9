import { useI18n } from '../../i18n/i18n-context';
import { SHIFTS } from '../options';
import type { TriState } from './candidate-form-values';
import { ChoiceGroup, SelectField, TextField } from './controls';
import type { SectionProps } from './section-props';

/** Hours, shifts, start date and how the person travels. */
export function AvailabilitySection({ values, update, errorOf }: SectionProps) {
  const { t } = useI18n();
  const triStates = [
    { value: '', label: t('operator.form.notStated') },
    { value: 'yes', label: t('operator.form.yes') },
    { value: 'no', label: t('operator.form.no') },
  ];
  const triState = (value: string): TriState => (value === 'yes' || value === 'no' ? value : '');
  return (
    <section aria-labelledby="form-availability-title" className="mb-4">
      <h2 id="form-availability-title" className="h4 mb-4">{t('operator.form.availability')}</h2>
      <div className="row">
        <TextField id="candidate-hours" className="col-12 col-md-4" label={t('operator.form.hours')} inputMode="numeric" maxLength={4}
          value={values.hoursPerWeek} onChange={(hoursPerWeek) => update({ hoursPerWeek })} error={errorOf('input.hoursPerWeek')} />
        <TextField id="candidate-available-from" className="col-12 col-md-4" type="date" label={t('operator.form.availableFrom')}
          value={values.availableFrom} onChange={(availableFrom) => update({ availableFrom })} error={errorOf('input.availableFrom')} />
        <TextField id="candidate-commute" className="col-12 col-md-4" label={t('operator.form.commute')} inputMode="numeric" maxLength={4}
          value={values.maxCommuteMinutes} onChange={(maxCommuteMinutes) => update({ maxCommuteMinutes })} error={errorOf('input.maxCommuteMinutes')} />
      </div>
      <ChoiceGroup id="candidate-shifts" legend={t('operator.form.shifts')} chosen={values.shifts} onChange={(shifts) => update({ shifts })}
        error={errorOf('input.shifts')} options={SHIFTS.map((shift) => ({ value: shift, label: t(`operator.shift.${shift}`) }))} />
      <div className="row">
        <SelectField id="candidate-licence" className="col-12 col-md-4" label={t('operator.form.licence')} value={values.drivingLicence}
          onChange={(value) => update({ drivingLicence: triState(value) })} options={triStates} />
        <SelectField id="candidate-vehicle" className="col-12 col-md-4" label={t('operator.form.vehicle')} value={values.ownVehicle}
          onChange={(value) => update({ ownVehicle: triState(value) })} options={triStates} />
      </div>
    </section>
  );
}
