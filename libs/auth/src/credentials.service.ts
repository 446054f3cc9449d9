import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { AuditService } from '@ipl/audit';
import { AuthError, AuthErrorCode } from './auth.errors';
import { accountKeyOf } from './lockout/account-key';
import { lockedError, LoginFailuresService } from './lockout/login-failures.service';
import { PasswordHasher } from './password-hasher';
import { SecondFactorService } from './second-factor.service';
import { User } from './user.entity';

export interface VerifiedLogin {
  user: User;
  secondFactor: boolean;
}

const MAX_PASSWORD_LENGTH = 256;

/**
 * Checks e-mail, password and TOTP code. Failures are counted per account and client address
 * (LoginFailuresService). An unknown, disabled or existing account gets the same answers after
 * the same work (a dummy hash when there is no account), so neither the answer nor its timing
 * says whether an address has an account.
 */
@Injectable()
export class CredentialsService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly hasher: PasswordHasher,
    private readonly secondFactor: SecondFactorService,
    private readonly failures: LoginFailuresService,
    private readonly audit: AuditService,
  ) {}

  async verify(email: string, password: string, totpCode: string | undefined, clientAddress: string): Promise<VerifiedLogin> {
    const accountKey = accountKeyOf(email);
    await this.failures.refuseIfLocked(accountKey, clientAddress);
    const user = await this.users.findOneBy({ email: email.trim().toLowerCase(), disabledAt: IsNull() });
    if (!user || password.length > MAX_PASSWORD_LENGTH) {
      await this.hasher.verifyNothing(password.slice(0, MAX_PASSWORD_LENGTH));
      return this.fail(accountKey, clientAddress, null, AuthErrorCode.INVALID_CREDENTIALS);
    }
    await this.prove(user, accountKey, clientAddress, password, totpCode);
    return { user, secondFactor: user.totpSecret !== null };
  }

  /**
   * A signed-in user proves again who they are before a sensitive change (replacing the second
   * factor): password and, when a factor is on, a current code of it. Failures count towards
   * the same lock-out as sign-ins, so a stolen access token cannot guess the password here.
   */
  async reconfirm(user: User, password: string, totpCode: string, clientAddress: string): Promise<void> {
    const accountKey = accountKeyOf(user.email);
    await this.failures.refuseIfLocked(accountKey, clientAddress);
    await this.prove(user, accountKey, clientAddress, password, totpCode);
  }

  private async prove(user: User, accountKey: string, clientAddress: string, password: string, totpCode: string | undefined): Promise<void> {
    if (!(await this.hasher.verify(user.passwordHash, password))) {
      return this.fail(accountKey, clientAddress, user, AuthErrorCode.INVALID_CREDENTIALS);
    }
    if (user.totpSecret) {
      if (!totpCode) throw new AuthError(AuthErrorCode.SECOND_FACTOR_CODE_REQUIRED);
      if (!(await this.secondFactor.acceptCode(user, totpCode))) {
        return this.fail(accountKey, clientAddress, user, AuthErrorCode.INVALID_SECOND_FACTOR_CODE);
      }
    }
    await this.failures.succeeded(accountKey, clientAddress);
  }

  private async fail(accountKey: string, clientAddress: string, user: User | null, reason: AuthErrorCode): Promise<never> {
    const { lockedUntil, justLocked } = await this.failures.count(accountKey, clientAddress);
    if (justLocked && user) {
      await this.audit.record({ actor: null, action: 'user.locked', subjectType: 'user', subjectId: user.id });
    }
    if (lockedUntil) throw lockedError(lockedUntil);
    throw new AuthError(reason);
  }
}
