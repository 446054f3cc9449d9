import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { generateSecret, generateURI, verify } from 'otplib';
import { Repository } from 'typeorm';
import { AuditService } from '@ipl/audit';
import { AuthError, AuthErrorCode } from './auth.errors';
import { TotpEnrolment } from './dto/totp-enrolment.type';
import { User } from './user.entity';

const ISSUER = 'Insieme per il lavoro';

/** TOTP (RFC 6238) second factor: 6 digits, 30 s, SHA-1, as authenticator apps expect. */
@Injectable()
export class SecondFactorService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly audit: AuditService,
  ) {}

  async startEnrolment(user: User): Promise<TotpEnrolment> {
    const secret = generateSecret();
    await this.users.update({ id: user.id }, { totpPendingSecret: secret });
    return { secret, otpauthUri: generateURI({ issuer: ISSUER, label: user.email, secret }) };
  }

  /** Turns the factor on once the user proves the app works; returns the updated user. */
  async confirmEnrolment(user: User, code: string): Promise<User> {
    if (!user.totpPendingSecret) throw new AuthError(AuthErrorCode.NO_PENDING_ENROLMENT);
    if (!(await this.codeMatches(user.totpPendingSecret, code))) throw new AuthError(AuthErrorCode.INVALID_SECOND_FACTOR_CODE);
    await this.users.update(
      { id: user.id },
      { totpSecret: user.totpPendingSecret, totpPendingSecret: null, totpEnabledAt: () => 'now()' },
    );
    await this.audit.record({ actor: user, action: 'user.second_factor_enrolled', subjectType: 'user', subjectId: user.id });
    return this.users.findOneByOrFail({ id: user.id });
  }

  /** Accepts the current code and its neighbours (±30 s) for clock drift. */
  async codeMatches(secret: string, code: string): Promise<boolean> {
    const result = await verify({ secret, token: code, epochTolerance: 30 });
    return result.valid;
  }
}
