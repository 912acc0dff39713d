// `waymark log ITEM 1h30m [--date D] [--note "…"]`: time spent, kept in the history (the
// notes are not touched); the planner counts it in the item's spent hours.
import type { Command } from 'commander';
import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import { UsageError } from '../../core/errors.js';
import { parseDurationHours } from '../../core/notes/phrases.js';
import { loadConfig } from '../../edge/config.js';
import { formatHours, logTime } from '../../edge/track.js';
import type { CliContext } from '../context.js';
import { notesPaths, PATHS_HELP, splitTrailingPaths } from '../notes-args.js';
import { notesOption, paint, renderHandEdits, sessionForItem, type NotesOptions } from './track-common.js';

interface LogOptions extends NotesOptions {
  date?: string;
  note?: string;
}

/** "2026-11-20", "today", "yesterday" → YYYY-MM-DD. */
export function parseDay(text: string, now: Date): string {
  const t = text.trim().toLowerCase();
  if (t === 'today') return format(now, 'yyyy-MM-dd');
  if (t === 'yesterday') return format(addDays(now, -1), 'yyyy-MM-dd');
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) {
    const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    if (d.getMonth() === Number(m[2]) - 1 && d.getDate() === Number(m[3])) return t;
  }
  throw new UsageError(`--date wants YYYY-MM-DD, "today" or "yesterday" (got "${text}")`);
}

/** Splits "efficientnet paper 1h 30m" into the item words and the hours (the longest duration at the end). */
export function splitDuration(args: string[]): { words: string[]; hours: number } | null {
  for (let n = Math.min(4, args.length - 1); n >= 1; n--) {
    const hours = parseDurationHours(args.slice(-n).join(' '));
    if (hours !== null) return { words: args.slice(0, -n), hours };
  }
  return null;
}

export function registerLog(program: Command, ctx: CliContext): void {
  notesOption(program.command('log').description('log time spent on an item: 1h30m, 90m, 1.5h, 0:45').usage('[options] <item...> <time> [notes...]'))
    .argument('<item-and-time...>', `the item (id or words of its title), then the time; then, optionally, ${PATHS_HELP}`)
    .option('-d, --date <day>', 'the day the time was spent (YYYY-MM-DD, today, yesterday)')
    .option('--note <text>', 'a note to keep with the entry')
    .action(async (all: string[], opts: LogOptions) => {
      const { words: args, paths } = splitTrailingPaths(all, ctx.cwd, 2);
      const split = splitDuration(args);
      if (!split || split.words.length === 0) throw new UsageError(`log needs an item and a time like 1h30m, 90m or 1.5h (got "${args.join(' ')}")`);
      if (split.hours > 24) throw new UsageError(`${formatHours(split.hours)} is more than a day; log each day separately with --date`);
      const now = ctx.now();
      const day = opts.date ? parseDay(opts.date, now) : undefined;
      const { session, item } = await sessionForItem(notesPaths(paths, opts), opts, split.words, ctx, !opts.json);
      try {
        if (!opts.json) ctx.stderr.write(renderHandEdits(session, ctx));
        const { config } = await loadConfig(session.root);
        const timeZone = config.timeZone ?? ctx.env.TZ;
        const batch = await logTime(session, item, split.hours, {
          now, command: `log ${args.join(' ')}`, ...(day ? { day } : {}), ...(opts.note ? { note: opts.note } : {}), ...(timeZone ? { timeZone } : {}),
        });
        const total = (await session.store.loggedHours()).get(item.id) ?? 0;
        if (opts.json) {
          ctx.stdout.write(JSON.stringify({ action: 'log', batch, item: { id: item.id, title: item.title }, hours: split.hours, day: day ?? format(now, 'yyyy-MM-dd'), totalLogged: total }, null, 2) + '\n');
        } else {
          const p = paint(ctx);
          ctx.stdout.write(`${p.green('✔')} logged ${p.bold(formatHours(split.hours))} on ${item.title}${day ? p.dim(` for ${day}`) : ''}  ${p.dim(`(${formatHours(total)} logged in all)`)}\n`);
        }
      } finally {
        await session.store.close();
      }
    });
}
