import { useCallback, useState } from 'react';
import { ApiError, networkError } from '../api/api-error';

export interface ActionState<TResult> {
  run: () => Promise<TResult | undefined>;
  pending: boolean;
  error: ApiError | null;
}

/** A user action against the API (a mutation, a check) with its progress and its error. */
export function useAction<TResult>(action: () => Promise<TResult>): ActionState<TResult> {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = useCallback(async () => {
    setPending(true);
    setError(null);
    try {
      return await action();
    } catch (caught: unknown) {
      setError(caught instanceof ApiError ? caught : networkError());
      return undefined;
    } finally {
      setPending(false);
    }
  }, [action]);
  return { run, pending, error };
}
