// `waymark repair`: checks the workspace's history and, when it is damaged, moves the
// damaged database (or a file where `.waymark/` should be) aside, kept for a look, and
// starts a new history. The notes are never touched; nothing else moves a database aside.
import type { Command } from 'commander';
import { openHistory } from '../../edge/journal.js';
import { workspaceRootOf } from '../../edge/track.js';
import { existsSync } from 'node:fs';
import { repairStore, storePath } from '../../store/index.js';
import type { CliContext } from '../context.js';
import { notesOption, paint, type NotesOptions } from './track-common.js';

export function registerRepair(program: Command, ctx: CliContext): void {
  notesOption(program.command('repair').description('check the history in .waymark/ and, if it is damaged, move it aside and start a new one'))
    .action(async (opts: NotesOptions) => {
      const root = workspaceRootOf(opts.notes ?? [], ctx.cwd);
      const r = repairStore(root, ctx.now());
      // Opening settles what a killed command left and creates the new history when one was
      // moved; with no history yet, none is made (not in the temp folder, say).
      if (r.movedTo || existsSync(storePath(root))) await openHistory(root, ctx.now()).close();
      const p = paint(ctx);
      if (opts.json) {
        ctx.stdout.write(JSON.stringify({ found: r.found, movedTo: r.movedTo }, null, 2) + '\n');
      } else if (r.movedTo) {
        ctx.stdout.write(`${p.yellow('!')} ${r.found}: moved it to ${r.movedTo} and started a new history. Your notes were not touched.\n`);
      } else {
        ctx.stdout.write(`${p.green('✔')} ${r.found}\n`);
      }
    });
}
