import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  astFromValue,
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLObjectType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
  print,
} from 'graphql';
import { createUser, graphql, signIn, type TestApp } from '@ipl/testing';
import { startApi } from '../app';

const VALID_ID = '00000000-0000-4000-8000-000000000000';
const MALFORMED = ['x', '1', '00000000-0000-4000-8000-00000000000g'];

/** A value the type accepts, for the arguments around the one under test. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType as GraphQLInputType)];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).filter((field) => isNonNullType(field.type)).map((field) => [field.name, sample(field.type)]));
  }
  const scalars: Record<string, unknown> = { ID: VALID_ID, String: 'x', Int: 1, Float: 1, Boolean: true, DateTime: '2026-01-01T00:00:00Z' };
  return scalars[getNamedType(type).name] ?? 'x';
}

/** Every position of an ID inside an argument, as a path of field names and list indexes. */
function idPaths(type: GraphQLInputType, path: (string | number)[], seen: Set<string>): (string | number)[][] {
  if (isNonNullType(type)) return idPaths(type.ofType, path, seen);
  if (isListType(type)) return idPaths(type.ofType as GraphQLInputType, [...path, 0], seen);
  if (isInputObjectType(type)) {
    if (seen.has(type.name)) return [];
    return Object.values(type.getFields()).flatMap((field) => idPaths(field.type, [...path, field.name], new Set([...seen, type.name])));
  }
  return isScalarType(type) && type.name === 'ID' ? [path] : [];
}

/** `value` with `malformed` put at `path`, building the objects and lists on the way. */
function withValueAt(value: unknown, type: GraphQLInputType, path: (string | number)[], malformed: string): unknown {
  if (path.length === 0) return malformed;
  const inner = isNonNullType(type) ? type.ofType : type;
  const [step, ...rest] = path;
  if (isListType(inner)) return [withValueAt((Array.isArray(value) ? value[0] : undefined) ?? sample(inner.ofType as GraphQLInputType), inner.ofType as GraphQLInputType, rest, malformed)];
  if (isInputObjectType(inner) && typeof step === 'string') {
    const field = inner.getFields()[step];
    if (!field) throw new Error(`no field ${step} in ${inner.name}`);
    const base = (value ?? sample(inner)) as Record<string, unknown>;
    return { ...base, [step]: withValueAt(base[step] ?? sample(field.type), field.type, rest, malformed) };
  }
  throw new Error(`cannot follow ${String(step)} in ${String(type)}`);
}

interface Case {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  field: string;
}

/** One request per ID position of every query and mutation: by variables and by literals. */
function casesOf(root: 'query' | 'mutation', type: GraphQLObjectType | null | undefined): Case[] {
  if (!type) return [];
  return Object.values(type.getFields()).flatMap((field: GraphQLField<unknown, unknown>) =>
    field.args.flatMap((target: GraphQLArgument) =>
      idPaths(target.type, [], new Set()).flatMap((path, index) => {
        const malformed = MALFORMED[index % MALFORMED.length] ?? 'x';
        const args = field.args.filter((arg) => arg === target || isNonNullType(arg.type));
        const values = Object.fromEntries(args.map((arg) => [arg.name, arg === target ? withValueAt(undefined, arg.type, path, malformed) : sample(arg.type)]));
        const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
        const reported = [target.name, ...path].join('.');
        const declarations = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
        const byVariables = `${root} (${declarations}) { ${field.name}(${args.map((arg) => `${arg.name}: $${arg.name}`).join(', ')})${selection} }`;
        const literals = args.map((arg) => {
          const ast = astFromValue(values[arg.name], arg.type);
          if (!ast) throw new Error(`no literal for ${field.name}.${arg.name}`);
          return `${arg.name}: ${print(ast)}`;
        });
        const byLiterals = `${root} { ${field.name}(${literals.join(', ')})${selection} }`;
        return [
          { name: `${type.name}.${field.name}(${reported}) by variables`, query: byVariables, variables: values, field: reported },
          { name: `${type.name}.${field.name}(${reported}) as a literal`, query: byLiterals, variables: {}, field: reported },
        ];
      }),
    ),
  );
}

describe('malformed ids, for every ID argument and input field of the schema', () => {
  let api: TestApp;
  let adminToken: string;
  let cases: Case[];

  beforeAll(async () => {
    api = await startApi();
    adminToken = (await signIn(api.server, (await createUser(api.dataSource, 'ADMIN')).email)).accessToken;
    const schema = api.app.get(GraphQLSchemaHost).schema;
    cases = [...casesOf('query', schema.getQueryType()), ...casesOf('mutation', schema.getMutationType())];
  });
  afterAll(() => api.close());

  it('finds the ID positions to try, from the schema (at least company(id), slot(id) and an input field)', () => {
    const names = cases.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['Query.company(id) by variables', 'Query.slot(id) as a literal', 'Mutation.inviteUser(input.companyId) by variables']));
    expect(cases.length).toBeGreaterThan(60);
  });

  it('answers each with BAD_USER_INPUT naming the field, never INTERNAL', async () => {
    const wrong: string[] = [];
    for (const c of cases) {
      const response = await graphql(api.server, c.query, c.variables, { token: adminToken, language: 'en' });
      const error = response.errors?.[0];
      const fields = (error?.extensions.fields ?? []).map((field) => field.field);
      const ok =
        response.data === null &&
        error?.extensions.code === 'BAD_USER_INPUT' &&
        error.extensions.reason === 'VALIDATION_FAILED' &&
        fields.includes(c.field) &&
        error.message === `Some data is not valid: ${c.field}`;
      if (!ok) wrong.push(`${c.name}: ${JSON.stringify(response.errors ?? response.data).slice(0, 300)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('answers in Italian by default, with a message per field', async () => {
    const response = await graphql(api.server, 'query { company(id: "x") { id } }', {}, { token: adminToken });
    const [error] = response.errors ?? [];
    expect(error?.message).toBe('Alcuni dati non sono validi: id');
    expect(error?.extensions.fields?.[0]).toMatchObject({ field: 'id', message: 'id: deve essere un identificativo valido' });
  });

  it('still lets well-formed ids through to the rules (an unknown one is NOT_FOUND, not a validation error)', async () => {
    const response = await graphql(api.server, 'query($id: ID!) { company(id: $id) { id } }', { id: VALID_ID }, { token: adminToken });
    expect(response.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });
});
