import { randomBytes } from 'node:crypto';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import type { Caller, World } from './world';
import { DISTRICT_A } from './world';

export interface MatrixRequest {
  document: string;
  variables: Record<string, unknown>;
}

type IdKey = keyof World['ids'];

/** What an `id` argument names, per operation; other ID arguments are named after what they hold. */
const TARGET: Record<string, IdKey | ((caller: Caller) => IdKey)> = {
  'Query.slot': 'slot',
  'Mutation.publishSlot': 'slot',
  'Mutation.confirmSlot': 'slot',
  'Mutation.updateSlot': 'slot',
  'Mutation.setSlotIntake': 'slot',
  'Mutation.closeSlot': 'spareSlot',
  'Query.candidate': 'candidate',
  'Mutation.updateCandidate': 'candidate',
  'Mutation.reconfirmCandidate': 'candidate',
  'Mutation.withdrawCandidate': 'spareCandidate',
  'Mutation.eraseCandidate': 'spareCandidate',
  'Query.company': 'companyA',
  'Mutation.updateCompany': 'companyA',
  'Query.needsAnalysis': 'needsAnalysis',
  'Mutation.updateNeedsAnalysis': 'needsAnalysis',
  'Mutation.submitNeedsAnalysis': 'needsAnalysis',
  'Query.organisation': 'organisationA',
  'Mutation.updateOrganisation': 'organisationA',
  'Query.project': 'project',
  'Query.proposal': 'proposal',
  'Mutation.disableUser': 'victimUser',
  'Mutation.enableUser': 'victimUser',
  'Mutation.setScopeAdmin': 'operatorColleague',
  'Mutation.disableColleague': (caller) => (caller === 'O' || caller === 'O_B' ? 'operatorColleague' : 'hrColleague'),
  'Mutation.enableColleague': (caller) => (caller === 'O' || caller === 'O_B' ? 'operatorColleague' : 'hrColleague'),
  'Mutation.resendInvitation': 'invitation',
  'Mutation.revokeInvitation': 'invitation',
  'Mutation.acceptCoordinationRequest': 'coordinationRequest',
  'Mutation.refuseCoordinationRequest': 'coordinationRequest',
};

const BY_NAME: Record<string, IdKey> = {
  slotId: 'slot',
  candidateId: 'candidate',
  companyId: 'companyA',
  proposalId: 'proposal',
  analysisId: 'needsAnalysis',
  projectId: 'project',
  needId: 'projectNeed',
  offerId: 'projectOffer',
  organisationId: 'organisationA',
};

/**
 * Albo decisions on company B: they change the company's standing, which would turn later
 * cells of company A into domain refusals. Admin only, so no scope case needs company A.
 */
const ON_COMPANY_B = new Set([
  'Mutation.admitCompany',
  'Mutation.approveAlboRenewal',
  'Mutation.readmitCompany',
  'Mutation.rejectAlboApplication',
  'Mutation.revokeCompany',
  'Mutation.suspendCompany',
  'Mutation.removeCompanyFromBoard',
]);

/** Inputs that generation cannot make valid: a real sign-in, a live refresh token. */
const SAMPLES: Record<string, (caller: Caller, world: World) => Record<string, unknown>> = {
  'Mutation.login': (_caller, world) => ({ input: { email: world.signIn.email, password: world.signIn.password } }),
  'Mutation.refreshToken': (caller, world) => ({ input: { refreshToken: world.signIn.refreshTokens[caller] } }),
  // A followed job needs its contract type; a path that ended without one reaches the scope check.
  'Mutation.endPath': (_caller, world) => ({ input: { proposalId: world.ids.proposal, outcome: 'COMPLETED', jobFollowed: false } }),
};

/** Optional arguments that narrow to a scope: given, so that a foreign caller names scope A's objects. */
const SCOPING_OPTIONAL = new Set(['slotId', 'candidateId', 'companyId', 'districtCode']);

const today = new Date().toISOString().slice(0, 10);

/** Strings that pass validation where the name says what they hold; any other string is free text. */
function stringFor(coordinate: string, name: string, world: World): string {
  if (/skillId$/i.test(name)) return world.ids.skill;
  switch (name) {
    case 'period':
      return '2026-Q1';
    case 'districtCode':
      return DISTRICT_A;
    case 'comuneCode':
      return 'CASALECCHIO_DI_RENO';
    case 'startDate':
      return new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    case 'agreedOn':
    case 'consentGivenOn':
      return today;
    case 'logoNumber':
      return world.ids.logoNumber;
    case 'email':
      return `matrice.${randomBytes(4).toString('hex')}@test.example`;
    case 'code':
      if (coordinate === 'Query.district') return DISTRICT_A;
      if (coordinate === 'Mutation.updateAlboSection') return 'INCLUSIONE_LAVORATIVA';
      return `SEZIONE_${randomBytes(3).toString('hex').toUpperCase()}`;
    case 'atecoCode':
      return '10.71.10';
    case 'atecoSection':
      return 'I';
    case 'partitaIva':
      return '12345678903';
    default:
      return 'Testo di prova per la matrice';
  }
}

function idFor(coordinate: string, name: string, caller: Caller, world: World): string {
  if (name === 'companyId' && ON_COMPANY_B.has(coordinate)) return world.ids.companyB;
  const target = name === 'id' ? TARGET[coordinate] : BY_NAME[name];
  if (!target) throw new Error(`The matrix does not know which object ${coordinate}(${name}) names: add it to TARGET or BY_NAME`);
  return world.ids[typeof target === 'function' ? target(caller) : target];
}

function valueFor(type: GraphQLInputType, name: string, coordinate: string, caller: Caller, world: World): unknown {
  if (isNonNullType(type)) return valueFor(type.ofType, name, coordinate, caller, world);
  if (isListType(type)) return [valueFor(type.ofType as GraphQLInputType, name.replace(/s$/, ''), coordinate, caller, world)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type) || (SCOPING_OPTIONAL.has(field.name) && field.name in BY_NAME))
        .map((field) => [field.name, valueFor(field.type, field.name, coordinate, caller, world)]),
    );
  }
  switch (getNamedType(type).name) {
    case 'ID':
      return idFor(coordinate, name.replace(/Ids$/, 'Id'), caller, world);
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    default:
      return stringFor(coordinate, name, world);
  }
}

/** `__typename`, or with `depth`, every leaf field (and nested objects) that takes no argument: what an answer shows. */
function selectionOf(field: GraphQLField<unknown, unknown>, depth: number): string {
  const type = getNamedType(field.type);
  if (isLeafType(type)) return '';
  if (depth === 0 || !isObjectType(type)) return ' { __typename }';
  const fields = Object.values(type.getFields()).filter((child) => child.args.every((arg) => !isNonNullType(arg.type)));
  return ` { __typename ${fields.map((child) => `${child.name}${selectionOf(child, depth - 1)}`).join(' ')} }`;
}

function sentArguments(field: GraphQLField<unknown, unknown>): GraphQLArgument[] {
  return field.args.filter((arg) => isNonNullType(arg.type) || SCOPING_OPTIONAL.has(arg.name));
}

/**
 * A minimal request for one root field, built from its argument types: required arguments
 * (and the optional ones that name a scope) with values that pass validation where the
 * name tells what they hold, ids of scope A's objects, and `__typename` as the selection.
 */
export function requestFor(schema: GraphQLSchema, coordinate: string, caller: Caller, world: World, depth = 0): MatrixRequest {
  const [root, name] = coordinate.split('.');
  const type = (root === 'Query' ? schema.getQueryType() : schema.getMutationType()) as GraphQLObjectType;
  const field = type.getFields()[name];
  const args = sentArguments(field);
  const definitions = args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const call = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const variables = Object.fromEntries(args.map((arg) => [arg.name, valueFor(arg.type, arg.name, coordinate, caller, world)]));
  const operation = root === 'Query' ? 'query' : 'mutation';
  return {
    document: `${operation} Matrix${definitions ? `(${definitions})` : ''} { ${name}${call ? `(${call})` : ''}${selectionOf(field, depth)} }`,
    variables: { ...variables, ...SAMPLES[coordinate]?.(caller, world) },
  };
}

/** The same request with every id replaced by one that names nothing: what an unknown object looks like. */
export function withUnknownIds(request: MatrixRequest, world: World): MatrixRequest {
  let text = JSON.stringify(request.variables);
  for (const id of Object.values(world.ids)) {
    if (/^[0-9a-f-]{36}$/.test(id)) text = text.split(id).join('00000000-0000-4000-8000-000000000000');
  }
  if (text.includes(DISTRICT_A)) text = text.split(DISTRICT_A).join('IMOLA');
  return { document: request.document, variables: JSON.parse(text) as Record<string, unknown> };
}
