import { Button, TextArea } from 'design-react-kit';
import { useCallback, useState, type FormEvent } from 'react';
import { BoardOfferProjectSupportDocument, type BoardProjectNeedFragment, type BoardProjectOfferFragment } from '../api/generated';
import { execute } from '../api/graphql-client';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from '../ui/error-alert';
import { fieldState } from '../ui/field-state';
import { ProgressButton } from '../ui/progress-button';
import { useAction } from '../ui/use-action';

interface ProjectNeedItemProps {
  need: BoardProjectNeedFragment;
  /** The offers of the member's own company on this need. */
  offers: BoardProjectOfferFragment[];
  projectClosed: boolean;
  onOffered: () => void;
}

/** One need: what it is, whether it is met, and the member's offer of support on it. */
export function ProjectNeedItem({ need, offers, projectClosed, onOffered }: ProjectNeedItemProps) {
  const { t, language } = useI18n();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const offer = useCallback(() => execute(BoardOfferProjectSupportDocument, { input: { needId: need.id, note: note.trim() } }), [need.id, note]);
  const action = useAction(offer);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // A refusal keeps the note as typed, with the API's reason beside it.
    if (!(await action.run())) return;
    setOpen(false);
    setNote('');
    onOffered();
  };
  const canOffer = need.status === 'OPEN' && !projectClosed && !offers.some((existing) => existing.status === 'OFFERED');
  return (
    <li className="border rounded p-4 mb-3">
      <h3 className="h5">
        {t(`board.needKind.${need.kind}`)} — {t(`board.needStatus.${need.status}`)}
      </h3>
      {need.detail && <p>{need.detail}</p>}
      {offers.map((existing) => (
        <p key={existing.id} className="mb-2">
          {t('board.offer.made', { date: formatDate(existing.createdAt), status: t(`board.offerStatus.${existing.status}`) })} «{existing.note}»
        </p>
      ))}
      {canOffer && !open && (
        <Button color="primary" outline onClick={() => setOpen(true)}>
          {t('board.offer.open')}
        </Button>
      )}
      {canOffer && open && (
        <form onSubmit={submit} noValidate className="mt-3">
          <ErrorAlert error={action.error} />
          <TextArea id={`offer-note-${need.id}`} label={t('board.offer.note')} infoText={t('board.offer.noteHint')} rows={3} maxLength={500} value={note}
            onChange={(event) => setNote(event.target.value)} {...fieldState(action.error?.fieldMessage('input.note', language))} />
          <div className="d-flex gap-3">
            <ProgressButton pending={action.pending} label={t('board.offer.submit')} pendingLabel={t('board.offer.submitting')} />
            <Button type="button" color="primary" outline disabled={action.pending} onClick={() => setOpen(false)}>
              {t('board.offer.cancel')}
            </Button>
          </div>
        </form>
      )}
    </li>
  );
}
