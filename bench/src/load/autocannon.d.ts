/**
 * The part of autocannon 8 the load bench uses (the package ships no types and @types/autocannon
 * is not installed): one dynamic request, its response, the result's counters.
 */
declare module 'autocannon' {
  namespace autocannon {
    type Context = Record<string, unknown>;

    interface Request {
      method?: string;
      path?: string;
      headers?: Record<string, string>;
      body?: string;
      /** Called just before each send; returns the request to write. */
      setupRequest?: (request: Request, context: Context) => Request;
      /** Called when its response is complete, before the connection sends its next request. */
      onResponse?: (status: number, body: string, context: Context) => void;
    }

    interface Options {
      url: string;
      connections?: number;
      /** Seconds. */
      duration?: number;
      pipelining?: number;
      /** Seconds a request may take before it counts as a timeout. */
      timeout?: number;
      requests?: Request[];
    }

    interface Histogram {
      average: number;
      p50: number;
      p99: number;
      max: number;
    }

    interface Result {
      duration: number;
      requests: Histogram & { total: number };
      latency: Histogram;
      errors: number;
      timeouts: number;
      non2xx: number;
    }

    interface Instance extends PromiseLike<Result> {
      stop(): void;
    }
  }

  function autocannon(options: autocannon.Options): autocannon.Instance;
  export = autocannon;
}
