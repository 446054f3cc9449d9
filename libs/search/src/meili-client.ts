import { Meilisearch } from 'meilisearch';

export interface MeiliConnection {
  url: string;
  apiKey?: string;
}

/**
 * The client every library uses. Measured on these machines: with gzip asked for, Meilisearch
 * answers in two chunks on a socket without TCP_NODELAY, and Nagle plus delayed ACK add ~40 ms
 * to each search (p50 44 ms instead of 2 ms). Asking for identity encoding avoids it.
 */
export function createMeiliClient({ url, apiKey }: MeiliConnection): Meilisearch {
  return new Meilisearch({
    host: url,
    ...(apiKey ? { apiKey } : {}),
    requestInit: { headers: { 'Accept-Encoding': 'identity' } },
  });
}
