import {
  DocumentNode,
  getNamedType,
  GraphQLInputType,
  GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  TypeInfo,
  ValueNode,
  visit,
  visitWithTypeInfo,
} from 'graphql';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every id the API takes is a UUID; a scalar named ID in an input position is checked as one. */
function isId(type: GraphQLInputType): boolean {
  return getNamedType(type).name === 'ID';
}

/**
 * The paths (`id`, `input.companyId`, `ids.2`) of the malformed ids an operation sends, in its
 * literals and in its variables, following every ID argument and every ID field of every input
 * object, however deep. PostgreSQL would otherwise meet them as `uuid` and fail with an
 * internal error.
 */
export function malformedIds(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Readonly<Record<string, unknown>> = {},
): string[] {
  const defaults = new Map<string, ValueNode>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      if (variable.defaultValue) defaults.set(variable.variable.name.value, variable.defaultValue);
    }
  }
  const found: string[] = [];

  const checkRaw = (value: unknown, type: GraphQLInputType, path: string): void => {
    if (value === null || value === undefined) return;
    if (isNonNullType(type)) return checkRaw(value, type.ofType, path);
    if (isListType(type)) {
      // A single value where a list is expected is coerced to a list of one.
      if (Array.isArray(value)) value.forEach((item, index) => checkRaw(item, type.ofType as GraphQLInputType, `${path}.${index}`));
      else checkRaw(value, type.ofType as GraphQLInputType, path);
      return;
    }
    if (isInputObjectType(type)) {
      if (typeof value !== 'object') return;
      for (const field of Object.values(type.getFields())) {
        checkRaw((value as Record<string, unknown>)[field.name], field.type, `${path}.${field.name}`);
      }
      return;
    }
    if (isId(type) && !(typeof value === 'string' && UUID.test(value))) found.push(path);
  };

  const checkLiteral = (node: ValueNode, type: GraphQLInputType, path: string): void => {
    if (node.kind === Kind.VARIABLE) {
      const name = node.name.value;
      if (name in variables) return checkRaw(variables[name], type, path);
      const fallback = defaults.get(name);
      return fallback ? checkLiteral(fallback, type, path) : undefined;
    }
    if (node.kind === Kind.NULL) return;
    if (isNonNullType(type)) return checkLiteral(node, type.ofType, path);
    if (isListType(type)) {
      const itemType = type.ofType as GraphQLInputType;
      if (node.kind === Kind.LIST) node.values.forEach((item, index) => checkLiteral(item, itemType, `${path}.${index}`));
      else checkLiteral(node, itemType, path);
      return;
    }
    if (isInputObjectType(type)) {
      if (node.kind !== Kind.OBJECT) return;
      const fields = type.getFields();
      for (const field of node.fields) {
        const definition = fields[field.name.value];
        if (definition) checkLiteral(field.value, definition.type, `${path}.${field.name.value}`);
      }
      return;
    }
    if (isId(type) && !(node.kind === Kind.STRING && UUID.test(node.value))) found.push(path);
  };

  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const argument = typeInfo.getArgument();
        // Only arguments of fields: a directive's (`@include(if:)`) never carries an id.
        if (argument && typeInfo.getDirective() === null) checkLiteral(node.value, argument.type, node.name.value);
        return false;
      },
    }),
  );
  return found;
}
