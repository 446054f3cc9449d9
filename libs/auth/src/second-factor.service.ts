import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { generateSecret, generateURI, verify } from 'otplib';
import { Repository } from 'typeorm';
import { AuditService } from '@ipl/audit';
import { AuthError, AuthErrorCode } from './auth.errors';
import { TotpEnrolment } from './dto/totp-enrolment.type';
import { TotpSecretCipher } from './totp-secret-cipher';
import { User } from './user.entity';

const ISSUER = 'Insieme per il lavoro';

/** TOTP (RFC 6238) second factor: 6 digits, 30 s, SHA-1, as authenticator apps expect. */
@Injectable()
export class SecondFactorService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly audit: AuditService,
    private readonly cipher: TotpSecretCipher,
  ) {}

  async startEnrolment(user: User): Promise<TotpEnrolment> {
    const secret = generateSecret();
    await this.users.update({ id: user.id }, { totpPendingSecret: this.cipher.seal(secret) });
    return { secret, otpauthUri: generateURI({ issuer: ISSUER, label: user.email, secret }) };
  }

  /** Turns the factor on once the user proves the app works; returns the updated user. */
  async confirmEnrolment(user: User, code: string): Promise<User> {
    if (!user.totpPendingSecret) throw new AuthError(AuthErrorCode.NO_PENDING_ENROLMENT);
    const step = await this.matchingStep(this.cipher.open(user.totpPendingSecret), code, null);
    if (step === null) throw new AuthError(AuthErrorCode.INVALID_SECOND_FACTOR_CODE);
    await this.users.update(
      { id: user.id },
      { totpSecret: user.totpPendingSecret, totpPendingSecret: null, totpEnabledAt: () => 'now()', totpLastStep: step },
    );
    await this.audit.record({ actor: user, action: 'user.second_factor_enrolled', subjectType: 'user', subjectId: user.id });
    return this.users.findOneByOrFail({ id: user.id });
  }

  /**
   * Accepts the user's code once: the current code or a neighbour (±30 s, for clock drift), of a
   * later step than the last one accepted. The step is claimed with a conditional update, so two
   * sign-ins racing with the same code cannot both pass.
   */
  async acceptCode(user: Pick<User, 'id' | 'totpSecret' | 'totpLastStep'>, code: string): Promise<boolean> {
    if (!user.totpSecret) return false;
    const step = await this.matchingStep(this.cipher.open(user.totpSecret), code, user.totpLastStep);
    if (step === null) return false;
    const claimed = await this.users
      .createQueryBuilder()
      .update()
      .set({ totpLastStep: step })
      .where('id = :id AND (totp_last_step IS NULL OR totp_last_step < :step)', { id: user.id, step })
      .execute();
    return claimed.affected === 1;
  }

  private async matchingStep(secret: string, code: string, lastStep: number | null): Promise<number | null> {
    const result = await verify({ secret, token: code, epochTolerance: 30, ...(lastStep === null ? {} : { afterTimeStep: lastStep }) });
    // The result type covers HOTP too; a TOTP verification always reports its step.
    return result.valid && 'timeStep' in result ? result.timeStep : null;
  }
}
