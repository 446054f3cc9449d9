import type { PublicRoute } from '../portal-route';
import { AlboPage } from './albo-page';

/** The public pages: no sign-in. */
export const alboRoutes: PublicRoute[] = [{ path: '/', render: () => <AlboPage /> }];
