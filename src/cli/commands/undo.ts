// `waymark undo`: takes back the last tracking command — the note gets its previous bytes
// back exactly, and the command's events leave the history.
import type { Command } from 'commander';
import { openHistory } from '../../edge/journal.js';
import { undoLast, workspaceRootOf } from '../../edge/track.js';
import type { CliContext } from '../context.js';
import { notesOption, paint, type NotesOptions } from './track-common.js';

export function registerUndo(program: Command, ctx: CliContext): void {
  notesOption(program.command('undo').description('undo the last done/start/skip/progress/log (restores the note byte for byte)'))
    .action(async (opts: NotesOptions) => {
      const root = workspaceRootOf(opts.notes ?? [], ctx.cwd);
      const store = openHistory(root, ctx.now());
      try {
        const r = await undoLast(root, store, ctx.now());
        const p = paint(ctx);
        if (opts.json) {
          ctx.stdout.write(JSON.stringify(r ? { undone: r.batch.description, command: r.batch.command, at: r.batch.at, files: r.files } : { undone: null }, null, 2) + '\n');
        } else if (!r) {
          ctx.stdout.write(p.dim('nothing to undo\n'));
        } else {
          ctx.stdout.write(`${p.green('↶')} undid ${r.batch.description}${r.files.length ? p.dim(` — restored ${r.files.join(', ')}`) : ''}\n`);
        }
      } finally {
        await store.close();
      }
    });
}
