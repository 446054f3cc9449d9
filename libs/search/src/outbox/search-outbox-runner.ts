import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { DataSource } from 'typeorm';
import { AppConfig } from '@ipl/config';
import { PgListener } from '@ipl/database';
import { SearchOutboxRelay } from './search-outbox-relay';
import { SEARCH_OUTBOX_CHANNEL } from './search-outbox-channel';

/**
 * Runs the relay in a loop: right away while there is work or when a write's notification
 * arrives (LISTEN/NOTIFY), otherwise every SEARCH_WORKER_IDLE_POLL_MS. The poll catches what
 * no notification announces: retries coming due after their back-off, and writes committed
 * while the listening connection was down.
 * On in the worker process; in the API process only when SEARCH_WORKER_ENABLED is true (the
 * default for `npm start`), so production runs it as its own process.
 */
@Injectable()
export class SearchOutboxRunner implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(SearchOutboxRunner.name);
  private running = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  /** Set by a notification; one that arrives during a batch may concern a row the batch did not see. */
  private notified = false;
  private listener: PgListener | undefined;

  constructor(
    private readonly relay: SearchOutboxRelay,
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.get('SEARCH_WORKER_ENABLED')) this.start();
  }

  // Before TypeORM closes its pool (on application shutdown), so the last batch can finish.
  async onModuleDestroy(): Promise<void> {
    this.running = false;
    this.wake?.();
    await Promise.all([this.listener?.close(), this.loop]);
    this.listener = undefined;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    const url = this.config.get('DATABASE_URL');
    if (url) {
      // Writes committed while the connection was down announced nothing: a (re)started LISTEN runs a batch.
      this.listener = new PgListener(url, SEARCH_OUTBOX_CHANNEL, 'search outbox listener', {
        onNotify: () => this.notify(),
        onListening: () => this.notify(),
        onLost: () => undefined,
      });
      this.listener.start();
    }
    this.loop = this.run();
  }

  private notify(): void {
    this.notified = true;
    this.wake?.();
  }

  private async run(): Promise<void> {
    while (this.running) {
      this.notified = false;
      const { delivered } = await this.relay.deliverBatch().catch((error: unknown) => {
        this.logger.error(`search outbox relay: ${error instanceof Error ? error.message : String(error)}`);
        return { delivered: 0 };
      });
      if (delivered === 0 && this.running && !this.notified) await this.idle();
    }
  }

  private idle(): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(() => this.wake?.(), this.config.get('SEARCH_WORKER_IDLE_POLL_MS'));
      this.wake = () => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
    });
  }

  /** Delivered entries are kept a day for reindex replays, then purged. */
  @Cron(CronExpression.EVERY_HOUR)
  async purgeDelivered(): Promise<void> {
    await this.dataSource.query("DELETE FROM search_outbox WHERE delivered_at < now() - interval '1 day'");
  }
}
