import { ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import type { Request } from 'express';
import { createValidationPipe } from '@ipl/core';
import { AuthError, AuthErrorCode } from './auth.errors';
import { LoginInput } from './dto/login.input';

/** Runs passport-local on the `login` mutation, reading credentials from its `input`. */
@Injectable()
export class GqlLocalAuthGuard extends AuthGuard('local') {
  private readonly validation = createValidationPipe();

  /**
   * Guards run before pipes: without this, malformed input would reach the credential check
   * (and count as a failed attempt) instead of being refused as BAD_USER_INPUT.
   */
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const input = GqlExecutionContext.create(context).getArgs<{ input: unknown }>().input;
    await this.validation.transform(input, { type: 'body', metatype: LoginInput, data: 'input' });
    return (await super.canActivate(context)) as boolean;
  }

  override getRequest(context: ExecutionContext): Request {
    const gql = GqlExecutionContext.create(context);
    const request = gql.getContext<{ req: Request }>().req;
    request.body = gql.getArgs<{ input: unknown }>().input;
    return request;
  }

  /** Lets domain errors (locked account, missing TOTP code) through instead of a bare 401. */
  override handleRequest<TUser>(error: unknown, user: TUser | false): TUser {
    if (error) throw error;
    // passport-local fails without an error when a field is empty.
    if (!user) throw new AuthError(AuthErrorCode.INVALID_CREDENTIALS);
    return user;
  }
}
