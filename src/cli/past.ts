// The past imported on the first `waymark stats`: the notes' git log and the completion
// dates written in them, with a progress bar on stderr while a long history is read.
import cliProgress from 'cli-progress';
import { importPast } from '../edge/import-past.js';
import type { TrackSession } from '../edge/track.js';
import type { PastImport } from '../store/index.js';
import type { CliContext } from './context.js';

/** Imports the past once into the session's history; null when it was done before or found nothing to do. */
export async function importPastForCli(session: TrackSession, ctx: CliContext, timeZone?: string): Promise<PastImport | null> {
  let bar: cliProgress.SingleBar | null = null;
  const started = Date.now();
  const tty = Boolean(ctx.stderr.isTTY);
  try {
    return await importPast(session, session.store, {
      now: ctx.now(), ...(timeZone ? { timeZone } : {}),
      onProgress: (done, total) => {
        if (!tty) return;
        // A short history is done before a bar would be seen.
        if (!bar && Date.now() - started > 300 && done < total) {
          bar = new cliProgress.SingleBar(
            { format: 'importing the past from git {bar} {value}/{total} note versions', stream: process.stderr, clearOnComplete: true, hideCursor: true },
            cliProgress.Presets.shades_classic,
          );
          bar.start(total, done);
        }
        bar?.update(done);
      },
    });
  } finally {
    (bar as cliProgress.SingleBar | null)?.stop();
  }
}
