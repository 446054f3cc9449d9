import type { Role } from '@ipl/access';

/**
 * What a process keeps of a user to authenticate their requests and answer `me`: never the
 * password hash nor the second factor's secrets.
 */
export interface CachedAccount {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  companyId: string | null;
  organisationId: string | null;
  districtCode: string | null;
  scopeAdmin: boolean;
  tokenVersion: number;
  disabledAt: Date | null;
  totpEnabledAt: Date | null;
}
