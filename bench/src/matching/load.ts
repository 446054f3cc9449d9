import { performance } from 'node:perf_hooks';
import { percentiles, type Timing } from '../measure';

export interface LoadFigures {
  clients: number;
  seconds: number;
  requests: number;
  timing: Timing;
}

/** `clients` loops, each sending its next request as soon as the last one is answered, for `seconds`. */
export async function underLoad(clients: number, seconds: number, request: (i: number) => Promise<unknown>): Promise<LoadFigures> {
  const latencies: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < deadline) {
        const i = next;
        next += 1;
        const start = performance.now();
        await request(i);
        latencies.push(performance.now() - start);
      }
    }),
  );
  return { clients, seconds: (performance.now() - started) / 1000, requests: latencies.length, timing: percentiles(latencies) };
}
