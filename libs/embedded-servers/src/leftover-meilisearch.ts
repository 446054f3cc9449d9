import { basename, resolve } from 'node:path';
import { readPidFile, removePidFile } from './pid-file';
import { ProcessInfo, sameProcess, stopProcess } from './process-identity';

/** Meilisearch stops at once on SIGTERM; its LMDB store survives SIGKILL too, so that is the escalation. */
const SHUTDOWN_TIMEOUT_MS = 10_000;

/** The file, beside Meilisearch's data directory, that names the process serving it (inside, Meilisearch would refuse a new database). */
export function meilisearchPidFile(dataDir: string): string {
  return `${resolve(dataDir)}.pid`;
}

function runsOn(info: ProcessInfo, dataDir: string): boolean {
  const [binary, ...args] = info.commandLine;
  const dbPath = args.indexOf('--db-path');
  return basename(binary ?? '') === 'meilisearch' && dbPath >= 0 && resolve(args[dbPath + 1] ?? '') === resolve(dataDir);
}

/**
 * Meilisearch does not lock its data directory against a second instance: after a crash of the
 * process that started it, a new start would run two servers on the same data. The pid file
 * written at start names the old one; it is stopped only if that very process (same start time,
 * so not a reused pid) still runs the Meilisearch binary on this directory. Only call this while
 * holding the data directory (see lockDataDir).
 *
 * Returns the pid it stopped, if any.
 */
export async function stopLeftoverMeilisearch(dataDir: string): Promise<number | null> {
  const file = meilisearchPidFile(dataDir);
  const record = await readPidFile(file);
  if (!record) return null;
  const info = await sameProcess(record);
  const ours = info !== null && runsOn(info, dataDir);
  if (ours) await stopProcess(info.pid, 'SIGTERM', { timeoutMs: SHUTDOWN_TIMEOUT_MS, escalation: 'SIGKILL' });
  await removePidFile(file);
  return ours ? info.pid : null;
}
