import { useEffect, useState } from 'react';
import { ApiError, networkError } from '../api/api-error';
import type { TypedDocumentString } from '../api/generated';
import { execute } from '../api/graphql-client';

export interface QueryState<TResult> {
  data: TResult | null;
  error: ApiError | null;
  loading: boolean;
}

/** Runs a query whenever its variables change; `null` variables skip it. */
export function useQuery<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables | null): QueryState<TResult> {
  const [state, setState] = useState<QueryState<TResult>>({ data: null, error: null, loading: variables !== null });
  const key = variables === null ? null : JSON.stringify(variables);
  useEffect(() => {
    if (key === null || variables === null) return;
    let current = true;
    setState((previous) => ({ ...previous, error: null, loading: true }));
    execute(document, variables).then(
      (data) => current && setState({ data, error: null, loading: false }),
      (error: unknown) => current && setState((previous) => ({ data: previous.data, error: error instanceof ApiError ? error : networkError(), loading: false })),
    );
    return () => {
      current = false;
    };
    // The serialised key stands for the variables object, which callers rebuild on every render.
  }, [document, key]);
  return state;
}
