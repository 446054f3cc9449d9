import type { Role } from '../api/generated';

/** Where each role lands after signing in; the other roles' screens come in later releases. */
export function homePath(role: Role): string {
  return role === 'COMPANY_HR' ? '/area-riservata/posti' : '/area-riservata';
}
