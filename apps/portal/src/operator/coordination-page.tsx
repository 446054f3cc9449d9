import { OperatorCoordinationRequestsDocument } from '../api/generated';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from '../ui/error-alert';
import { Loading } from '../ui/loading';
import { useReloadableQuery } from '../ui/use-reloadable-query';
import { IncomingCoordinationRequest } from './incoming-coordination-request';

/** Where the notifications of coordination requests lead: every request addressed to the organisation, newest first. */
export function CoordinationPage() {
  const { t } = useI18n();
  const requests = useReloadableQuery(OperatorCoordinationRequestsDocument, { first: 50 });
  const nodes = requests.data?.coordinationRequests.nodes ?? [];
  return (
    <section aria-labelledby="coordination-title">
      <h1 id="coordination-title">{t('operator.coordination.title')}</h1>
      <p className="lead">{t('operator.coordination.intro')}</p>
      <ErrorAlert error={requests.error} />
      {requests.loading && !requests.data && <Loading />}
      {requests.data && nodes.length === 0 && <p>{t('operator.coordination.none')}</p>}
      {nodes.length > 0 && (
        <ul>
          {nodes.map((request) => <IncomingCoordinationRequest key={request.id} request={request} withProfileLink onAnswered={requests.reload} />)}
        </ul>
      )}
    </section>
  );
}
