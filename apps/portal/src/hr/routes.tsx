import type { ReservedRoute } from '../portal-route';
import { AlboStatusPage } from './albo-status-page';
import { CompanyPage } from './company-page';
import { MySlotsPage } from './my-slots-page';
import { NeedsAnalysisPage } from './needs-analysis-page';
import { NeedsListPage } from './needs-list-page';
import { NeedsNewPage } from './needs-new-page';
import { SlotEditPage } from './slot-edit-page';
import { SlotNewPage } from './slot-new-page';
import { SlotPage } from './slot-page';

const HR = ['COMPANY_HR'] as const;

/** The pages of company HR staff; fixed paths before the patterns they would also fit. */
export const hrRoutes: ReservedRoute[] = [
  { path: '/area-riservata/posti', roles: HR, nav: 'nav.mySlots', render: (user) => <MySlotsPage user={user} /> },
  { path: '/area-riservata/posti/nuovo', roles: HR, render: () => <SlotNewPage /> },
  { path: '/area-riservata/posti/:slotId', roles: HR, render: (_user, { slotId }) => <SlotPage key={slotId} slotId={slotId} /> },
  { path: '/area-riservata/posti/:slotId/modifica', roles: HR, render: (_user, { slotId }) => <SlotEditPage key={slotId} slotId={slotId} /> },
  { path: '/area-riservata/fabbisogni', roles: HR, nav: 'hr.nav.needs', render: () => <NeedsListPage /> },
  { path: '/area-riservata/fabbisogni/nuova', roles: HR, render: () => <NeedsNewPage /> },
  { path: '/area-riservata/fabbisogni/:analysisId', roles: HR, render: (_user, { analysisId }) => <NeedsAnalysisPage key={analysisId} analysisId={analysisId} /> },
  { path: '/area-riservata/azienda', roles: HR, nav: 'hr.nav.company', render: () => <CompanyPage /> },
  { path: '/area-riservata/azienda/albo', roles: HR, nav: 'hr.nav.albo', render: () => <AlboStatusPage /> },
];
