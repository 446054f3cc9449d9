import type { ReservedRoute } from '../portal-route';

/** The pages of the admin area. */
export const adminRoutes: ReservedRoute[] = [];
