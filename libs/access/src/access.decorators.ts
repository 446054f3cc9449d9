import { SetMetadata } from '@nestjs/common';
import { Role } from './role.enum';

export const IS_PUBLIC = 'ipl:isPublic';
export const ROLES = 'ipl:roles';
export const ALLOW_WITHOUT_SECOND_FACTOR = 'ipl:allowWithoutSecondFactor';

/** Open to anyone, without a token. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);

/** Open to signed-in users with one of these roles (scope is then checked by the service). */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES, roles);

/** Every signed-in role. */
export const ALL_ROLES: Role[] = Object.values(Role);

/** Reachable by a user who must enrol a second factor before anything else (production). */
export const AllowWithoutSecondFactor = (): MethodDecorator => SetMetadata(ALLOW_WITHOUT_SECOND_FACTOR, true);
