import { Button } from 'design-react-kit';
import { useCallback, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from '../ui/error-alert';
import { Loading } from '../ui/loading';
import { Link } from '../ui/router';
import { useAction } from '../ui/use-action';
import { NoteField, useFieldError } from './placement-fields';

export interface ProposeLabels {
  open: string;
  note: string;
  submit: string;
  pending: string;
  done: string;
}

/**
 * "Propose" (operator) or "request" (HR) from a ranked result, with an optional note for the
 * other side. A refused note stays as typed, with the API's reason beside it.
 */
export function ProposeForm({ id, labels, send, onSent }: { id: string; labels: ProposeLabels; send: (note: string | null) => Promise<unknown>; onSent?: () => void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [sent, setSent] = useState(false);
  const run = useCallback(() => send(note.trim() === '' ? null : note.trim()), [send, note]);
  const action = useAction(run);
  const fieldError = useFieldError(action.error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if ((await action.run()) === undefined) return;
    setSent(true);
    onSent?.();
  };
  if (sent) {
    return (
      <div className="alert alert-success mt-3 mb-0" role="status">
        {labels.done} <Link href="/area-riservata/proposte">{t('placements.form.seeProposals')}</Link>
      </div>
    );
  }
  if (!open) {
    return (
      <Button color="primary" className="mt-3" onClick={() => setOpen(true)} aria-expanded={false} aria-controls={`${id}-form`}>
        {labels.open}
      </Button>
    );
  }
  return (
    <form id={`${id}-form`} onSubmit={submit} noValidate className="mt-4">
      <ErrorAlert error={action.error} />
      <NoteField id={`${id}-note`} label={labels.note} value={note} onChange={setNote} error={fieldError('note')} />
      {action.pending ? (
        <Loading label={labels.pending} />
      ) : (
        <div className="d-flex gap-2">
          <Button type="submit" color="primary">{labels.submit}</Button>
          <Button type="button" color="primary" outline onClick={() => setOpen(false)}>{t('placements.form.cancel')}</Button>
        </div>
      )}
    </form>
  );
}
