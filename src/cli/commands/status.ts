// `waymark status [PATH…]`: where the person stands and what is next.
//
// People run it many times a day, so a run that finds nothing changed answers from what the
// last run kept (.waymark/status.memo.v8, see edge/memo.ts): every note proven unchanged by
// its stamp against the read cache, the same waymark.json, local day and zone, the same
// history files and the same code. Only then; otherwise the notes are read and the summary
// made as ever (and kept for next time). This module loads the reader, the history and the
// planner only on that path: its own imports are the few the kept answer needs.
import type { Command } from 'commander';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Item, Warning } from '../../core/model/types.js';
import type { StatusSummary } from '../../core/status/summary.js';
import { codeVersion, dayIn, historyStamp, keepMemo, provenByStamps, readMemo } from '../../edge/memo.js';
import { broadFolderName, isWritableFolder, notesRoot } from '../../edge/root.js';
import { withoutHistory, type CliContext } from '../context.js';
import type { CliWorkspace } from '../load.js';
import { notesOpt, notesPaths, PATHS_HELP, type NotesFlags } from '../notes-args.js';
import { colors } from '../render/bar.js';
import { IN_PROGRESS_SHOWN, MAX_TRACKS, renderStatus } from '../render/status.js';

/**
 * Lines other features add to the status screen. What one gives must follow from the
 * roadmap, the history (review states included), waymark.json and the local day alone: it is
 * kept with the summary and shown again while none of these changed. (Reviews due are added
 * by status itself.)
 */
export type StatusExtension = (ws: CliWorkspace, ctx: CliContext) => Promise<{ lines: string[]; json: Record<string, unknown> }>;
export const STATUS_EXTENSIONS: StatusExtension[] = [];
/** Lines asked for afresh on every run, from the notes root alone (the hub's new comments). */
export type LiveStatusExtension = (root: string, ctx: CliContext) => Promise<{ lines: string[]; json: Record<string, unknown> }>;
export const STATUS_LIVE_EXTENSIONS: LiveStatusExtension[] = [];

export function today(ctx: CliContext): string {
  const d = ctx.now();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** All the status screen shows but the live lines: what is kept between runs. */
interface StatusFacts {
  /** The summary with the first few items in progress (those shown by name). */
  summary: StatusSummary;
  inProgressTotal: number;
  loggedMore: string | undefined;
  history: { hoursLoggedThisWeek: number; itemsDoneThisWeek: number; streak: number } | null;
  extra: string[];
  extraJson: Record<string, unknown>;
  warnings: Warning[];
}

/** What is kept: the facts, and the zone and local day they were made for. */
interface Kept {
  facts: StatusFacts;
  zone: string;
  day: string;
}

/**
 * The key status facts are kept under, for notes named by `notesKey` (see provenByStamps):
 * the code, waymark.json as it is, the TZ setting and the machine's zone, and the history's
 * files. Null when the history changed a moment ago (nothing may be kept against it).
 */
function statusKey(notesKey: string, root: string, ctx: CliContext): string | null {
  const history = historyStamp(root, (ctx.clock ?? Date.now)());
  if (history === null) return null;
  let configText: string | null = null;
  try {
    configText = readFileSync(join(root, 'waymark.json'), 'utf8');
  } catch {
    // None: the defaults.
  }
  const parts = [codeVersion(), notesKey, configText, ctx.env.TZ ?? null, Intl.DateTimeFormat().resolvedOptions().timeZone, history];
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/** Every item in progress as `--json` lists it (kept apart: at 10,000 notes it is most of what is kept). */
type InProgressList = StatusSummary['inProgress'];

/** The status facts made from the notes and the history (and kept, when nothing moved meanwhile). */
async function makeFacts(paths: string[], ctx: CliContext): Promise<{ facts: StatusFacts; inProgress: InProgressList; root: string }> {
  const { loadForCli } = await import('../load.js');
  const { loadConfig } = await import('../../edge/config.js');
  const { existingHistory, planBasisFor } = await import('../../edge/history.js');
  const { summarize } = await import('../../core/status/summary.js');
  const { withLoggedHours } = await import('../../core/metrics/standing.js');
  const { resolveWork } = await import('../../core/plan/estimates.js');
  const { historyError, isHistoryFailure } = await import('../../store/index.js');
  const { reviewStatusLines } = await import('./review.js');
  keepCachesHere(paths, ctx);
  // (The read cache is written while the summary is made: its deflating runs on another thread.)
  const ws = await loadForCli(paths, ctx, { saveLater: true });
  const root = ws.root;
  // The history as it stood before it was read (its own settling may change it: kept next time).
  const keyBefore = ws.notesKey ? statusKey(ws.notesKey, root, ctx) : null;
  let noHistory: string | null = null;
  const { config } = await loadConfig(root).catch((): { config: import('../../edge/config.js').WaymarkConfig } => ({ config: {} }));
  const zone = config.timeZone ?? ctx.env.TZ ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const day = dayIn(ctx.now(), zone);
  const { settings, slots } = planBasisFor(ws.roadmap, config, day);
  // The history is only read, never created, by `status`.
  const h = await existingHistory(ws.roadmap, root, day, settings.deadline, (why) => {
    noHistory ??= why;
  });
  // The work as standing's plannedWork resolves it, with the slots found above (its own pass
  // over every item's headings would find the same ones: the same items, the same start).
  const work = resolveWork(withLoggedHours(ws.roadmap.items, h?.events ?? []), settings, slots);
  const summary = summarize(ws.roadmap, { today: day, settings, work, ...(h ? { events: h.events, pace: h.pace } : {}) });
  let history: StatusFacts['history'] = null;
  let loggedMore: string | undefined;
  if (h && h.stats.events > 0) {
    const week = h.stats.velocity.at(-1)!;
    const streak = h.stats.streak.current;
    history = { hoursLoggedThisWeek: week.hoursLogged, itemsDoneThisWeek: week.itemsDone, streak };
    loggedMore = ` · ${week.hoursLogged}h this week · ${week.itemsDone} done this week · streak ${streak} day${streak === 1 ? '' : 's'}`;
  }
  const extra: string[] = [];
  const extraJson: Record<string, unknown> = {};
  for (const ext of [reviewStatusLines, ...STATUS_EXTENSIONS]) {
    try {
      const r = await ext(ws, ctx);
      extra.push(...r.lines);
      Object.assign(extraJson, r.json);
    } catch (err) {
      // The notes are read without the history; what is wrong with it is said once.
      if (!isHistoryFailure(err)) throw err;
      noHistory ??= historyError(err, root).message;
    }
  }
  if (noHistory) withoutHistory(ctx, noHistory);
  // The in-progress items as far as they are shown (all of each would be most of what is kept).
  const inProgress = summary.inProgress.map((p) => ({ ...p, item: { id: p.item.id, title: p.item.title, progress: p.item.progress } as Item }));
  const facts: StatusFacts = {
    summary: { ...summary, inProgress: inProgress.slice(0, IN_PROGRESS_SHOWN) }, inProgressTotal: inProgress.length, loggedMore, history, extra, extraJson, warnings: ws.roadmap.warnings,
  };
  // Kept only when all of it was read whole, and the notes and the history are still the ones
  // it was made from (another command may have changed either meanwhile).
  await ws.saved;
  if (keyBefore && !noHistory) {
    const now = await provenByStamps(paths, ctx.cwd, ctx.now(), ctx.clock);
    if (now && now.key === ws.notesKey && statusKey(now.key, root, ctx) === keyBefore) {
      keepMemo(root, 'status-in-progress', keyBefore, inProgress);
      keepMemo(root, 'status', keyBefore, { facts, zone, day } satisfies Kept);
    }
  }
  return { facts, inProgress, root };
}

/**
 * Makes `.waymark/` for the caches where the person set Waymark up (a waymark.json in the
 * notes root) and it is theirs to write: never in the home folder, a temp folder or a
 * filesystem root, and not in a folder that is only a git repository (an untracked folder
 * would appear in it). Elsewhere the caches are kept in the person's cache folder
 * (edge/cache-home.ts) until a command that keeps a history makes `.waymark/`.
 */
function keepCachesHere(paths: string[], ctx: CliContext): void {
  const root = notesRoot(paths, ctx.cwd);
  const dir = join(root, '.waymark');
  if (existsSync(dir) || !existsSync(join(root, 'waymark.json')) || broadFolderName(root) !== null || !isWritableFolder(root)) return;
  try {
    mkdirSync(dir);
  } catch {
    // Not kept: only slower.
  }
}

export function renderWarnings(warnings: Warning[], color: boolean): string {
  const c = colors(color);
  if (!warnings.length) return 'No warnings.\n';
  return warnings.map((w) => `${c.yellow('warning')} ${w.path}${w.line ? `:${w.line}` : ''}  ${w.message} ${c.dim(`(${w.code})`)}`).join('\n') + '\n';
}

export function registerStatus(program: Command, ctx: CliContext): void {
  program
    .command('status')
    .description('where you stand: progress per track, what is in progress, what is next')
    .argument('[paths...]', PATHS_HELP)
    .addOption(notesOpt())
    .option('--json', 'print the summary as JSON')
    .option('--warnings', 'list the warnings found in the notes after the summary')
    .option('--all', `show every track, not only the first ${MAX_TRACKS}`)
    .action(async (given: string[], opts: { json?: boolean; warnings?: boolean; all?: boolean } & NotesFlags) => {
      const paths = notesPaths(given, opts);
      // Nothing changed since a run kept its facts: those, without reading the notes.
      const proven = await provenByStamps(paths, ctx.cwd, ctx.now(), ctx.clock);
      const key = proven ? statusKey(proven.key, proven.root, ctx) : null;
      const kept = key ? readMemo(proven!.root, 'status', key) as Kept | undefined : undefined;
      // (--json lists every item in progress, kept beside the rest under the same key.)
      const keptList = kept && opts.json ? readMemo(proven!.root, 'status-in-progress', key!) as InProgressList | undefined : undefined;
      let facts: StatusFacts;
      let inProgressAll: InProgressList | undefined;
      let root: string;
      if (kept && sameDay(kept, ctx.now()) && (!opts.json || Array.isArray(keptList))) {
        facts = kept.facts;
        inProgressAll = keptList;
        root = proven!.root;
      } else {
        ({ facts, inProgress: inProgressAll, root } = await makeFacts(paths, ctx));
      }
      const { summary, loggedMore, history } = facts;
      const extra = [...facts.extra];
      const extraJson = { ...facts.extraJson };
      for (const ext of STATUS_LIVE_EXTENSIONS) {
        const r = await ext(root, ctx);
        extra.push(...r.lines);
        Object.assign(extraJson, r.json);
      }
      if (opts.json) {
        const { inProgress: _shown, next, ...rest } = summary;
        const json = {
          ...rest,
          inProgress: (inProgressAll ?? []).map((p) => ({ id: p.item.id, title: p.item.title, progress: p.item.progress, label: p.label })),
          next: next.map((it) => ({ id: it.id, title: it.title, kind: it.kind, source: it.source, due: it.dates.due ?? null })),
          ...(history ? { history } : {}),
          ...extraJson,
          ...(opts.warnings ? { warningList: facts.warnings } : {}),
        };
        ctx.stdout.write(JSON.stringify(json, null, 2) + '\n');
        return;
      }
      const width = (ctx.stdout as { columns?: number }).columns ?? 80;
      ctx.stdout.write(renderStatus(summary, { color: ctx.color, width, extra, allTracks: opts.all === true, loggedMore, warningsShown: opts.warnings === true, inProgressTotal: facts.inProgressTotal }));
      if (opts.warnings) ctx.stdout.write('\n' + renderWarnings(facts.warnings, ctx.color));
    });
}

/** True when the kept facts were made for the local day it is now in their zone. */
function sameDay(kept: Kept, now: Date): boolean {
  try {
    return dayIn(now, kept.zone) === kept.day;
  } catch {
    return false;
  }
}
