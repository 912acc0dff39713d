// Loads the roadmap for a command, with a progress bar on a terminal when reading
// takes more than a second, or at once for a folder of more than 5,000 notes.
import type cliProgress from 'cli-progress';
import type { LoadedWorkspace } from '../edge/workspace.js';
import type { CliContext } from './context.js';

/** A folder with more notes than this says so before reading them. */
export const MANY_NOTES = 5000;

export interface CliWorkspace extends LoadedWorkspace {
  /** Files found beside the notes that are not notes (for the "is this a notes folder?" check). */
  otherFiles: number;
}

/** `saveLater`: see LoadOptions (the caller awaits `saved` before anything reads the read cache). */
export async function loadForCli(paths: string[], ctx: CliContext, opts: { saveLater?: boolean } = {}): Promise<CliWorkspace> {
  const started = Date.now();
  let bar: cliProgress.SingleBar | null = null;
  let many = false;
  let otherFiles = 0;
  const tty = Boolean(ctx.stderr.isTTY);
  // The bar's module loads only where a bar can be drawn (a terminal), before reading starts.
  const bars = tty ? (await import('cli-progress')).default : null;
  const startBar = (total: number, done: number): void => {
    bar = new bars!.SingleBar(
      { format: 'reading notes {bar} {value}/{total} files', stream: process.stderr, clearOnComplete: true, hideCursor: true },
      bars!.Presets.shades_classic,
    );
    bar.start(total, done);
  };
  // (Loaded here, not with this module: a check-off that finds its item in the index reads no workspace.)
  const { loadRoadmap } = await import('../edge/workspace.js');
  const ws = await loadRoadmap(paths, {
    cwd: ctx.cwd,
    now: ctx.now(),
    onWarning: (message) => ctx.stderr.write(`waymark: ${message}\n`),
    ...(ctx.clock ? { cache: { now: ctx.clock } } : {}),
    ...(opts.saveLater ? { saveLater: true } : {}),
    onFound: (found) => {
      otherFiles = found.others;
      many = found.files.length > MANY_NOTES;
      if (!many) return;
      if (tty) startBar(found.files.length, 0);
      else ctx.stderr.write(`reading ${found.files.length.toLocaleString('en-US')} notes…\n`);
    },
    onProgress: (done, total) => {
      if (!tty) return;
      if (!bar && Date.now() - started > 1000 && done < total) startBar(total, done);
      bar?.update(done);
    },
  });
  (bar as cliProgress.SingleBar | null)?.stop();
  return { ...ws, otherFiles };
}
