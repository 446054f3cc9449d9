import { TextArea } from 'design-react-kit';
import { useCallback, useState, type FormEvent } from 'react';
import { BoardReviewNeedsAnalysisDocument, type NeedsPriority } from '../api/generated';
import { execute } from '../api/graphql-client';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from '../ui/error-alert';
import { fieldState } from '../ui/field-state';
import { LabelledSelect } from '../ui/labelled-select';
import { ProgressButton } from '../ui/progress-button';
import { useAction } from '../ui/use-action';

const PRIORITIES: NeedsPriority[] = ['HIGH', 'MEDIUM', 'LOW'];

function priorityOf(value: string): NeedsPriority | null {
  return PRIORITIES.find((priority) => priority === value) ?? null;
}

interface NeedsReviewFormProps {
  analysisId: string;
  onReviewed: () => void;
  /** The user started a new review: the last confirmation no longer applies. */
  onEdit: () => void;
}

/** Mark reviewed, comment, set the priority (one or more of them), in one step of the history each. */
export function NeedsReviewForm({ analysisId, onReviewed, onEdit }: NeedsReviewFormProps) {
  const { t, language } = useI18n();
  const [reviewed, setReviewed] = useState(false);
  const [comment, setComment] = useState('');
  const [priority, setPriority] = useState('');
  const review = useCallback(() => {
    const chosen = priorityOf(priority);
    return execute(BoardReviewNeedsAnalysisDocument, {
      input: { analysisId, ...(reviewed ? { reviewed: true } : {}), ...(comment.trim() ? { comment: comment.trim() } : {}), ...(chosen ? { priority: chosen } : {}) },
    });
  }, [analysisId, reviewed, comment, priority]);
  const action = useAction(review);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // On a refusal everything typed stays as it was, with the API's reason.
    if (!(await action.run())) return;
    setReviewed(false);
    setComment('');
    setPriority('');
    onReviewed();
  };
  const edit = <T,>(set: (value: T) => void) => (value: T) => {
    onEdit();
    set(value);
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="needs-review-title" className="mt-3">
      <ErrorAlert error={action.error} />
      <div className="form-check mb-4">
        <input id="review-reviewed" type="checkbox" checked={reviewed} onChange={(event) => edit(setReviewed)(event.target.checked)} />
        <label htmlFor="review-reviewed">{t('board.review.reviewed')}</label>
      </div>
      <TextArea id="review-comment" label={t('board.review.comment')} infoText={t('board.review.commentHint')} rows={3} maxLength={2000} value={comment}
        onChange={(event) => edit(setComment)(event.target.value)} {...fieldState(action.error?.fieldMessage('input.comment', language))} />
      <div className="row">
        <LabelledSelect id="review-priority" label={t('board.review.priority')} emptyLabel={t('board.review.keepPriority')} value={priority}
          options={PRIORITIES.map((value) => ({ value, label: t(`board.priority.${value}`) }))} onChange={edit(setPriority)} className="col-12 col-md-4" />
      </div>
      <ProgressButton pending={action.pending} label={t('board.review.submit')} pendingLabel={t('board.review.submitting')} />
    </form>
  );
}
