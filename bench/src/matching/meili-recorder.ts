interface RecordedRequest {
  url: string;
  method: string;
  headers: [string, string][];
  body: string | undefined;
}

export type Replay = RecordedRequest[];

const SEARCH_PATH = /\/(multi-search|indexes\/[^/]+\/search)$/;

/**
 * Records the searches the API sends to Meilisearch while it answers one request, by wrapping
 * the global fetch the meilisearch client calls, so that "the same raw search" is exactly that:
 * the same URLs, headers and bodies, sent straight to Meilisearch without the API. They are
 * replayed all at once, the fastest a client could have them, whatever order the API used.
 */
export class MeiliRecorder {
  private recording: RecordedRequest[] | null = null;
  private readonly original = globalThis.fetch;

  constructor(private readonly meiliUrl: string) {
    const original = this.original;
    globalThis.fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
      const url = input instanceof Request ? input.url : input.toString();
      const target = this.recording && url.startsWith(this.meiliUrl) && SEARCH_PATH.test(new URL(url).pathname) ? this.recording : null;
      if (target) target.push({ url, method: init?.method ?? 'GET', headers: [...new Headers(init?.headers).entries()], body: typeof init?.body === 'string' ? init.body : undefined });
      return original(input, init);
    };
  }

  async record(work: () => Promise<unknown>): Promise<Replay> {
    const requests: RecordedRequest[] = [];
    this.recording = requests;
    try {
      await work();
    } finally {
      this.recording = null;
    }
    return requests;
  }

  /** Puts the global fetch back. */
  restore(): void {
    globalThis.fetch = this.original;
  }
}

/** Sends the recorded searches again, straight to Meilisearch and all at once, and reads every answer. */
export async function replay(requests: Replay): Promise<void> {
  await Promise.all(
    requests.map(async (request) => {
      const response = await fetch(request.url, { method: request.method, headers: request.headers, body: request.body });
      if (!response.ok) throw new Error(`Meilisearch ${response.status}: ${await response.text()}`);
      await response.json();
    }),
  );
}

/** HTTP requests, and the search queries they carry (a multi-search carries several). */
export function searchesIn(requests: Replay): { requests: number; queries: number } {
  const queries = requests.reduce((sum, request) => {
    const body = request.body ? (JSON.parse(request.body) as { queries?: unknown[] }) : {};
    return sum + (Array.isArray(body.queries) ? body.queries.length : 1);
  }, 0);
  return { requests: requests.length, queries };
}
