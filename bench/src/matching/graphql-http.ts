/** One GraphQL operation over HTTP with Node's fetch (keep-alive), as a browser or another service sends it. */
export async function graphqlHttp<T>(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!response.ok || body.errors?.length || !body.data) throw new Error(`GraphQL ${response.status}: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

export async function signInHttp(url: string, email: string, password: string): Promise<string> {
  const data = await graphqlHttp<{ login: { accessToken: string } }>(
    url,
    'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
    { input: { email, password } },
  );
  return data.login.accessToken;
}
