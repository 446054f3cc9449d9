import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

/** What `npm run check:index` runs, once built. */
const CHECK_INDEX = resolve(__dirname, '../../dist/apps/worker/src/check-index.js');

export interface CheckIndexRun {
  code: number | null;
  output: string;
}

/** Runs the built `check:index` with these servers and arguments, as a user would. */
export function runCheckIndex(env: Record<string, string>, args: string[] = []): Promise<CheckIndexRun> {
  const child = spawn(process.execPath, [CHECK_INDEX, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((done) => child.once('close', (code) => done({ code, output })));
}
