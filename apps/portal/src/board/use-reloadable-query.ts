import { useCallback, useEffect, useState } from 'react';
import { ApiError, networkError } from '../api/api-error';
import type { TypedDocumentString } from '../api/generated';
import { execute } from '../api/graphql-client';
import type { QueryState } from '../ui/use-query';

/** useQuery, plus `reload` after a change made on the same page; the data shown stays until the new arrives. */
export function useReloadableQuery<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables): QueryState<TResult> & { reload: () => void } {
  const [state, setState] = useState<QueryState<TResult>>({ data: null, error: null, loading: true });
  const [round, setRound] = useState(0);
  const key = JSON.stringify(variables);
  useEffect(() => {
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
  const reload = useCallback(() => setRound((previous) => previous + 1), []);
  return { ...state, reload };
}
