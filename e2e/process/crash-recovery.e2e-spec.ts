import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort } from '@ipl/embedded-servers';
import { processesMentioning, startMain, StartedMain, waitForHealth } from './main-process';

const ADMIN = { email: 'admin@demo.ipl.example', password: 'Insieme-Demo-2026' };
/** Writes acknowledged before the kill; the others of the burst are in flight when it lands. */
const ACKNOWLEDGED_BEFORE_KILL = 40;
const CONCURRENCY = 8;

async function graphql<T>(api: StartedMain, query: string, variables: object, token?: string): Promise<T> {
  const response = await fetch(`http://127.0.0.1:${api.port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!response.ok || body.errors || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body)}`);
  return body.data;
}

async function signIn(api: StartedMain): Promise<string> {
  const data = await graphql<{ login: { accessToken: string } }>(
    api,
    'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
    { input: ADMIN },
  );
  return data.login.accessToken;
}

/**
 * Creates organisations from CONCURRENCY clients until the process dies, and kills it with
 * `signal` once ACKNOWLEDGED_BEFORE_KILL were answered: the ids answered are the acknowledged writes.
 */
async function burstThenKill(api: StartedMain, token: string, signal: NodeJS.Signals, label: string): Promise<string[]> {
  const acknowledged: string[] = [];
  let sent = 0;
  const client = async (): Promise<void> => {
    while (api.child.exitCode === null && api.child.signalCode === null) {
      const name = `Crash ${label} ${(sent += 1)}`;
      try {
        const data = await graphql<{ createOrganisation: { id: string } }>(
          api,
          'mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }',
          { input: { name, channel: 'CARITAS', districtCode: 'SAVENA_IDICE' } },
          token,
        );
        acknowledged.push(data.createOrganisation.id);
      } catch {
        return; // the process died with this request in flight: not acknowledged
      }
      if (acknowledged.length === ACKNOWLEDGED_BEFORE_KILL) api.child.kill(signal);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, client));
  expect(await api.exited).toBe(signal);
  return acknowledged;
}

async function organisationIds(api: StartedMain, token: string): Promise<Set<string>> {
  const ids = new Set<string>();
  let after: string | null = null;
  do {
    const data: { organisations: { nodes: { id: string }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } } = await graphql(
      api,
      'query ($after: String) { organisations(first: 100, after: $after) { nodes { id } pageInfo { endCursor hasNextPage } } }',
      { after },
      token,
    );
    data.organisations.nodes.forEach((node) => ids.add(node.id));
    after = data.organisations.pageInfo.hasNextPage ? data.organisations.pageInfo.endCursor : null;
  } while (after);
  return ids;
}

/** Starts main again on the same data, as a user would after the crash, and times it until healthy. */
async function restart(dataDir: string): Promise<{ api: StartedMain; ms: number }> {
  const startedAt = Date.now();
  const api = startMain({ DATA_DIR: dataDir, PORT: String(await freePort()) });
  await waitForHealth(api);
  return { api, ms: Date.now() - startedAt };
}

describe('npm start after the API process died (killed, out of memory)', () => {
  let dataDir: string;
  let api: StartedMain | undefined;
  const acknowledged: string[] = [];

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'ipl-crash-'));
    // As root, PostgreSQL runs as a `postgres` user that must reach the data directory.
    await chmod(dataDir, 0o755);
  });
  afterAll(async () => {
    // A failed step must not leave servers running: stop whatever still runs on the data directory.
    api?.child.kill('SIGKILL');
    for (const { pid } of await processesMentioning(dataDir)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps PostgreSQL durable: fsync and synchronous_commit stay on', async () => {
    ({ api } = await restart(dataDir));
    const address = /Started PostgreSQL \(embedded\) at (\S+)/.exec(api.output())?.[1];
    const client = new Client({ connectionString: `postgres://ipl:ipl-local@${address}/ipl` });
    await client.connect();
    try {
      const settings = await client.query<{ name: string; setting: string }>(
        "SELECT name, setting FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes') ORDER BY name",
      );
      expect(settings.rows).toEqual([
        { name: 'fsync', setting: 'on' },
        { name: 'full_page_writes', setting: 'on' },
        { name: 'synchronous_commit', setting: 'on' },
      ]);
    } finally {
      await client.end();
    }
  }, 120_000);

  it.each([
    ['SIGKILL', 'killed outright'],
    ['SIGABRT', 'how V8 ends a process out of memory'],
  ] as const)('comes back by itself after %s (%s) during a burst of writes, with every acknowledged write', async (signal, _why) => {
    if (!api) throw new Error('the API of the previous step is not running');
    acknowledged.push(...(await burstThenKill(api, await signIn(api), signal, signal)));
    // The crash left both servers running on the data directory, as the issue found.
    expect(await processesMentioning(dataDir)).toHaveLength(2);

    const restarted = await restart(dataDir);
    api = restarted.api;
    process.stdout.write(`restart after ${signal}: healthy in ${restarted.ms} ms\n`);
    expect(api.output()).toMatch(/Stopped PostgreSQL \(process \d+\), left running by a previous start that died/);
    expect(api.output()).toMatch(/Stopped Meilisearch \(process \d+\), left running by a previous start that died/);
    // One PostgreSQL and one Meilisearch: the leftovers were replaced, not joined by a second copy.
    expect(await processesMentioning(dataDir)).toHaveLength(2);

    const found = await organisationIds(api, await signIn(api));
    expect(acknowledged.filter((id) => !found.has(id))).toEqual([]);
  }, 120_000);

  it('refuses a second start on the same data while one runs, naming it, and leaves its servers alone', async () => {
    if (!api) throw new Error('the API of the previous step is not running');
    const servers = await processesMentioning(dataDir);
    const second = startMain({ DATA_DIR: dataDir, PORT: String(await freePort()) });
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain(`Another npm start (process ${api.child.pid}) is already running on ${dataDir}`);
    expect(await processesMentioning(dataDir)).toEqual(servers);
    expect(await fetch(`http://127.0.0.1:${api.port}/health`).then((r) => r.ok)).toBe(true);
  }, 60_000);

  it('leaves no server behind when the recovered process stops', async () => {
    if (!api) throw new Error('the API of the previous step is not running');
    api.child.kill('SIGTERM');
    expect(await api.exited).toBe(0);
    api = undefined;
    expect(await processesMentioning(dataDir)).toEqual([]);
  }, 60_000);
});
