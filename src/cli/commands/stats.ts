// `waymark stats`: the burndown drawn in the terminal, velocity over the last four weeks,
// the forecast finish against the horizon, the streak, time per section and a KPI line per
// goal section; `--json` for machines. The forecast is the verdict every view shows.
import type { Command } from 'commander';
import pc from 'picocolors';
import { renderBurndownChart, standing, verdictBurndown, type Stats, type Verdict } from '../../core/metrics/index.js';
import { loadConfig } from '../../edge/config.js';
import { historyFor, settingsFor } from '../../edge/history.js';
import { formatHours, localDay } from '../../edge/track.js';
import type { CliContext } from '../context.js';
import { notesPaths, PATHS_HELP } from '../notes-args.js';
import { notesOption, openSession, paint, renderHandEdits, type NotesOptions } from './track-common.js';

function h(n: number): string {
  return n === 0 ? '0h' : formatHours(n);
}

function prettyDay(day: string): string {
  const [y, m, d] = day.split('-');
  return `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(m) - 1]} ${Number(d)}, ${y}`;
}

function bar(value: number, max: number, width: number): string {
  const units = max > 0 ? Math.round((value / max) * width * 8) : 0;
  return '█'.repeat(Math.floor(units / 8)) + (units % 8 ? ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'][units % 8]! : '');
}

/** The whole stats screen, as text. */
export function renderStats(s: Stats, v: Verdict, opts: { color: boolean; width: number }): string {
  const c = paint({ color: opts.color });
  const on = opts.color;
  const out: string[] = [];
  const pct = s.totalHours > 0 ? Math.round(((s.totalHours - s.remainingHours) / s.totalHours) * 100) : 0;
  out.push(c.bold('Burndown') + c.dim(`  ${h(s.totalHours)} of work · ${h(s.remainingHours)} left · ${pct}% done · since ${prettyDay(s.start)}`));
  out.push(...renderBurndownChart(s.burndown, {
    width: Math.max(20, Math.min(opts.width - 10, 100)), height: 10,
    paint: on ? { ahead: pc.green, behind: pc.red, plan: pc.cyan, forecast: pc.dim, axis: pc.dim } : {},
  }));
  out.push(c.dim(`        ${c.green('█')} hours left (${c.green('on plan')} / ${c.red('behind')})  ${c.cyan('•')} plan${s.deadline ? ` to ${prettyDay(s.deadline)}` : ' (no horizon in the notes)'}  ◦ forecast`));
  out.push('');
  out.push(c.bold('Velocity') + c.dim('  last 4 weeks'));
  const maxBurn = Math.max(...s.velocity.map((w) => w.hoursBurned), 0.1);
  out.push(c.dim('  week of        logged   items done   work done'));
  for (const w of s.velocity) {
    out.push(`  ${prettyDay(w.week).padEnd(14)} ${h(w.hoursLogged).padStart(6)}   ${String(w.itemsDone).padStart(10)}   ${h(w.hoursBurned).padStart(9)} ${c.green(bar(w.hoursBurned, maxBurn, 16))}`);
  }
  out.push('');
  out.push(`${c.bold('Forecast')}  ${v.state === 'behind' ? c.red(v.sentence) : v.sentence}`);
  out.push(`${c.bold('Pace')}      ${v.pace.note}`);
  const logged4 = s.velocity.reduce((a, w) => a + w.hoursLogged, 0);
  const burned4 = s.velocity.reduce((a, w) => a + w.hoursBurned, 0);
  if (logged4 > burned4 + 0.5) out.push(c.dim(`          (you logged ${h(logged4)} in these weeks for ${h(burned4)} of estimated work finished: estimates may be low, or work is in progress — \`waymark progress\` counts it)`));
  out.push(`${c.bold('Streak')}    ${s.streak.current} day${s.streak.current === 1 ? '' : 's'}${s.streak.current >= 3 ? ' 🔥' : ''}${c.dim(` (longest ${s.streak.longest}${s.streak.lastActive ? `, last active ${prettyDay(s.streak.lastActive)}` : ''})`)}`);
  out.push(`${c.bold('Logged')}    ${h(s.hoursLogged)} in all`);
  const sections = s.sections.filter((x) => x.items > 0);
  if (sections.length) {
    out.push('');
    out.push(c.bold('By section') + c.dim('  (KPI: items done · work done against the plan · time logged)'));
    const nameWidth = Math.min(40, Math.max(...sections.map((x) => x.section.length)));
    const maxLogged = Math.max(...sections.map((x) => x.hoursLogged), 0.1);
    for (const x of sections) {
      const share = x.hoursTotal > 0 ? x.hoursDone / x.hoursTotal : x.items ? x.done / x.items : 0;
      const name = x.section.length > nameWidth ? x.section.slice(0, nameWidth - 1) + '…' : x.section.padEnd(nameWidth);
      let pace = '';
      if (x.expected !== null && x.hoursTotal > 0) {
        const diff = Math.round((share - x.expected) * 100);
        pace = diff >= 0 ? c.green(` ahead ${diff}pt`) : c.red(` behind ${-diff}pt`);
      }
      out.push(`  ${name}  ${`${x.done}/${x.items}`.padStart(7)} items · ${`${Math.round(share * 100)}%`.padStart(4)} of ${h(x.hoursTotal).padEnd(6)}${pace} · ${h(x.hoursLogged).padStart(6)} logged ${c.cyan(bar(x.hoursLogged, maxLogged, 10))}`);
    }
  }
  return out.join('\n') + '\n';
}

export function registerStats(program: Command, ctx: CliContext): void {
  notesOption(program.command('stats').description('burndown, velocity, forecast, streak, time per section and KPIs from your history'))
    .argument('[paths...]', PATHS_HELP)
    .action(async (paths: string[], opts: NotesOptions) => {
      const session = await openSession(notesPaths(paths, opts), opts, ctx, true);
      try {
        if (!opts.json) ctx.stderr.write(renderHandEdits(session, ctx));
        const { config } = await loadConfig(session.root);
        const day = localDay(ctx.now(), config.timeZone ?? ctx.env.TZ);
        const settings = settingsFor(session.roadmap, config, day);
        const h = await historyFor(session.roadmap, session.store, day, settings.deadline);
        const { verdict } = standing({ items: session.roadmap.items, settings, events: h.events, pace: h.pace });
        const width = (ctx.stdout as { columns?: number }).columns ?? 80;
        const stats = { ...h.stats, burndown: verdictBurndown(h.stats.burndown, verdict, day) };
        ctx.stdout.write(opts.json ? JSON.stringify({ ...stats, verdict }, null, 2) + '\n' : renderStats(stats, verdict, { color: ctx.color, width }));
      } finally {
        await session.store.close();
      }
    });
}
