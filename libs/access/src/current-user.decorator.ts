import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { requestOf } from './request-of';
import { AuthUser } from './auth-user';
import { CommonError, CommonErrorCode } from '@ipl/core';

/** The authenticated caller; only on operations guarded by @Roles. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthUser => {
  const user = requestOf(context).user;
  if (!user) throw new CommonError(CommonErrorCode.NOT_AUTHENTICATED);
  return user;
});
