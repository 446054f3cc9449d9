import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AuthUser } from '@ipl/access';
import { AppConfig } from '@ipl/config';
import { AccessTokenClaims } from './access-token.claims';
import { AccountDirectory } from './accounts/account-directory';
import { admit } from './accounts/token-admission';
import { jwtKey } from './jwt-key';

export const JWT_ALGORITHM = 'HS256';

/**
 * Verifies the bearer token (algorithm allow-list, signature, expiry, audience, issuer), then
 * admits it against the user as the database has them now, from the process's account cache:
 * still enabled, the token not older than their last logout, role and scope as they are now.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    private readonly config: AppConfig,
    private readonly accounts: AccountDirectory,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // passport-jwt hands the key to jsonwebtoken untouched; its types know only strings and buffers.
      secretOrKey: jwtKey(config.get('JWT_SECRET')) as unknown as Buffer,
      algorithms: [JWT_ALGORITHM],
      audience: config.get('JWT_AUDIENCE'),
      issuer: config.get('JWT_ISSUER'),
      ignoreExpiration: false,
    });
  }

  async validate(claims: AccessTokenClaims): Promise<AuthUser | false> {
    return admit(claims, await this.accounts.account(claims.sub), this.config.isProduction) ?? false;
  }
}
