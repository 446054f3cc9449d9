import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createPidFileExclusively, readPidFile, removePidFile, removePidFileSyncIfOwned } from './pid-file';
import { ownIdentity, sameProcess } from './process-identity';

export interface DataDirLock {
  release(): Promise<void>;
}

/** Another live process owns the data directory: its servers are in use and must not be touched. */
export class DataDirInUseError extends Error {
  constructor(dataDir: string, pid: number) {
    super(
      `Another npm start (process ${pid}) is already running on ${dataDir}. ` +
        `Use that one, or stop it first (Ctrl-C in its terminal, or kill ${pid}); to run a second copy, give it another DATA_DIR.`,
    );
    this.name = 'DataDirInUseError';
  }
}

/**
 * Makes this process the one owner of the embedded servers' data directory, which is what allows
 * it to stop servers a dead owner left there. A record of a process that no longer runs (killed,
 * crashed, or a pid reused since) never blocks: it is replaced.
 */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  await mkdir(dataDir, { recursive: true, mode: 0o755 });
  const file = join(dataDir, 'owner.pid');
  const me = await ownIdentity();
  for (let attempt = 0; attempt < 3; attempt += 1) {
    if (await createPidFileExclusively(file, me)) {
      const releaseOnExit = (): void => removePidFileSyncIfOwned(file, me.pid);
      process.once('exit', releaseOnExit);
      return {
        release: async () => {
          process.removeListener('exit', releaseOnExit);
          releaseOnExit();
        },
      };
    }
    const holder = await readPidFile(file);
    if (holder && holder.pid !== me.pid && (await sameProcess(holder))) throw new DataDirInUseError(dataDir, holder.pid);
    await removePidFile(file);
  }
  throw new Error(`Could not take ${file}: other processes keep changing it. Start again once the other npm start has finished starting.`);
}
