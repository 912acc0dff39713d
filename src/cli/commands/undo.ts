// `waymark undo`: takes back the last tracking command — the note gets its previous bytes
// back exactly, and the command's events leave the history.
import type { Command } from 'commander';
import { openHistory } from '../../edge/journal.js';
import { undoLast, workspaceRootOf } from '../../edge/track.js';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { storePath } from '../../store/index.js';
import type { CliContext } from '../context.js';
import { notesPaths, PATHS_HELP } from '../notes-args.js';
import { notesOption, paint, type NotesOptions } from './track-common.js';

export function registerUndo(program: Command, ctx: CliContext): void {
  notesOption(program.command('undo').description('undo the last done/start/skip/progress/log (restores the note byte for byte)'))
    .argument('[paths...]', PATHS_HELP)
    .action(async (paths: string[], opts: NotesOptions) => {
      const given = notesPaths(paths, opts);
      for (const g of given) if (!existsSync(resolve(ctx.cwd, g))) throw new UsageError(`no such file or folder: ${g}`, 'E_NO_PATH');
      const root = workspaceRootOf(given, ctx.cwd);
      // No .waymark/ at all: nothing was ever recorded. A damaged one is opened, and says so.
      if (!existsSync(dirname(storePath(root)))) {
        const p = paint(ctx);
        ctx.stdout.write(opts.json ? JSON.stringify({ undone: null }, null, 2) + '\n' : p.dim('nothing to undo\n'));
        return;
      }
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
