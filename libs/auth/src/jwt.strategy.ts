import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { InjectRepository } from '@nestjs/typeorm';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { IsNull, Repository } from 'typeorm';
import { AuthUser } from '@ipl/access';
import { AppConfig } from '@ipl/config';
import { AccessTokenClaims } from './access-token.claims';
import { jwtKey } from './jwt-key';
import { secondFactorRequired } from './second-factor-policy';
import { User } from './user.entity';

export const JWT_ALGORITHM = 'HS256';

/**
 * Verifies the bearer token (algorithm allow-list, signature, expiry, audience, issuer), then
 * the user: still enabled, and the token not older than their last logout. Role and scope come
 * from the database row, so a changed role takes effect at once.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    private readonly config: AppConfig,
    @InjectRepository(User) private readonly users: Repository<User>,
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
    const user = await this.users.findOne({
      where: { id: claims.sub, disabledAt: IsNull() },
      select: { id: true, role: true, companyId: true, organisationId: true, districtCode: true, scopeAdmin: true, tokenVersion: true },
    });
    if (!user || user.tokenVersion !== claims.ver) return false;
    return {
      id: user.id,
      role: user.role,
      companyId: user.companyId,
      organisationId: user.organisationId,
      districtCode: user.districtCode,
      scopeAdmin: user.scopeAdmin,
      secondFactorPending: secondFactorRequired(user.role, this.config.isProduction) && !claims.mfa,
    };
  }
}
