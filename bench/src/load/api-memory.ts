import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { memoryOf } from '../process-memory';

export interface ApiMemorySample {
  atSeconds: number;
  /** VmRSS: the API process's resident set. */
  rssMiB: number | null;
  /** RssAnon: what it allocated (heap, buffers, code), without mapped files. */
  allocatedMiB: number | null;
  /** V8's heap, used and reserved, from a Node diagnostic report. */
  heapUsedMiB: number | null;
  heapTotalMiB: number | null;
}

/** Node options that let the bench ask the API process for a diagnostic report (its heap) by signal. */
export function reportOnSignal(directory: string): string {
  return `--report-on-signal --report-signal=SIGUSR2 --report-directory=${directory}`;
}

/**
 * The API process's memory, read from outside so that the measuring costs it nothing but the
 * report it writes when signalled (a few milliseconds): the API has no metrics endpoint, and
 * /health says only whether PostgreSQL and Meilisearch answer.
 */
export async function sampleApiMemory(pid: number, reportDirectory: string, atSeconds: number): Promise<ApiMemorySample> {
  const memory = memoryOf(pid);
  const heap = await heapOf(pid, reportDirectory);
  return {
    atSeconds,
    rssMiB: memory?.currentMiB ?? null,
    allocatedMiB: memory?.anonymousMiB ?? null,
    heapUsedMiB: heap ? heap.usedMemory / 1024 / 1024 : null,
    heapTotalMiB: heap ? heap.totalMemory / 1024 / 1024 : null,
  };
}

interface NodeReport {
  javascriptHeap?: { usedMemory: number; totalMemory: number };
}

async function heapOf(pid: number, directory: string, timeoutMs = 5000): Promise<NodeReport['javascriptHeap'] | null> {
  try {
    process.kill(pid, 'SIGUSR2');
  } catch {
    return null;
  }
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const written = (await readdir(directory)).filter((name) => name.endsWith('.json'));
    for (const name of written) {
      const path = join(directory, name);
      try {
        const report = JSON.parse(await readFile(path, 'utf8')) as NodeReport;
        await rm(path, { force: true });
        return report.javascriptHeap ?? null;
      } catch {
        // still being written: read it on the next pass
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return null;
}
