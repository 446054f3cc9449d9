import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { VerifiedLogin } from './credentials.service';

/** The result of passport-local on the `login` mutation. */
export const VerifiedLoginOf = createParamDecorator(
  (_data: unknown, context: ExecutionContext): VerifiedLogin =>
    GqlExecutionContext.create(context).getContext<{ req: { user: VerifiedLogin } }>().req.user,
);
