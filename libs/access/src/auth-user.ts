import { Role } from './role.enum';

/**
 * Who is calling, as the access token says. Services take scope from here and never from
 * input: a company, organisation or district in arguments is a filter, not a permission.
 */
export interface AuthUser {
  id: string;
  role: Role;
  companyId: string | null;
  organisationId: string | null;
  districtCode: string | null;
  /** The company admin (first HR user) or the organisation's lead operator: manages colleagues. */
  scopeAdmin: boolean;
  /**
   * The role must use a second factor (production, ADMIN and OPERATOR) and this session has
   * not passed one: only enrolment is open to it.
   */
  secondFactorPending: boolean;
}
