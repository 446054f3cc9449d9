import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
} from 'graphql';

type Draw = fc.GeneratorValue;

/** One call of a mutation: the document and the variables, and which kind of hostility it carries. */
export interface MutationCall {
  query: string;
  variables: Record<string, unknown>;
  /** What was done to the input, for the summary and for a failure's report. */
  attack: string;
  /**
   * True when GraphQL itself must refuse it (a type broken, a required value missing, a field or
   * argument unknown): such calls are batched between two fingerprints. The others may be accepted.
   */
  mustRefuse: boolean;
}

const HUGE = 100_000;
/** Strings that have broken parsers, collations, HTML and SQL elsewhere. */
const HOSTILE_STRINGS = [
  'a'.repeat(HUGE),
  '\u0000',
  'a\u0000b',
  '\uD800',
  'x\uDC00y',
  '\u202Eevil\u202C',
  'مرحبا بالعالم',
  '👩‍👩‍👧‍👦'.repeat(50),
  'ﬁ ﬀ Ⅻ ＡＢＣ ㎏',
  'é'.normalize('NFD'),
  '\uFEFF\u200B ',
  "' OR 1=1 --",
  "'); DROP TABLE app_user; --",
  '$1::text',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '{"__proto__":{"admin":true}}',
  '{{7*7}}${7*7}',
  '../../etc/passwd',
  '%s%n%x',
  '\r\n\tSet-Cookie: x=1',
  ' ',
  '',
];
const HOSTILE_NUMBERS = [-1, 0, -2_147_483_648, 2_147_483_647, 1e-9, -1e9];
/** Numbers GraphQL's Int refuses: out of 32 bits, fractions; JSON has no NaN, so those arrive as null or strings. */
const NOT_INTS = [2_147_483_648, 1.5, 1e21, 'NaN', 'Infinity', '12', true, null];
const MALFORMED_IDS = ['1', 'not-a-uuid', "' OR 1=1 --", '00000000-0000-0000-0000-00000000000g', '{00000000-0000-0000-0000-000000000000}', '', 'a'.repeat(HUGE)];
const MALFORMED_DATES = ['2026-02-30T00:00:00Z', 'yesterday', '0000-00-00', '+275760-09-13T00:00:01Z', '2026-13-01', '1e309', ''];
const WRONG_TYPES: unknown[] = [42, true, [], {}, { $gt: '' }, ['a', 'b'], 'text', -0.5];

/** Values a client could send for a string field, guessed from its name. */
function plausibleString(name: string, g: Draw): string {
  const lower = name.toLowerCase();
  const pick = (values: string[]) => values[g(fc.integer, { min: 0, max: values.length - 1 })];
  if (lower.includes('email')) return pick(['someone@example.org', 'HR.RENO@demo.ipl.example', 'a@b']);
  if (lower.includes('password')) return pick(['Password-for-tests-1', 'short']);
  if (lower.includes('partitaiva')) return pick(['01234567897', '12345678901']);
  if (lower.includes('period')) return pick(['2026-Q1', '2026-H1', '2026']);
  if (lower.includes('date') || lower.endsWith('at') || lower.endsWith('on')) return pick(['2026-03-01', '2026-03-01T09:00:00Z', '2019-01-01']);
  if (lower.includes('district')) return pick(['IMOLA', 'BOLOGNA', 'RENO_LAVINO_SAMOGGIA']);
  if (lower.includes('comune') || lower.includes('istat')) return pick(['037006', '037032']);
  if (lower.includes('code') || lower.includes('token')) return pick(['123456', 'ABC', 'RISTORAZIONE']);
  if (lower.includes('skill')) return pick(['muletto', 'cucina']);
  return pick(['Prova', 'Magazziniere', 'x', 'Descrizione di prova, senza dati personali.']);
}

function uuid(g: Draw): string {
  const hex = g(fc.uuid, { version: 4 });
  return g(fc.boolean) ? hex : '00000000-0000-0000-0000-000000000000';
}

/** A value of `type` that a careful client could send (ids exist nowhere; enums and shapes are right). */
function plausible(type: GraphQLInputType, name: string, g: Draw, depth = 0): unknown {
  if (isNonNullType(type)) return plausible(type.ofType, name, g, depth);
  if (isListType(type)) {
    const length = depth > 3 ? 0 : g(fc.integer, { min: 0, max: 2 });
    return Array.from({ length }, () => plausible(type.ofType, name, g, depth + 1));
  }
  if (isEnumType(type)) {
    const values = type.getValues();
    return values[g(fc.integer, { min: 0, max: values.length - 1 })].name;
  }
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (!isNonNullType(field.type) && (depth > 3 || g(fc.boolean))) continue;
      value[field.name] = plausible(field.type, field.name, g, depth + 1);
    }
    return value;
  }
  switch (type.name) {
    case 'ID':
      return uuid(g);
    case 'Int':
      return g(fc.integer, { min: 0, max: 40 });
    case 'Float':
      return g(fc.double, { min: 0, max: 1_000, noNaN: true });
    case 'Boolean':
      return g(fc.boolean);
    case 'DateTime':
      return g(fc.constantFrom, '2026-03-01T09:00:00.000Z', '2027-01-15T14:30:00.000Z', '2020-01-01T00:00:00.000Z');
    default:
      return plausibleString(name, g);
  }
}

/** A value of the same GraphQL type that is hostile in content: GraphQL lets it through, the application must judge it. */
function hostileOfType(type: GraphQLNamedType, g: Draw): unknown {
  if (isEnumType(type)) return type.getValues()[0].name;
  switch (type.name) {
    case 'ID':
      return g(fc.constantFrom, ...MALFORMED_IDS);
    case 'Int':
      return g(fc.constantFrom, ...HOSTILE_NUMBERS.map(Math.trunc));
    case 'Float':
      return g(fc.constantFrom, ...HOSTILE_NUMBERS, 1e308, -1e308);
    case 'Boolean':
      return g(fc.boolean);
    case 'DateTime':
      return g(fc.constantFrom, ...MALFORMED_DATES);
    default:
      return g(() => fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 40 })));
  }
}

/** A value that is not of `type` at all: GraphQL's variable coercion refuses it before any resolver runs. */
function wrongType(type: GraphQLNamedType, g: Draw): unknown {
  if (isEnumType(type)) return g(fc.constantFrom, 'NOT_A_VALUE', type.getValues()[0].name.toLowerCase(), 0);
  if (isInputObjectType(type)) return g(fc.constantFrom, 'text', 7, ['a']);
  if (type.name === 'Int') return g(fc.constantFrom, ...NOT_INTS.filter((value) => value !== null));
  if (type.name === 'Boolean') return g(fc.constantFrom, 'true', 1, {});
  if (type.name === 'String' || type.name === 'ID') return g(fc.constantFrom, {}, [], true, { toString: 'x' });
  return g(fc.constantFrom, ...WRONG_TYPES.filter((value) => typeof value === 'object'));
}

/** An input object nested into itself far past any sane depth. */
function deeplyNested(levels: number): Record<string, unknown> {
  let value: Record<string, unknown> = { leaf: 'x' };
  for (let level = 0; level < levels; level += 1) value = { nested: value };
  return value;
}

interface Slot {
  /** The container and key of one value inside the variables. */
  parent: Record<string, unknown> | unknown[];
  key: string | number;
  type: GraphQLInputType;
}

/** Every place a value sits in `value` of `type`, to choose one to spoil. */
function slots(parent: Record<string, unknown> | unknown[], key: string | number, type: GraphQLInputType): Slot[] {
  const here: Slot = { parent, key, type };
  const value = (parent as Record<string | number, unknown>)[key];
  const bare = getNullableType(type);
  if (isListType(bare) && Array.isArray(value)) return [here, ...value.flatMap((_, index) => slots(value, index, bare.ofType))];
  if (isInputObjectType(bare) && value && typeof value === 'object') {
    const fields = bare.getFields();
    return [here, ...Object.keys(value).flatMap((name) => (fields[name] ? slots(value as Record<string, unknown>, name, fields[name].type) : []))];
  }
  return [here];
}

type Attack = (slot: Slot, g: Draw) => { attack: string; mustRefuse: boolean } | undefined;

const set = (slot: Slot, value: unknown) => {
  (slot.parent as Record<string | number, unknown>)[slot.key] = value;
};

/** The ways an input is spoiled: content the type allows, then shapes it does not. */
const ATTACKS: Attack[] = [
  (slot, g) => {
    const named = getNamedType(slot.type);
    if (!isLeafType(named)) return undefined;
    set(slot, hostileOfType(named, g));
    return { attack: `hostile ${named.name}`, mustRefuse: false };
  },
  (slot, g) => {
    const bare = getNullableType(slot.type);
    if (!isListType(bare)) return undefined;
    const item = (slot.parent as Record<string | number, unknown[]>)[slot.key]?.[0];
    if (item === undefined) return undefined;
    // Within the body limit, the list's own bound must hold; past it, the server's.
    set(slot, Array.from({ length: g(fc.constantFrom, 200, 5_000) }, () => item));
    return { attack: 'huge list', mustRefuse: false };
  },
  (slot) => {
    if (!isListType(getNullableType(slot.type))) return undefined;
    set(slot, []);
    return { attack: 'empty list', mustRefuse: false };
  },
  (slot, g) => {
    const named = getNamedType(slot.type);
    // GraphQL takes a single value for a list (and an empty list is a list): a wrong list holds a wrong item.
    if (isListType(getNullableType(slot.type))) set(slot, [isLeafType(named) ? { not: 'a leaf' } : 42]);
    else set(slot, wrongType(named, g));
    return { attack: `wrong type for ${named.name}`, mustRefuse: true };
  },
  (slot) => {
    if (!isNonNullType(slot.type)) return undefined;
    if (Array.isArray(slot.parent)) set(slot, null);
    else delete slot.parent[slot.key as string];
    return { attack: 'required value missing', mustRefuse: true };
  },
  (slot) => {
    const value = (slot.parent as Record<string | number, unknown>)[slot.key];
    if (!isInputObjectType(getNamedType(slot.type)) || !value || typeof value !== 'object' || Array.isArray(value)) return undefined;
    Object.assign(value, { unexpected: 'x', isAdmin: true });
    return { attack: 'extra field', mustRefuse: true };
  },
  (slot) => {
    if (!isInputObjectType(getNamedType(slot.type))) return undefined;
    set(slot, deeplyNested(200));
    return { attack: 'deeply nested object', mustRefuse: true };
  },
];

function definition(name: string, type: GraphQLInputType): string {
  return `$${name}: ${type.toString()}`;
}

/** The selection a call asks for: the resolver runs in full whatever is selected, so the type's name is enough. */
function selectionOf(field: GraphQLField<unknown, unknown>): string {
  return isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
}

/**
 * One call of `field` (a Mutation), drawn by `g`: a plausible input, or one with a value
 * spoiled in content or shape, an argument missing or unknown, or the whole input not an object.
 */
export function mutationCall(field: GraphQLField<unknown, unknown>, g: Draw): MutationCall {
  const variables: Record<string, unknown> = {};
  for (const argument of field.args) {
    if (isNonNullType(argument.type) || g(fc.boolean)) variables[argument.name] = plausible(argument.type, argument.name, g);
  }
  const args = field.args.filter((argument) => argument.name in variables);
  const document = (names: string[], extraArgument = '') => {
    const chosen = field.args.filter((argument) => names.includes(argument.name));
    const definitions = chosen.length ? `(${chosen.map((argument) => definition(argument.name, argument.type)).join(', ')})` : '';
    const passed = [...chosen.map((argument) => `${argument.name}: $${argument.name}`), ...(extraArgument ? [extraArgument] : [])];
    return `mutation Fuzz${definitions} { ${field.name}${passed.length ? `(${passed.join(', ')})` : ''}${selectionOf(field)} }`;
  };
  const names = args.map((argument) => argument.name);
  const mode = g(fc.integer, { min: 1, max: 100 });

  if (mode <= 15 || args.length === 0) {
    if (args.length === 0 || g(fc.boolean)) return { query: document(names, 'unknownArgument: "x"'), variables, attack: 'unknown argument', mustRefuse: true };
    return { query: document(names), variables, attack: 'plausible', mustRefuse: false };
  }
  if (mode <= 22) {
    const required = args.filter((argument) => isNonNullType(argument.type));
    if (required.length > 0) {
      const dropped = required[g(fc.integer, { min: 0, max: required.length - 1 })].name;
      return { query: document(names.filter((name) => name !== dropped)), variables, attack: 'required argument missing', mustRefuse: true };
    }
  }
  const candidates = args.flatMap((argument) => slots(variables, argument.name, argument.type));
  // The attack first, then a place it fits, from a drawn start: lists and objects are rarer than leaves.
  const firstAttack = g(fc.integer, { min: 0, max: ATTACKS.length - 1 });
  const firstSlot = g(fc.integer, { min: 0, max: candidates.length - 1 });
  for (let a = 0; a < ATTACKS.length; a += 1) {
    for (let s = 0; s < candidates.length; s += 1) {
      const outcome = ATTACKS[(firstAttack + a) % ATTACKS.length](candidates[(firstSlot + s) % candidates.length], g);
      if (outcome) return { query: document(names), variables, ...outcome };
    }
  }
  return { query: document(names), variables, attack: 'plausible', mustRefuse: false };
}
