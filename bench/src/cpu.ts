import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's CPU times (almost always 100). */
const TICKS = ((): number => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

interface Stat {
  ppid: number;
  /** utime + stime, in seconds: every thread of the process. */
  own: number;
  /** cutime + cstime, in seconds: the children it has waited for, whole lifetimes. */
  reaped: number;
}

function statOf(pid: number): Stat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name, in parentheses, may hold spaces: the fields start after its last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const tick = (index: number): number => Number(fields[index]) / TICKS;
    return { ppid: Number(fields[1]), own: tick(11) + tick(12), reaped: tick(13) + tick(14) };
  } catch {
    return null;
  }
}

/** CPU seconds one process has used so far (all its threads), or null when it is gone or unknown. */
export function processCpuSeconds(pid: number | null): number | null {
  return pid === null ? null : (statOf(pid)?.own ?? null);
}

/**
 * CPU seconds a server and all its processes have used so far: PostgreSQL forks a backend per
 * connection, so its work is spread over the postmaster's children. Children still running are
 * read one by one; those that exited are in the postmaster's cutime/cstime (whole lifetimes,
 * so a backend that lives across a measured span is still counted once in the difference).
 */
export function processTreeCpuSeconds(pid: number | null): number | null {
  if (pid === null) return null;
  const root = statOf(pid);
  if (!root) return null;
  let total = root.own + root.reaped;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const child = statOf(Number(entry));
    if (child?.ppid === pid) total += child.own;
  }
  return total;
}

/** Busy CPU seconds of the whole machine so far (every core, every process): shows what else ran. */
export function machineBusySeconds(): number {
  const [cpu] = readFileSync('/proc/stat', 'utf8').split('\n');
  const [user, nice, system, , , irq, softirq, steal] = cpu.trim().split(/\s+/).slice(1).map(Number);
  return (user + nice + system + irq + softirq + steal) / TICKS;
}

/** The bench's own CPU seconds (the load generator, when only its clients run). */
export function ownCpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

export interface CpuSources {
  api: number | null;
  postgres: number | null;
  meilisearch: number | null;
  workers: readonly number[];
}

export interface CpuSplit {
  /** CPU seconds over the span, per part; null where the process is not known (external servers). */
  api: number | null;
  postgres: number | null;
  meilisearch: number | null;
  worker: number | null;
  loadGenerator: number;
  /** Everything else the machine ran meanwhile (other jobs on a shared machine). */
  other: number;
  wallSeconds: number;
}

/** Starts a CPU account of the processes that serve a match; `stop()` gives each one's share of the span. */
export function startCpuAccount(sources: CpuSources): { stop(): CpuSplit } {
  const read = () => ({
    api: processCpuSeconds(sources.api),
    postgres: processTreeCpuSeconds(sources.postgres),
    meilisearch: processCpuSeconds(sources.meilisearch),
    worker: sources.workers.length === 0 ? null : sources.workers.reduce((sum, pid) => sum + (processCpuSeconds(pid) ?? 0), 0),
    loadGenerator: ownCpuSeconds(),
    machine: machineBusySeconds(),
    wall: performance.now(),
  });
  const before = read();
  return {
    stop: () => {
      const after = read();
      const delta = (key: 'api' | 'postgres' | 'meilisearch' | 'worker'): number | null => {
        const [start, end] = [before[key], after[key]];
        return start === null || end === null ? null : end - start;
      };
      const split = { api: delta('api'), postgres: delta('postgres'), meilisearch: delta('meilisearch'), worker: delta('worker'), loadGenerator: after.loadGenerator - before.loadGenerator };
      const ours = [split.api, split.postgres, split.meilisearch, split.worker, split.loadGenerator].reduce<number>((sum, value) => sum + (value ?? 0), 0);
      return { ...split, other: Math.max(0, after.machine - before.machine - ours), wallSeconds: (after.wall - before.wall) / 1000 };
    },
  };
}
