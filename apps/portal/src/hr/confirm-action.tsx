import { Button } from 'design-react-kit';
import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from '../ui/error-alert';
import { ProgressButton } from '../ui/progress-button';
import { useAction } from '../ui/use-action';

interface ConfirmActionProps<TResult> {
  label: string;
  question: string;
  confirmLabel: string;
  pendingLabel: string;
  action: () => Promise<TResult>;
  onDone: (result: TResult) => void;
  outline?: boolean;
  color?: string;
}

/** An action that changes what others see: asked once more, then run with its progress and the API's error. */
export function ConfirmAction<TResult>({ label, question, confirmLabel, pendingLabel, action, onDone, outline, color = 'primary' }: ConfirmActionProps<TResult>) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const state = useAction(action);
  const questionId = useId();
  const questionRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (asking) questionRef.current?.focus();
  }, [asking]);

  const confirm = async () => {
    const result = await state.run();
    if (result !== undefined) {
      setAsking(false);
      onDone(result);
    }
  };

  if (!asking) {
    return (
      <Button type="button" color={color} outline={outline} onClick={() => setAsking(true)}>
        {label}
      </Button>
    );
  }
  return (
    <div role="group" aria-labelledby={questionId} className="alert alert-warning w-100">
      <p id={questionId} ref={questionRef} tabIndex={-1} className="fw-semibold">
        {question}
      </p>
      <div className="d-flex flex-wrap gap-3">
        <ProgressButton type="button" pending={state.pending} label={confirmLabel} pendingLabel={pendingLabel} onClick={confirm} color={color} />
        <Button type="button" color="primary" outline disabled={state.pending} onClick={() => setAsking(false)}>
          {t('hr.common.cancel')}
        </Button>
      </div>
      <div className="mt-3">
        <ErrorAlert error={state.error} />
      </div>
    </div>
  );
}
