import { Role } from '@ipl/access';

/** Roles that reach many people's data: in production they must sign in with a second factor. */
const ROLES_NEEDING_SECOND_FACTOR: ReadonlySet<Role> = new Set([Role.ADMIN, Role.OPERATOR]);

export function secondFactorRequired(role: Role, production: boolean): boolean {
  return production && ROLES_NEEDING_SECOND_FACTOR.has(role);
}
