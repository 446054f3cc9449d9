import { Role } from '@ipl/access';
import type { AccessTokenClaims } from '../access-token.claims';
import type { CachedAccount } from './cached-account';
import { admit } from './token-admission';

const claims: AccessTokenClaims = { sub: 'u1', ver: 2, mfa: false, role: Role.OPERATOR, companyId: null, organisationId: 'o1', districtCode: 'SAVENA_IDICE' };

const account: CachedAccount = {
  id: 'u1',
  email: 'u1@example.org',
  displayName: 'U1',
  role: Role.OPERATOR,
  companyId: null,
  organisationId: 'o1',
  districtCode: 'SAVENA_IDICE',
  scopeAdmin: true,
  tokenVersion: 2,
  disabledAt: null,
  totpEnabledAt: null,
};

describe('admit: a verified token speaks for the user as the database has them now', () => {
  it.each<[string, CachedAccount | null]>([
    ['the user is gone', null],
    ['the user is disabled', { ...account, disabledAt: new Date() }],
    ['the token predates a logout, password or second-factor change (older version)', { ...account, tokenVersion: 3 }],
    ['the version does not match in either direction', { ...account, tokenVersion: 1 }],
  ])('refuses when %s', (_case, now) => {
    expect(admit(claims, now, false)).toBeNull();
  });

  it.each<[string, CachedAccount, Partial<ReturnType<typeof admit>>]>([
    ['unchanged', account, { role: Role.OPERATOR, organisationId: 'o1', districtCode: 'SAVENA_IDICE', scopeAdmin: true }],
    ['a changed role: the new one, never the signed one', { ...account, role: Role.DISTRICT_COORDINATOR, organisationId: null }, { role: Role.DISTRICT_COORDINATOR, organisationId: null }],
    ['a changed organisation: the new one', { ...account, organisationId: 'o2' }, { organisationId: 'o2' }],
    ['scope admin taken away', { ...account, scopeAdmin: false }, { scopeAdmin: false }],
  ])('admits with role and scope from the database: %s', (_case, now, expected) => {
    expect(admit(claims, now, false)).toMatchObject({ id: 'u1', ...expected });
  });

  it.each<[string, Role, boolean, boolean, boolean]>([
    ['an operator in production without a second factor', Role.OPERATOR, true, false, true],
    ['an operator in production with one', Role.OPERATOR, true, true, false],
    ['an operator outside production', Role.OPERATOR, false, false, false],
    ['HR in production', Role.COMPANY_HR, true, false, false],
  ])('second factor pending for %s: %s', (_case, role, production, mfa, pending) => {
    expect(admit({ ...claims, mfa }, { ...account, role }, production)?.secondFactorPending).toBe(pending);
  });
});
