import type { PortalRoute } from '../portal-route';

/** The pages of the account area. */
export const accountRoutes: PortalRoute[] = [];
