/** The ids that describe a control, skipping the absent ones. */
export function describedBy(...ids: (string | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => Boolean(id));
  return present.length > 0 ? present.join(' ') : undefined;
}

/** The ids FieldHint and FieldError give a field's hint and error, when it has them. */
export function noteIds(id: string, hint?: string, error?: string): (string | undefined)[] {
  return [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined];
}

/** A field's hint, tied to the control by the id `<field>-hint`. */
export function FieldHint({ id, text, className = 'form-text d-block' }: { id: string; text?: string; className?: string }) {
  return text ? (
    <small id={`${id}-hint`} className={className}>
      {text}
    </small>
  ) : null;
}

/** The API's (or the form's) message for a field, tied to the control by the id `<field>-error`. */
export function FieldError({ id, text }: { id: string; text?: string }) {
  return text ? (
    <div id={`${id}-error`} className="invalid-feedback d-block">
      {text}
    </div>
  ) : null;
}

/** Hint, then error: a screen reader reads them with the control that names them in aria-describedby. */
export function FieldNotes({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
      <FieldHint id={id} text={hint} />
      <FieldError id={id} text={error} />
    </>
  );
}
