// Loads the roadmap for a command, with a progress bar on a terminal when reading
// takes more than a second.
import cliProgress from 'cli-progress';
import { loadRoadmap, type LoadedWorkspace } from '../edge/workspace.js';
import type { CliContext } from './context.js';

export async function loadForCli(paths: string[], ctx: CliContext): Promise<LoadedWorkspace> {
  const started = Date.now();
  let bar: cliProgress.SingleBar | null = null;
  const tty = Boolean(ctx.stderr.isTTY);
  const ws = await loadRoadmap(paths, {
    cwd: ctx.cwd,
    now: ctx.now(),
    onProgress: (done, total) => {
      if (!tty) return;
      if (!bar && Date.now() - started > 1000 && done < total) {
        bar = new cliProgress.SingleBar(
          { format: 'reading notes {bar} {value}/{total} files', stream: process.stderr, clearOnComplete: true, hideCursor: true },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, done);
      }
      bar?.update(done);
    },
  });
  (bar as cliProgress.SingleBar | null)?.stop();
  return ws;
}
