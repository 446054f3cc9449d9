import { link, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { unlinkSync, readFileSync } from 'node:fs';
import { ProcessIdentity } from './process-identity';

/** A process recorded in a file beside the data it holds, so that the next start can tell whether it still runs. */
export interface PidRecord extends ProcessIdentity {
  port?: number;
}

function temporaryName(path: string): string {
  return `${path}.${process.pid}.${Date.now()}.tmp`;
}

function isRecord(value: unknown): value is PidRecord {
  const record = value as Partial<PidRecord> | null;
  return typeof record?.pid === 'number' && typeof record.bootId === 'string' && typeof record.startTicks === 'number';
}

export async function readPidFile(path: string): Promise<PidRecord | null> {
  const text = await readFile(path, 'utf8').catch(() => null);
  if (text === null) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    return isRecord(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** Written whole or not at all (temp + rename): a crash mid-write never leaves half a record. */
export async function writePidFile(path: string, record: PidRecord): Promise<void> {
  const temporary = temporaryName(path);
  await writeFile(temporary, JSON.stringify(record), { mode: 0o644 });
  await rename(temporary, path);
}

/**
 * Creates the file only if none exists (link fails on an existing name, atomically), whole (the
 * content is written before it gets its name). False when another record is already there.
 */
export async function createPidFileExclusively(path: string, record: PidRecord): Promise<boolean> {
  const temporary = temporaryName(path);
  await writeFile(temporary, JSON.stringify(record), { mode: 0o644 });
  try {
    await link(temporary, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
}

export async function removePidFile(path: string): Promise<void> {
  await unlink(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}

/** For `exit` hooks, which cannot wait: removes the file only while it still names `pid`. */
export function removePidFileSyncIfOwned(path: string, pid: number): void {
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (isRecord(parsed) && parsed.pid === pid) unlinkSync(path);
  } catch {
    // already gone or unreadable: nothing of ours to remove
  }
}
