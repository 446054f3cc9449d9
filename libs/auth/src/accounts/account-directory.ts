import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppConfig } from '@ipl/config';
import { PgListener } from '@ipl/database';
import { AuthError, AuthErrorCode } from '../auth.errors';
import { User } from '../user.entity';
import { AccountCache } from './account-cache';
import { APP_USER_CHANGED_CHANNEL } from './app-user-changed.channel';
import type { CachedAccount } from './cached-account';

const ACCOUNT_COLUMNS = {
  id: true,
  email: true,
  displayName: true,
  role: true,
  companyId: true,
  organisationId: true,
  districtCode: true,
  scopeAdmin: true,
  tokenVersion: true,
  disabledAt: true,
  totpEnabledAt: true,
} as const satisfies Partial<Record<keyof User, true>>;

/**
 * The users as the database has them now, answered from this process's AccountCache: an
 * authenticated request reads no row, except the first of a user after a start, a change of
 * theirs or a lost LISTEN. Before answering from memory it waits for the notifications of
 * changes committed before the request (PgListener.fence): one empty round trip on the LISTEN
 * connection, shared by the requests in flight, so a change is in force for the very next
 * request in every process. The LISTEN starts with the first lookup, so a process that never
 * authenticates (the worker) holds no connection for it.
 */
@Injectable()
export class AccountDirectory implements OnModuleDestroy {
  private readonly cache = new AccountCache();
  private listener: PgListener | undefined;

  constructor(
    private readonly config: AppConfig,
    @InjectRepository(User) private readonly users: Repository<User>,
  ) {}

  async onModuleDestroy(): Promise<void> {
    await this.listener?.close();
  }

  async account(id: string): Promise<CachedAccount | null> {
    this.listener ??= this.listen();
    if (this.cache.get(id)) {
      // A change committed just before this request may still be on its way: wait for it.
      await this.listener?.fence();
      const cached = this.cache.get(id);
      if (cached) return cached;
    }
    const ticket = this.cache.ticket();
    const row = await this.users.findOne({ where: { id }, select: ACCOUNT_COLUMNS });
    if (!row) return null;
    const account: CachedAccount = {
      id: row.id,
      email: row.email,
      displayName: row.displayName,
      role: row.role,
      companyId: row.companyId,
      organisationId: row.organisationId,
      districtCode: row.districtCode,
      scopeAdmin: row.scopeAdmin,
      tokenVersion: row.tokenVersion,
      disabledAt: row.disabledAt,
      totpEnabledAt: row.totpEnabledAt,
    };
    this.cache.remember(account, ticket);
    return account;
  }

  /** The user for `me`, as the request's authentication just loaded them: no second wait for the fence. */
  async user(id: string): Promise<User> {
    const account = this.cache.get(id) ?? (await this.account(id));
    if (!account) throw new AuthError(AuthErrorCode.USER_NOT_FOUND);
    return Object.assign(new User(), account);
  }

  private listen(): PgListener | undefined {
    const url = this.config.get('DATABASE_URL');
    if (!url) return undefined;
    const listener = new PgListener(url, APP_USER_CHANGED_CHANNEL, 'user cache listener', {
      onNotify: (id) => this.cache.forget(id),
      onListening: () => this.cache.listening(),
      onLost: () => this.cache.lost(),
    });
    listener.start();
    return listener;
  }
}
