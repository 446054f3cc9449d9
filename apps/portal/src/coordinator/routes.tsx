import type { ReservedRoute } from '../portal-route';

/** The pages of the coordinator area. */
export const coordinatorRoutes: ReservedRoute[] = [];
