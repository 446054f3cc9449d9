import type { ObjectLiteral } from 'typeorm';

/**
 * A piece of SQL a library owns (its rule, over its tables), with TypeORM's named parameters,
 * for another library to embed in one statement: a request path pays round trips, not work, so
 * the owners' rules are composed into one query instead of each running its own.
 */
export interface SqlFragment {
  sql: string;
  params: ObjectLiteral;
}

/** The parameters of several fragments; a name two fragments give different values is a bug. */
export function mergeSqlParams(fragments: readonly SqlFragment[]): ObjectLiteral {
  const merged: ObjectLiteral = {};
  for (const { params } of fragments) {
    for (const [name, value] of Object.entries(params)) {
      if (name in merged && merged[name] !== value) throw new Error(`SQL fragments disagree on the parameter :${name}`);
      merged[name] = value;
    }
  }
  return merged;
}
