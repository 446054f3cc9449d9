/**
 * What is left of a query's time budget, as its field resolvers see it on the context. The
 * request-limits plugin checks it when graphql-js starts a field, but a resolver's own work
 * (guards, pipes, loaders) runs later, in the microtasks after a whole level of fields has
 * started: checked again there, a query stops within a few fields of its deadline.
 */
export interface QueryBudget {
  /** Throws the request's one stop error once the budget has run out or the answer is full. */
  assertLeft(): void;
}
