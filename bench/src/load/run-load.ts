import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { note } from '../matching/parallel';
import { sampleApiMemory, type ApiMemorySample } from './api-memory';
import type { LoadMix } from './mix';
import { LoadRecorder } from './recorder';

export interface LoadOptions {
  graphqlUrl: string;
  apiPid: number;
  reportDirectory: string;
  seconds: number;
  connections: number;
  memoryEverySeconds: number;
}

export interface LoadRun {
  seconds: number;
  recorder: LoadRecorder;
  /** autocannon's own count, for a check of the recorder's. */
  autocannon: autocannon.Result;
  memory: ApiMemorySample[];
  /** CPU the load generator itself used: a busy generator would slow the figures it reports. */
  generatorCpuSeconds: { user: number; system: number };
}

/**
 * autocannon on loopback, one request in flight per connection, each connection sending the
 * mix's next request as soon as its last one is answered. The body of each request is chosen
 * just before it is sent and timed from there to its complete answer, per kind.
 */
export async function runLoad(mix: LoadMix, options: LoadOptions): Promise<LoadRun> {
  const recorder = new LoadRecorder();
  const url = new URL(options.graphqlUrl);
  const memory: ApiMemorySample[] = [await sampleApiMemory(options.apiPid, options.reportDirectory, 0)];
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const elapsed = (): number => (performance.now() - started) / 1000;
  let sampling = Promise.resolve();
  const timer = setInterval(() => {
    sampling = sampling.then(async () => {
      const sample = await sampleApiMemory(options.apiPid, options.reportDirectory, Math.round(elapsed()));
      memory.push(sample);
      note(`${sample.atSeconds} s: ${recorder.total()} requests, API RSS ${sample.rssMiB?.toFixed(0)} MiB, heap used ${sample.heapUsedMiB?.toFixed(0)} MiB`);
    });
  }, options.memoryEverySeconds * 1000);
  try {
    const result = await autocannon({
      url: url.origin,
      connections: options.connections,
      duration: options.seconds,
      pipelining: 1,
      timeout: 30,
      requests: [
        {
          setupRequest: (request, context) => {
            const call = mix.next();
            context.call = call;
            context.sentAt = performance.now();
            return {
              ...request,
              method: 'POST',
              path: url.pathname,
              headers: { 'content-type': 'application/json', ...(call.token ? { authorization: `Bearer ${call.token}` } : {}) },
              body: JSON.stringify({ query: call.query, variables: call.variables }),
            };
          },
          onResponse: (status, body, context) => {
            const call = context.call as ReturnType<LoadMix['next']>;
            const data = recorder.record(call.kind, performance.now() - (context.sentAt as number), status, body);
            if (data) call.onData?.(data);
          },
        },
      ],
    });
    const seconds = elapsed();
    clearInterval(timer);
    await sampling;
    const cpu = process.cpuUsage(cpuBefore);
    memory.push(await sampleApiMemory(options.apiPid, options.reportDirectory, Math.round(seconds)));
    return { seconds, recorder, autocannon: result, memory, generatorCpuSeconds: { user: cpu.user / 1e6, system: cpu.system / 1e6 } };
  } finally {
    clearInterval(timer);
  }
}
