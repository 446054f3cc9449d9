import type { CachedAccount } from './cached-account';

/** Enough for every user of the platform many times over; past it the oldest entry goes. */
export const ACCOUNT_CACHE_CAPACITY = 50_000;

/**
 * The users a process has authenticated, by id, trusted only while PostgreSQL's notifications
 * of their changes arrive. Not listening (before the first LISTEN, after a lost connection) it
 * holds nothing: a notification missed then would leave an entry stale, so every request reads
 * the row until the next LISTEN starts from empty.
 *
 * A row read before a change may come back after the change's notification: `remember` keeps it
 * only if nothing was invalidated since its `ticket`, taken before the read.
 */
export class AccountCache {
  private readonly entries = new Map<string, CachedAccount>();
  private generation = 0;
  private live = false;

  constructor(private readonly capacity = ACCOUNT_CACHE_CAPACITY) {}

  get size(): number {
    return this.entries.size;
  }

  get(id: string): CachedAccount | undefined {
    return this.entries.get(id);
  }

  ticket(): number {
    return this.generation;
  }

  remember(account: CachedAccount, ticket: number): void {
    if (!this.live || ticket !== this.generation) return;
    this.entries.delete(account.id);
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(account.id, account);
  }

  /** The user changed: the next request reads their row. */
  forget(id: string): void {
    this.generation += 1;
    this.entries.delete(id);
  }

  /** A LISTEN started: changes are announced from now on, none before it can be trusted. */
  listening(): void {
    this.reset(true);
  }

  /** The listening connection is lost: changes may go unannounced. */
  lost(): void {
    this.reset(false);
  }

  private reset(live: boolean): void {
    this.generation += 1;
    this.entries.clear();
    this.live = live;
  }
}
