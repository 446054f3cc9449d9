import type { ReservedRoute } from '../portal-route';
import { GapsPage } from './gaps-page';
import { NeedsAnalysesPage } from './needs-analyses-page';
import { NeedsAnalysisPage } from './needs-analysis-page';
import { ProjectPage } from './project-page';
import { ProjectsPage } from './projects-page';

/** The pages of the board area, under their own prefix so that no other area's path shadows them. */
export const boardRoutes: ReservedRoute[] = [
  { path: '/area-riservata/tavolo/analisi-fabbisogni', roles: ['BOARD_MEMBER'], nav: 'board.nav.analyses', render: () => <NeedsAnalysesPage /> },
  { path: '/area-riservata/tavolo/analisi-fabbisogni/:analysisId', roles: ['BOARD_MEMBER'], render: (_user, params) => <NeedsAnalysisPage analysisId={params.analysisId} /> },
  { path: '/area-riservata/tavolo/divari', roles: ['BOARD_MEMBER'], nav: 'board.nav.gaps', render: () => <GapsPage chooseDistrict /> },
  { path: '/area-riservata/tavolo/progetti', roles: ['BOARD_MEMBER'], nav: 'board.nav.projects', render: () => <ProjectsPage /> },
  { path: '/area-riservata/tavolo/progetti/:projectId', roles: ['BOARD_MEMBER'], render: (_user, params) => <ProjectPage projectId={params.projectId} /> },
];
