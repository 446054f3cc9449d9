import { readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { removePidFile } from './pid-file';
import { ProcessInfo, processInfo, stopProcess } from './process-identity';

/** Fast shutdown (SIGINT) rolls back open transactions and checkpoints; it takes well under a second here. */
const SHUTDOWN_TIMEOUT_MS = 20_000;

function runsOn(info: ProcessInfo, databaseDir: string): boolean {
  const [binary, ...args] = info.commandLine;
  const dataArg = args.indexOf('-D');
  return basename(binary ?? '') === 'postgres' && dataArg >= 0 && resolve(args[dataArg + 1] ?? '') === databaseDir;
}

/**
 * A process killed without running its exit hooks (SIGKILL, a V8 out-of-memory abort) leaves
 * its postmaster running on the data directory, and a new one then refuses to start. That
 * postmaster is stopped cleanly (it is ours: postmaster.pid names it, and /proc shows postgres
 * on this very directory) rather than adopted, so that the new process owns its server as on any
 * start. Only call this while holding the data directory (see lockDataDir): a live owner's server
 * must not be taken away from it.
 *
 * Returns the pid of the postmaster it stopped, if any.
 */
export async function stopLeftoverPostgres(databaseDir: string): Promise<number | null> {
  const lockFile = join(databaseDir, 'postmaster.pid');
  const text = await readFile(lockFile, 'utf8').catch(() => null);
  if (text === null) return null;
  const [pidLine, dirLine] = text.split('\n');
  const info = await processInfo(Number(pidLine));
  // A dead pid: PostgreSQL takes over a stale postmaster.pid itself, after checking that no
  // orphaned backend still holds the shared memory it names; so the file stays for that check.
  if (!info) return null;
  if (runsOn(info, resolve(databaseDir)) && resolve(dirLine ?? '') === resolve(databaseDir)) {
    await stopProcess(info.pid, 'SIGINT', { timeoutMs: SHUTDOWN_TIMEOUT_MS, escalation: 'SIGQUIT' });
    return info.pid;
  }
  // The pid was reused by a process that is not our postmaster (after a reboot, typically);
  // PostgreSQL would take it for a live postmaster and refuse to start.
  await removePidFile(lockFile);
  return null;
}
