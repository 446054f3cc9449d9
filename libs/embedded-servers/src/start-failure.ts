import { inspect } from 'node:util';

const COLOURS = /\x1b\[[0-9;]*m/g;

/** Keeps the last lines a server printed, to quote them when it fails to start (without stack frames, which bury the reason). */
export class LogTail {
  private lines: string[] = [];

  constructor(private readonly size = 12) {}

  push = (chunk: string): void => {
    const lines = chunk
      .replace(COLOURS, '')
      .split('\n')
      .filter((line) => line.trim().length > 0 && !/^\s/.test(line) && line !== 'Stack backtrace:');
    this.lines = [...this.lines, ...lines].slice(-this.size);
  };

  toString(): string {
    return this.lines.length ? this.lines.map((line) => `  ${line}`).join('\n') : '  (it printed nothing)';
  }
}

/** The reason carried by whatever a start rejected with: some libraries reject with undefined or plain values. */
export function reasonOf(error: unknown, fallback: string): string {
  if (error instanceof Error && error.message) return error.message;
  if (error === undefined || error === null || error === '') return fallback;
  return typeof error === 'string' ? error : inspect(error, { depth: 2, breakLength: Infinity });
}

/** An embedded server that did not start: what failed, its own last words, and what the user can do. */
export class EmbeddedServerError extends Error {
  constructor(server: string, dataDir: string, reason: string, log: LogTail, remedy: string) {
    super(`${server} in ${dataDir} did not start: ${reason}.\nIts last messages:\n${log.toString()}\n${remedy}`);
    this.name = 'EmbeddedServerError';
  }
}

/** One line for the terminal from anything a start threw, never `undefined`. */
export function startFailureMessage(error: unknown): string {
  const reason = reasonOf(error, 'it failed without saying why');
  return error instanceof Error && error.message ? reason : `Start-up failed: ${reason}`;
}
