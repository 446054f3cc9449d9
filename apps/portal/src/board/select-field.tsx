export interface SelectOption {
  value: string;
  label: string;
}

interface SelectFieldProps {
  id: string;
  label: string;
  value: string;
  options: SelectOption[];
  onChange: (value: string) => void;
  /** The first option, with the empty value, e.g. "Tutti i distretti". */
  anyLabel?: string;
  className?: string;
}

/** A labelled Bootstrap Italia select. */
export function SelectField({ id, label, value, options, onChange, anyLabel, className = 'col-12 col-md-3 mb-4' }: SelectFieldProps) {
  return (
    <div className={`select-wrapper ${className}`}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {anyLabel !== undefined && <option value="">{anyLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
