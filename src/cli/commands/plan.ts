// `waymark plan [PATH…]`: the roadmap fitted into the person's hours, week by week, with what
// is late and what would make it fit. Also provides the ics and tjp formats of `waymark export`.
import { TZDate } from '@date-fns/tz';
import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import type { Roadmap } from '../../core/model/types.js';
import { renderIcs, renderTjp } from '../../core/calendar/index.js';
import { isIsoDay, planItems, renderPlan, resolveSettings, type Plan, type PlanFlags } from '../../core/plan/index.js';
import { loadConfig, type WaymarkConfig } from '../../edge/config.js';
import { withoutHistory, type CliContext } from '../context.js';
import { notesOpt, notesPaths, PATHS_HELP, type NotesFlags } from '../notes-args.js';
import { loadForCli } from '../load.js';
import { EXPORTERS } from './export.js';
import { reviewHoursForWorkspace } from './review.js';

export interface PlanCommandOptions {
  json?: boolean;
  week?: string;
  from?: string;
  to?: string;
  hoursPerWeek?: string;
  start?: string;
  deadline?: string;
}

export interface PlannedWorkspace {
  plan: Plan;
  roadmap: Roadmap;
  config: WaymarkConfig;
  root: string;
  timeZone: string;
}

/** Reads the notes and waymark.json and plans them; flags override config, config overrides the notes. */
export async function planWorkspace(paths: string[], ctx: CliContext, flags: PlanFlags = {}): Promise<PlannedWorkspace> {
  const { roadmap, root } = await loadForCli(paths, ctx);
  const { config } = await loadConfig(root);
  const timeZone = config.timeZone ?? ctx.env.TZ ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const settings = resolveSettings({ today: localDay(ctx.now(), timeZone), config: config.plan ?? {}, budget: roadmap.budget, flags });
  // A deadline the notes or config set may have passed (the plan then says so); flags that
  // contradict each other are a usage mistake.
  if (settings.deadline && settings.deadline < settings.start && (flags.deadline || flags.start)) {
    throw new UsageError(`the deadline ${settings.deadline} is before the plan's start ${settings.start}`, 'E_DEADLINE');
  }
  // Time for the spaced reviews expected each week is held back before work is booked.
  const horizonWeeks = settings.deadline ? Math.max(1, Math.ceil((Date.parse(settings.deadline) - Date.parse(settings.start)) / (7 * 86_400_000)) + 1) : 26;
  if (config.plan?.reserveReviews !== false) {
    const reviewHours = await reviewHoursForWorkspace(root, roadmap, settings.start, Math.min(horizonWeeks, 104), (why) => withoutHistory(ctx, why));
    settings.reservedMinutesByWeek = reviewHours.map((h) => Math.round(h * 60));
  }
  return { plan: planItems(roadmap.items, settings), roadmap, config, root, timeZone };
}

/** The calendar formats of `waymark export`: 'ics' (one event per block) or 'tjp' (TaskJuggler). */
export async function exportCalendar(format: 'ics' | 'tjp', paths: string[], ctx: CliContext, opts: PlanCommandOptions = {}): Promise<string> {
  const ws = await planWorkspace(paths, ctx, parseFlags(opts));
  if (format === 'tjp') return renderTjp(ws.plan);
  return renderIcs(ws.plan, { timeZone: ws.timeZone, now: ctx.now(), items: ws.roadmap.items });
}

export function registerPlan(program: Command, ctx: CliContext): void {
  EXPORTERS.set('ics', (paths, _ctx, opts) => exportCalendar('ics', paths, ctx, opts));
  EXPORTERS.set('tjp', (paths, _ctx, opts) => exportCalendar('tjp', paths, ctx, opts));
  program
    .command('plan')
    .description('fit the roadmap into your hours: week by week, what is late and what would make it fit')
    .argument('[paths...]', PATHS_HELP)
    .addOption(notesOpt())
    .option('--json', 'print the plan as JSON (schema waymark.plan/1)')
    .option('--week <n>', 'show only week N (1 = the week the plan starts)')
    .option('--from <date>', 'show days from YYYY-MM-DD')
    .option('--to <date>', 'show days up to YYYY-MM-DD')
    .option('--hours-per-week <h>', 'weekly hours, spread over the workdays (overrides waymark.json and the notes)')
    .option('--start <date>', 'first day to plan, YYYY-MM-DD')
    .option('--deadline <date>', 'last day of the horizon, YYYY-MM-DD')
    .action(async (given: string[], opts: PlanCommandOptions & NotesFlags) => {
      const paths = notesPaths(given, opts);
      const flags = parseFlags(opts);
      const week = opts.week === undefined ? undefined : Number(opts.week);
      if (week !== undefined && (!Number.isInteger(week) || week < 1)) throw new UsageError(`--week expects a week number from 1, got "${opts.week}"`);
      for (const [name, v] of [['--from', opts.from], ['--to', opts.to]] as const) {
        if (v !== undefined && !isIsoDay(v)) throw new UsageError(`${name} expects a date as YYYY-MM-DD, got "${v}"`);
      }
      const { plan } = await planWorkspace(paths, ctx, flags);
      if (opts.json) {
        ctx.stdout.write(JSON.stringify(plan, null, 2) + '\n');
        return;
      }
      const columns = (ctx.stdout as { columns?: number }).columns;
      ctx.stdout.write(renderPlan(plan, { color: ctx.color, week, from: opts.from, to: opts.to, titleWidth: columns ? Math.max(30, columns - 40) : 60 }));
    });
}

function parseFlags(opts: PlanCommandOptions): PlanFlags {
  const flags: PlanFlags = {};
  if (opts.hoursPerWeek !== undefined) {
    const h = Number(opts.hoursPerWeek);
    if (!Number.isFinite(h) || h < 0 || h > 168) throw new UsageError(`--hours-per-week expects a number of hours from 0 to 168, got "${opts.hoursPerWeek}"`);
    flags.hoursPerWeek = h;
  }
  for (const key of ['start', 'deadline'] as const) {
    const v = opts[key];
    if (v === undefined) continue;
    if (!isIsoDay(v)) throw new UsageError(`--${key} expects a date as YYYY-MM-DD, got "${v}"`);
    flags[key] = v;
  }
  return flags;
}

/** The calendar day it is now in the person's zone. */
function localDay(now: Date, timeZone: string): string {
  const d = new TZDate(now.getTime(), timeZone);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
