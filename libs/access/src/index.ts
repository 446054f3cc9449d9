export { ALL_ROLES, AllowWithoutSecondFactor, IS_PUBLIC, Public, ROLES, Roles } from './access.decorators';
export { AccessError, AccessErrorCode } from './access.errors';
export { AccessGuard } from './access.guard';
export type { AuthUser } from './auth-user';
export { CurrentUser } from './current-user.decorator';
export { requestOf, type AuthenticatedRequest } from './request-of';
export { Role } from './role.enum';
export { Scope } from './scope';
