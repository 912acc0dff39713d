// `waymark review [PATH…]`: spaced review of what was learned. Shows each due card (the item,
// where it stands in the notes), reveals the person's own lines on a key, takes Again/Hard/
// Good/Easy and saves the new FSRS schedule in the workspace database. `--json` lists what is due.
import { TZDate } from '@date-fns/tz';
import { readFile } from 'node:fs/promises';
import { emitKeypressEvents } from 'node:readline';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import type { Roadmap } from '../../core/model/types.js';
import {
  cardsFromRoadmap, createReviewScheduler, dueCounts, dueQueue, expectedReviewHours, noteExcerpt, reviewSettings,
  type DueCard, type DueOptions, type ForecastCard, type DueQueue, type ReviewRating, type ReviewScheduler, type ReviewSettings, type ReviewState,
} from '../../core/review/index.js';
import { loadConfig } from '../../edge/config.js';
import { hasReviewStore, openReviewStore, type ReviewStore } from '../../store/review.js';
import { historyError, historyUnreachable, isHistoryFailure } from '../../store/index.js';
import type { CliContext, Output } from '../context.js';
import { loadForCli } from '../load.js';
import { allowHistory, notesOpt, notesPaths, PATHS_HELP, yesOpt, type NotesFlags } from '../notes-args.js';
import { colors, type Colors } from '../render/bar.js';
import type { StatusExtension } from './status.js';

export const REVIEW_SCHEMA = 'waymark.review/1';

/** A context that may carry its own input (tests); the CLI reads process.stdin otherwise. */
export type ReviewContext = CliContext & { stdin?: Readable & { isTTY?: boolean; setRawMode?: (on: boolean) => unknown } };

export interface ReviewQueueResult {
  queue: DueQueue;
  settings: ReviewSettings;
  timeZone: string;
  /** All cards the notes yield. */
  cards: number;
}

/** The due queue for a loaded workspace; reads the database only when it exists. */
export async function reviewQueue(root: string, roadmap: Roadmap, now: Date, opts: { store?: ReviewStore; env?: CliContext['env'] } = {}): Promise<ReviewQueueResult> {
  const { settings, timeZone, states, dueOptions } = await reviewBasis(root, now, opts);
  const specs = cardsFromRoadmap(roadmap);
  const queue = dueQueue(specs, states, now, dueOptions);
  return { queue, settings, timeZone, cards: specs.length };
}

/** What the due queue is made with besides the cards: the settings, the zone, the states kept and the day's bounds. */
async function reviewBasis(root: string, now: Date, opts: { store?: ReviewStore; env?: CliContext['env'] }): Promise<{ settings: ReviewSettings; timeZone: string; states: Map<string, ReviewState>; dueOptions: DueOptions }> {
  const { store, env = {} } = opts;
  const { config } = await loadConfig(root);
  const settings = reviewSettings(config.review);
  const timeZone = config.timeZone ?? env.TZ ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  let states = new Map<string, ReviewState>();
  if (store) states = await store.states();
  else if (hasReviewStore(root)) {
    const s = openReviewStore(root);
    try {
      states = await s.states();
    } finally {
      await s.close();
    }
  }
  const dayStart = startOfDay(now, timeZone);
  return { settings, timeZone, states, dueOptions: { newPerDay: settings.newPerDay, dayStart, dueBy: startOfDay(new Date(dayStart.getTime() + 36 * 3_600_000), timeZone) } };
}

/**
 * How many reviews are due now (new cards within today's allowance included), for `waymark status`.
 * @example await countDueReviews(ws.root, ws.roadmap, ctx.now())
 */
export async function countDueReviews(root: string, roadmap: Roadmap, now: Date): Promise<number> {
  return (await reviewQueue(root, roadmap, now)).queue.due.length;
}

/**
 * Hours of review expected in each of `weeks` weeks from `fromDate` (YYYY-MM-DD), for the planner
 * to reserve: stored cards as scheduled, and cards not yet reviewed arriving at the configured
 * number of new cards per day.
 * @example await reviewHoursForWorkspace(ws.root, ws.roadmap, '2026-11-23', 6) // → [1.2, 0.8, …]
 */
export async function reviewHoursForWorkspace(
  root: string, roadmap: Roadmap, fromDate: string, weeks: number, onUnavailable?: (why: string) => void,
): Promise<number[]> {
  const { config } = await loadConfig(root);
  const settings = reviewSettings(config.review);
  let states = new Map<string, ReviewState>();
  try {
    const unreachable = historyUnreachable(root);
    if (unreachable) throw unreachable;
    if (hasReviewStore(root)) {
      const s = openReviewStore(root);
      try {
        states = await s.states();
      } finally {
        await s.close();
      }
    }
  } catch (err) {
    // A plan is made without the review history when it cannot be read, saying why.
    if (!isHistoryFailure(err)) throw err;
    onUnavailable?.(historyError(err, root).message);
  }
  const from = Date.parse(`${fromDate}T00:00:00Z`);
  const perDay = Math.max(1, settings.newPerDay);
  const fresh = cardsFromRoadmap(roadmap).filter((c) => !states.has(c.key));
  const cards: ForecastCard[] = [
    ...[...states.values()],
    ...fresh.map((_, i) => ({ due: new Date(from + Math.floor(i / perDay) * 86_400_000).toISOString() })),
  ];
  return expectedReviewHours(cards, fromDate, weeks, settings.minutesPerReview, settings);
}

function startOfDay(now: Date, timeZone: string): Date {
  const d = new TZDate(now.getTime(), timeZone);
  return new Date(new TZDate(d.getFullYear(), d.getMonth(), d.getDate(), timeZone).getTime());
}

function localDay(at: Date, timeZone: string): string {
  const d = new TZDate(at.getTime(), timeZone);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

const WEEKDAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTH = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Thu 26 Nov (in 3 days)". */
export function describeDue(due: string, now: Date, timeZone: string): string {
  const day = localDay(new Date(due), timeZone);
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const days = Math.round((Date.UTC(y, m - 1, d) - Date.parse(`${localDay(now, timeZone)}T00:00:00Z`)) / 86_400_000);
  const wd = WEEKDAY[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
  const when = days <= 0 ? 'today' : days === 1 ? 'tomorrow' : days < 60 ? `in ${days} days` : `in ${Math.round(days / 30)} months`;
  return `${wd} ${d} ${MONTH[m - 1]}${y !== Number(localDay(now, timeZone).slice(0, 4)) ? ` ${y}` : ''} (${when})`;
}

/** Short interval label for the rating hints: "1d", "3w", "4mo". */
function span(from: Date, due: string): string {
  const days = Math.max(0, Math.round((Date.parse(due) - from.getTime()) / 86_400_000));
  if (days < 1) return '<1d';
  if (days < 14) return `${days}d`;
  if (days < 60) return `${Math.round(days / 7)}w`;
  if (days < 365) return `${Math.round(days / 30)}mo`;
  return `${Math.round((days / 365) * 10) / 10}y`;
}

/** Reads keys on a terminal (raw mode) or lines from a pipe, as one stream of answers. */
interface Keys {
  next(): Promise<string | null>;
  close(): void;
}

function keysFrom(input: NonNullable<ReviewContext['stdin']>): Keys {
  if (input.isTTY && input.setRawMode) {
    emitKeypressEvents(input);
    input.setRawMode(true);
    input.resume();
    const waiting: Array<(k: string | null) => void> = [];
    const onKey = (str: string | undefined, key: { name?: string; ctrl?: boolean } | undefined): void => {
      const k = key?.ctrl && (key.name === 'c' || key.name === 'd') ? 'q' : key?.name === 'space' ? ' ' : key?.name === 'return' || key?.name === 'enter' ? '\r' : (str ?? key?.name ?? '');
      waiting.shift()?.(k.toLowerCase());
    };
    input.on('keypress', onKey);
    return {
      next: () => new Promise((res) => waiting.push(res)),
      close: () => {
        input.off('keypress', onKey);
        input.setRawMode?.(false);
        input.pause();
      },
    };
  }
  const rl = createInterface({ input, terminal: false });
  const it = rl[Symbol.asyncIterator]();
  return {
    next: async () => {
      const r = await it.next();
      return r.done ? null : String(r.value).trim().toLowerCase();
    },
    close: () => rl.close(),
  };
}

const RATING_KEYS: Record<string, ReviewRating> = { '1': 'again', '2': 'hard', '3': 'good', '4': 'easy', a: 'again', h: 'hard', g: 'good', e: 'easy', again: 'again', hard: 'hard', good: 'good', easy: 'easy' };

export interface SessionOptions {
  scheduler: ReviewScheduler;
  store: ReviewStore;
  now: () => Date;
  timeZone: string;
  output: Output;
  keys: Keys;
  color: boolean;
  /** Absolute path of each note, by roadmap path. */
  files: Map<string, string>;
}

export interface SessionResult {
  reviewed: number;
  ratings: Record<ReviewRating, number>;
  quit: boolean;
}

/** Runs the review loop over the due cards; every answer is saved as it is given. */
export async function runReviewSession(cards: DueCard[], o: SessionOptions): Promise<SessionResult> {
  const c = colors(o.color);
  const w = (s: string) => o.output.write(s);
  const texts = new Map<string, string[]>();
  const linesOf = async (path: string): Promise<string[]> => {
    if (!texts.has(path)) {
      const abs = o.files.get(path);
      texts.set(path, abs ? (await readFile(abs, 'utf8').catch(() => '')).split(/\r?\n/) : []);
    }
    return texts.get(path)!;
  };
  const ratings: Record<ReviewRating, number> = { again: 0, hard: 0, good: 0, easy: 0 };
  let reviewed = 0;
  for (const [i, card] of cards.entries()) {
    const s = card.spec;
    w(`\n${c.dim(`Review ${i + 1} of ${cards.length}${card.isNew ? ' · new' : ''}`)}\n`);
    w(`${c.bold(s.prompt)}\n`);
    const where = s.section.length ? `${s.section.join(' › ')} · ` : '';
    w(`${c.dim(`${where}${s.source.path}:${s.source.line}`)}\n`);
    const ask = s.kind === 'question' ? 'Answer it in your head' : 'Recall what you learned from it';
    w(`\n${ask}, then press ${c.bold('space')} to see your notes ${c.dim('(q to stop)')}\n`);
    const k = await o.keys.next();
    if (k === null || k === 'q') return { reviewed, ratings, quit: true };
    const excerpt = noteExcerpt(await linesOf(s.source.path), s.source);
    w('\n');
    for (const [n, line] of excerpt.lines.entries()) w(`${c.dim(String(excerpt.from + n).padStart(5))} ${c.dim('│')} ${line}\n`);
    if (!excerpt.lines.length) w(c.dim('      (the note has changed since it was read)\n'));
    const now = o.now();
    const preview = o.scheduler.preview(s.key, card.state, now);
    const hint = (['again', 'hard', 'good', 'easy'] as const).map((r, n) => `${c.bold(String(n + 1))} ${r} ${c.dim(span(now, preview[r].due))}`).join('   ');
    w(`\nHow well did you remember it?  ${hint}\n`);
    let rating: ReviewRating | undefined;
    for (;;) {
      const key = await o.keys.next();
      if (key === null || key === 'q') return { reviewed, ratings, quit: true };
      rating = RATING_KEYS[key];
      if (rating) break;
      if (key !== '' && key !== ' ' && key !== '\r') w(c.dim(`  press 1 again, 2 hard, 3 good, 4 easy (q to stop)\n`));
    }
    const { state, log } = o.scheduler.rate(s.key, card.state, rating, o.now());
    await o.store.saveReview(state, { ...log, itemId: s.itemId }, { itemId: s.itemId, title: s.title, file: s.source.path });
    ratings[rating]++;
    reviewed++;
    w(`${mark(c, rating)} ${rating} · next review ${c.bold(describeDue(state.due, o.now(), o.timeZone))}\n`);
  }
  return { reviewed, ratings, quit: false };
}

/** The "Reviews  5 due" line of `waymark status` (and `reviews` in its JSON). */
export const reviewStatusLines: StatusExtension = async (ws, cx) => {
  // (Counted, not made: at 1,000 notes the cards were a tenth of a changed note's status.)
  const now = cx.now();
  const { states, dueOptions } = await reviewBasis(ws.root, now, { env: cx.env });
  const { due, fresh, newWaiting, nextDue } = dueCounts(ws.roadmap.items, states, now, dueOptions);
  const lines = due ? [`Reviews  ${due} due${fresh ? ` (${fresh} new)` : ''} · run \`waymark review\``] : [];
  return { lines, json: { reviews: { due, new: fresh, newWaiting, nextDue } } };
};

function mark(c: Colors, r: ReviewRating): string {
  return r === 'again' ? c.red('↺') : r === 'hard' ? c.yellow('✓') : c.green('✓');
}

export function registerReview(program: Command, ctx: ReviewContext): void {
  program
    .command('review')
    .description('spaced review of what you learned: finished chapters, lectures, items and your questions (FSRS)')
    .argument('[paths...]', PATHS_HELP)
    .addOption(notesOpt())
    .addOption(yesOpt())
    .option('--json', 'list what is due as JSON instead of reviewing')
    .option('--limit <n>', 'review at most N cards this time')
    .action(async (given: string[], opts: { json?: boolean; limit?: string } & NotesFlags) => {
      const paths = notesPaths(given, opts);
      const limit = opts.limit === undefined ? Infinity : Number(opts.limit);
      if (!(limit >= 1) || (Number.isFinite(limit) && !Number.isInteger(limit))) throw new UsageError(`--limit expects a whole number from 1, got "${opts.limit}"`);
      const ws = await loadForCli(paths, ctx);
      const now = ctx.now();
      if (opts.json) {
        const r = await reviewQueue(ws.root, ws.roadmap, now, { env: ctx.env });
        ctx.stdout.write(JSON.stringify({
          schema: REVIEW_SCHEMA,
          now: now.toISOString(),
          cards: r.cards,
          due: r.queue.due.slice(0, limit).map((d) => ({
            key: d.spec.key, itemId: d.spec.itemId, kind: d.spec.kind, prompt: d.spec.prompt, title: d.spec.title,
            unit: d.spec.unit, section: d.spec.section, source: d.spec.source, due: d.due, new: d.isNew,
            reps: d.state?.reps ?? 0, lapses: d.state?.lapses ?? 0, stability: d.state?.stability ?? null,
          })),
          newWaiting: r.queue.newWaiting,
          nextDue: r.queue.nextDue,
          settings: r.settings,
        }, null, 2) + '\n');
        return;
      }
      const r = await reviewQueue(ws.root, ws.roadmap, now, { env: ctx.env });
      const c = colors(ctx.color);
      const cards = r.queue.due.slice(0, limit);
      if (!cards.length) {
        ctx.stdout.write(r.cards
          ? `Nothing to review now.${r.queue.nextDue ? ` Next review ${describeDue(r.queue.nextDue, now, r.timeZone)}.` : ''}\n`
          : 'Nothing to review yet: cards come from finished items, finished chapters or lectures, and question lines ending in "?".\n');
        return;
      }
      // The database is created only once there is an answer to keep.
      await allowHistory(ws.root, ctx, { ...opts, otherFiles: ws.otherFiles, notes: ws.roadmap.sources.length });
      const store = openReviewStore(ws.root);
      try {
        const keys = keysFrom(ctx.stdin ?? process.stdin);
        let result: SessionResult;
        try {
          result = await runReviewSession(cards, {
            scheduler: createReviewScheduler(r.settings), store, now: () => ctx.now(), timeZone: r.timeZone,
            output: ctx.stdout, keys, color: ctx.color, files: ws.files,
          });
        } finally {
          keys.close();
        }
        const after = await reviewQueue(ws.root, ws.roadmap, ctx.now(), { store, env: ctx.env });
        const parts = (Object.entries(result.ratings) as [ReviewRating, number][]).filter(([, n]) => n).map(([k, n]) => `${n} ${k}`);
        ctx.stdout.write(`\n${c.bold(`Reviewed ${result.reviewed}`)}${parts.length ? ` (${parts.join(', ')})` : ''}` +
          `${after.queue.due.length ? ` · ${after.queue.due.length} still due` : ''}` +
          `${after.queue.nextDue && !after.queue.due.length ? ` · next review ${describeDue(after.queue.nextDue, ctx.now(), after.timeZone)}` : ''}` +
          `${after.queue.newWaiting ? c.dim(` · ${after.queue.newWaiting} new cards wait for later days`) : ''}\n`);
      } finally {
        await store.close();
      }
    });
}
