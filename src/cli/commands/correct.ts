// `waymark why FILE:LINE|ITEM`, `waymark track FILE:LINE [--kind K] [--estimate 3h] [--title T]`,
// `waymark ignore FILE:LINE|ITEM` and `waymark corrections [--drop N]`: see why a line was
// read as it was, and correct the reading for good (kept in waymark.json beside the notes).
import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { KINDS, type Item, type Kind } from '../../core/model/types.js';
import { anchorAt, explainLine, type Explanation } from '../../core/notes/index.js';
import { parseDurationHours } from '../../core/notes/phrases.js';
import { addCorrection, dropCorrection, readCorrections } from '../../edge/corrections.js';
import type { StoredCorrection } from '../../edge/corrections-config.js';
import type { CliContext } from '../context.js';
import { loadForCli } from '../load.js';
import { notesPaths, PATHS_HELP, splitTrailingPaths } from '../notes-args.js';
import { today } from './status.js';
import { notesOption, paint, pickItem, type NotesOptions } from './track-common.js';

const FILE_LINE_RE = /^(.+):(\d+)$/;

interface Target {
  /** The note as the roadmap names it (relative to the notes root). */
  path: string;
  abs: string;
  line: number;
  item: Item | null;
}

/** A FILE:LINE, or the words or id of an item; then, optionally, the notes. */
async function resolveTarget(args: string[], opts: NotesOptions, ctx: CliContext) {
  const { words, paths } = splitTrailingPaths(args, ctx.cwd);
  const ws = await loadForCli(notesPaths(paths, opts), ctx);
  const query = words.join(' ').trim();
  const fl = FILE_LINE_RE.exec(query);
  let target: Target;
  if (fl) {
    const abs = resolve(ctx.cwd, fl[1]!);
    const path = [...ws.files].find(([, a]) => a === abs)?.[0];
    if (!path) throw new UsageError(`${fl[1]} is not one of the notes read (${ws.files.size} notes under ${relative(ctx.cwd, ws.root) || '.'})`);
    const line = Number(fl[2]);
    const count = readFileSync(abs, 'utf8').split('\n').length;
    if (line < 1 || line > count) throw new UsageError(`${fl[1]} has ${count} lines; there is no line ${line}`);
    target = { path, abs, line, item: null };
  } else {
    const item = await pickItem(ws.roadmap.items, words, ctx, !opts.json);
    target = { path: item.source.path, abs: ws.files.get(item.source.path)!, line: item.source.line, item };
  }
  return { ws, target };
}

function rootRelative(root: string, abs: string): string {
  return relative(root, abs).split(sep).join('/');
}

function renderWhy(e: Explanation, ctx: CliContext): string {
  const p = paint(ctx);
  const out = [`${p.dim(`${e.path}:${e.line}`)}  ${e.text.trim() || p.dim('(blank)')}`];
  if (e.item) {
    out.push(`${p.green('●')} ${e.mention ? 'a mention of the item' : 'an item'}: ${p.bold(e.item.title)} ${p.dim(`(${e.item.id})`)}`);
  } else {
    out.push(`${p.dim('○')} not an item`);
  }
  for (const r of e.reading) {
    const label = r.what === 'item' ? 'read as an item' : r.what === 'part' ? 'part of an item' : r.what === 'not-taken' ? 'not taken' : r.what;
    out.push(`  ${p.cyan(label.padEnd(15))} ${r.why}`);
  }
  if (e.fields.length) {
    out.push('');
    const w = Math.max(...e.fields.map((f) => f.field.length));
    for (const f of e.fields) out.push(`  ${f.field.padEnd(w)}  ${p.bold(f.value)}  ${p.dim(`← ${f.from}`)}`);
  }
  out.push('', p.dim(e.advice));
  return out.join('\n') + '\n';
}

function describe(c: StoredCorrection): string {
  const fields = [c.title ? `title "${c.title}"` : '', c.kind ? `kind ${c.kind}` : '', c.estimateHours !== undefined ? `estimate ${c.estimateHours} h` : ''].filter(Boolean).join(', ');
  return `${c.action.padEnd(6)} ${c.path}  "${c.text.trim().slice(0, 70)}"${fields ? `  (${fields})` : ''}`;
}

/** Anchors a correction to the target line's words and neighbours, keeps it in waymark.json, and says so. */
function saveCorrection(root: string, target: Target, fields: Pick<StoredCorrection, 'action' | 'kind' | 'estimateHours' | 'title'>, opts: NotesOptions, ctx: CliContext): void {
  const lines = readFileSync(target.abs, 'utf8').split(/\r?\n/);
  const anchor = anchorAt(lines, target.line - 1);
  if (!anchor.text.trim()) throw new UsageError(`${target.path}:${target.line} is blank; there is nothing to ${fields.action}`);
  const c: StoredCorrection = { ...fields, path: rootRelative(root, target.abs), ...anchor, added: today(ctx) };
  const n = addCorrection(root, c);
  if (opts.json) ctx.stdout.write(JSON.stringify({ correction: n, ...c }, null, 2) + '\n');
  else ctx.stdout.write(`${paint(ctx).green('✔')} correction ${n}: ${describe(c)}\n${paint(ctx).dim(`  (kept in waymark.json; \`waymark corrections --drop ${n}\` removes it)`)}\n`);
}

export function registerCorrect(program: Command, ctx: CliContext): void {
  notesOption(program
    .command('why')
    .description('why a line was read as it was: the evidence, and where each field came from')
    .usage('[options] <target...> [notes...]')
    .argument('<target...>', `FILE:LINE, or an item's id or words; then, optionally, ${PATHS_HELP}`))
    .action(async (words: string[], opts: NotesOptions) => {
      const { ws, target } = await resolveTarget(words, opts, ctx);
      const text = readFileSync(target.abs, 'utf8');
      const e = explainLine({ path: target.path, text, sha256: '' }, target.line, ws.roadmap, today(ctx));
      if (opts.json) {
        const { item, ...rest } = e;
        ctx.stdout.write(JSON.stringify({ ...rest, item: item ? { id: item.id, title: item.title, kind: item.kind, status: item.status } : null }, null, 2) + '\n');
      } else ctx.stdout.write(renderWhy(e, ctx));
    });

  notesOption(program
    .command('track')
    .description('make a line an item, or set fields of one (kept in waymark.json)')
    .usage('[options] <target...> [notes...]')
    .argument('<target...>', `FILE:LINE, or an item's id or words; then, optionally, ${PATHS_HELP}`)
    .option('--kind <kind>', `one of ${KINDS.join(', ')}`)
    .option('--estimate <time>', 'hours it takes: 3h, 90m, 1.5')
    .option('--title <title>', 'the title to show'))
    .action(async (words: string[], opts: NotesOptions & { kind?: string; estimate?: string; title?: string }) => {
      if (opts.kind !== undefined && !(KINDS as readonly string[]).includes(opts.kind)) throw new UsageError(`--kind must be one of ${KINDS.join(', ')} (got "${opts.kind}")`);
      const hours = opts.estimate === undefined ? undefined : /^\d+(?:\.\d+)?$/.test(opts.estimate) ? Number(opts.estimate) : parseDurationHours(opts.estimate);
      if (hours === null) throw new UsageError(`--estimate: "${opts.estimate}" is not a time (try 3h, 90m or 1.5)`);
      const { ws, target } = await resolveTarget(words, opts, ctx);
      saveCorrection(ws.root, target, {
        action: 'track', ...(opts.kind ? { kind: opts.kind as Kind } : {}), ...(hours !== undefined ? { estimateHours: hours } : {}), ...(opts.title ? { title: opts.title } : {}),
      }, opts, ctx);
    });

  notesOption(program
    .command('ignore')
    .description('take a line out: no item, left out of plans, stats, the site and review (kept in waymark.json)')
    .usage('[options] <target...> [notes...]')
    .argument('<target...>', `FILE:LINE, or an item's id or words; then, optionally, ${PATHS_HELP}`))
    .action(async (words: string[], opts: NotesOptions) => {
      const { ws, target } = await resolveTarget(words, opts, ctx);
      saveCorrection(ws.root, target, { action: 'ignore' }, opts, ctx);
    });

  notesOption(program
    .command('corrections')
    .description('list the corrections kept in waymark.json, or drop one')
    .option('--drop <n>', 'remove correction number N')
    .argument('[paths...]', PATHS_HELP))
    .action(async (paths: string[], opts: NotesOptions & { drop?: string }) => {
      const ws = await loadForCli(notesPaths(paths, opts), ctx);
      if (opts.drop !== undefined) {
        const gone = dropCorrection(ws.root, Number(opts.drop));
        ctx.stdout.write(opts.json ? JSON.stringify({ dropped: Number(opts.drop), ...gone }, null, 2) + '\n' : `dropped correction ${opts.drop}: ${describe(gone)}\n`);
        return;
      }
      const list = readCorrections(ws.root);
      const orphaned = new Set(ws.roadmap.warnings.filter((w) => w.code === 'correction-orphaned').map((w) => Number(/correction (\d+)/.exec(w.message)?.[1])));
      if (opts.json) {
        ctx.stdout.write(JSON.stringify(list.map((c, i) => ({ n: i + 1, ...c, applied: !orphaned.has(i + 1) })), null, 2) + '\n');
        return;
      }
      if (!list.length) {
        ctx.stdout.write('No corrections. `waymark track FILE:LINE` and `waymark ignore FILE:LINE` make them.\n');
        return;
      }
      const p = paint(ctx);
      ctx.stdout.write(list.map((c, i) => `${String(i + 1).padStart(3)}  ${describe(c)}${orphaned.has(i + 1) ? p.yellow('  — its line is gone; not applied') : ''}`).join('\n') + '\n');
    });
}
