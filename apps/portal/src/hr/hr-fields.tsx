import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { describedBy, FieldNotes, noteIds } from '../ui/field-notes';

interface FieldBase {
  id: string;
  label: string;
  /** The API's message for this field, already in the user's language. */
  error?: string;
  hint?: string;
}

function controlProps(id: string, error?: string, hint?: string) {
  return { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy(...noteIds(id, hint, error)) };
}

export function TextField({ id, label, error, hint, className, type = 'text', ...input }: FieldBase & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div className={`form-group ${className ?? ''}`}>
      <label htmlFor={id} className="active">
        {label}
      </label>
      <input type={type} className={`form-control${error ? ' is-invalid' : ''}`} {...controlProps(id, error, hint)} {...input} />
      <FieldNotes id={id} error={error} hint={hint} />
    </div>
  );
}

export function TextAreaField({ id, label, error, hint, className, ...area }: FieldBase & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <div className={`form-group ${className ?? ''}`}>
      <label htmlFor={id} className="active">
        {label}
      </label>
      <textarea className={`form-control${error ? ' is-invalid' : ''}`} {...controlProps(id, error, hint)} {...area} />
      <FieldNotes id={id} error={error} hint={hint} />
    </div>
  );
}

export function SelectField({ id, label, error, hint, className, children, ...select }: FieldBase & SelectHTMLAttributes<HTMLSelectElement> & { children: ReactNode }) {
  return (
    <div className={`select-wrapper mb-4 ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <select className={error ? 'is-invalid' : undefined} {...controlProps(id, error, hint)} {...select}>
        {children}
      </select>
      <FieldNotes id={id} error={error} hint={hint} />
    </div>
  );
}

export function CheckboxField({ id, label, checked, onChange, disabled }: { id: string; label: string; checked: boolean; onChange: (checked: boolean) => void; disabled?: boolean }) {
  return (
    <div className="form-check">
      <input id={id} type="checkbox" checked={checked} disabled={disabled} onChange={(event) => onChange(event.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** A group of checkboxes (or other controls) under one legend, with the group's error. */
export function Fieldset({ id, legend, error, hint, children, className }: { id: string; legend: string; error?: string; hint?: string; children: ReactNode; className?: string }) {
  return (
    <fieldset className={`mb-4 ${className ?? ''}`} aria-describedby={describedBy(...noteIds(id, hint, error))}>
      <legend className="h6 fw-semibold">{legend}</legend>
      {children}
      <FieldNotes id={id} error={error} hint={hint} />
    </fieldset>
  );
}
