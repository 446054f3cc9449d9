import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';
import { NotificationSender } from './notification-sender';

/**
 * Sends IMMEDIATE e-mails only once the caller's transaction has committed: a rolled-back
 * change must never have told anyone. Ids wait per query runner until its outermost COMMIT
 * (a savepoint release is not yet a commit) and are dropped at its outermost ROLLBACK. Ids of
 * a savepoint rolled back on its own are harmless: their rows no longer exist to be claimed.
 */
@Injectable()
export class AfterCommitDispatcher implements EntitySubscriberInterface {
  private readonly pending = new WeakMap<QueryRunner, string[]>();

  constructor(
    dataSource: DataSource,
    private readonly sender: NotificationSender,
  ) {
    dataSource.subscribers.push(this);
  }

  /** Sends at once when `manager` is not inside a transaction (its write is committed already). */
  async sendAfterCommit(manager: EntityManager, ids: string[]): Promise<void> {
    const runner = manager.queryRunner;
    if (!runner?.isTransactionActive) {
      await this.sender.sendImmediate(ids);
      return;
    }
    const waiting = this.pending.get(runner);
    if (waiting) waiting.push(...ids);
    else this.pending.set(runner, [...ids]);
  }

  /** Awaited by TypeORM after COMMIT; sendImmediate never throws, so the caller's commit stays a success. */
  async afterTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    const runner = event.queryRunner;
    if (runner.isTransactionActive) return;
    const ids = this.pending.get(runner);
    if (!ids) return;
    this.pending.delete(runner);
    await this.sender.sendImmediate(ids);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner.isTransactionActive) this.pending.delete(event.queryRunner);
  }
}
