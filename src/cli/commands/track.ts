// `waymark done|start|skip ITEM` and `waymark progress ITEM 13|13/20|40%`: the change is
// written into the note itself, in its own dialect, and recorded for `undo` and `stats`.
import type { Command } from 'commander';
import { parseProgressInput, type DoneDateOption, type EditAction } from '../../core/edit/index.js';
import { UsageError } from '../../core/errors.js';
import type { Status } from '../../core/model/types.js';
import { loadConfig } from '../../edge/config.js';
import { changeItem, type ChangeResult } from '../../edge/track.js';
import type { CliContext } from '../context.js';
import { notesPaths, PATHS_HELP, splitTrailingPaths } from '../notes-args.js';
import { notesOption, paint, renderHandEdits, sessionForItem, type NotesOptions } from './track-common.js';

interface ChangeOptions extends NotesOptions {
  doneDate?: string;
}

const DONE_DATES = ['auto', 'none', 'tasks', 'dataview', 'org'];

const VERBS: { name: string; status: Status; help: string }[] = [
  { name: 'done', status: 'done', help: 'mark an item done in its note (ticks the box, adds a done date the way the file does)' },
  { name: 'start', status: 'doing', help: 'mark an item as under way in its note' },
  { name: 'skip', status: 'skipped', help: 'mark an item as skipped (cancelled) in its note' },
];

/** What an item already is when a verb has nothing to change ("is already under way", not "already start"). */
const STATE_OF: Record<string, string> = { start: 'under way', skip: 'skipped' };

/** Renders what a change did, for a person. */
export function renderChange(r: ChangeResult, verb: string, ctx: CliContext): string {
  const p = paint(ctx);
  if (r.batchId === null) return `${p.dim('nothing to change:')} ${r.item.title} ${p.dim(`is already ${STATE_OF[verb] ?? verb} in ${r.item.source.path}:${r.item.source.line}`)}\n`;
  const out = [`${p.green('✔')} ${p.bold(verb)}  ${r.item.title}${r.merged ? p.yellow('  (the note had changed meanwhile; applied to the new version)') : ''}`];
  r.edit.lines.forEach((line, i) => {
    const where = `${r.item.source.path}:${line}`;
    out.push(`  ${p.dim(where)}  ${p.red('-')} ${(r.before[i] ?? '').trim()}`);
    out.push(`  ${' '.repeat(where.length)}  ${p.green('+')} ${(r.after[i] ?? '').trim()}`);
  });
  out.push(p.dim('  (undo with `waymark undo`)'));
  return out.join('\n') + '\n';
}

function changeJson(r: ChangeResult, action: string) {
  return {
    action, changed: r.batchId !== null, batch: r.batchId, merged: r.merged,
    item: { id: r.item.id, title: r.item.title, path: r.item.source.path, line: r.item.source.line },
    status: r.edit.status, progress: r.edit.progress,
    lines: r.edit.lines.map((line, i) => ({ line, before: r.before[i] ?? null, after: r.after[i] ?? null })),
  };
}

async function run(words: string[], paths: string[], action: EditAction, verb: string, opts: ChangeOptions, ctx: CliContext, command: string): Promise<void> {
  if (opts.doneDate && !DONE_DATES.includes(opts.doneDate)) {
    throw new UsageError(`--done-date must be one of ${DONE_DATES.join(', ')} (got "${opts.doneDate}")`);
  }
  const { session, item } = await sessionForItem(paths, opts, words, ctx, !opts.json);
  try {
    if (!opts.json) ctx.stderr.write(renderHandEdits(session, ctx));
    const { config } = await loadConfig(session.root);
    const doneDate = (opts.doneDate ?? config.track?.doneDate) as DoneDateOption | undefined;
    const timeZone = config.timeZone ?? ctx.env.TZ;
    const r = await changeItem(session, item, action, {
      now: ctx.now(), command, ...(doneDate ? { doneDate } : {}), ...(timeZone ? { timeZone } : {}),
    });
    ctx.stdout.write(opts.json ? JSON.stringify(changeJson(r, verb), null, 2) + '\n' : renderChange(r, verb, ctx));
  } finally {
    await session.store.close();
  }
}

export function registerTrack(program: Command, ctx: CliContext): void {
  for (const v of VERBS) {
    notesOption(program.command(v.name).description(v.help).usage('[options] <item...> [notes...]'))
      .argument('<item...>', `the item: its id or words of its title; then, optionally, ${PATHS_HELP}`)
      .option('--done-date <style>', `how to write a done date: ${DONE_DATES.join(', ')} (default: waymark.json track.doneDate, else auto = as the file does)`)
      .action((args: string[], opts: ChangeOptions) => {
        const { words, paths } = splitTrailingPaths(args, ctx.cwd);
        return run(words, notesPaths(paths, opts), { kind: 'status', status: v.status }, v.name, opts, ctx, `${v.name} ${words.join(' ')}`);
      });
  }
  notesOption(program.command('progress').description('set how far along an item is: 13, 13/20 or 40% (rewrites the note\'s own phrase)').usage('[options] <item...> <amount> [notes...]'))
    .argument('<item-and-amount...>', `the item (id or words of its title), then the amount; then, optionally, ${PATHS_HELP}`)
    .action((all: string[], opts: ChangeOptions) => {
      const { words: args, paths } = splitTrailingPaths(all, ctx.cwd, 2);
      const amount = args.at(-1) ?? '';
      const input = parseProgressInput(amount);
      if (!input || args.length < 2) throw new UsageError(`progress needs an item and an amount like 13, 13/20 or 40% (got "${all.join(' ')}")`);
      return run(args.slice(0, -1), notesPaths(paths, opts), { kind: 'progress', input }, 'progress', opts, ctx, `progress ${args.join(' ')}`);
    });
}
