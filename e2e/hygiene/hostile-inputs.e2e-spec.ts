import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ModulesContainer } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import fc from 'fast-check';
import request from 'supertest';
import type { GraphQLField } from 'graphql';
import { Meilisearch } from 'meilisearch';
import { GraphqlErrorCode } from '@ipl/core';
import { SearchDocumentSources, SearchIndexes } from '@ipl/search';
import { graphql, signIn, type GraphqlResponse, type TestApp } from '@ipl/testing';
import { DEMO_PASSWORD } from '../../apps/api/src/demo/demo-data';
import { DemoSeedService } from '../../apps/api/src/demo/demo-seed.service';
import { startApi } from '../app';
import { mutationCall, type MutationCall } from './hostile-input.generator';
import { mutationCallers, type Caller } from './mutation-callers';
import { changes, storeFingerprint } from './store-fingerprint';

/** Fixed, so that a run repeats; HOSTILE_INPUTS_SEED and HOSTILE_INPUTS_CALLS explore further by hand. */
const SEED = Number(process.env.HOSTILE_INPUTS_SEED ?? 20261208);
/** 10 keeps the file under 90 s on 2 shared cores (about 700 calls and 400 fingerprints). */
const CALLS_PER_MUTATION = Number(process.env.HOSTILE_INPUTS_CALLS ?? 10);
/** Calls that GraphQL must refuse are checked together: one fingerprint per this many. */
const REFUSED_PER_FINGERPRINT = 12;
/** Every this many fingerprints, the documents of every index are read and hashed too. */
const FULL_EVERY = 10;

/** One demo account per role, so that each mutation is called by someone it admits. */
const DEMO_ACCOUNTS: Record<Exclude<Caller, 'anonymous'>, string> = {
  ADMIN: 'admin@demo.ipl.example',
  COMPANY_HR: 'hr.reno@demo.ipl.example',
  BOARD_MEMBER: 'board@demo.ipl.example',
  OPERATOR: 'operatore.bologna@demo.ipl.example',
  DISTRICT_COORDINATOR: 'coordinatore.imola@demo.ipl.example',
};

/** Ours, and GraphQL's own for a document or variables it cannot accept; never INTERNAL_SERVER_ERROR. */
const STABLE_CODES = new Set<string>([
  ...Object.values(GraphqlErrorCode).filter((code) => code !== GraphqlErrorCode.INTERNAL_SERVER_ERROR),
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
]);

/** What must never reach a client: SQL, driver and ORM wording, stack frames, source paths, JavaScript's own errors. */
const LEAKS = [
  /\b(select|insert|update|delete)\b[^"]*\b(from|into|set|where)\b/i,
  /\b(relation|column|constraint)\s+"/i,
  /duplicate key|violates|syntax error at|invalid input syntax|QueryFailedError|EntityNotFound|typeorm|postgres|meilisearch/i,
  /\bat\s+\S+\s+\(?\S+\.(ts|js):\d+/,
  /node_modules|\/work\/|dist\//,
  /(Type|Reference|Range|Syntax)Error|Cannot read propert|is not a function|undefined is not/,
];

/** A message without the values it quotes back (GraphQL names the value it refused, hostile strings included). */
function ownWords(message: string): string {
  return message.replace(/"(?:[^"\\]|\\.)*"/g, '""');
}

function problemsOf(response: GraphqlResponse<unknown>): string[] {
  const problems: string[] = [];
  // 413: a body over the server's limit, refused before it is read (a fixed case below).
  if (![200, 400, 413].includes(response.status)) problems.push(`HTTP ${response.status}`);
  if (!response.errors?.length && !response.data) problems.push('neither data nor errors');
  for (const error of response.errors ?? []) {
    const code = error.extensions?.code;
    if (typeof code !== 'string' || !STABLE_CODES.has(code)) problems.push(`code ${String(code)}`);
    if ('stacktrace' in (error.extensions ?? {}) || 'exception' in (error.extensions ?? {})) problems.push('stack trace in extensions');
    const texts = [error.message, error.extensions?.messages?.it, error.extensions?.messages?.en, ...(error.extensions?.fields ?? []).map((field) => field.message)];
    for (const text of texts) {
      const leak = typeof text === 'string' ? LEAKS.find((pattern) => pattern.test(ownWords(text))) : undefined;
      if (leak) problems.push(`message leaks ${leak}: ${text?.slice(0, 300)}`);
    }
  }
  return problems;
}

function outcomeOf(response: GraphqlResponse<unknown>): string {
  if (!response.errors?.length) return 'accepted';
  return [...new Set(response.errors.map((error) => `${error.extensions?.code}/${error.extensions?.reason ?? 'graphql'}`))].sort().join(' ');
}

interface Sent {
  mutation: string;
  caller: Caller;
  call: MutationCall;
}

/** A call as a failure report shows it: huge values cut, so the report stays readable. */
function shown({ mutation, caller, call }: Sent): string {
  const variables = JSON.stringify(call.variables, (_, value: unknown) => (typeof value === 'string' && value.length > 80 ? `${value.slice(0, 40)}…(${value.length})` : value));
  return `${mutation} as ${caller} [${call.attack}] ${variables.slice(0, 600)}`;
}

describe('hostile inputs to every mutation, generated from the schema', () => {
  let api: TestApp;
  const tokens: Partial<Record<Caller, string>> = {};
  const summary = {
    seed: SEED,
    mutationsFuzzed: 0,
    inputsTried: 0,
    refused: 0,
    accepted: 0,
    fingerprints: 0,
    fingerprintMs: 0,
    runMs: 0,
    serverErrors: 0,
    byAttack: {} as Record<string, number>,
    /** Accepted calls, `mutation [attack]`: content that passed validation, to read now and then. */
    acceptedCalls: [] as string[],
    byOutcome: {} as Record<string, number>,
    defects: [] as string[],
  };

  beforeAll(async () => {
    // The auth throttle would answer most login, refresh and invitation calls before their input is read.
    api = await startApi({ env: { AUTH_THROTTLE_PER_MINUTE: '1000' } });
    await api.app.get(DemoSeedService).seed();
    for (const [role, email] of Object.entries(DEMO_ACCOUNTS)) tokens[role as Caller] = (await signIn(api.server, email, DEMO_PASSWORD)).accessToken;
  });

  afterAll(async () => {
    const results = join(__dirname, '../../test-results');
    mkdirSync(results, { recursive: true });
    writeFileSync(join(results, 'hostile-inputs.json'), `${JSON.stringify(summary, null, 2)}\n`);
    const { defects, ...counts } = summary;
    console.log(`hostile inputs: ${JSON.stringify(counts, null, 2)}\n${defects.length} defect(s)${defects.length ? `:\n${defects.slice(0, 30).join('\n')}` : ''}`);
    await api.close();
  });

  // Found by this fuzzer: Express answered both with an HTML page carrying the stack trace and the server's paths.
  it.each([
    ['a body over the size limit', JSON.stringify({ query: 'mutation { logout }', variables: { ids: Array.from({ length: 5_000 }, () => '00000000-0000-0000-0000-000000000000') } }), 413, 'REQUEST_TOO_LARGE'],
    ['a body that is not JSON', '{"query": "mutation { logout }", "variables": {', 400, 'INVALID_INPUT'],
  ])('answers %s as a GraphQL error with a stable code, never an HTML stack trace', async (_, body, status, reason) => {
    const response = await request(api.server).post('/graphql').set('Content-Type', 'application/json').send(body);
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.body).toEqual({ errors: [expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', reason }) })] });
    expect(response.text).not.toMatch(/node_modules|\bat\s|<html/i);
  });

  // Found by this fuzzer: IsEmail threw URIError on a lone surrogate (INTERNAL); a NUL reached PostgreSQL, whose text refuses it.
  it.each([
    ['a lone surrogate in an e-mail', 'COMPANY_HR', 'mutation($input: InviteColleagueInput!) { inviteColleague(input: $input) { __typename } }', { input: { email: '\uD800' } }, 'input.email'],
    ['a NUL in a name', 'ADMIN', 'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }', { input: { name: 'Caritas\u0000', channel: 'CARITAS', districtCode: 'IMOLA' } }, 'input.name'],
  ] as const)('refuses %s as BAD_USER_INPUT naming the field, and stores nothing', async (_, caller, query, variables, field) => {
    const before = await storeFingerprint(api.app, { full: true });
    const response = await graphql(api.server, query, variables, { token: tokens[caller] });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED', fields: [expect.objectContaining({ field })] });
    expect(changes(before, await storeFingerprint(api.app, { full: true }))).toEqual([]);
  });

  it('answers every input with data or a stable, masked error, and a refused one changes nothing in PostgreSQL or Meilisearch', async () => {
    const mutationType = api.app.get(GraphQLSchemaHost).schema.getMutationType();
    const callers = mutationCallers(api.app.get(ModulesContainer));
    const fields = Object.values(mutationType?.getFields() ?? {}) as GraphQLField<unknown, unknown>[];
    expect(fields.length).toBeGreaterThan(0);

    const started = performance.now();
    const take = async (full = summary.fingerprints % FULL_EVERY === 0) => {
      const before = performance.now();
      summary.fingerprints += 1;
      const taken = await storeFingerprint(api.app, { full });
      summary.fingerprintMs += Math.round(performance.now() - before);
      return taken;
    };
    let baseline = await take(true);
    let unchecked: Sent[] = [];
    const fingerprint = async (full?: boolean) => {
      const now = await take(full);
      // A partial fingerprint carries no documents: the last full one stays the reference for them.
      now.indexes ??= baseline.indexes;
      const changed = changes(baseline, now);
      if (changed.length > 0) summary.defects.push(`refused, yet changed ${changed.join('; ')} — one of:\n    ${unchecked.map(shown).join('\n    ')}`);
      baseline = now;
      unchecked = [];
    };

    for (const [index, field] of fields.entries()) {
      const admitted = callers.get(field.name) ?? [];
      expect(admitted.length > 0 ? field.name : `${field.name} admits no caller`).toBe(field.name);
      summary.mutationsFuzzed += 1;
      const draws = fc.sample(
        fc.record({ caller: fc.constantFrom(...admitted), call: fc.gen().map((g) => mutationCall(field, g)) }),
        { seed: SEED + index, numRuns: CALLS_PER_MUTATION },
      );
      for (const { caller, call } of draws) {
        const sent: Sent = { mutation: field.name, caller, call };
        // A call that may be accepted changes the store: what was refused before it is checked first.
        if (!call.mustRefuse && unchecked.length > 0) await fingerprint();
        const response = await graphql(api.server, call.query, call.variables, { token: tokens[caller] });
        summary.inputsTried += 1;
        summary.byAttack[call.attack.split(' ')[0]] = (summary.byAttack[call.attack.split(' ')[0]] ?? 0) + 1;
        const outcome = outcomeOf(response);
        summary.byOutcome[outcome] = (summary.byOutcome[outcome] ?? 0) + 1;
        if (response.status >= 500 || outcome.includes(GraphqlErrorCode.INTERNAL_SERVER_ERROR)) summary.serverErrors += 1;
        for (const problem of problemsOf(response)) summary.defects.push(`${problem} — ${shown(sent)}`);

        if (outcome === 'accepted') {
          summary.accepted += 1;
          summary.acceptedCalls.push(`${field.name} [${call.attack}]`);
          if (call.mustRefuse) summary.defects.push(`accepted an input GraphQL must refuse — ${shown(sent)}`);
          baseline = await take(true);
          continue;
        }
        summary.refused += 1;
        unchecked.push(sent);
        if (!call.mustRefuse || unchecked.length >= REFUSED_PER_FINGERPRINT) await fingerprint();
      }
    }
    await fingerprint(true);
    summary.runMs = Math.round(performance.now() - started);

    expect(summary.serverErrors).toBe(0);
    expect(summary.defects).toEqual([]);
  }, 120_000 * Math.max(1, CALLS_PER_MUTATION / 10));

  // The check above passes if the fingerprint sees nothing: it must see a single changed row, and a single write to an index.
  it('takes a fingerprint that sees one changed row and one index write', async () => {
    const before = await storeFingerprint(api.app, { full: true });
    await api.dataSource.query(`UPDATE company SET legal_name = legal_name || ' ' WHERE id = (SELECT min(id::text)::uuid FROM company)`);
    const [indexName, uid] = [...api.app.get(SearchDocumentSources).all().map((source) => [source.indexName, api.app.get(SearchIndexes).uid(source.indexName)])][0];
    const task = await api.app.get(Meilisearch).index(uid).addDocuments([{ id: '00000000-0000-0000-0000-0000000000ff' }]).waitTask();
    expect(task.status).toBe('succeeded');
    const after = await storeFingerprint(api.app, { full: true });
    expect(changes(before, after)).toEqual([
      expect.stringMatching(/^table company: /),
      expect.stringMatching(/^Meilisearch task \d+ written after/),
      expect.stringMatching(new RegExp(`^index ${indexName}: `)),
    ]);
  });
});
