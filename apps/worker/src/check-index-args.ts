export interface CheckIndexArgs {
  /** How long to wait for the workers to deliver the outbox before comparing; 0 compares at once. */
  waitSeconds: number;
}

export const CHECK_INDEX_USAGE = 'usage: npm run check:index [-- --wait <seconds>]';

/** The command line of `npm run check:index`; throws the usage on anything else. */
export function parseCheckIndexArgs(argv: readonly string[]): CheckIndexArgs {
  const args: CheckIndexArgs = { waitSeconds: 0 };
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inline] = argv[i].split('=', 2);
    if (flag !== '--wait') throw new Error(`unknown argument ${argv[i]}; ${CHECK_INDEX_USAGE}`);
    const value = inline ?? argv[(i += 1)];
    const seconds = Number(value);
    if (value === undefined || value.trim() === '' || !Number.isFinite(seconds) || seconds < 0) {
      throw new Error(`--wait needs a number of seconds (0 or more), not ${value ?? 'nothing'}; ${CHECK_INDEX_USAGE}`);
    }
    args.waitSeconds = seconds;
  }
  return args;
}
