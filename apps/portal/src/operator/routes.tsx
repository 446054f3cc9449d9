import type { ReservedRoute } from '../portal-route';
import { CandidatesPage } from './candidates-page';
import { CoordinationPage } from './coordination-page';
import { EditCandidatePage } from './edit-candidate-page';
import { NewCandidatePage } from './new-candidate-page';

/** The pages of the operator area: the organisation's anonymised profiles. "nuova" comes before the id pattern. */
export const operatorRoutes: ReservedRoute[] = [
  { path: '/area-riservata/persone', roles: ['OPERATOR'], nav: 'operator.nav.people', render: () => <CandidatesPage /> },
  { path: '/area-riservata/persone/nuova', roles: ['OPERATOR'], render: () => <NewCandidatePage /> },
  { path: '/area-riservata/coordinamento', roles: ['OPERATOR'], nav: 'operator.nav.coordination', render: () => <CoordinationPage /> },
  {
    path: '/area-riservata/persone/:candidateId',
    roles: ['OPERATOR'],
    render: (_user, params) => <EditCandidatePage key={params.candidateId} candidateId={params.candidateId} />,
  },
];
