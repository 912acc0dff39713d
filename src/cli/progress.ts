// A progress bar on stderr for slow work: drawn only on a terminal, and only once the work
// has run long enough for a person to wonder (a quick run shows nothing).
import cliProgress from 'cli-progress';
import type { CliContext } from './context.js';

export interface LateBar {
  /** Reports `done` of `total`; draws the bar once `afterMs` have passed with work left. */
  update(done: number, total: number): void;
  stop(): void;
}

/** @example const bar = lateBar(ctx, 'reading notes {bar} {value}/{total} files', 1000); … bar.stop() */
export function lateBar(ctx: CliContext, format: string, afterMs: number): LateBar {
  const started = Date.now();
  const tty = Boolean(ctx.stderr.isTTY);
  let bar: cliProgress.SingleBar | null = null;
  return {
    update(done, total) {
      if (!tty) return;
      if (!bar && Date.now() - started > afterMs && done < total) {
        bar = new cliProgress.SingleBar({ format, stream: process.stderr, clearOnComplete: true, hideCursor: true }, cliProgress.Presets.shades_classic);
        bar.start(total, done);
      }
      bar?.update(done);
    },
    stop() {
      bar?.stop();
    },
  };
}
