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
}

export function memoryOf(pid: number | null): ProcessMemory | null {
  if (pid === null) return null;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (field: string): number => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { peakMiB: kib('VmHWM') / 1024, currentMiB: kib('VmRSS') / 1024 };
  } catch {
    return null;
  }
}
