import { Injectable } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AppConfig } from '@ipl/config';
import { AuthError, AuthErrorCode } from '../auth.errors';
import { LoginFailure } from './login-failure.entity';

/**
 * Lock-out per account AND client address: a stranger who fails LOGIN_MAX_FAILURES times locks
 * only their own address out of that account, never the real user on theirs. What stops one
 * address from trying many accounts is AUTH_THROTTLE_PER_MINUTE, counted per address.
 */
@Injectable()
export class LoginFailuresService {
  constructor(
    @InjectRepository(LoginFailure) private readonly failures: Repository<LoginFailure>,
    private readonly config: AppConfig,
  ) {}

  async refuseIfLocked(accountKey: string, clientAddress: string): Promise<void> {
    const row = await this.failures.findOneBy({ accountKey, clientAddress });
    if (row?.lockedUntil && row.lockedUntil > new Date()) throw lockedError(row.lockedUntil);
  }

  /**
   * Counts one failure atomically and returns whether this one set the lock. A lock or a run of
   * failures older than the lock time starts the count again.
   */
  async count(accountKey: string, clientAddress: string): Promise<{ lockedUntil: Date | null; justLocked: boolean }> {
    const max = this.config.get('LOGIN_MAX_FAILURES');
    const [row] = (await this.failures.query(
      `INSERT INTO login_failure AS f (account_key, client_address, failed_count, locked_until, last_failed_at)
       VALUES ($1, $2, 1, CASE WHEN 1 >= $3 THEN now() + make_interval(mins => $4) END, now())
       ON CONFLICT (account_key, client_address) DO UPDATE SET
         failed_count = CASE WHEN f.locked_until <= now() OR f.last_failed_at <= now() - make_interval(mins => $4)
           THEN 1 ELSE f.failed_count + 1 END,
         locked_until = CASE
           WHEN f.locked_until > now() THEN f.locked_until
           WHEN (CASE WHEN f.locked_until <= now() OR f.last_failed_at <= now() - make_interval(mins => $4)
                 THEN 1 ELSE f.failed_count + 1 END) >= $3
             THEN now() + make_interval(mins => $4)
           ELSE NULL END,
         last_failed_at = now()
       RETURNING failed_count AS "failedCount", locked_until AS "lockedUntil"`,
      [accountKey, clientAddress, max, this.config.get('LOGIN_LOCK_MINUTES')],
    )) as { failedCount: number; lockedUntil: Date | null }[];
    return { lockedUntil: row?.lockedUntil ?? null, justLocked: row?.failedCount === max };
  }

  /** A success from this address forgets its failures; other addresses keep theirs. */
  async clear(accountKey: string, clientAddress: string): Promise<void> {
    await this.failures.delete({ accountKey, clientAddress });
  }

  /** When an ADMIN re-enables an account, every lock on it ends. */
  async clearAccount(accountKey: string, manager: EntityManager): Promise<void> {
    await manager.delete(LoginFailure, { accountKey });
  }

  @Cron(CronExpression.EVERY_HOUR)
  async deleteExpired(): Promise<void> {
    await this.failures.query(
      `DELETE FROM login_failure WHERE last_failed_at < now() - interval '1 day' AND (locked_until IS NULL OR locked_until < now())`,
    );
  }
}

export function lockedError(until: Date): InstanceType<typeof AuthError> {
  return new AuthError(AuthErrorCode.ACCOUNT_LOCKED, { until: until.toISOString() }, { lockedUntil: until.toISOString() });
}
