import type { Role } from '../api/generated';

/** Where each role lands after signing in. */
const HOME: Record<Role, string> = {
  ADMIN: '/area-riservata',
  COMPANY_HR: '/area-riservata/posti',
  BOARD_MEMBER: '/area-riservata',
  OPERATOR: '/area-riservata',
  DISTRICT_COORDINATOR: '/area-riservata',
};

export function homePath(role: Role): string {
  return HOME[role];
}
