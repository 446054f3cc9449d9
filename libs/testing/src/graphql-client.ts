import type { Server } from 'node:http';
import request from 'supertest';

export interface GraphqlError {
  message: string;
  path?: string[];
  extensions: {
    code: string;
    reason?: string;
    messages?: { it: string; en: string };
    fields?: { field: string; message: string }[];
    [key: string]: unknown;
  };
}

export interface GraphqlResponse<T> {
  status: number;
  data: T | null;
  errors: GraphqlError[] | undefined;
  headers: Record<string, string>;
}

export interface GraphqlRequestOptions {
  token?: string;
  language?: string;
}

/** One GraphQL operation over real HTTP, as the portal sends it. */
export async function graphql<T = Record<string, unknown>>(
  server: Server,
  query: string,
  variables: Record<string, unknown> = {},
  options: GraphqlRequestOptions = {},
): Promise<GraphqlResponse<T>> {
  let call = request(server).post('/graphql').set('Content-Type', 'application/json');
  if (options.token) call = call.set('Authorization', `Bearer ${options.token}`);
  if (options.language) call = call.set('Accept-Language', options.language);
  const response = await call.send({ query, variables });
  const body = response.body as { data?: T | null; errors?: GraphqlError[] };
  return { status: response.status, data: body.data ?? null, errors: body.errors, headers: response.headers as Record<string, string> };
}

/** The data of an operation that must succeed; fails the test with the errors otherwise. */
export async function graphqlOk<T = Record<string, unknown>>(
  server: Server,
  query: string,
  variables: Record<string, unknown> = {},
  options: GraphqlRequestOptions = {},
): Promise<T> {
  const response = await graphql<T>(server, query, variables, options);
  if (response.errors?.length || !response.data) {
    throw new Error(`GraphQL operation failed: ${JSON.stringify(response.errors ?? response)}`);
  }
  return response.data;
}

/** The first error's code, for `expect(await errorCode(...)).toBe('FORBIDDEN')`. */
export async function errorOf(
  server: Server,
  query: string,
  variables: Record<string, unknown> = {},
  options: GraphqlRequestOptions = {},
): Promise<GraphqlError> {
  const response = await graphql(server, query, variables, options);
  const error = response.errors?.[0];
  if (!error) throw new Error(`Expected an error, got ${JSON.stringify(response.data)}`);
  return error;
}
