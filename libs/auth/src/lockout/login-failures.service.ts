import { Injectable } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AppConfig } from '@ipl/config';
import { AuthError, AuthErrorCode } from '../auth.errors';
import { LoginFailure } from './login-failure.entity';

/** Failures on one account from all addresses, within the lock time, above which unknown addresses get one try. */
export const ACCOUNT_CEILING_FACTOR = 10;

const KNOWN_ADDRESS_DAYS = 30;

/**
 * Lock-out per account AND client address: a stranger who fails LOGIN_MAX_FAILURES times locks
 * only their own address out of that account, never the real user on theirs. What stops one
 * address from trying many accounts is AUTH_THROTTLE_PER_MINUTE, counted per address. What
 * slows many addresses trying one account is the account's ceiling: past
 * ACCOUNT_CEILING_FACTOR × LOGIN_MAX_FAILURES failures within the lock time, an address the
 * account has not signed in from lately gets a single try before its lock (the right password
 * still gets in at the first try), while the holder's known addresses keep their allowance.
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
    const max = await this.allowance(accountKey, clientAddress);
    const [row] = (await this.failures.query(
      `INSERT INTO login_failure AS f (account_key, client_address, failed_count, locked_until, last_failed_at)
       VALUES ($1, $2, 1, CASE WHEN 1 >= $3 THEN now() + make_interval(mins => $4) END, now())
       ON CONFLICT (account_key, client_address) DO UPDATE SET
         failed_count = CASE WHEN f.locked_until <= now() OR f.last_failed_at IS NULL OR f.last_failed_at <= now() - make_interval(mins => $4)
           THEN 1 ELSE f.failed_count + 1 END,
         locked_until = CASE
           WHEN f.locked_until > now() THEN f.locked_until
           WHEN (CASE WHEN f.locked_until <= now() OR f.last_failed_at IS NULL OR f.last_failed_at <= now() - make_interval(mins => $4)
                 THEN 1 ELSE f.failed_count + 1 END) >= $3
             THEN now() + make_interval(mins => $4)
           ELSE NULL END,
         last_failed_at = now()
       RETURNING failed_count AS "failedCount", locked_until AS "lockedUntil"`,
      [accountKey, clientAddress, max, this.config.get('LOGIN_LOCK_MINUTES')],
    )) as { failedCount: number; lockedUntil: Date | null }[];
    return { lockedUntil: row?.lockedUntil ?? null, justLocked: row !== undefined && row.lockedUntil !== null && row.failedCount === max };
  }

  /** Failures this address may make in a row: the full allowance, or one while the account is past its ceiling and the address unknown. */
  private async allowance(accountKey: string, clientAddress: string): Promise<number> {
    const max = this.config.get('LOGIN_MAX_FAILURES');
    const [row] = (await this.failures.query(
      `SELECT COALESCE(SUM(failed_count) FILTER (WHERE last_failed_at > now() - make_interval(mins => $3)), 0)::int AS "recent",
              COALESCE(BOOL_OR(client_address = $2 AND known_until > now()), false) AS "known"
       FROM login_failure WHERE account_key = $1`,
      [accountKey, clientAddress, this.config.get('LOGIN_LOCK_MINUTES')],
    )) as { recent: number; known: boolean }[];
    return row && !row.known && row.recent >= max * ACCOUNT_CEILING_FACTOR ? 1 : max;
  }

  /** A success from this address forgets its failures and makes it one of the account's known addresses. */
  async succeeded(accountKey: string, clientAddress: string): Promise<void> {
    await this.failures.query(
      `INSERT INTO login_failure (account_key, client_address, failed_count, known_until)
       VALUES ($1, $2, 0, now() + make_interval(days => $3))
       ON CONFLICT (account_key, client_address) DO UPDATE SET
         failed_count = 0, locked_until = NULL, last_failed_at = NULL, known_until = EXCLUDED.known_until`,
      [accountKey, clientAddress, KNOWN_ADDRESS_DAYS],
    );
  }

  /** When an ADMIN re-enables an account, every lock on it ends. */
  async clearAccount(accountKey: string, manager: EntityManager): Promise<void> {
    await manager.delete(LoginFailure, { accountKey });
  }

  @Cron(CronExpression.EVERY_HOUR)
  async deleteExpired(): Promise<void> {
    await this.failures.query(
      `DELETE FROM login_failure
       WHERE (last_failed_at IS NULL OR last_failed_at < now() - interval '1 day')
         AND (locked_until IS NULL OR locked_until < now())
         AND (known_until IS NULL OR known_until < now())`,
    );
  }
}

export function lockedError(until: Date): InstanceType<typeof AuthError> {
  return new AuthError(AuthErrorCode.ACCOUNT_LOCKED, { until: until.toISOString() }, { lockedUntil: until.toISOString() });
}
