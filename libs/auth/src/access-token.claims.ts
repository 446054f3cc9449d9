import type { Role } from '@ipl/access';

/**
 * What an access token says. Role and scope are those at signing, for the client to read
 * without asking; the API admits the token against the user as the database has them now
 * (accounts/token-admission).
 */
export interface AccessTokenClaims {
  sub: string;
  /** The user's token version when signed: a newer version (logout, disabling) voids it. */
  ver: number;
  /** Whether this session passed a second factor. */
  mfa: boolean;
  role: Role;
  companyId: string | null;
  organisationId: string | null;
  districtCode: string | null;
}
