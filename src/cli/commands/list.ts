// `waymark list`: find items by kind, status or words.
import type { Command } from 'commander';
import { KINDS, STATUSES, type Item } from '../../core/model/types.js';
import { UsageError } from '../../core/errors.js';
import { progressLabel } from '../../core/status/summary.js';
import type { CliContext } from '../context.js';
import { notesOpt, notesPaths, PATHS_HELP, type NotesFlags } from '../notes-args.js';
import { loadForCli } from '../load.js';
import { colors, fit } from '../render/bar.js';

interface ListOptions { kind?: string; status?: string; search?: string; json?: boolean; limit?: string }

function parseSet<T extends string>(value: string | undefined, allowed: readonly T[], what: string): Set<T> | null {
  if (!value) return null;
  const parts = value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  for (const p of parts) if (!(allowed as readonly string[]).includes(p)) throw new UsageError(`unknown ${what} "${p}" (use one of: ${allowed.join(', ')})`);
  return new Set(parts as T[]);
}

export function filterItems(items: Item[], opts: ListOptions): Item[] {
  const kinds = parseSet(opts.kind, KINDS, 'kind');
  const statuses = parseSet(opts.status, STATUSES, 'status');
  const words = (opts.search ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return items.filter((it) => {
    if (kinds && !kinds.has(it.kind)) return false;
    if (statuses && !statuses.has(it.status)) return false;
    if (words.length) {
      const hay = `${it.title} ${it.path.join(' ')} ${it.tags.join(' ')} ${it.id}`.toLowerCase();
      if (!words.every((w) => hay.includes(w))) return false;
    }
    return true;
  });
}

const STATUS_MARK: Record<Item['status'], string> = { todo: '○', doing: '◐', done: '●', skipped: '⊘' };

export function registerList(program: Command, ctx: CliContext): void {
  program
    .command('list')
    .description('list items, filtered by kind, status or words')
    .argument('[paths...]', PATHS_HELP)
    .addOption(notesOpt())
    .option('-k, --kind <kinds>', `comma-separated: ${KINDS.join(', ')}`)
    .option('-s, --status <statuses>', `comma-separated: ${STATUSES.join(', ')}`)
    .option('-q, --search <words>', 'words that must all appear in the title, section or tags')
    .option('--limit <n>', 'show at most n items')
    .option('--json', 'print the items as JSON')
    .action(async (given: string[], opts: ListOptions & NotesFlags) => {
      const paths = notesPaths(given, opts);
      const limit = opts.limit !== undefined ? Number(opts.limit) : Infinity;
      if (!(limit > 0)) throw new UsageError(`--limit must be a positive number, got "${opts.limit}"`);
      const items = filterItems((await loadForCli(paths, ctx)).roadmap.items, opts).slice(0, limit);
      if (opts.json) {
        ctx.stdout.write(JSON.stringify(items, null, 2) + '\n');
        return;
      }
      const c = colors(ctx.color);
      const width = (ctx.stdout as { columns?: number }).columns ?? 100;
      for (const it of items) {
        const mark = it.status === 'done' ? c.green(STATUS_MARK.done) : it.status === 'doing' ? c.yellow(STATUS_MARK.doing) : it.status === 'skipped' ? c.dim(STATUS_MARK.skipped) : STATUS_MARK.todo;
        const prog = progressLabel(it);
        ctx.stdout.write(`${mark} ${c.dim(it.id)}  ${fit(it.title, Math.max(24, width - 60))}  ${c.cyan(it.kind.padEnd(11))} ${prog ? c.yellow(prog) + ' ' : ''}${c.dim(`${it.source.path}:${it.source.line}`)}\n`);
      }
      // The footer belongs to the list: on stdout with it (and not under --json).
      ctx.stdout.write(c.dim(`${items.length} item${items.length === 1 ? '' : 's'}\n`));
    });
}
