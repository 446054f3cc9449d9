import { getNamedType, getNullableType, isEnumType, isInterfaceType, isListType, isObjectType, type GraphQLSchema } from 'graphql';
import { isConnectionType, type ListBounds } from './query-cost';

export interface ListBoundsCoverage {
  /** List fields, and fields paged by `first`/`last`, with no entry: the cost model would guess. */
  missing: string[];
  /** Entries naming no field of the schema. */
  unknown: string[];
}

/**
 * Checks a bounds table against a schema, so that a new list cannot ship without a bound.
 * Lists of an enum are bounded by the enum; a connection's `nodes` and `edges` by the page
 * its field asks for.
 */
export function listBoundsCoverage(schema: GraphQLSchema, bounds: ListBounds): ListBoundsCoverage {
  const needed = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.values(type.getFields())) {
      const key = `${type.name}.${field.name}`;
      const paged = field.args.some((argument) => argument.name === 'first' || argument.name === 'last');
      const list = isListType(getNullableType(field.type));
      if (paged || (list && !isEnumType(getNamedType(field.type)) && !isConnectionType(type))) needed.add(key);
    }
  }
  return {
    missing: [...needed].filter((key) => bounds[key] === undefined).sort(),
    unknown: Object.keys(bounds)
      .filter((key) => !needed.has(key))
      .sort(),
  };
}
