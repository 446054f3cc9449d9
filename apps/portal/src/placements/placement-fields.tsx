import { Input, TextArea } from 'design-react-kit';
import type { ApiError } from '../api/api-error';
import { useI18n } from '../i18n/i18n-context';
import { fieldState } from '../ui/field-state';

interface Option {
  value: string;
  label: string;
}

interface SelectProps {
  id: string;
  label: string;
  value: string;
  options: Option[];
  onChange: (value: string) => void;
  /** The API's message for this field, if it refused it. */
  error?: string;
}

/** A native select (Bootstrap Italia styles it), with the API's message when it refused the value. */
export function ChoiceSelect({ id, label, value, options, onChange, error }: SelectProps) {
  const { t } = useI18n();
  return (
    <div className="select-wrapper mb-4">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)} aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined} className={error ? 'is-invalid' : undefined}>
        <option value="">{t('placements.form.choose')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error && <div id={`${id}-error`} className="invalid-feedback d-block">{error}</div>}
    </div>
  );
}

/** A free-text note, checked by the API for personal data: what was typed stays when it is refused. */
export function NoteField({ id, label, value, onChange, error, maxLength = 1000 }: { id: string; label: string; value: string; onChange: (value: string) => void; error?: string; maxLength?: number }) {
  const { t } = useI18n();
  return (
    <TextArea id={id} label={label} value={value} rows={3} maxLength={maxLength} onChange={(event) => onChange(event.target.value)}
      infoText={t('placements.form.noPersonalData')} {...fieldState(error)} />
  );
}

export function DateField({ id, label, value, onChange, error, required }: { id: string; label: string; value: string; onChange: (value: string) => void; error?: string; required?: boolean }) {
  return <Input id={id} type="date" label={label} value={value} onChange={(event) => onChange(event.target.value)} required={required} {...fieldState(error)} />;
}

/** The API's message for one input field of a mutation (`input.<name>`), in the language shown. */
export function useFieldError(error: ApiError | null): (name: string) => string | undefined {
  const { language } = useI18n();
  return (name) => error?.fieldMessage(`input.${name}`, language);
}
