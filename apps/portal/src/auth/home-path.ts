import type { Role } from '../api/generated';

/** Where each role lands after signing in. */
const HOME: Record<Role, string> = {
  ADMIN: '/area-riservata/albo',
  COMPANY_HR: '/area-riservata/posti',
  BOARD_MEMBER: '/area-riservata/tavolo/analisi-fabbisogni',
  OPERATOR: '/area-riservata/persone',
  DISTRICT_COORDINATOR: '/area-riservata/distretto/esiti',
};

export function homePath(role: Role): string {
  return HOME[role];
}
