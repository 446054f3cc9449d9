import type { AuthUser } from './auth-user';
import { Role } from './role.enum';
import { Scope } from './scope';

class Unknown extends Error {}

const user = (role: Role, scope: Partial<Pick<AuthUser, 'companyId' | 'organisationId' | 'districtCode'>>): AuthUser => ({
  id: 'u1',
  role,
  companyId: scope.companyId ?? null,
  organisationId: scope.organisationId ?? null,
  districtCode: scope.districtCode ?? null,
  scopeAdmin: false,
  secondFactorPending: false,
});

const hr = user(Role.COMPANY_HR, { companyId: 'c1' });
const operator = user(Role.OPERATOR, { organisationId: 'o1' });
const coordinator = user(Role.DISTRICT_COORDINATOR, { districtCode: 'BOLOGNA' });
const admin = user(Role.ADMIN, {});

describe('Scope assertions: another scope reads exactly as the unknown id the caller names', () => {
  it.each<[string, AuthUser, (scope: Scope, notFound: () => Error) => void, boolean]>([
    ['HR, own company', hr, (scope, notFound) => scope.assertCompany('c1', notFound), true],
    ['HR, another company', hr, (scope, notFound) => scope.assertCompany('c2', notFound), false],
    ['operator, own organisation', operator, (scope, notFound) => scope.assertOrganisation('o1', notFound), true],
    ['operator, another organisation', operator, (scope, notFound) => scope.assertOrganisation('o2', notFound), false],
    ['HR, an organisation', hr, (scope, notFound) => scope.assertOrganisation('o1', notFound), false],
    ['coordinator, own district', coordinator, (scope, notFound) => scope.assertDistrict('BOLOGNA', notFound), true],
    ['coordinator, another district', coordinator, (scope, notFound) => scope.assertDistrict('IMOLA', notFound), false],
    ['admin, any company', admin, (scope, notFound) => scope.assertCompany('c2', notFound), true],
    ['admin, any organisation', admin, (scope, notFound) => scope.assertOrganisation('o2', notFound), true],
    ['admin, any district', admin, (scope, notFound) => scope.assertDistrict('IMOLA', notFound), true],
  ])('%s', (_name, caller, assert, reaches) => {
    const call = () => assert(Scope.of(caller), () => new Unknown());
    if (reaches) expect(call).not.toThrow();
    else expect(call).toThrow(Unknown);
  });
});
