// What a command may touch of the outside world, passed in so tests can drive the CLI
// in-process and pin the clock.

export interface Output {
  write(s: string): unknown;
  isTTY?: boolean;
}

export interface CliContext {
  stdout: Output;
  stderr: Output;
  cwd: string;
  env: Record<string, string | undefined>;
  /** The current time; tests pin it (also via WAYMARK_NOW=ISO). */
  now: () => Date;
  /** Colour on: a TTY, NO_COLOR unset, or FORCE_COLOR set. */
  color: boolean;
  /**
   * The wall clock (ms) the caches judge files' times by (a file changed within a few seconds
   * of it may have changed unseen): Date.now unless a test moves it.
   */
  clock?: () => number;
}

export function defaultContext(): CliContext {
  const env = process.env;
  const pinned = env.WAYMARK_NOW ? new Date(env.WAYMARK_NOW) : null;
  const color = env.FORCE_COLOR ? env.FORCE_COLOR !== '0' : Boolean(process.stdout.isTTY) && !('NO_COLOR' in env);
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env,
    now: () => (pinned ? new Date(pinned) : new Date()),
    color,
  };
}

/**
 * The exit code of a reading command that printed its result without the history (`.waymark/`
 * damaged, locked, a file, or not writable where the command would keep it): the result is
 * complete as far as the notes go, and stderr says in one line what is wrong and what to do.
 */
export const EXIT_WITHOUT_HISTORY = 3;

const withoutHistoryRuns = new WeakMap<CliContext, string>();

/** Says once per run that the command goes on without the history, and why; `main` then exits with EXIT_WITHOUT_HISTORY. */
export function withoutHistory(ctx: CliContext, why: string): void {
  if (withoutHistoryRuns.has(ctx)) return;
  withoutHistoryRuns.set(ctx, why);
  ctx.stderr.write(`waymark: showing the notes without history: ${why.replace(/; your notes were not changed$/, '')}\n`);
}

/** Why this run went on without the history, or null. */
export function ranWithoutHistory(ctx: CliContext): string | null {
  return withoutHistoryRuns.get(ctx) ?? null;
}
