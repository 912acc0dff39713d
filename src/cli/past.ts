// The past imported on the first `waymark stats`: the notes' git log and the completion
// dates written in them, with a progress bar on stderr while a long history is read.
import { importPast } from '../edge/import-past.js';
import type { TrackSession } from '../edge/track.js';
import type { PastImport } from '../store/index.js';
import type { CliContext } from './context.js';
import { lateBar } from './progress.js';

/** Imports the past once into the session's history; null when it was done before or found nothing to do. */
export async function importPastForCli(session: TrackSession, ctx: CliContext, timeZone?: string): Promise<PastImport | null> {
  // A short history is done before a bar would be seen.
  const bar = lateBar(ctx, 'importing the past from git {bar} {value}/{total} note versions', 300);
  try {
    return await importPast(session, session.store, {
      now: ctx.now(), ...(timeZone ? { timeZone } : {}), onProgress: (done, total) => bar.update(done, total),
    });
  } finally {
    bar.stop();
  }
}
