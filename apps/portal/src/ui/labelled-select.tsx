export interface SelectOption {
  value: string;
  label: string;
}

interface LabelledSelectProps {
  id: string;
  label: string;
  value: string;
  options: SelectOption[];
  onChange: (value: string) => void;
  /** The first, empty choice (e.g. "Tutti"); none when the field must have a value. */
  emptyLabel?: string;
  /** The API's message for this field, shown under it. */
  invalid?: string;
  required?: boolean;
  disabled?: boolean;
  className?: string;
}

/** A native select with its label and its error, styled as Bootstrap Italia's select. */
export function LabelledSelect({ id, label, value, options, onChange, emptyLabel, invalid, required, disabled, className }: LabelledSelectProps) {
  const errorId = `${id}-error`;
  return (
    <div className={`select-wrapper mb-4 ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        required={required}
        disabled={disabled}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={invalid ? errorId : undefined}
        className={invalid ? 'is-invalid' : undefined}
      >
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {invalid && (
        <div id={errorId} className="invalid-feedback d-block">
          {invalid}
        </div>
      )}
    </div>
  );
}
