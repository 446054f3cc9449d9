import { useI18n } from '../i18n/i18n-context';
import { CheckboxField, Fieldset, TextAreaField } from './hr-fields';

export interface DeclarationValues {
  law68ObligationsMet: boolean;
  inclusivePathRun: boolean;
  metropolitanSite: boolean;
  inclusivePathNote: string;
}

export const NO_DECLARATIONS: DeclarationValues = { law68ObligationsMet: false, inclusivePathRun: false, metropolitanSite: false, inclusivePathNote: '' };

const REQUIREMENTS = ['law68ObligationsMet', 'inclusivePathRun', 'metropolitanSite'] as const;

export function declarationsInput(values: DeclarationValues) {
  return {
    law68ObligationsMet: values.law68ObligationsMet,
    inclusivePathRun: values.inclusivePathRun,
    metropolitanSite: values.metropolitanSite,
    ...(values.inclusivePathNote.trim() ? { inclusivePathNote: values.inclusivePathNote.trim() } : {}),
  };
}

interface DeclarationsProps {
  id: string;
  values: DeclarationValues;
  onChange: (values: DeclarationValues) => void;
  fieldError: (field: string) => string | undefined;
}

/** The admission requirements the company declares, on application and again on renewal. */
export function DeclarationsFields({ id, values, onChange, fieldError }: DeclarationsProps) {
  const { t } = useI18n();
  const error = REQUIREMENTS.map((key) => fieldError(`input.declarations.${key}`)).find((message) => message !== undefined);
  return (
    <>
      <Fieldset id={`${id}-requirements`} legend={t('hr.albo.declarations')} hint={t('hr.albo.declarationsHint')} error={error}>
        {REQUIREMENTS.map((key) => (
          <CheckboxField key={key} id={`${id}-${key}`} label={t(`hr.albo.requirement.${key}`)} checked={values[key]} onChange={(on) => onChange({ ...values, [key]: on })} />
        ))}
      </Fieldset>
      <TextAreaField id={`${id}-note`} label={t('hr.albo.inclusivePathNote')} hint={t('hr.albo.inclusivePathNoteHint')} rows={3} maxLength={1000} value={values.inclusivePathNote}
        error={fieldError('input.declarations.inclusivePathNote')} onChange={(event) => onChange({ ...values, inclusivePathNote: event.target.value })} />
    </>
  );
}
