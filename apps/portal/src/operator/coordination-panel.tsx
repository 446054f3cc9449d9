import { Button } from 'design-react-kit';
import { useCallback } from 'react';
import { OperatorCandidateDocument, OperatorWithdrawCoordinationRequestDocument, type OperatorCandidateDetailFragment } from '../api/generated';
import { execute } from '../api/graphql-client';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from '../ui/error-alert';
import { useAction } from '../ui/use-action';
import { IncomingCoordinationRequest } from './incoming-coordination-request';

interface CoordinationPanelProps {
  candidate: OperatorCandidateDetailFragment;
  onChanged: (candidate: OperatorCandidateDetailFragment) => void;
}

/**
 * The profile's coordination requests: the one it sent (a single status, since the requester is
 * not told whom it reached) and those other organisations sent about it, to accept or refuse.
 */
export function CoordinationPanel({ candidate, onChanged }: CoordinationPanelProps) {
  const { t } = useI18n();
  const outgoing = candidate.coordinationRequest;
  const incoming = candidate.coordinationRequests ?? [];
  const withdraw = useAction(useCallback(() => execute(OperatorWithdrawCoordinationRequestDocument, { candidateId: candidate.id }), [candidate.id]));
  const reload = useCallback(async () => onChanged((await execute(OperatorCandidateDocument, { id: candidate.id })).candidate), [candidate.id, onChanged]);
  const withdrawn = async () => {
    const result = await withdraw.run();
    if (result) onChanged(result.withdrawCoordinationRequest);
  };
  if (!outgoing && incoming.length === 0) return null;
  return (
    <>
      {outgoing && (
        <>
          <h3 className="h6 mt-4">{t('operator.coordination.sent')}</h3>
          <p className="mb-2">
            {t(`operator.coordination.status.${outgoing.status}`)} · {t('operator.coordination.consent', { date: formatDate(outgoing.consentGivenOn), sent: formatDate(outgoing.sentAt), expires: formatDate(outgoing.expiresAt) })}
          </p>
          {outgoing.status === 'PENDING' && (
            <Button type="button" color="secondary" size="sm" disabled={withdraw.pending} onClick={() => void withdrawn()}>{t('operator.coordination.withdraw')}</Button>
          )}
          <ErrorAlert error={withdraw.error} />
        </>
      )}
      {incoming.length > 0 && (
        <>
          <h3 className="h6 mt-4">{t('operator.coordination.received')}</h3>
          <ul className="mb-0">
            {incoming.map((request) => <IncomingCoordinationRequest key={request.id} request={request} onAnswered={() => void reload()} />)}
          </ul>
        </>
      )}
    </>
  );
}
