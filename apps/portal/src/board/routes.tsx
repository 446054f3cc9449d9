import type { ReservedRoute } from '../portal-route';

/** The pages of the board area. */
export const boardRoutes: ReservedRoute[] = [];
