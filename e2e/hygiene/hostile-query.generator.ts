import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

export interface HostileQuery {
  query: string;
  variables: Record<string, unknown>;
}

/** Strings a caller might send: codes, periods, words, and some no validation accepts. */
const STRINGS = ['IMOLA', 'BOLOGNA', 'RENO_LAVINO_SAMOGGIA', '2026-Q1', '2026-H1', '2025-Q4', 'RISTORAZIONE', 'LOGISTICA', 'muletto', 'x', '', 'ä'.repeat(300)];
const PAGE_SIZES = [0, 1, 5, 20, 50, 100, 101, 100_000];
/** The depth limit: deeper trees are drawn now and then, and must be refused cleanly. */
const MAX_DEPTH = 10;
const MAX_ALIASES = 15;

type Draw = fc.GeneratorValue;

class QueryBuilder {
  private readonly fragments: string[] = [];
  private readonly variableDefinitions: string[] = [];
  readonly variables: Record<string, unknown> = {};
  private aliases = 0;
  /** Fields left to draw: keeps a document under the token limit, deep and narrow or shallow and wide. */
  private fieldsLeft = 0;
  /** Whether this query may carry one alias too many, which must be refused cleanly. */
  private oneAliasTooMany = false;
  /** A single chain of fields through types that nest into each other, the shape that once exhausted the heap. */
  private chain = false;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly g: Draw,
  ) {}

  private get aliasLimit(): number {
    return MAX_ALIASES + (this.oneAliasTooMany ? 1 : 0);
  }

  private int(min: number, max: number): number {
    return this.g(fc.integer, { min, max });
  }

  private chance(percent: number): boolean {
    return this.int(1, 100) <= percent;
  }

  private pick<T>(values: readonly T[]): T {
    return values[this.int(0, values.length - 1)];
  }

  /** A selection set of `type`, `depth` levels at most, some of it in inline or named fragments. */
  selection(type: GraphQLObjectType, depth: number, path: ReadonlySet<string> = new Set()): string {
    const below = new Set([...path, type.name]);
    const fields = Object.values(type.getFields());
    const objects = fields.filter((field) => !isLeafType(getNamedType(field.type)));
    const leaves = fields.filter((field) => isLeafType(getNamedType(field.type)));
    const lists = objects.filter((field) => isListType(getNullableType(field.type)) || field.args.some((argument) => argument.name === 'first'));
    // Types that nest into each other (district → neighbours → comuni → district …) multiply without end.
    const cycles = objects.filter((field) => below.has(getNamedType(field.type).name));
    const aliasesBefore = this.aliases;
    const parts: string[] = [];
    const withArguments = new Set<string>();
    const count = this.chain ? 1 : this.int(1, 4);
    for (let index = 0; index < count && this.fieldsLeft > 0; index += 1) {
      this.fieldsLeft -= 1;
      // Cycles and lists nested in lists are where work multiplies: prefer them while depth remains.
      const pool = this.chain && path.size === 0 ? recursiveFields(this.schema, fields) : this.pool(depth > 1 ? [cycles, lists, objects] : [], this.chain && depth > 1 ? [] : leaves);
      const field = pool.length > 0 ? this.pick(pool) : undefined;
      // The same field twice with other arguments is a conflict GraphQL refuses: alias it, or leave it out.
      const mustAlias = !!field && withArguments.has(field.name);
      if (mustAlias && this.aliases >= this.aliasLimit) continue;
      const part = field ? this.field(field, depth, mustAlias, below) : '__typename';
      if (field && field.args.length > 0 && !mustAlias) withArguments.add(field.name);
      if (part) parts.push(part);
    }
    if (parts.length === 0) parts.push('__typename');
    const body = parts.join(' ');
    if (this.chain) return body;
    if (this.chance(15)) return `... on ${type.name} { ${body} }`;
    if (this.chance(15)) {
      const name = `F${this.fragments.length}`;
      this.fragments.push(`fragment ${name} on ${type.name} { ${body} }`);
      // Spread twice now and then: fragments are counted each time they are used, their aliases too.
      const bodyAliases = this.aliases - aliasesBefore;
      if (!this.chance(30) || this.aliases + bodyAliases > this.aliasLimit) return `...${name}`;
      this.aliases += bodyAliases;
      return `...${name} ...${name}`;
    }
    return body;
  }

  /** Cycles or lists most of the time, other objects now and then, leaves otherwise; whichever is not empty. */
  private pool(nested: GraphQLField<unknown, unknown>[][], leaves: GraphQLField<unknown, unknown>[]): GraphQLField<unknown, unknown>[] {
    const [cycles = [], lists = [], objects = []] = nested;
    const roll = this.int(1, 100);
    const preferred = roll <= 40 ? cycles : roll <= 65 ? lists : roll <= 85 ? objects : leaves;
    return [preferred, cycles, lists, objects, leaves].find((candidates) => candidates.length > 0) ?? [];
  }

  private field(field: GraphQLField<unknown, unknown>, depth: number, mustAlias: boolean, path: ReadonlySet<string>): string | undefined {
    const args: string[] = [];
    for (const argument of field.args) {
      const required = isNonNullType(argument.type) && argument.defaultValue === undefined;
      if (!required && !this.chance(40)) continue;
      const value = this.argument(argument);
      if (value === undefined) {
        if (required) return undefined;
        continue;
      }
      args.push(`${argument.name}: ${value}`);
    }
    const aliased = mustAlias || (this.chance(35) && this.aliases < this.aliasLimit);
    const alias = aliased ? `a${(this.aliases += 1)}: ` : '';
    const head = `${alias}${field.name}${args.length ? `(${args.join(', ')})` : ''}`;
    const named = getNamedType(field.type);
    if (!isObjectType(named)) return head;
    if (depth <= 1) {
      const leaves = Object.values(named.getFields()).filter((child) => isLeafType(getNamedType(child.type)) && child.args.length === 0);
      return `${head} { ${leaves.length ? this.pick(leaves).name : '__typename'} }`;
    }
    return `${head} { ${this.selection(named, depth - 1, path)} }`;
  }

  private argument(argument: GraphQLArgument): string | undefined {
    if ((argument.name === 'first' || argument.name === 'last') && this.chance(60)) {
      const name = `v${this.variableDefinitions.length}`;
      this.variableDefinitions.push(`$${name}: Int!`);
      this.variables[name] = this.pick(PAGE_SIZES);
      return `$${name}`;
    }
    if (argument.name === 'after') return 'null';
    return this.literal(argument.type, 0);
  }

  private literal(type: GraphQLInputType, level: number): string | undefined {
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      const item = this.literal(nullable.ofType, level + 1);
      return item === undefined ? undefined : `[${item}]`;
    }
    if (isEnumType(nullable)) return this.pick(nullable.getValues()).name;
    if (isInputObjectType(nullable)) {
      if (level > 3) return undefined;
      const fields: string[] = [];
      for (const field of Object.values(nullable.getFields())) {
        const required = isNonNullType(field.type) && field.defaultValue === undefined;
        if (!required && !this.chance(30)) continue;
        const value = this.literal(field.type, level + 1);
        if (value === undefined) {
          if (required) return undefined;
          continue;
        }
        fields.push(`${field.name}: ${value}`);
      }
      return `{ ${fields.join(', ')} }`;
    }
    if (isScalarType(nullable)) {
      switch (nullable.name) {
        case 'Int':
          return String(this.pick(PAGE_SIZES));
        case 'Float':
          return String(this.int(0, 100) / 10);
        case 'Boolean':
          return String(this.chance(50));
        // Well-formed ids of nothing: malformed ids are another defect of the same issue.
        case 'ID':
          return JSON.stringify(this.g(fc.uuid));
        case 'DateTime':
          return JSON.stringify(`2026-0${this.int(1, 9)}-15T09:00:00.000Z`);
        default:
          return JSON.stringify(this.pick(STRINGS));
      }
    }
    return undefined;
  }

  build(): HostileQuery {
    const root = this.schema.getQueryType();
    if (!root) throw new Error('the schema has no Query type');
    this.fieldsLeft = this.int(10, 250);
    this.oneAliasTooMany = this.chance(5);
    this.chain = this.chance(25);
    const depth = this.chance(5) ? MAX_DEPTH + 1 : this.int(this.chain ? 5 : 2, MAX_DEPTH - 1);
    const selection = this.selection(root, depth);
    const variables = this.variableDefinitions.length ? `(${this.variableDefinitions.join(', ')})` : '';
    const query = [`query Hostile${variables} { ${selection} }`, ...new Set(this.fragments)].join('\n');
    return { query, variables: this.variables };
  }
}

/** Whether a field of `type` leads back to `type`, within a few levels. */
function nestsIntoItself(type: GraphQLObjectType): boolean {
  let frontier: GraphQLObjectType[] = [type];
  for (let level = 0; level < 4; level += 1) {
    const next = frontier.flatMap((current) => Object.values(current.getFields()).map((field) => getNamedType(field.type))).filter(isObjectType);
    if (next.includes(type)) return true;
    frontier = [...new Set(next)];
  }
  return false;
}

/** The root fields whose type nests into itself, or all of them when none does. */
function recursiveFields(schema: GraphQLSchema, fields: GraphQLField<unknown, unknown>[]): GraphQLField<unknown, unknown>[] {
  const recursive = fields.filter((field) => {
    const named = getNamedType(field.type);
    return isObjectType(named) && named !== schema.getQueryType() && nestsIntoItself(named);
  });
  return recursive.length > 0 ? recursive : fields;
}

/** A query drawn from the schema itself: nested lists, aliases, named and inline fragments, variable page sizes. */
export function hostileQuery(schema: GraphQLSchema, g: Draw): HostileQuery {
  return new QueryBuilder(schema, g).build();
}
