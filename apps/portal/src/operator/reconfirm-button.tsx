import { Button } from 'design-react-kit';
import { useCallback } from 'react';
import { OperatorReconfirmCandidateDocument, type OperatorReconfirmCandidateMutation } from '../api/generated';
import { execute } from '../api/graphql-client';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from '../ui/error-alert';
import { useAction } from '../ui/use-action';

export type Reconfirmed = OperatorReconfirmCandidateMutation['reconfirmCandidate'];

/** "Still current": the profile is fresh again for another interval. */
export function ReconfirmButton({ candidate, onReconfirmed }: { candidate: { id: string; publicCode: string }; onReconfirmed: (result: Reconfirmed) => void }) {
  const { t } = useI18n();
  const reconfirm = useCallback(() => execute(OperatorReconfirmCandidateDocument, { id: candidate.id }), [candidate.id]);
  const action = useAction(reconfirm);
  const click = async () => {
    const result = await action.run();
    if (result) onReconfirmed(result.reconfirmCandidate);
  };
  return (
    <>
      <Button type="button" color="primary" size="sm" disabled={action.pending} onClick={click}>
        {action.pending ? t('operator.reconfirming') : t('operator.reconfirm')}
        <span className="visually-hidden"> {t('operator.reconfirmCode', { code: candidate.publicCode })}</span>
      </Button>
      <ErrorAlert error={action.error} />
    </>
  );
}
