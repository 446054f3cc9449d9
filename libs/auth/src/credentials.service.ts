import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AuditService } from '@ipl/audit';
import { AppConfig } from '@ipl/config';
import { AuthError, AuthErrorCode } from './auth.errors';
import { PasswordHasher } from './password-hasher';
import { SecondFactorService } from './second-factor.service';
import { User } from './user.entity';

export interface VerifiedLogin {
  user: User;
  secondFactor: boolean;
}

const MAX_PASSWORD_LENGTH = 256;

/**
 * Checks e-mail, password and TOTP code. Failures are counted in PostgreSQL (so every API
 * process sees them) and lock the account for a while after LOGIN_MAX_FAILURES in a row.
 */
@Injectable()
export class CredentialsService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly hasher: PasswordHasher,
    private readonly secondFactor: SecondFactorService,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  async verify(email: string, password: string, totpCode: string | undefined): Promise<VerifiedLogin> {
    const user = await this.users.findOneBy({ email: email.trim().toLowerCase() });
    if (!user || user.disabledAt || password.length > MAX_PASSWORD_LENGTH) {
      await this.hasher.verifyNothing(password.slice(0, MAX_PASSWORD_LENGTH));
      throw new AuthError(AuthErrorCode.INVALID_CREDENTIALS);
    }
    this.refuseIfLocked(user);
    if (!(await this.hasher.verify(user.passwordHash, password))) return this.fail(user, AuthErrorCode.INVALID_CREDENTIALS);
    if (user.totpSecret) {
      if (!totpCode) throw new AuthError(AuthErrorCode.SECOND_FACTOR_CODE_REQUIRED);
      if (!(await this.secondFactor.acceptCode(user, totpCode))) {
        return this.fail(user, AuthErrorCode.INVALID_SECOND_FACTOR_CODE);
      }
    }
    if (user.failedLoginCount > 0 || user.lockedUntil) {
      await this.users.update({ id: user.id }, { failedLoginCount: 0, lockedUntil: null });
    }
    return { user, secondFactor: user.totpSecret !== null };
  }

  private refuseIfLocked(user: Pick<User, 'lockedUntil'>): void {
    if (user.lockedUntil && user.lockedUntil > new Date()) {
      throw new AuthError(AuthErrorCode.ACCOUNT_LOCKED, { until: user.lockedUntil.toISOString() }, { lockedUntil: user.lockedUntil.toISOString() });
    }
  }

  /** Counts the failure atomically; an expired lock starts the count again. */
  private async fail(user: User, reason: AuthErrorCode): Promise<never> {
    const [row] = (await this.users.query(
      `UPDATE app_user SET
         failed_login_count = CASE WHEN locked_until <= now() THEN 1 ELSE failed_login_count + 1 END,
         locked_until = CASE
           WHEN (CASE WHEN locked_until <= now() THEN 1 ELSE failed_login_count + 1 END) >= $2
             THEN now() + make_interval(mins => $3)
           WHEN locked_until <= now() THEN NULL
           ELSE locked_until END
       WHERE id = $1
       RETURNING failed_login_count AS "failedLoginCount", locked_until AS "lockedUntil"`,
      [user.id, this.config.get('LOGIN_MAX_FAILURES'), this.config.get('LOGIN_LOCK_MINUTES')],
    )) as [{ failedLoginCount: number; lockedUntil: Date | null }[], number];
    const updated = row[0];
    if (updated?.lockedUntil && updated.failedLoginCount === this.config.get('LOGIN_MAX_FAILURES')) {
      await this.audit.record({ actor: null, action: 'user.locked', subjectType: 'user', subjectId: user.id });
    }
    if (updated) this.refuseIfLocked(updated);
    throw new AuthError(reason);
  }
}
