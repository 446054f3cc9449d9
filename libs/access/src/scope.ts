import { AccessError, AccessErrorCode } from './access.errors';
import { AuthUser } from './auth-user';
import { Role } from './role.enum';

/**
 * What a caller may reach, from the token alone. Services ask it instead of comparing ids by
 * hand, so every scope rule is written once.
 */
export class Scope {
  private constructor(readonly user: AuthUser) {}

  static of(user: AuthUser): Scope {
    return new Scope(user);
  }

  get isAdmin(): boolean {
    return this.user.role === Role.ADMIN;
  }

  /** The caller's own company (HR, board member); refuses callers without one. */
  companyId(): string {
    if (!this.user.companyId) throw new AccessError(AccessErrorCode.NO_SCOPE, { scope: 'company' });
    return this.user.companyId;
  }

  organisationId(): string {
    if (!this.user.organisationId) throw new AccessError(AccessErrorCode.NO_SCOPE, { scope: 'organisation' });
    return this.user.organisationId;
  }

  districtCode(): string {
    if (!this.user.districtCode) throw new AccessError(AccessErrorCode.NO_SCOPE, { scope: 'district' });
    return this.user.districtCode;
  }

  /** Admins reach every company; others only their own. */
  assertCompany(companyId: string): void {
    if (!this.isAdmin && this.user.companyId !== companyId) throw new AccessError(AccessErrorCode.OUT_OF_SCOPE);
  }

  assertOrganisation(organisationId: string): void {
    if (!this.isAdmin && this.user.organisationId !== organisationId) throw new AccessError(AccessErrorCode.OUT_OF_SCOPE);
  }

  assertDistrict(districtCode: string): void {
    if (!this.isAdmin && this.user.districtCode !== districtCode) throw new AccessError(AccessErrorCode.OUT_OF_SCOPE);
  }
}
