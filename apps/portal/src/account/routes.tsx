import type { Role } from '../api/generated';
import type { PortalRoute } from '../portal-route';
import { InvitationPage } from './invitation-page';
import { PROFILE_PATH } from './profile-path';
import { ProfilePage } from './profile-page';

const EVERYONE: readonly Role[] = ['ADMIN', 'COMPANY_HR', 'BOARD_MEMBER', 'OPERATOR', 'DISTRICT_COORDINATOR'];

/** The pages of the account area: invitation acceptance (public) and everyone's profile. */
export const accountRoutes: PortalRoute[] = [
  // The invitation e-mail links to /invito?token=…; /invito/:token is the same page.
  { path: '/invito', render: () => <InvitationPage token={new URLSearchParams(window.location.search).get('token') ?? ''} /> },
  { path: '/invito/:token', render: (params) => <InvitationPage token={params.token ?? ''} /> },
  { path: PROFILE_PATH, roles: EVERYONE, render: (user) => <ProfilePage user={user} /> },
];
