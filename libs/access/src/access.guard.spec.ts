import 'reflect-metadata';
import { Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host.js';
import type { Type } from '@nestjs/common';
import { AllowWithoutSecondFactor, Public, Roles } from './access.decorators';
import { AccessGuard } from './access.guard';
import type { AuthUser } from './auth-user';
import { Role } from './role.enum';

/** Resolvers as a library would write them, each method declaring (or forgetting) its access. */
class FixtureResolver {
  undeclared(): void {}

  @Public()
  open(): void {}

  @Roles(Role.ADMIN)
  adminOnly(): void {}

  @Roles()
  nobody(): void {}

  @Roles(Role.ADMIN, Role.OPERATOR)
  @AllowWithoutSecondFactor()
  enrolSecondFactor(): void {}
}

@Roles(Role.OPERATOR)
class OperatorResolver {
  inherited(): void {}

  @Public()
  publicAfterAll(): void {}
}

function user(role: Role, secondFactorPending = false): AuthUser {
  return { id: '00000000-0000-4000-8000-000000000001', role, companyId: null, organisationId: null, districtCode: null, scopeAdmin: false, secondFactorPending };
}

/**
 * A GraphQL execution context as Nest builds it for a resolver: (root, args, context, info),
 * with the request in the GraphQL context. A request that already carries `user` is what the
 * JWT guard leaves behind, so the guard skips passport and only its own rules are exercised.
 */
function contextFor<T>(resolver: Type<T>, method: keyof T & string, caller?: AuthUser): ExecutionContextHost {
  const handler = resolver.prototype[method] as (...args: unknown[]) => unknown;
  const context = new ExecutionContextHost([{}, {}, { req: { headers: {}, user: caller } }, {}], resolver, handler);
  context.setType('graphql');
  return context;
}

describe('AccessGuard', () => {
  const guard = new AccessGuard(new Reflector());

  it('refuses an operation that declares neither @Public nor @Roles, even to an admin', async () => {
    await expect(guard.canActivate(contextFor(FixtureResolver, 'undeclared', user(Role.ADMIN)))).rejects.toMatchObject({
      code: 'FORBIDDEN',
      reason: 'OPERATION_NOT_DECLARED',
    });
    await expect(guard.canActivate(contextFor(FixtureResolver, 'undeclared'))).rejects.toMatchObject({
      reason: 'OPERATION_NOT_DECLARED',
    });
  });

  it('lets anyone through a @Public operation, without a user', async () => {
    await expect(guard.canActivate(contextFor(FixtureResolver, 'open'))).resolves.toBe(true);
  });

  it('lets a user with a listed role through', async () => {
    await expect(guard.canActivate(contextFor(FixtureResolver, 'adminOnly', user(Role.ADMIN)))).resolves.toBe(true);
  });

  it.each([Role.COMPANY_HR, Role.OPERATOR, Role.BOARD_MEMBER, Role.DISTRICT_COORDINATOR])(
    'refuses %s on an ADMIN operation with ACCESS_DENIED',
    async (role) => {
      await expect(guard.canActivate(contextFor(FixtureResolver, 'adminOnly', user(role)))).rejects.toMatchObject({
        code: 'FORBIDDEN',
        reason: 'ACCESS_DENIED',
      });
    },
  );

  it('refuses everyone on @Roles() with no roles', async () => {
    await expect(guard.canActivate(contextFor(FixtureResolver, 'nobody', user(Role.ADMIN)))).rejects.toMatchObject({
      reason: 'ACCESS_DENIED',
    });
  });

  it('applies a class-level @Roles to its methods, and a method-level @Public overrides it', async () => {
    await expect(guard.canActivate(contextFor(OperatorResolver, 'inherited', user(Role.OPERATOR)))).resolves.toBe(true);
    await expect(guard.canActivate(contextFor(OperatorResolver, 'inherited', user(Role.COMPANY_HR)))).rejects.toMatchObject({
      reason: 'ACCESS_DENIED',
    });
    await expect(guard.canActivate(contextFor(OperatorResolver, 'publicAfterAll'))).resolves.toBe(true);
  });

  it('refuses a user whose second factor is pending with SECOND_FACTOR_REQUIRED', async () => {
    await expect(guard.canActivate(contextFor(FixtureResolver, 'adminOnly', user(Role.ADMIN, true)))).rejects.toMatchObject({
      code: 'FORBIDDEN',
      reason: 'SECOND_FACTOR_REQUIRED',
    });
  });

  it('lets a user whose second factor is pending reach an @AllowWithoutSecondFactor operation', async () => {
    await expect(guard.canActivate(contextFor(FixtureResolver, 'enrolSecondFactor', user(Role.OPERATOR, true)))).resolves.toBe(true);
  });

  it('checks the role before the second factor', async () => {
    await expect(guard.canActivate(contextFor(FixtureResolver, 'enrolSecondFactor', user(Role.COMPANY_HR, true)))).rejects.toMatchObject({
      reason: 'ACCESS_DENIED',
    });
  });

  it('guards REST handlers the same way', async () => {
    const handler = FixtureResolver.prototype.adminOnly as (...args: unknown[]) => unknown;
    const context = new ExecutionContextHost([{ headers: {}, user: user(Role.COMPANY_HR) }, {}], FixtureResolver, handler);
    await expect(guard.canActivate(context)).rejects.toMatchObject({ reason: 'ACCESS_DENIED' });
  });
});
