import { ChildProcess, spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

/** What `npm start` runs, once built. */
const MAIN = resolve(__dirname, '../../dist/apps/api/src/main.js');
/** What `npm run start:worker` runs, once built. */
const WORKER = resolve(__dirname, '../../dist/apps/worker/src/main.js');

export interface ProcessSeen {
  pid: number;
  commandLine: string;
}

/** The processes whose arguments mention `needle` (the embedded servers name their data dir). */
export async function processesMentioning(needle: string): Promise<ProcessSeen[]> {
  const found: ProcessSeen[] = [];
  for (const pid of (await readdir('/proc')).filter((name) => /^\d+$/.test(name))) {
    const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    if (cmdline.includes(needle)) found.push({ pid: Number(pid), commandLine: cmdline.replace(/\0/g, ' ').trim() });
  }
  return found;
}

export interface StartedMain {
  port: number;
  child: ChildProcess;
  output: () => string;
  /** The exit code, or the signal's name when the process was killed. */
  exited: Promise<number | string | null>;
}

export function startMain(env: Record<string, string>): StartedMain {
  return startBuilt(MAIN, env);
}

/** The search worker as its own process; it listens on no port (`port` is NaN). */
export function startWorker(env: Record<string, string>): StartedMain {
  return startBuilt(WORKER, env);
}

function startBuilt(script: string, env: Record<string, string>): StartedMain {
  const { DATABASE_URL: _db, MEILI_URL: _meili, MEILI_MASTER_KEY: _key, JWT_SECRET: _jwt, ...inherited } = process.env;
  const child = spawn(process.execPath, [script], {
    env: { ...inherited, NODE_ENV: 'development', LOG_LEVEL: 'warn', DEMO_SEED: 'true', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | string | null>((done) => child.once('exit', (code, signal) => done(code ?? signal)));
  return { port: Number(env.PORT), child, output: () => output, exited };
}

export async function waitForHealth(started: StartedMain, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (started.child.exitCode !== null || started.child.signalCode !== null) throw new Error(`main exited early:\n${started.output()}`);
    const ok = await fetch(`http://127.0.0.1:${started.port}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((wait) => setTimeout(wait, 100));
  }
  throw new Error(`main did not become healthy:\n${started.output()}`);
}
