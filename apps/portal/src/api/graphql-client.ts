import type { TypedDocumentString } from './generated';
import { ApiError, networkError } from './api-error';
import { toApiError, type GraphqlResponse } from './graphql-response';
import { requestLanguage } from './request-language';
import { clearTokens, readTokens, saveTokens, type Tokens } from './tokens';

const ENDPOINT = '/graphql';

const REFRESH = `mutation RefreshSession($input: RefreshTokenInput!) {
  refreshToken(input: $input) { accessToken refreshToken }
}`;

type SessionListener = () => void;
const sessionEndedListeners = new Set<SessionListener>();

/** Called when the refresh token is refused: the user must sign in again. */
export function onSessionEnded(listener: SessionListener): () => void {
  sessionEndedListeners.add(listener);
  return () => sessionEndedListeners.delete(listener);
}

async function post<TData>(query: string, variables: unknown, accessToken: string | null): Promise<GraphqlResponse<TData>> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', 'Accept-Language': requestLanguage() };
  if (accessToken) headers.Authorization = `Bearer ${accessToken}`;
  let response: Response;
  try {
    response = await fetch(ENDPOINT, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  } catch {
    throw networkError();
  }
  const body: unknown = await response.json().catch(() => null);
  if (typeof body !== 'object' || body === null) throw networkError();
  return body as GraphqlResponse<TData>;
}

// One refresh at a time: the token is single-use, so parallel requests share the same exchange.
let refreshing: Promise<boolean> | null = null;

async function exchangeRefreshToken(tokens: Tokens): Promise<boolean> {
  const answer = await post<{ refreshToken: Tokens }>(REFRESH, { input: { refreshToken: tokens.refreshToken } }, null).catch(() => null);
  const next = answer?.data?.refreshToken;
  if (!next) {
    clearTokens();
    sessionEndedListeners.forEach((listener) => listener());
    return false;
  }
  saveTokens(next);
  return true;
}

function refreshSession(tokens: Tokens): Promise<boolean> {
  refreshing ??= exchangeRefreshToken(tokens).finally(() => (refreshing = null));
  return refreshing;
}

function isExpiredSession(error: ApiError): boolean {
  return error.code === 'UNAUTHENTICATED' && error.reason === 'NOT_AUTHENTICATED';
}

/**
 * Runs a typed operation with the bearer token and the user's language. When the access token
 * has expired, exchanges the refresh token once (rotation) and repeats the operation.
 */
export async function execute<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables): Promise<TResult> {
  const query = document.toString();
  const tokens = readTokens();
  let answer = await post<TResult>(query, variables, tokens?.accessToken ?? null);
  const first = answer.errors?.[0];
  if (first && tokens && isExpiredSession(toApiError(first)) && (await refreshSession(tokens))) {
    answer = await post<TResult>(query, variables, readTokens()?.accessToken ?? null);
  }
  const error = answer.errors?.[0];
  if (error) throw toApiError(error);
  if (!answer.data) throw networkError();
  return answer.data;
}
