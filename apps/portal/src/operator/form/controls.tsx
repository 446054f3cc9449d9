import type { InputHTMLAttributes, ReactNode } from 'react';
import { describedBy, FieldError, FieldHint, noteIds } from '../../ui/field-notes';

interface FieldFrame {
  id: string;
  label: string;
  hint?: string;
  /** The message of the API (or of the form) for this field, in the user's language. */
  error?: string;
  /** More descriptions, e.g. the live personal-data warning. */
  describedById?: string;
  after?: ReactNode;
}

type TextFieldProps = FieldFrame & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'> & {
  value: string;
  onChange: (value: string) => void;
};

/** A Bootstrap Italia text input whose hint and error are tied to it for screen readers. */
export function TextField({ id, label, hint, error, describedById, after, value, onChange, className, ...input }: TextFieldProps) {
  return (
    <div className={`form-group ${className ?? ''}`}>
      <label htmlFor={id} className="active">{label}</label>
      <input id={id} type="text" {...input} className={`form-control${error ? ' is-invalid' : ''}`} value={value} onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined} aria-describedby={describedBy(...noteIds(id, hint, error), describedById)} />
      <FieldHint id={id} text={hint} className="form-text" />
      <FieldError id={id} text={error} />
      {after}
    </div>
  );
}

type TextAreaFieldProps = FieldFrame & { value: string; onChange: (value: string) => void; maxLength: number; rows?: number };

export function TextAreaField({ id, label, hint, error, describedById, after, value, onChange, maxLength, rows = 4 }: TextAreaFieldProps) {
  return (
    <div className="form-group">
      <label htmlFor={id} className="active">{label}</label>
      <textarea id={id} rows={rows} maxLength={maxLength} className={`form-control${error ? ' is-invalid' : ''}`} value={value} onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined} aria-describedby={describedBy(...noteIds(id, hint, error), describedById)} />
      <FieldHint id={id} text={hint} className="form-text" />
      <FieldError id={id} text={error} />
      {after}
    </div>
  );
}

export interface Option {
  value: string;
  label: string;
}

type SelectFieldProps = FieldFrame & { value: string; onChange: (value: string) => void; options: readonly Option[]; className?: string };

export function SelectField({ id, label, hint, error, value, onChange, options, className }: SelectFieldProps) {
  return (
    <div className={`select-wrapper mb-4 ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)} className={error ? 'is-invalid' : undefined}
        aria-invalid={error ? true : undefined} aria-describedby={describedBy(...noteIds(id, hint, error))}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>{option.label}</option>
        ))}
      </select>
      <FieldHint id={id} text={hint} className="form-text" />
      <FieldError id={id} text={error} />
    </div>
  );
}

interface ChoiceGroupProps<T extends string> {
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  options: readonly { value: T; label: string }[];
  chosen: readonly T[];
  onChange: (chosen: T[]) => void;
}

/** Checkboxes in a fieldset: several answers to one question. */
export function ChoiceGroup<T extends string>({ id, legend, hint, error, options, chosen, onChange }: ChoiceGroupProps<T>) {
  const toggle = (value: T, on: boolean) => onChange(on ? [...chosen, value] : chosen.filter((item) => item !== value));
  return (
    <fieldset className="mb-4" aria-describedby={describedBy(...noteIds(id, hint, error))}>
      <legend className="fs-6 fw-semibold mb-2">{legend}</legend>
      <FieldHint id={id} text={hint} className="form-text" />
      <div>
        {options.map((option) => (
          <div key={option.value} className="form-check form-check-inline">
            <input id={`${id}-${option.value}`} type="checkbox" checked={chosen.includes(option.value)} onChange={(event) => toggle(option.value, event.target.checked)} />
            <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
          </div>
        ))}
      </div>
      <FieldError id={id} text={error} />
    </fieldset>
  );
}
