import type { ReservedRoute } from '../portal-route';

/** The pages of the operator area. */
export const operatorRoutes: ReservedRoute[] = [];
