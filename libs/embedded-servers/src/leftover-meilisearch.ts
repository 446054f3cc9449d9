import { basename, resolve } from 'node:path';
import { readPidFile, removePidFile } from './pid-file';
import { findProcesses, ProcessInfo, sameProcess, stopProcess } from './process-identity';

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
 * so not a reused pid) still runs the Meilisearch binary on this directory. A server with no
 * record (started by a version without pid files, or killed with its parent in the instant
 * before the record was written) is found by its command line: the Meilisearch binary with this
 * --db-path. Only call this while holding the data directory (see lockDataDir).
 *
 * Returns the pids it stopped.
 */
export async function stopLeftoverMeilisearch(dataDir: string): Promise<number[]> {
  const file = meilisearchPidFile(dataDir);
  const record = await readPidFile(file);
  const recorded = record ? await sameProcess(record) : null;
  const leftovers = new Set<number>(recorded && runsOn(recorded, dataDir) ? [recorded.pid] : []);
  for (const info of await findProcesses((candidate) => runsOn(candidate, dataDir))) leftovers.add(info.pid);
  for (const pid of leftovers) await stopProcess(pid, 'SIGTERM', { timeoutMs: SHUTDOWN_TIMEOUT_MS, escalation: 'SIGKILL' });
  await removePidFile(file);
  return [...leftovers];
}
