import { GapsPage } from '../board/gaps-page';
import type { ReservedRoute } from '../portal-route';
import { OutcomeReportPage } from './outcome-report-page';

/** The pages of the district coordinator (Ufficio di Piano): aggregates of their own district only. */
export const coordinatorRoutes: ReservedRoute[] = [
  { path: '/area-riservata/distretto/esiti', roles: ['DISTRICT_COORDINATOR'], nav: 'coordinator.nav.outcomes', render: () => <OutcomeReportPage /> },
  { path: '/area-riservata/distretto/divari', roles: ['DISTRICT_COORDINATOR'], nav: 'coordinator.nav.gaps', render: () => <GapsPage chooseDistrict={false} /> },
];
