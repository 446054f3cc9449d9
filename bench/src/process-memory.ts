import { readdirSync, readFileSync } from 'node:fs';

/** The process whose command line carries this argument (e.g. a server's data directory), if any. */
export function processWithArgument(argument: string): number | null {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').includes(argument)) return Number(entry);
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return null;
}

export interface ProcessMemory {
  /** Peak resident set (VmHWM) since the process started, in MiB. */
  peakMiB: number;
  /** Resident set now (VmRSS), in MiB. */
  currentMiB: number;
  /**
   * Of the resident set now, what the process allocated (RssAnon) and what it maps from files
   * (RssFile: for Meilisearch its LMDB data, pages the kernel can drop and read again).
   */
  anonymousMiB: number;
  fileMiB: number;
}

export function memoryOf(pid: number | null): ProcessMemory | null {
  if (pid === null) return null;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (field: string): number => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { peakMiB: kib('VmHWM') / 1024, currentMiB: kib('VmRSS') / 1024, anonymousMiB: kib('RssAnon') / 1024, fileMiB: kib('RssFile') / 1024 };
  } catch {
    return null;
  }
}

/**
 * Samples a process's allocated memory (RssAnon) four times a second until stopped: the kernel
 * keeps a peak of the whole resident set only, which for Meilisearch counts its mapped data.
 */
export function watchAllocatedPeak(pid: number | null): { stop(): number | null } {
  let peak: number | null = null;
  const sample = (): void => {
    const now = memoryOf(pid)?.anonymousMiB;
    if (now !== undefined && !Number.isNaN(now)) peak = Math.max(peak ?? 0, now);
  };
  sample();
  const timer = setInterval(sample, 250);
  timer.unref();
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}
