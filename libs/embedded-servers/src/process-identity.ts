import { readdir, readFile } from 'node:fs/promises';

/**
 * Who a pid is, read from /proc. A pid alone says nothing after a crash: the kernel reuses pids,
 * so a recorded pid is ours only if the process there also started when ours did (same boot,
 * same start time in clock ticks) or runs our command on our data directory.
 */
export interface ProcessIdentity {
  pid: number;
  bootId: string;
  /** Field 22 of /proc/<pid>/stat: when the process started, in clock ticks since boot. */
  startTicks: number;
}

export interface ProcessInfo extends ProcessIdentity {
  commandLine: string[];
}

let bootId: Promise<string> | undefined;

function currentBootId(): Promise<string> {
  return (bootId ??= readFile('/proc/sys/kernel/random/boot_id', 'utf8').then(
    (text) => text.trim(),
    () => '',
  ));
}

/** The running process at `pid`, or null when there is none (a zombie is none: it runs nothing and holds no lock). */
export async function processInfo(pid: number): Promise<ProcessInfo | null> {
  if (!Number.isSafeInteger(pid) || pid <= 0) return null;
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
  if (stat === null) return null;
  // The command name in parentheses may itself hold spaces and parentheses: fields follow the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  if (fields[0] === 'Z' || fields[0] === 'X') return null;
  const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
  return {
    pid,
    bootId: await currentBootId(),
    startTicks: Number(fields[19]),
    commandLine: cmdline.split('\0').filter((part) => part.length > 0),
  };
}

/** Every running process that `matches`, found by walking /proc. */
export async function findProcesses(matches: (info: ProcessInfo) => boolean): Promise<ProcessInfo[]> {
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name)).map(Number);
  const infos = await Promise.all(pids.map((pid) => processInfo(pid)));
  return infos.filter((info): info is ProcessInfo => info !== null && matches(info));
}

export async function ownIdentity(): Promise<ProcessIdentity> {
  const info = await processInfo(process.pid);
  if (!info) throw new Error('/proc is not readable: the embedded servers need Linux');
  return { pid: info.pid, bootId: info.bootId, startTicks: info.startTicks };
}

/** The process a record names, if that very process still runs (not a later one given the same pid). */
export async function sameProcess(recorded: ProcessIdentity): Promise<ProcessInfo | null> {
  const info = await processInfo(recorded.pid);
  return info && info.bootId === recorded.bootId && info.startTicks === recorded.startTicks ? info : null;
}

/** Sends `signal`, then waits for the process to go; escalates to `escalation` after `timeoutMs`. Resolves once it is gone. */
export async function stopProcess(
  pid: number,
  signal: NodeJS.Signals,
  options: { timeoutMs: number; escalation: NodeJS.Signals },
): Promise<void> {
  const gone = async (ms: number): Promise<boolean> => {
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
      if (!(await processInfo(pid))) return true;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return !(await processInfo(pid));
  };
  const send = (sig: NodeJS.Signals): void => {
    try {
      process.kill(pid, sig);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
    }
  };
  send(signal);
  if (await gone(options.timeoutMs)) return;
  send(options.escalation);
  if (await gone(options.timeoutMs)) return;
  throw new Error(`process ${pid} (${(await processInfo(pid))?.commandLine.join(' ') ?? 'gone'}) did not stop after ${signal} and ${options.escalation}: stop it by hand (kill -9 ${pid}) and start again`);
}
