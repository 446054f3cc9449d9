import { ChildProcess, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { Client } from 'pg';
import { FAULT_SERVERS_PREFIX, type FaultServersCommand, type FaultServersMessage as Message, type FaultServersReady } from '@ipl/testing';
import { processesMentioning } from './main-process';

const MAIN = resolve(__dirname, '../../dist/libs/testing/src/fault-servers.main.js');

/**
 * The harness's own PostgreSQL and Meilisearch, run by the built fault-servers.main.js (see it):
 * PostgreSQL is stopped and started on command, Meilisearch killed here and started on command.
 */
export class FaultServers {
  private readonly waiting: ((message: Message) => void)[] = [];

  private constructor(
    private readonly child: ChildProcess,
    readonly ready: FaultServersReady,
  ) {}

  static async start(): Promise<FaultServers> {
    const child = spawn(process.execPath, [MAIN], { stdio: ['pipe', 'pipe', 'inherit'] });
    const messages: Message[] = [];
    let deliver: ((message: Message) => void) | undefined;
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (!line.startsWith(FAULT_SERVERS_PREFIX)) return;
      const message = JSON.parse(line.slice(FAULT_SERVERS_PREFIX.length)) as Message;
      if (deliver) deliver(message);
      else messages.push(message);
    });
    const first = await new Promise<Message>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`the fault servers exited with code ${code}`)));
      deliver = resolve;
    });
    if (!('ready' in first)) throw new Error(`the fault servers did not start: ${JSON.stringify(first)}`);
    const servers = new FaultServers(child, first.ready);
    deliver = (message) => servers.waiting.shift()?.(message);
    return servers;
  }

  get databaseUrl(): string {
    return this.ready.databaseUrl;
  }

  get meiliUrl(): string {
    return this.ready.meiliUrl;
  }

  get meiliMasterKey(): string {
    return this.ready.meiliMasterKey;
  }

  async command(command: FaultServersCommand): Promise<void> {
    const answered = new Promise<Message>((resolve) => this.waiting.push(resolve));
    this.child.stdin!.write(`${command}\n`);
    const message = await answered;
    if (!('done' in message) || message.done !== command) throw new Error(`${command} failed: ${JSON.stringify(message)}`);
  }

  /** SIGKILL, as a crash or the out-of-memory killer would: no chance to finish a task. */
  async killMeilisearch(): Promise<void> {
    const meiliDir = join(this.ready.dataDir, 'meilisearch');
    const running = await processesMentioning(meiliDir);
    if (running.length === 0) throw new Error('no Meilisearch runs on the harness data');
    for (const { pid } of running) process.kill(pid, 'SIGKILL');
    while ((await processesMentioning(meiliDir)).length > 0) await new Promise((next) => setTimeout(next, 20));
  }

  /** SIGSTOP, then SIGCONT: a Meilisearch that accepts connections and answers nothing meanwhile. */
  async signalMeilisearch(signal: 'SIGSTOP' | 'SIGCONT'): Promise<void> {
    const running = await processesMentioning(join(this.ready.dataDir, 'meilisearch'));
    if (running.length === 0) throw new Error('no Meilisearch runs on the harness data');
    for (const { pid } of running) process.kill(pid, signal);
  }

  async query<T>(sql: string, parameters: unknown[] = []): Promise<T[]> {
    const client = new Client({ connectionString: this.databaseUrl });
    await client.connect();
    try {
      return (await client.query(sql, parameters)).rows as T[];
    } finally {
      await client.end();
    }
  }

  /** Closing stdin stops both servers and removes their data; whatever still runs on it is killed. */
  async stop(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.stdin!.end();
    await exited;
    for (const { pid } of await processesMentioning(this.ready.dataDir)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
}
