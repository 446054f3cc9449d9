import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-local';
import { clientAddressOf } from './client-address';
import { CredentialsService, VerifiedLogin } from './credentials.service';

/** passport-local for the `login` mutation; the guard hands it the mutation's input as body. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly credentials: CredentialsService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true });
  }

  validate(request: Request, email: string, password: string): Promise<VerifiedLogin> {
    const body = request.body as { totpCode?: unknown };
    return this.credentials.verify(email, password, typeof body.totpCode === 'string' ? body.totpCode : undefined, clientAddressOf(request));
  }
}
