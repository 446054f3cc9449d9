import './placements.css';
import type { ReservedRoute } from '../portal-route';
import { MatchCandidatesPage } from './match-candidates-page';
import { MatchSlotsPage } from './match-slots-page';
import { ProposalsPage } from './proposals-page';

/** Matching and proposals, for both sides: HR of the slot's company and the candidate's operator. */
export const placementsRoutes: ReservedRoute[] = [
  { path: '/area-riservata/posti/:slotId/candidati', roles: ['COMPANY_HR'], render: (_user, params) => <MatchCandidatesPage key={params.slotId} slotId={params.slotId} /> },
  {
    path: '/area-riservata/persone/:candidateId/posti',
    roles: ['OPERATOR'],
    render: (user, params) => <MatchSlotsPage key={params.candidateId} user={user} candidateId={params.candidateId} />,
  },
  { path: '/area-riservata/proposte', roles: ['COMPANY_HR', 'OPERATOR'], nav: 'placements.nav.proposals', render: (user) => <ProposalsPage user={user} /> },
];
