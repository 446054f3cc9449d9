import { performance } from 'node:perf_hooks';
import { percentiles, type Timing } from '../measure';
import { ErrorTally } from './graphql-http';

export interface LoadFigures {
  clients: number;
  seconds: number;
  requests: number;
  timing: Timing;
  /** True when the work ran out before the time did (e.g. no slot left that was never viewed). */
  ranOut: boolean;
  /** Requests the API answered with an error (e.g. TIMEOUT past the query's time budget), counted in the timings too. */
  errors: ErrorTally;
}

/**
 * `clients` loops, each sending its next request as soon as the last one is answered, for
 * `seconds` or until `request` has nothing left to send (it returns null).
 */
export async function underLoad(clients: number, seconds: number, request: (i: number) => Promise<unknown> | null): Promise<LoadFigures> {
  const latencies: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  let next = 0;
  let ranOut = false;
  const errors = new ErrorTally();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < deadline) {
        const i = next;
        next += 1;
        const start = performance.now();
        const sent = request(i);
        if (sent === null) {
          ranOut = true;
          return;
        }
        await errors.attempt(() => sent);
        latencies.push(performance.now() - start);
      }
    }),
  );
  return { clients, seconds: (performance.now() - started) / 1000, requests: latencies.length, timing: percentiles(latencies), ranOut, errors };
}
