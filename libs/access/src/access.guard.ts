import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { CommonError, CommonErrorCode } from '@ipl/core';
import { ALLOW_WITHOUT_SECOND_FACTOR, IS_PUBLIC, ROLES } from './access.decorators';
import { AccessError, AccessErrorCode } from './access.errors';
import { JwtAuthGuard } from './jwt-auth.guard';
import { requestOf } from './request-of';
import { Role } from './role.enum';

/**
 * The global guard, on every query, mutation, field resolver and controller. Deny by default:
 * an operation that declares neither @Public() nor @Roles(...) is refused to everyone.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly jwt = new JwtAuthGuard();

  constructor(private readonly reflector: Reflector) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    if (!roles) throw new CommonError(CommonErrorCode.OPERATION_NOT_DECLARED);

    const request = requestOf(context);
    // Field resolvers run this guard too: authenticate once per request.
    if (!request.user) await this.jwt.canActivate(context);
    const user = request.user;
    if (!user) throw new CommonError(CommonErrorCode.NOT_AUTHENTICATED);
    if (!roles.includes(user.role)) throw new CommonError(CommonErrorCode.ACCESS_DENIED);
    if (user.secondFactorPending && !this.reflector.get<boolean>(ALLOW_WITHOUT_SECOND_FACTOR, context.getHandler())) {
      throw new AccessError(AccessErrorCode.SECOND_FACTOR_REQUIRED);
    }
    return true;
  }
}
