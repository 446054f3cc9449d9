import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { EntityManager, IsNull, Repository } from 'typeorm';
import { AppConfig } from '@ipl/config';
import { AccessTokenClaims } from './access-token.claims';
import { AccountDirectory } from './accounts/account-directory';
import { AuthError, AuthErrorCode } from './auth.errors';
import { AuthPayload } from './dto/auth-payload.type';
import { RefreshToken } from './refresh-token.entity';
import { secondFactorRequired } from './second-factor-policy';
import { hashSecret, randomSecret, sameHash } from './secret-token';
import { User } from './user.entity';

const DAY_MS = 86_400_000;

/**
 * Access and refresh tokens: issuing, rotating, revoking. Issuing loads the user into this
 * process's account cache, so the session's first request reads no row either (the same SQL
 * for every request of a session), at a sign-in that already costs a password hash.
 */
@Injectable()
export class SessionsService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    @InjectRepository(RefreshToken) private readonly refreshTokens: Repository<RefreshToken>,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly accounts: AccountDirectory,
  ) {}

  /** A new session (a new refresh-token family) for a user who just proved who they are. */
  async start(user: User, secondFactor: boolean): Promise<AuthPayload> {
    const payload = await this.issue(user, secondFactor, randomUUID(), this.refreshTokens.manager);
    await this.accounts.account(user.id);
    return payload;
  }

  /**
   * Exchanges a refresh token for a new pair. Each token works once: the conditional update
   * lets exactly one of two racing requests win, and a token presented again after use revokes
   * its whole family, since only a thief or a replay would do that.
   */
  async refresh(presented: string): Promise<AuthPayload> {
    const [id, secret] = presented.split('.');
    const stored = id && secret && /^[0-9a-f-]{36}$/.test(id) ? await this.refreshTokens.findOneBy({ id }) : null;
    if (!stored || !secret || !sameHash(stored.tokenHash, hashSecret(secret))) {
      throw new AuthError(AuthErrorCode.INVALID_REFRESH_TOKEN);
    }
    if (stored.revokedAt) {
      await this.refreshTokens.update({ familyId: stored.familyId, revokedAt: IsNull() }, { revokedAt: () => 'now()' });
      throw new AuthError(AuthErrorCode.INVALID_REFRESH_TOKEN);
    }
    const payload = await this.refreshTokens.manager.transaction(async (manager) => {
      const used = await manager
        .createQueryBuilder()
        .update(RefreshToken)
        .set({ revokedAt: () => 'now()' })
        .where('id = :id AND revoked_at IS NULL AND expires_at > now()', { id })
        .execute();
      if (used.affected !== 1) throw new AuthError(AuthErrorCode.INVALID_REFRESH_TOKEN);
      const user = await manager.findOneBy(User, { id: stored.userId, disabledAt: IsNull() });
      if (!user) throw new AuthError(AuthErrorCode.INVALID_REFRESH_TOKEN);
      return this.issue(user, stored.secondFactor, stored.familyId, manager);
    });
    await this.accounts.account(stored.userId);
    return payload;
  }

  /** Ends every session of the user at once: refresh tokens revoked, access tokens voided. */
  async endAll(userId: string, manager: EntityManager = this.users.manager): Promise<void> {
    await manager.update(RefreshToken, { userId, revokedAt: IsNull() }, { revokedAt: () => 'now()' });
    await manager.increment(User, { id: userId }, 'tokenVersion', 1);
  }

  private async issue(user: User, secondFactor: boolean, familyId: string, manager: EntityManager): Promise<AuthPayload> {
    const secret = randomSecret();
    const token = await manager.save(RefreshToken, {
      userId: user.id,
      familyId,
      tokenHash: hashSecret(secret),
      secondFactor,
      expiresAt: new Date(Date.now() + this.config.get('REFRESH_TOKEN_TTL_DAYS') * DAY_MS),
    });
    const claims: AccessTokenClaims = {
      sub: user.id,
      ver: user.tokenVersion,
      mfa: secondFactor,
      role: user.role,
      companyId: user.companyId,
      organisationId: user.organisationId,
      districtCode: user.districtCode,
    };
    const expiresIn = this.config.get('ACCESS_TOKEN_TTL_SECONDS');
    return {
      accessToken: await this.jwt.signAsync(claims, { expiresIn }),
      expiresIn,
      refreshToken: `${token.id}.${secret}`,
      secondFactorPending: secondFactorRequired(user.role, this.config.isProduction) && !secondFactor,
      user,
    };
  }
}
