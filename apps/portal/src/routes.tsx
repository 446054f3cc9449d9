import { useEffect, type ReactNode } from 'react';
import type { Role } from './api/generated';
import { accountRoutes } from './account/routes';
import { adminRoutes } from './admin/routes';
import { alboRoutes } from './albo/routes';
import { LoginPage } from './auth/login-page';
import { ReservedHome } from './auth/reserved-home';
import { useSession } from './auth/session-context';
import { boardRoutes } from './board/routes';
import { coordinatorRoutes } from './coordinator/routes';
import { hrRoutes } from './hr/routes';
import { NotFoundPage } from './not-found-page';
import { operatorRoutes } from './operator/routes';
import { placementsRoutes } from './placements/routes';
import type { PortalRoute, ReservedRoute } from './portal-route';
import { Loading } from './ui/loading';
import { matchPath } from './ui/match-path';
import { navigate } from './ui/router';

const ALL_ROLES: readonly Role[] = ['ADMIN', 'COMPANY_HR', 'BOARD_MEMBER', 'OPERATOR', 'DISTRICT_COORDINATOR'];

/** Every page of the portal; the first pattern that fits the path wins. */
export const PORTAL_ROUTES: PortalRoute[] = [
  ...alboRoutes,
  { path: '/accedi', render: () => <LoginPage /> },
  { path: '/area-riservata', roles: ALL_ROLES, render: (user) => <ReservedHome user={user} /> },
  ...accountRoutes,
  ...hrRoutes,
  ...operatorRoutes,
  ...boardRoutes,
  ...coordinatorRoutes,
  ...adminRoutes,
  ...placementsRoutes,
];

/** The main-menu links a signed-in user may follow. */
export function navigationFor(role: Role): ReservedRoute[] {
  return PORTAL_ROUTES.filter((route): route is ReservedRoute => route.roles !== undefined && route.nav !== undefined && route.roles.includes(role));
}

/** Pages behind sign-in: a signed-out visitor is sent to the sign-in page; another role finds nothing. */
function Reserved({ route, params }: { route: ReservedRoute; params: Record<string, string> }): ReactNode {
  const { user } = useSession();
  useEffect(() => {
    if (user === null) navigate('/accedi');
  }, [user]);
  if (!user) return <Loading />;
  return route.roles.includes(user.role) ? route.render(user, params) : <NotFoundPage />;
}

export function Routes({ path }: { path: string }) {
  for (const route of PORTAL_ROUTES) {
    const params = matchPath(route.path, path);
    if (!params) continue;
    return route.roles === undefined ? <>{route.render(params)}</> : <Reserved key={route.path} route={route} params={params} />;
  }
  return <NotFoundPage />;
}
