/** A GraphQL answer with errors (or not 200): its codes, so that a bench can count them by kind. */
export class GraphqlHttpError extends Error {
  constructor(
    readonly status: number,
    readonly codes: string[],
    body: unknown,
  ) {
    super(`GraphQL ${status}: ${JSON.stringify(body)}`);
  }

  /** One word for counting: the first error's code (e.g. TIMEOUT), or the HTTP status. */
  get kind(): string {
    return this.codes[0] ?? `HTTP ${this.status}`;
  }
}

/** One GraphQL operation over HTTP with Node's fetch (keep-alive), as a browser or another service sends it. */
export async function graphqlHttp<T>(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { extensions?: { code?: string } }[] };
  if (!response.ok || body.errors?.length || !body.data) {
    throw new GraphqlHttpError(
      response.status,
      (body.errors ?? []).map((error) => error.extensions?.code ?? 'UNKNOWN'),
      body.errors ?? body,
    );
  }
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

/** Counts failed answers by kind; anything but a GraphQL answer (a bug in the bench, a dead server) is rethrown. */
export class ErrorTally {
  readonly byKind: Record<string, number> = {};

  get total(): number {
    return Object.values(this.byKind).reduce((sum, count) => sum + count, 0);
  }

  /** The work's result, or null when the API answered with an error (counted). */
  async attempt<T>(work: () => Promise<T>): Promise<T | null> {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof GraphqlHttpError)) throw error;
      this.byKind[error.kind] = (this.byKind[error.kind] ?? 0) + 1;
      return null;
    }
  }

  toString(): string {
    return this.total === 0 ? 'no error' : Object.entries(this.byKind).map(([kind, count]) => `${count} ${kind}`).join(', ');
  }
}
