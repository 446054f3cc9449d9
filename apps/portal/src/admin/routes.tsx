import type { ReservedRoute } from '../portal-route';
import { AlboReviewPage } from './albo-review-page';
import { BoardPage } from './board-page';
import { InvitationsPage } from './invitations-page';
import { OrganisationsPage } from './organisations-page';

/** The pages of the metropolitan office (ADMIN). */
export const adminRoutes: ReservedRoute[] = [
  { path: '/area-riservata/albo', roles: ['ADMIN'], nav: 'admin.nav.albo', render: () => <AlboReviewPage /> },
  { path: '/area-riservata/tavolo', roles: ['ADMIN'], nav: 'admin.nav.board', render: () => <BoardPage /> },
  { path: '/area-riservata/organizzazioni', roles: ['ADMIN'], nav: 'admin.nav.organisations', render: () => <OrganisationsPage /> },
  { path: '/area-riservata/inviti', roles: ['ADMIN'], nav: 'admin.nav.invitations', render: () => <InvitationsPage /> },
];
