import type { Meilisearch, Task } from 'meilisearch';

const FIRST_POLL_MS = 5;
const MAX_POLL_MS = 100;
const FINISHED = new Set<Task['status']>(['succeeded', 'failed', 'canceled']);

/**
 * Waits until Meilisearch has processed a task. A single document commits in ~0.1 s, a batch of
 * thousands in ~1 s: polling every 10 ms costs Meilisearch up to a hundred status requests per
 * task while it indexes, so the interval doubles from 5 ms to 100 ms (a small task is still seen
 * within a few ms, a big one costs ~15 polls).
 */
export async function settledTask(client: Meilisearch, taskUid: number, timeoutMs = 60_000): Promise<Task> {
  const deadline = Date.now() + timeoutMs;
  let interval = FIRST_POLL_MS;
  for (;;) {
    const task = await client.tasks.getTask(taskUid);
    if (FINISHED.has(task.status)) return task;
    if (Date.now() > deadline) throw new Error(`Meilisearch task ${taskUid} not processed after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, interval));
    interval = Math.min(MAX_POLL_MS, interval * 2);
  }
}
