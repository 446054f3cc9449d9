import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '@ipl/embedded-servers';
import { runCheckIndex } from './check-index-process';
import { FaultServers } from './fault-servers';
import { startMain, StartedMain, startWorker, waitForHealth } from './main-process';
import { REQUEST_TIMEOUT_MS, WriteLoad } from './write-load';

const OPERATOR = { email: 'operatore.bologna@demo.ipl.example', password: 'Insieme-Demo-2026' };
const CLIENTS = 6;

interface ScenarioResult {
  scenario: string;
  faultsSurvived: number;
  acknowledgedWrites: number;
  writesLost: number;
  recoveryMs: number;
  answersWhileDown?: Record<string, number>;
}

/** Polls `condition` (never a fixed sleep) until it holds. */
async function waitUntil(what: string, condition: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((next) => setTimeout(next, 20));
  }
}

/**
 * The real processes — the built API and search worker — on a PostgreSQL and a Meilisearch the
 * harness owns, under a load of profile writes, through four faults: the API killed, Meilisearch
 * killed, the worker killed mid-batch, PostgreSQL restarted. After each the service comes back by
 * itself, every acknowledged write is in PostgreSQL, and `check:index --wait` finds the indexes
 * equal to the database.
 */
describe('faults survived: the real processes under writes, nothing acknowledged lost', () => {
  let servers: FaultServers;
  let env: Record<string, string>;
  let api: StartedMain;
  let worker: StartedMain;
  let token: string;
  const acknowledged: string[] = [];
  const results: ScenarioResult[] = [];
  const target = () => ({ port: api.port, token });

  const workerListening = () =>
    waitUntil('the worker listens for the outbox', async () => {
      if (worker.child.exitCode !== null || worker.child.signalCode !== null) throw new Error(`the worker exited:\n${worker.output()}`);
      const rows = await servers.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name LIKE '%search outbox listener'").catch(() => [{ n: 0 }]);
      return rows[0].n > 0;
    });
  const pendingOutbox = async () => (await servers.query<{ n: number }>('SELECT count(*)::int AS n FROM search_outbox WHERE delivered_at IS NULL'))[0].n;

  async function signIn(): Promise<string> {
    const response = await fetch(`http://127.0.0.1:${api.port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }', variables: { input: OPERATOR } }),
    });
    return ((await response.json()) as { data: { login: { accessToken: string } } }).data.login.accessToken;
  }

  /** After a fault: the indexes equal PostgreSQL once the worker caught up, and no acknowledged write is missing. */
  async function nothingLost(scenario: string, load: WriteLoad, recoveryMs: number, extra: Partial<ScenarioResult> = {}): Promise<void> {
    acknowledged.push(...load.acknowledged);
    const check = await runCheckIndex({ DATABASE_URL: servers.databaseUrl, MEILI_URL: servers.meiliUrl, MEILI_MASTER_KEY: servers.meiliMasterKey }, ['--wait', '60']);
    const found = new Set((await servers.query<{ id: string }>('SELECT id FROM candidate WHERE id = ANY($1::uuid[])', [acknowledged])).map((row) => row.id));
    // Every write acknowledged so far is checked again: a later fault must not lose an earlier write either.
    const lostSoFar = acknowledged.filter((id) => !found.has(id));
    const lost = load.acknowledged.filter((id) => !found.has(id)).length;
    const result = { scenario, faultsSurvived: check.code === 0 && lostSoFar.length === 0 ? 1 : 0, acknowledgedWrites: load.acknowledged.length, writesLost: lost, recoveryMs, ...extra };
    results.push(result);
    process.stdout.write(
      `fault ${scenario}: ${result.faultsSurvived ? 'survived' : 'NOT survived'}, ${load.acknowledged.length} writes acknowledged (${acknowledged.length} so far), ${lost} lost (${lostSoFar.length} of all so far), recovered in ${recoveryMs} ms\n`,
    );
    expect(check).toMatchObject({ code: 0 });
    expect(lostSoFar).toEqual([]);
  }

  beforeAll(async () => {
    servers = await FaultServers.start();
    env = {
      DATABASE_URL: servers.databaseUrl,
      MEILI_URL: servers.meiliUrl,
      MEILI_MASTER_KEY: servers.meiliMasterKey,
      JWT_SECRET: randomBytes(48).toString('base64url'),
      DUPLICATE_CHECK_PEPPER: randomBytes(48).toString('base64url'),
      TOTP_SECRET_KEY: randomBytes(48).toString('base64url'),
      // Production's layout: the API serves, a worker of its own delivers the outbox.
      SEARCH_WORKER_ENABLED: 'false',
      AUTH_THROTTLE_PER_MINUTE: '1000',
    };
    api = startMain({ ...env, PORT: String(await freePort()) });
    worker = startWorker(env);
    await waitForHealth(api);
    await workerListening();
    token = await signIn();
  }, 120_000);

  afterAll(async () => {
    for (const started of [api, worker]) if (started && started.child.exitCode === null && started.child.signalCode === null) started.child.kill('SIGKILL');
    await servers?.stop();
    const directory = join(__dirname, '../../test-results');
    mkdirSync(directory, { recursive: true });
    writeFileSync(
      join(directory, 'faults.json'),
      `${JSON.stringify(
        {
          faultsSurvived: results.reduce((sum, r) => sum + r.faultsSurvived, 0),
          acknowledgedWrites: acknowledged.length,
          writesLost: results.reduce((sum, r) => sum + r.writesLost, 0),
          recoveryMs: 'a: kill to healthy after a restart; b: Meilisearch back to outbox delivered; c: kill to outbox delivered by a restarted worker; d: PostgreSQL back to writes acknowledged again',
          scenarios: results,
        },
        null,
        2,
      )}\n`,
    );
  });

  it('a. the API killed (SIGKILL) during a burst of writes comes back on a restart, with every acknowledged write', async () => {
    const load = new WriteLoad(target, CLIENTS);
    await load.until(() => load.acknowledged.length >= 30);
    const killedAt = Date.now();
    api.child.kill('SIGKILL');
    expect(await api.exited).toBe('SIGKILL');
    await load.stop();
    api = startMain({ ...env, PORT: String(api.port) });
    await waitForHealth(api);
    await nothingLost('a. API SIGKILL', load, Date.now() - killedAt);
  }, 120_000);

  it('b. Meilisearch killed (SIGKILL) during writes: writes go on, and the worker delivers everything once it is back', async () => {
    const load = new WriteLoad(target, CLIENTS);
    await load.until(() => load.acknowledged.length >= 10);
    await servers.killMeilisearch();
    const killed = load.acknowledged.length;
    // PostgreSQL is the source of truth: writes are acknowledged while the index is away, and the worker finds it away.
    await load.until(() => load.acknowledged.length >= killed + 20);
    await waitUntil('the worker found Meilisearch down', async () => (await servers.query<{ n: number }>('SELECT count(*)::int AS n FROM search_outbox WHERE attempts > 0 AND delivered_at IS NULL'))[0].n > 0);
    await servers.command('start-meilisearch');
    const restartedAt = Date.now();
    await load.stop();
    await waitUntil('the worker delivered the outbox', async () => (await pendingOutbox()) === 0);
    await nothingLost('b. Meilisearch SIGKILL', load, Date.now() - restartedAt);
  }, 120_000);

  it('c. the worker killed (SIGKILL) while it delivers a batch: restarted, it delivers the batch, no document lost or duplicated', async () => {
    const load = new WriteLoad(target, CLIENTS);
    // A batch in flight: a paused Meilisearch keeps the worker waiting on entries it claimed
    // (their lease in the future, not yet tried), with no transaction open.
    await servers.signalMeilisearch('SIGSTOP');
    let killedAt: number;
    try {
      await waitUntil('the worker is delivering a batch', async () => {
        const rows = await servers.query<{ n: number }>('SELECT count(*)::int AS n FROM search_outbox WHERE delivered_at IS NULL AND attempts = 0 AND available_at > now()');
        return rows[0].n > 0;
      });
      killedAt = Date.now();
      worker.child.kill('SIGKILL');
      expect(await worker.exited).toBe('SIGKILL');
    } finally {
      await servers.signalMeilisearch('SIGCONT');
    }
    const killed = load.acknowledged.length;
    await load.until(() => load.acknowledged.length >= killed + 10);
    await load.stop();
    expect(await pendingOutbox()).toBeGreaterThan(0);
    worker = startWorker(env);
    await workerListening();
    await waitUntil('the worker delivered the outbox', async () => (await pendingOutbox()) === 0);
    await nothingLost('c. worker SIGKILL mid-batch', load, Date.now() - killedAt);
  }, 120_000);

  it('d. PostgreSQL restarted (fast stop, start) under writes: typed errors while it is down, never a 500 or a hang, then served again without restarting the API', async () => {
    const apiPid = api.child.pid;
    const load = new WriteLoad(target, CLIENTS);
    await load.until(() => load.acknowledged.length >= 10);
    const stoppedAt = Date.now();
    await servers.command('stop-postgres');
    const downAt = Date.now();
    await load.until(() => load.answeredSince(downAt).length >= 30);
    const health = await fetch(`http://127.0.0.1:${api.port}/health`, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    await servers.command('start-postgres');
    const upAt = Date.now();
    const whileDown = load.answers.filter((answer) => answer.at >= downAt && answer.at + answer.ms <= upAt);
    const before = load.acknowledged.length;
    await load.until(() => load.acknowledged.length >= before + 10);
    const recoveryMs = Date.now() - upAt;
    await load.stop();

    const kinds: Record<string, number> = {};
    for (const answer of whileDown) kinds[`${answer.status} ${answer.codes.join('+')}`] = (kinds[`${answer.status} ${answer.codes.join('+')}`] ?? 0) + 1;
    process.stdout.write(`answers while PostgreSQL was down (${upAt - stoppedAt} ms): ${JSON.stringify(kinds)}\n`);
    expect(whileDown.length).toBeGreaterThan(0);
    expect(whileDown.filter((answer) => answer.status === 'timeout' || answer.status === 'network' || answer.status === 500 || answer.leaks)).toEqual([]);
    // Typed: the client is told to try again, not that something broke (the landed code answered INTERNAL_SERVER_ERROR).
    expect(whileDown.filter((answer) => answer.codes.length === 0 || answer.codes.some((code) => code !== 'SERVICE_UNAVAILABLE'))).toEqual([]);
    expect(health.status).toBe(503);
    expect(api.child.pid).toBe(apiPid);
    expect(api.child.exitCode).toBeNull();
    expect(worker.child.exitCode).toBeNull();
    await nothingLost('d. PostgreSQL restart', load, recoveryMs, { answersWhileDown: kinds });
  }, 120_000);
});
