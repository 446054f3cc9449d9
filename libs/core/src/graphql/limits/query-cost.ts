import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  valueFromAST,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * The most items each list field can hold, keyed `Type.field`. For a field paged by
 * `first`/`last` (a connection or a plain list) the entry is its largest page.
 */
export type ListBounds = Readonly<Record<string, number>>;

/** Arguments that size a page; a connection's `nodes` and `edges` hold that many. */
const PAGE_SIZE_ARGUMENTS = ['first', 'last'];

/**
 * What a list without a declared bound counts as at run time. The list-bounds test fails on
 * such a field, so this only covers the time between adding a list and declaring it.
 */
export const UNDECLARED_LIST_BOUND = 100;

/**
 * Items of a list of scalars that weigh as much as one field: they are serialised, not
 * resolved one by one (measured: 50 analyses × 100 lines × 20 skill ids is a real answer).
 */
const SCALARS_PER_FIELD = 10;

export interface QueryCostInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  variables?: Readonly<Record<string, unknown>> | null;
  bounds: ListBounds;
}

interface Walk {
  input: QueryCostInput;
  operation: OperationDefinitionNode;
  fragments: Map<string, FragmentDefinitionNode>;
  /** A fragment's cost is the same wherever it is spread: computed once, so nesting spreads cannot make the walk itself exponential. */
  memo: Map<string, number>;
}

export function isConnectionType(type: GraphQLNamedType): boolean {
  return type.name.endsWith('Connection');
}

/**
 * The most fields a request can resolve, computed before it runs: every selected field
 * counts 1, times the most items of every list above it (a connection's page size from its
 * `first`/`last`, literal or variable; other lists from `bounds`); a list of scalars counts
 * one field per ten items. Aliases and fragments count each time they are selected. Introspection counts 1:
 * production refuses it, and the time and size budgets bound it elsewhere.
 */
export function estimateQueryCost(input: QueryCostInput): number {
  const operation = input.document.definitions.find(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION && (!input.operationName || definition.name?.value === input.operationName),
  );
  if (!operation) return 0;
  const rootType = input.schema.getRootType(operation.operation);
  if (!rootType) return 0;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of input.document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return selectionSetCost({ input, operation, fragments, memo: new Map() }, operation.selectionSet, rootType, undefined);
}

function selectionSetCost(walk: Walk, selectionSet: SelectionSetNode, parentType: GraphQLNamedType, pageSize: number | undefined): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      cost += fieldCost(walk, selection, parentType, pageSize);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? walk.input.schema.getType(selection.typeCondition.name.value) : parentType;
      if (type) cost += selectionSetCost(walk, selection.selectionSet, type, pageSize);
    } else {
      cost += fragmentCost(walk, selection.name.value, pageSize);
    }
  }
  return cost;
}

function fragmentCost(walk: Walk, name: string, pageSize: number | undefined): number {
  const key = `${name}:${pageSize ?? ''}`;
  const known = walk.memo.get(key);
  if (known !== undefined) return known;
  const fragment = walk.fragments.get(name);
  const type = fragment && walk.input.schema.getType(fragment.typeCondition.name.value);
  const cost = fragment && type ? selectionSetCost(walk, fragment.selectionSet, type, pageSize) : 0;
  walk.memo.set(key, cost);
  return cost;
}

function fieldCost(walk: Walk, node: FieldNode, parentType: GraphQLNamedType, pageSize: number | undefined): number {
  if (node.name.value.startsWith('__') || !(isObjectType(parentType) || isInterfaceType(parentType))) return 1;
  const field = parentType.getFields()[node.name.value];
  if (!field) return 1;
  const key = `${parentType.name}.${field.name}`;
  const ownPage = pageSizeOf(walk, node, field, key);
  const isList = isListType(getNullableType(field.type));
  const items = isList ? listBound(walk, field, key, ownPage, isConnectionType(parentType) ? pageSize : undefined) : 1;
  if (!node.selectionSet) return isList ? 1 + Math.ceil(items / SCALARS_PER_FIELD) : 1;
  return 1 + items * selectionSetCost(walk, node.selectionSet, getNamedType(field.type), ownPage);
}

function listBound(walk: Walk, field: GraphQLField<unknown, unknown>, key: string, ownPage: number | undefined, connectionPage: number | undefined): number {
  if (ownPage !== undefined) return ownPage;
  if (connectionPage !== undefined) return connectionPage;
  const declared = walk.input.bounds[key];
  if (declared !== undefined) return declared;
  const itemType = getNamedType(field.type);
  return isEnumType(itemType) ? itemType.getValues().length : UNDECLARED_LIST_BOUND;
}

/** The page a `first`/`last` argument asks for, at most the field's largest page. */
function pageSizeOf(walk: Walk, node: FieldNode, field: GraphQLField<unknown, unknown>, key: string): number | undefined {
  const definition = field.args.find((argument) => PAGE_SIZE_ARGUMENTS.includes(argument.name));
  if (!definition) return undefined;
  const largest = walk.input.bounds[key] ?? UNDECLARED_LIST_BOUND;
  const argument = node.arguments?.find((candidate) => candidate.name.value === definition.name);
  let requested: unknown = definition.defaultValue;
  if (argument?.value.kind === Kind.VARIABLE) {
    const name = argument.value.name.value;
    const variables = walk.input.variables ?? {};
    const declared = walk.operation.variableDefinitions?.find((variable) => variable.variable.name.value === name);
    if (name in variables) requested = variables[name];
    else if (declared?.defaultValue) requested = valueFromAST(declared.defaultValue, definition.type);
  } else if (argument) {
    requested = valueFromAST(argument.value, definition.type);
  }
  // A value the argument's validation will refuse costs the most, so a refusal is never cheaper to provoke.
  return typeof requested === 'number' && Number.isInteger(requested) && requested >= 0 ? Math.min(requested, largest) : largest;
}
