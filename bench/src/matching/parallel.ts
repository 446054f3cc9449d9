/**
 * Runs `work(0..count-1)` with at most `concurrency` in flight, like a pool of importers or of
 * clients. `onProgress` hears the number done, at most every `everyMs`.
 */
export async function inParallel(
  count: number,
  concurrency: number,
  work: (index: number) => Promise<void>,
  onProgress?: (done: number) => void,
  everyMs = 10_000,
): Promise<void> {
  let next = 0;
  let done = 0;
  let reported = Date.now();
  const lane = async (): Promise<void> => {
    while (next < count) {
      const index = next;
      next += 1;
      await work(index);
      done += 1;
      if (onProgress && Date.now() - reported >= everyMs) {
        reported = Date.now();
        onProgress(done);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, lane));
}

/** Progress and notes go to stderr, so that stdout holds the report only. */
export function note(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}
