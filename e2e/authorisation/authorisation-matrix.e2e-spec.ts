import { mkdirSync, writeFileSync } from 'node:fs';
import { ModulesContainer } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getNamedType, isLeafType, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { graphql, type GraphqlResponse, type TestApp } from '@ipl/testing';
import { startApi } from '../app';
import { discoverOperations } from '../hygiene/operation-declarations';
import { CARRIERS } from './fields';
import { FIELDS, OPERATIONS, type ForeignOutcome, type RoleLetter } from './matrix';
import { requestFor, withUnknownIds, type MatrixRequest } from './requests';
import { buildWorld, DISTRICT_A, type Caller, type World } from './world';

/**
 * Issue 16, item 2: every query, mutation and guarded object field of the schema, for each
 * role and, for scoped data, for the same role of another scope, is answered as
 * e2e/authorisation/matrix.ts declares. The requests are built from the schema's argument types.
 */

const ROLES: RoleLetter[] = ['A', 'H', 'B', 'O', 'C'];
const CALLERS: ('ANONYMOUS' | RoleLetter)[] = ['ANONYMOUS', ...ROLES];
const SCOPED = ['H', 'O', 'C'] as const;
/** Cells that end the caller's own session or change its sign-in: run after every other cell. */
const LAST = ['Mutation.logout', 'Mutation.enrolSecondFactor', 'Mutation.confirmSecondFactor'];

type Outcome = 'ALLOWED' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';

function expectedFor(roles: string, caller: 'ANONYMOUS' | RoleLetter, otherSide = ''): Outcome {
  if (roles === 'PUBLIC') return 'ALLOWED';
  if (caller === 'ANONYMOUS') return 'UNAUTHENTICATED';
  return roles.includes(caller) && !otherSide.includes(caller) ? 'ALLOWED' : 'FORBIDDEN';
}

/** The guard's own reasons: a refusal for the role must come from it, not from a service that happens to refuse too. */
const GUARD_REASON: Partial<Record<Outcome, string>> = { UNAUTHENTICATED: 'NOT_AUTHENTICATED', FORBIDDEN: 'ACCESS_DENIED' };

/** A refusal code if the API refused, ALLOWED otherwise (a domain error such as CONFLICT is an answer, not a refusal). */
function outcomeOf(response: GraphqlResponse<unknown>): Outcome | 'INTERNAL' {
  const codes = (response.errors ?? []).map((error) => error.extensions?.code);
  if (response.status >= 500 || codes.includes('INTERNAL_SERVER_ERROR')) return 'INTERNAL';
  for (const code of ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'] as const) if (codes.includes(code)) return code;
  return 'ALLOWED';
}

/** Own-scope cells: ALLOWED also accepts a domain NOT_FOUND (a state the earlier cells changed); refusals must match exactly. */
function agrees(expected: Outcome, actual: Outcome | 'INTERNAL'): boolean {
  if (expected === 'ALLOWED') return actual === 'ALLOWED' || actual === 'NOT_FOUND';
  return actual === expected;
}

async function inBatches<T>(tasks: (() => Promise<T>)[], size = 16): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < tasks.length; i += size) results.push(...(await Promise.all(tasks.slice(i, i + size).map((task) => task()))));
  return results;
}

function describeError(response: GraphqlResponse<unknown>): string {
  return JSON.stringify((response.errors ?? []).map((error) => [error.extensions?.code, error.extensions?.reason, error.message]));
}

/** The ids scope A owns (not company B, the vocabulary's skill or the public logo number). */
function ownIds(world: World): string[] {
  return Object.entries(world.ids)
    .filter(([key]) => !['companyB', 'skill', 'logoNumber'].includes(key))
    .map(([, id]) => id);
}

/**
 * A fingerprint of every table but the audit log (which records refused reads on purpose):
 * equal before and after a batch of refusals when they changed nothing.
 */
async function fingerprint(api: TestApp): Promise<Record<string, string>> {
  const tables = (await api.dataSource.query(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'audit_event'`,
  )) as { name: string }[];
  const rows = await Promise.all(
    tables.map(async ({ name }) => {
      const [row] = (await api.dataSource.query(`SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS hash FROM "${name}" t`)) as { hash: string }[];
      return [name, row.hash] as const;
    }),
  );
  return Object.fromEntries(rows);
}

function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys(after).filter((name) => before[name] !== after[name]);
}

function rootFields(schema: GraphQLSchema): string[] {
  return (['Query', 'Mutation'] as const).flatMap((root) =>
    Object.keys((schema.getType(root) as GraphQLObjectType).getFields()).map((field) => `${root}.${field}`),
  );
}

describe('authorisation matrix: every operation and guarded field × every role and a foreign scope', () => {
  let api: TestApp;
  let world: World;
  let schema: GraphQLSchema;
  const checked = { operationCells: 0, fieldCells: 0, foreignCases: 0, foreignIndistinguishable: 0, foreignDistinguishable: [] as string[], disagreements: 0 };

  beforeAll(async () => {
    // The world signs in a dozen users; the per-address sign-in throttle is not what this file tests.
    api = await startApi({ env: { AUTH_THROTTLE_PER_MINUTE: '1000' } });
    schema = api.app.get(GraphQLSchemaHost).schema;
    world = await buildWorld(api);
  }, 120_000);
  afterAll(() => api?.close());

  const send = (request: MatrixRequest, caller: Caller) => {
    const token = world.tokens[caller];
    return graphql(api.server, request.document, request.variables, token ? { token } : {});
  };

  it('has an entry for every query, mutation and field resolver of the schema, and none for one that does not exist', () => {
    expect(Object.keys(OPERATIONS).sort()).toEqual(rootFields(schema).sort());
    const fieldResolvers = discoverOperations(api.app.get(ModulesContainer))
      .filter((operation) => operation.kind === 'ResolveField')
      .map((operation) => operation.name);
    expect(Object.keys(FIELDS).sort()).toEqual([...new Set(fieldResolvers)].sort());
    for (const coordinate of Object.keys(FIELDS)) expect(CARRIERS[coordinate.split('.')[0]] ? coordinate : `${coordinate} has no carrier`).toBe(coordinate);
  });

  it('declares a foreign-scope outcome for every query a scoped role may call, and every mutation that names scope A’s objects', () => {
    const own = ownIds(world);
    const missing: string[] = [];
    for (const [coordinate, entry] of Object.entries(OPERATIONS)) {
      for (const role of SCOPED) {
        const letsIn = entry.roles !== 'PUBLIC' && entry.roles.includes(role);
        const variables = letsIn ? JSON.stringify(requestFor(schema, coordinate, `${role}_B`, world).variables) : '';
        const namesScope = own.some((id) => variables.includes(id)) || (role === 'C' && variables.includes(DISTRICT_A));
        const needed = letsIn && (coordinate.startsWith('Query.') || namesScope);
        if (needed !== (entry.foreign?.[role] !== undefined)) missing.push(`${coordinate} ${role}_B: ${needed ? 'needs' : 'must not have'} a foreign outcome`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('answers a foreign scope as declared: a refusal reads exactly like an unknown id, an ALLOWED shows nothing of scope A', async () => {
    const cases = Object.entries(OPERATIONS).flatMap(([coordinate, entry]) =>
      Object.entries(entry.foreign ?? {}).map(([role, expected]) => ({ coordinate, caller: `${role}_B` as Caller, expected: expected as ForeignOutcome })),
    );
    const scopeA = [...ownIds(world), DISTRICT_A];
    const check = ({ coordinate, caller, expected }: (typeof cases)[number]) => async () => {
      const request = requestFor(schema, coordinate, caller, world, expected === 'ALLOWED' ? 2 : 0);
      const [response, unknown] = await Promise.all([send(request, caller), send(withUnknownIds(request, world), caller)]);
      const actual = outcomeOf(response);
      const declared = expected === 'SHARED' ? 'ALLOWED' : expected;
      if (actual !== declared) return `${coordinate} by ${caller}: expected ${expected}, got ${actual} ${describeError(response)}`;
      if (expected === 'ALLOWED') {
        const shown = scopeA.filter((value) => JSON.stringify(response.data).includes(value));
        if (shown.length > 0) return `${coordinate} by ${caller}: the answer shows scope A's ${shown.join(', ')}`;
      }
      if (describeError(response) === describeError(unknown)) checked.foreignIndistinguishable += 1;
      else if (expected === 'NOT_FOUND') checked.foreignDistinguishable.push(`${coordinate} by ${caller}: ${describeError(response)} / unknown: ${describeError(unknown)}`);
      return undefined;
    };
    const refusals = cases.filter((entry) => entry.expected === 'NOT_FOUND');
    const before = await fingerprint(api);
    const mismatches = await inBatches(refusals.map(check));
    expect(changedTables(before, await fingerprint(api))).toEqual([]);
    mismatches.push(...(await inBatches(cases.filter((entry) => !refusals.includes(entry)).map(check))));
    checked.foreignCases = cases.length;
    checked.disagreements += mismatches.filter(Boolean).length + checked.foreignDistinguishable.length;
    expect(mismatches.filter(Boolean)).toEqual([]);
    expect(checked.foreignDistinguishable).toEqual([]);
  }, 60_000);

  it('answers every guarded object field as declared, for each role', async () => {
    const tasks = Object.entries(FIELDS).flatMap(([coordinate, roles]) => {
      const [typeName, fieldName] = coordinate.split('.');
      const carrier = CARRIERS[typeName];
      const field = (schema.getType(typeName) as GraphQLObjectType).getFields()[fieldName];
      const selection = isLeafType(getNamedType(field.type)) ? fieldName : `${fieldName} { __typename }`;
      return CALLERS.map((caller) => async () => {
        const along = [...carrier.path.map((step) => (step.startsWith('Query.') ? OPERATIONS[step].roles : FIELDS[step])), roles];
        const expected = along.map((declared) => expectedFor(declared, caller)).find((outcome) => outcome !== 'ALLOWED') ?? 'ALLOWED';
        const response = await send({ document: carrier.document.replace('%', `__typename ${selection}`), variables: carrier.variables(world) }, caller);
        const actual = outcomeOf(response);
        if (actual !== expected) return `${coordinate} by ${caller}: expected ${expected}, got ${actual} ${describeError(response)}`;
        if (expected === 'ALLOWED' && !JSON.stringify(response.data).includes(`"${fieldName}":`)) return `${coordinate} by ${caller}: the carrier never reached the field`;
        return undefined;
      });
    });
    const mismatches = await inBatches(tasks);
    checked.fieldCells = tasks.length;
    checked.disagreements += mismatches.filter(Boolean).length;
    expect(mismatches.filter(Boolean)).toEqual([]);
  }, 60_000);

  it('answers every query and mutation as declared, for each role', async () => {
    const cells = Object.entries(OPERATIONS).flatMap(([coordinate, entry]) =>
      CALLERS.map((caller) => ({ coordinate, caller, expected: expectedFor(entry.roles, caller, entry.otherSide), byGuard: !entry.otherSide?.includes(caller) })),
    );
    const check = async ({ coordinate, caller, expected, byGuard }: (typeof cells)[number]) => {
      const response = await send(requestFor(schema, coordinate, caller, world), caller);
      const actual = outcomeOf(response);
      const reason = response.errors?.[0]?.extensions.reason;
      if (!agrees(expected, actual)) return `${coordinate} by ${caller}: expected ${expected}, got ${actual} ${describeError(response)}`;
      if (byGuard && GUARD_REASON[expected] && reason !== GUARD_REASON[expected]) return `${coordinate} by ${caller}: refused by ${reason}, not by the guard`;
      return undefined;
    };
    // Refusals (which must change nothing) and queries go in parallel batches; allowed mutations
    // one operation at a time, each on objects that the later cells do not need as they were.
    const refusals = cells.filter((cell) => cell.expected !== 'ALLOWED');
    const queries = cells.filter((cell) => cell.expected === 'ALLOWED' && cell.coordinate.startsWith('Query.'));
    const before = await fingerprint(api);
    const mismatches = await inBatches(refusals.map((cell) => () => check(cell)));
    expect(changedTables(before, await fingerprint(api))).toEqual([]);
    mismatches.push(...(await inBatches(queries.map((cell) => () => check(cell)))));
    const mutations = cells.filter((cell) => !refusals.includes(cell) && !queries.includes(cell));
    for (const coordinate of [...new Set(mutations.map((cell) => cell.coordinate))].sort((a, b) => Number(LAST.includes(a)) - Number(LAST.includes(b)))) {
      for (const cell of mutations.filter((candidate) => candidate.coordinate === coordinate)) mismatches.push(await check(cell));
    }
    checked.operationCells = cells.length;
    checked.disagreements += mismatches.filter(Boolean).length;
    expect(mismatches.filter(Boolean)).toEqual([]);
  }, 120_000);

  afterAll(() => {
    const operations = Object.keys(OPERATIONS).length;
    const fields = Object.keys(FIELDS).length;
    const complete = checked.operationCells === operations * CALLERS.length && checked.fieldCells === fields * CALLERS.length;
    const agreeing = checked.disagreements === 0 ? 'all as declared' : `${checked.disagreements} not as declared`;
    const line = `${operations} operations and ${fields} guarded fields × ${CALLERS.length} roles + ${checked.foreignCases} foreign-scope cases: ${complete ? '100%' : 'not all'} covered, ${agreeing}`;
    mkdirSync('test-results', { recursive: true });
    writeFileSync(
      'test-results/authorisation-matrix.json',
      `${JSON.stringify({ line, operations, guardedFields: fields, callers: CALLERS, ...checked, complete }, null, 2)}\n`,
    );
    process.stdout.write(`${line}\n`);
  });
});
