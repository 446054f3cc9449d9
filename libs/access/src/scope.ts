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

  /**
   * Admins reach every company; others only their own. Another scope's object is refused with
   * the caller's `notFound`, the error an unknown id of that kind gets: a refusal that differed
   * would tell the caller the id exists elsewhere.
   */
  assertCompany(companyId: string, notFound: () => Error): void {
    if (!this.isAdmin && this.user.companyId !== companyId) throw notFound();
  }

  assertOrganisation(organisationId: string, notFound: () => Error): void {
    if (!this.isAdmin && this.user.organisationId !== organisationId) throw notFound();
  }

  assertDistrict(districtCode: string, notFound: () => Error): void {
    if (!this.isAdmin && this.user.districtCode !== districtCode) throw notFound();
  }
}
