import type { PublicRoute } from '../portal-route';
import { AlboDistrictsPage } from './albo-districts-page';
import { AlboPage } from './albo-page';
import { ALBO_BY_DISTRICT_PATH } from './albo-views';

/** The public pages: no sign-in. */
export const alboRoutes: PublicRoute[] = [
  { path: '/', render: () => <AlboPage /> },
  { path: ALBO_BY_DISTRICT_PATH, render: () => <AlboDistrictsPage /> },
];
