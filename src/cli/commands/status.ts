// `waymark status [PATH…]`: where the person stands and what is next.
import type { Command } from 'commander';
import { summarize } from '../../core/status/summary.js';
import { loadConfig, type WaymarkConfig } from '../../edge/config.js';
import { existingHistory, settingsFor } from '../../edge/history.js';
import { localDay } from '../../edge/track.js';
import type { Warning } from '../../core/model/types.js';
import { historyError, isHistoryFailure } from '../../store/index.js';
import { withoutHistory, type CliContext } from '../context.js';
import { notesOpt, notesPaths, PATHS_HELP, type NotesFlags } from '../notes-args.js';
import { loadForCli } from '../load.js';
import { colors } from '../render/bar.js';
import { MAX_TRACKS, renderStatus } from '../render/status.js';

/** Lines other features add to the status screen (time logged, forecast, reviews due). */
export type StatusExtension = (ws: Awaited<ReturnType<typeof loadForCli>>, ctx: CliContext) => Promise<{ lines: string[]; json: Record<string, unknown> }>;
export const STATUS_EXTENSIONS: StatusExtension[] = [];

export function today(ctx: CliContext): string {
  const d = ctx.now();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/**
 * The status summary with the history counted in (time logged, the pace), when the
 * workspace has one; the history is only read, never created, by `status`.
 */
async function statusSummary(ws: Awaited<ReturnType<typeof loadForCli>>, ctx: CliContext) {
  const { config } = await loadConfig(ws.root).catch((): { config: WaymarkConfig } => ({ config: {} }));
  const day = localDay(ctx.now(), config.timeZone ?? ctx.env.TZ);
  const settings = settingsFor(ws.roadmap, config, day);
  const h = await existingHistory(ws.roadmap, ws.root, day, settings.deadline, (why) => withoutHistory(ctx, why));
  const summary = summarize(ws.roadmap, { today: day, settings, ...(h ? { events: h.events, pace: h.pace } : {}) });
  if (!h || h.stats.events === 0) return { summary, loggedMore: undefined, history: null };
  const week = h.stats.velocity.at(-1)!;
  const streak = h.stats.streak.current;
  const history = { hoursLoggedThisWeek: week.hoursLogged, itemsDoneThisWeek: week.itemsDone, streak };
  return { summary, history, loggedMore: ` · ${week.hoursLogged}h this week · ${week.itemsDone} done this week · streak ${streak} day${streak === 1 ? '' : 's'}` };
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
      const ws = await loadForCli(paths, ctx);
      const { summary, loggedMore, history } = await statusSummary(ws, ctx);
      const extra: string[] = [];
      const extraJson: Record<string, unknown> = {};
      for (const ext of STATUS_EXTENSIONS) {
        try {
          const r = await ext(ws, ctx);
          extra.push(...r.lines);
          Object.assign(extraJson, r.json);
        } catch (err) {
          // The notes are read without the history; what is wrong with it is said once.
          if (!isHistoryFailure(err)) throw err;
          withoutHistory(ctx, historyError(err, ws.root).message);
        }
      }
      if (opts.json) {
        const { inProgress, next, ...rest } = summary;
        const json = {
          ...rest,
          inProgress: inProgress.map((p) => ({ id: p.item.id, title: p.item.title, progress: p.item.progress, label: p.label })),
          next: next.map((it) => ({ id: it.id, title: it.title, kind: it.kind, source: it.source, due: it.dates.due ?? null })),
          ...(history ? { history } : {}),
          ...extraJson,
          ...(opts.warnings ? { warningList: ws.roadmap.warnings } : {}),
        };
        ctx.stdout.write(JSON.stringify(json, null, 2) + '\n');
        return;
      }
      const width = (ctx.stdout as { columns?: number }).columns ?? 80;
      ctx.stdout.write(renderStatus(summary, { color: ctx.color, width, extra, allTracks: opts.all === true, loggedMore, warningsShown: opts.warnings === true }));
      if (opts.warnings) ctx.stdout.write('\n' + renderWarnings(ws.roadmap.warnings, ctx.color));
    });
}
