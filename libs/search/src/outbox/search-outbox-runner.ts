import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { DataSource } from 'typeorm';
import { AppConfig } from '@ipl/config';
import { SearchOutboxRelay } from './search-outbox-relay';

const IDLE_POLL_MS = 500;

/**
 * Runs the relay in a loop: right away while there is work, every IDLE_POLL_MS otherwise.
 * On in the worker process; in the API process only when SEARCH_WORKER_IN_API is true (the
 * default for `npm start`), so production runs it as its own process.
 */
@Injectable()
export class SearchOutboxRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SearchOutboxRunner.name);
  private running = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;

  constructor(
    private readonly relay: SearchOutboxRelay,
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.get('SEARCH_WORKER_ENABLED')) this.start();
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  private async run(): Promise<void> {
    while (this.running) {
      const { delivered } = await this.relay.deliverBatch().catch((error: unknown) => {
        this.logger.error(`search outbox relay: ${error instanceof Error ? error.message : String(error)}`);
        return { delivered: 0 };
      });
      if (delivered === 0 && this.running) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, IDLE_POLL_MS);
          this.wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    }
  }

  /** Delivered entries are kept a day for reindex replays, then purged. */
  @Cron(CronExpression.EVERY_HOUR)
  async purgeDelivered(): Promise<void> {
    await this.dataSource.query("DELETE FROM search_outbox WHERE delivered_at < now() - interval '1 day'");
  }
}
