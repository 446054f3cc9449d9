import { Role } from '@ipl/access';

/** Roles whose first user of a company or organisation manages the colleagues there. */
export const SCOPE_ADMIN_ROLES: readonly Role[] = [Role.COMPANY_HR, Role.OPERATOR];
