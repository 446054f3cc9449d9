import { Button } from 'design-react-kit';
import { useCallback } from 'react';
import {
  OperatorAcceptCoordinationRequestDocument,
  OperatorRefuseCoordinationRequestDocument,
  type OperatorCoordinationRequestFragment,
} from '../api/generated';
import { execute } from '../api/graphql-client';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from '../ui/error-alert';
import { Link } from '../ui/router';
import { useAction } from '../ui/use-action';

interface IncomingCoordinationRequestProps {
  request: OperatorCoordinationRequestFragment;
  /** Shown on the page of all requests, where the profile is not the one on screen. */
  withProfileLink?: boolean;
  onAnswered: () => void;
}

/** Another organisation asks to coordinate on one of ours: who asks, the consent recorded, and the answer. */
export function IncomingCoordinationRequest({ request, withProfileLink = false, onAnswered }: IncomingCoordinationRequestProps) {
  const { t } = useI18n();
  const accept = useAction(useCallback(() => execute(OperatorAcceptCoordinationRequestDocument, { id: request.id }), [request.id]));
  const refuse = useAction(useCallback(() => execute(OperatorRefuseCoordinationRequestDocument, { id: request.id }), [request.id]));
  const pending = accept.pending || refuse.pending;
  const run = async (action: typeof accept | typeof refuse) => {
    if (await action.run()) onAnswered();
  };
  const organisation = request.requestingOrganisation;
  return (
    <li className="mb-3">
      <strong>{organisation?.name ?? t('operator.coordination.unknownOrganisation')}</strong>
      {organisation && ` · ${t(`operator.channel.${organisation.channel}`)}`} · {t(`operator.coordination.status.${request.status}`)}
      {organisation?.contactEmail && <div>{t('operator.conflict.email', { email: organisation.contactEmail })}</div>}
      {organisation?.contactPhone && <div>{t('operator.conflict.phone', { phone: organisation.contactPhone })}</div>}
      <div>{t('operator.coordination.consent', { date: formatDate(request.consentGivenOn), sent: formatDate(request.createdAt), expires: formatDate(request.expiresAt) })}</div>
      {withProfileLink && <Link href={`/area-riservata/persone/${request.targetCandidateId}`}>{t('operator.coordination.profile')}</Link>}
      {request.status === 'PENDING' && (
        <div className="d-flex gap-2 mt-2">
          <Button type="button" color="primary" size="sm" disabled={pending} onClick={() => void run(accept)}>{t('operator.coordination.accept')}</Button>
          <Button type="button" color="secondary" size="sm" disabled={pending} onClick={() => void run(refuse)}>{t('operator.coordination.refuse')}</Button>
        </div>
      )}
      <ErrorAlert error={accept.error ?? refuse.error} />
    </li>
  );
}
