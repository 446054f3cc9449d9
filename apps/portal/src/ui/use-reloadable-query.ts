import { useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError, networkError } from '../api/api-error';
import type { TypedDocumentString } from '../api/generated';
import { execute } from '../api/graphql-client';
import type { QueryState } from './use-query';

export interface ReloadableQueryState<TResult> extends QueryState<TResult> {
  /** Asks again with the same variables, e.g. after a change this page made. */
  reload: () => void;
}

/** useQuery that can also be run again on demand; the data shown stays until the new answer. */
export function useReloadableQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables | null,
): ReloadableQueryState<TResult> {
  const [state, setState] = useState<QueryState<TResult>>({ data: null, error: null, loading: variables !== null });
  const [round, setRound] = useState(0);
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
  }, [document, key, round]);
  const reload = useCallback(() => setRound((value) => value + 1), []);
  // Stable between renders while nothing changes, so that callers may depend on it.
  return useMemo(() => ({ ...state, reload }), [state, reload]);
}
