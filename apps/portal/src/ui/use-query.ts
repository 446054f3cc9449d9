import type { ApiError } from '../api/api-error';
import type { TypedDocumentString } from '../api/generated';
import { useReloadableQuery } from './use-reloadable-query';

export interface QueryState<TResult> {
  data: TResult | null;
  error: ApiError | null;
  loading: boolean;
}

/** Runs a query whenever its variables change; `null` variables skip it. */
export function useQuery<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables | null): QueryState<TResult> {
  return useReloadableQuery(document, variables);
}
