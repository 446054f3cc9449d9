import { Logger } from '@nestjs/common';
import { Client } from 'pg';

const FIRST_RETRY_MS = 250;
const MAX_RETRY_MS = 30_000;
const FENCE_TIMEOUT_MS = 2_000;

export interface PgListenerHandlers {
  /** A notification on the channel, with its payload ('' when none was sent). */
  onNotify(payload: string): void;
  /**
   * The LISTEN has started, first or again after a loss. Notifications sent while nobody
   * listened are gone: whoever relies on them must assume it missed some.
   */
  onListening(): void;
  /** The connection is lost: no notification will arrive until the next onListening. */
  onLost(): void;
}

/**
 * Holds one PostgreSQL connection of its own that LISTENs on a channel. Its own, not one of
 * TypeORM's pool: a LISTEN lives as long as its session, and a pooled connection would be
 * handed back to other queries or recycled. A lost connection is logged, dropped and opened
 * again with back-off.
 */
export class PgListener {
  private readonly logger = new Logger(PgListener.name);
  private client: Client | undefined;
  private retry: NodeJS.Timeout | undefined;
  private failures = 0;
  private closed = false;
  private listening = false;
  private fenceInFlight: Promise<void> | undefined;
  private fenceQueued: Promise<void> | undefined;

  constructor(
    private readonly connectionString: string,
    private readonly channel: string,
    /** Shown in pg_stat_activity and in the log: which listener this is. */
    private readonly name: string,
    private readonly handlers: PgListenerHandlers,
  ) {}

  start(): void {
    void this.connect();
  }

  /**
   * Resolves once every notification committed before the call has been handled. A NOTIFY
   * reaches the listener some time after its commit, so a request right after a change could
   * come first; PostgreSQL sends the notifications its session has received before it answers
   * a query, so one empty query sent after the call is enough. Calls made while one is in
   * flight (sent before them, so it proves nothing for them) share the next one: one round
   * trip at a time, however many requests wait. Resolves at once when not listening: there is
   * nothing to wait for, and the caller trusts nothing then.
   */
  fence(): Promise<void> {
    if (this.fenceQueued) return this.fenceQueued;
    if (!this.fenceInFlight) return this.sendFence();
    this.fenceQueued = this.fenceInFlight.then(() => {
      this.fenceQueued = undefined;
      return this.sendFence();
    });
    return this.fenceQueued;
  }

  private sendFence(): Promise<void> {
    const client = this.client;
    if (!client || !this.listening) return Promise.resolve();
    let timer: NodeJS.Timeout | undefined;
    // A connection dead without a word (no reset) would hold every waiting request: past the timeout it counts as lost.
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer to a fence in ${FENCE_TIMEOUT_MS} ms`)), FENCE_TIMEOUT_MS);
    });
    // Dropped before the fence resolves, so the caller finds the loss told (onLost) and trusts nothing it held.
    const fence = Promise.race([client.query(''), timeout])
      .then(
        () => undefined,
        (error: unknown) => this.drop(client, error),
      )
      .finally(() => {
        clearTimeout(timer);
        if (this.fenceInFlight === fence) this.fenceInFlight = undefined;
      });
    this.fenceInFlight = fence;
    return fence;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    this.retry = undefined;
    if (this.closed) return;
    const client = new Client({ connectionString: this.connectionString, application_name: `insieme-per-il-lavoro ${this.name}`, keepAlive: true });
    this.client = client;
    client.on('notification', (message) => {
      if (message.channel === this.channel) this.handlers.onNotify(message.payload ?? '');
    });
    client.on('error', (error) => this.drop(client, error));
    client.on('end', () => this.drop(client, new Error('connection ended')));
    try {
      await client.connect();
      await client.query(`LISTEN ${client.escapeIdentifier(this.channel)}`);
    } catch (error) {
      this.drop(client, error);
      return;
    }
    if (this.client !== client) return;
    this.failures = 0;
    this.listening = true;
    this.handlers.onListening();
  }

  private drop(client: Client, error: unknown): void {
    if (this.client !== client) return;
    this.client = undefined;
    this.listening = false;
    // The 'error' handler stays: errors after the drop (the socket closing) are expected, and an unhandled one would crash the process.
    client.removeAllListeners('notification');
    void client.end().catch(() => undefined);
    this.handlers.onLost();
    if (this.closed) return;
    const delay = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** this.failures);
    this.failures += 1;
    this.logger.warn(`${this.name} lost (${error instanceof Error ? error.message : String(error)}), retrying in ${delay} ms`);
    this.retry = setTimeout(() => void this.connect(), delay);
  }
}
