import { Button } from 'design-react-kit';
import type { ReactNode } from 'react';
import type { HrTerritoryQuery, SlotKind } from '../api/generated';
import { useI18n } from '../i18n/i18n-context';
import { SkillPicker } from '../ui/skill-picker';
import { SelectField, TextAreaField, TextField } from './hr-fields';
import { EMPTY_LINE, type NeedsFormValues, type NeedsLineValues } from './needs-form-values';
import { periodChoices, periodLabel } from './needs-period';

const KINDS: readonly SlotKind[] = ['TIROCINIO', 'AVVICINAMENTO_AL_LAVORO', 'JOB'];

interface NeedsFormProps {
  values: NeedsFormValues;
  onChange: (values: NeedsFormValues) => void;
  districts: HrTerritoryQuery['districts'];
  /** The period is chosen once, when the analysis is created. */
  periodEditable: boolean;
  fieldError: (field: string) => string | undefined;
  /** Lines whose head count is not a number, found before asking the API. */
  badHeadCounts: number[];
  children: ReactNode;
}

/** The period, the forecast lines (profile, skills, head count, district, kind) and notes for the board. */
export function NeedsFields({ values, onChange, districts, periodEditable, fieldError, badHeadCounts, children }: NeedsFormProps) {
  const { t } = useI18n();
  const setLine = (index: number, change: Partial<NeedsLineValues>) => onChange({ ...values, lines: values.lines.map((line, position) => (position === index ? { ...line, ...change } : line)) });
  const periods = periodChoices(new Date());
  if (!periods.includes(values.period)) periods.unshift(values.period);
  return (
    <>
      <SelectField id="needs-period" label={t('hr.needs.period')} value={values.period} disabled={!periodEditable} error={fieldError('input.period')}
        onChange={(event) => onChange({ ...values, period: event.target.value })}>
        {periods.map((code) => (
          <option key={code} value={code}>
            {periodLabel(code, t)}
          </option>
        ))}
      </SelectField>
      <h2 className="h4 mt-4 mb-3">{t('hr.needs.lines')}</h2>
      {fieldError('input.lines') && <div className="invalid-feedback d-block mb-3">{fieldError('input.lines')}</div>}
      {values.lines.map((line, index) => {
        const field = (name: string) => fieldError(`input.lines.${index}.${name}`);
        return (
          <fieldset key={index} className="border rounded p-3 mb-4">
            <legend className="h6 fw-semibold float-none w-auto px-2">{t('hr.needs.line', { n: index + 1 })}</legend>
            <TextField id={`needs-line-${index}-occupation`} label={t('hr.needs.occupation')} hint={t('hr.needs.occupationHint')} value={line.occupation} maxLength={120}
              required error={field('occupation')} onChange={(event) => setLine(index, { occupation: event.target.value })} />
            <SkillPicker id={`needs-line-${index}-skills`} label={t('hr.needs.skills')} selected={line.skills} error={field('skillIds') ?? fieldError('input.lines.skillIds')}
              onChange={(skills) => setLine(index, { skills })} />
            <div className="row">
              <TextField id={`needs-line-${index}-head-count`} className="col-12 col-md-4" type="number" inputMode="numeric" min={1} max={1000} label={t('hr.needs.headCount')}
                value={line.headCount} required error={badHeadCounts.includes(index) ? t('hr.form.wholeNumber') : field('headCount')}
                onChange={(event) => setLine(index, { headCount: event.target.value })} />
              <SelectField id={`needs-line-${index}-district`} className="col-12 col-md-4" label={t('hr.place.district')} value={line.districtCode} required
                error={field('districtCode')} onChange={(event) => setLine(index, { districtCode: event.target.value })}>
                <option value="">{t('hr.needs.chooseDistrict')}</option>
                {districts.map((district) => (
                  <option key={district.code} value={district.code}>
                    {district.name}
                  </option>
                ))}
              </SelectField>
              <SelectField id={`needs-line-${index}-kind`} className="col-12 col-md-4" label={t('hr.slotForm.kind')} value={line.kind} error={field('kind')}
                onChange={(event) => setLine(index, { kind: event.target.value as SlotKind })}>
                {KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`kind.${kind}`)}
                  </option>
                ))}
              </SelectField>
            </div>
            {values.lines.length > 1 && (
              <Button type="button" color="primary" outline size="sm" onClick={() => onChange({ ...values, lines: values.lines.filter((_, position) => position !== index) })}>
                {t('hr.needs.removeLine', { n: index + 1 })}
              </Button>
            )}
          </fieldset>
        );
      })}
      <Button type="button" color="primary" outline className="mb-4" onClick={() => onChange({ ...values, lines: [...values.lines, EMPTY_LINE] })}>
        {t('hr.needs.addLine')}
      </Button>
      <TextAreaField id="needs-notes" label={t('hr.needs.notes')} hint={t('hr.needs.notesHint')} rows={3} maxLength={2000} value={values.notes} error={fieldError('input.notes')}
        onChange={(event) => onChange({ ...values, notes: event.target.value })} />
      {children}
    </>
  );
}
