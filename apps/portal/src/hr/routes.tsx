import type { ReservedRoute } from '../portal-route';
import { MySlotsPage } from './my-slots-page';

/** The pages of company HR staff. */
export const hrRoutes: ReservedRoute[] = [
  { path: '/area-riservata/posti', roles: ['COMPANY_HR'], nav: 'nav.mySlots', render: (user) => <MySlotsPage user={user} /> },
];
