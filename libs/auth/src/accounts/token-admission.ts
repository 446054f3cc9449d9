import type { AuthUser } from '@ipl/access';
import type { AccessTokenClaims } from '../access-token.claims';
import { secondFactorRequired } from '../second-factor-policy';
import type { CachedAccount } from './cached-account';

/**
 * Whom a verified access token speaks for, given the user as the database has them now: no one
 * if the user is gone or disabled or the token predates their last logout (token version).
 * Role and scope are the database's: a token signed before a change of role or scope carries
 * the old ones, which must not grant anything once changed (and a changed role applies to the
 * session at once, as it always has).
 */
export function admit(claims: AccessTokenClaims, account: CachedAccount | null, production: boolean): AuthUser | null {
  if (!account || account.disabledAt !== null || account.tokenVersion !== claims.ver) return null;
  return {
    id: account.id,
    role: account.role,
    companyId: account.companyId,
    organisationId: account.organisationId,
    districtCode: account.districtCode,
    scopeAdmin: account.scopeAdmin,
    secondFactorPending: secondFactorRequired(account.role, production) && !claims.mfa,
  };
}
