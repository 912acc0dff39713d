// Renders `waymark status`: per-track bars by hours, what is under way, what is next.
import { verdictDay } from '../../core/metrics/verdict.js';
import type { StatusSummary } from '../../core/status/summary.js';
import { bar, colors, fit, hours } from './bar.js';

export interface RenderStatusOptions {
  color: boolean;
  width?: number;
  /** Extra lines other features add (time logged, forecast, reviews due). */
  extra?: string[];
  /** The warnings follow the summary (`--warnings`): no hint to run it. */
  warningsShown?: boolean;
  /** Every track, not only the first MAX_TRACKS. */
  allTracks?: boolean;
  /** Said after the time logged: this week's hours and the streak, from the history. */
  loggedMore?: string;
  /** How many items are in progress when `inProgress` holds only the first few shown. */
  inProgressTotal?: number;
}

/** Items in progress listed by name; the rest are counted. */
export const IN_PROGRESS_SHOWN = 8;

/** A summary a person reads at a glance: more tracks than this fold into "+N more". */
export const MAX_TRACKS = 12;

export function renderStatus(s: StatusSummary, opts: RenderStatusOptions): string {
  const c = colors(opts.color);
  const width = Math.max(60, Math.min(opts.width ?? 80, 120));
  const out: string[] = [];
  const doneFrac = s.totalHours > 0 ? (s.totalHours - s.remainingHours) / s.totalHours : 0;
  out.push(c.bold(`Waymark · ${s.items} items in ${s.files} file${s.files === 1 ? '' : 's'}`) +
    c.dim(`  ${s.counts.done} done · ${s.counts.doing} in progress · ${s.counts.todo} to do` + (s.counts.skipped ? ` · ${s.counts.skipped} skipped` : '')));
  out.push('');
  out.push(`${c.bold('Overall')}  ${c.green(bar(doneFrac, 30))} ${Math.round(doneFrac * 100)}% of hours  ${hours(s.remainingHours)} left of ${hours(s.totalHours)}`);
  out.push('');
  const inProgress = opts.inProgressTotal ?? s.inProgress.length;
  if (inProgress) {
    out.push(c.bold('In progress'));
    for (const p of s.inProgress.slice(0, IN_PROGRESS_SHOWN)) {
      const label = p.label ? c.cyan(p.label) : c.dim('under way');
      const mini = p.fraction !== null ? ' ' + c.cyan(bar(p.fraction, 10)) : '';
      out.push(`  ${c.yellow('▸')} ${fit(p.item.title, Math.max(20, width - 40))} ${label}${mini}`);
    }
    if (inProgress > IN_PROGRESS_SHOWN) out.push(c.dim(`  … and ${inProgress - IN_PROGRESS_SHOWN} more (waymark list --status doing)`));
    out.push('');
  }
  if (s.next.length) {
    out.push(c.bold('Next up'));
    for (const it of s.next) {
      const due = it.dates.due ? c.magenta(` due ${it.dates.due}`) : '';
      out.push(`  ${c.dim('○')} ${fit(it.title, Math.max(20, width - 36))} ${c.dim(`${it.kind} · ${it.source.path.split('/').pop()}:${it.source.line}`)}${due}`);
    }
    out.push('');
  }
  if (s.tracks.length) {
    // Tracks under way first, then those not begun, then the finished; at most MAX_TRACKS unless --all.
    const order = (f: number): number => (f > 0 && f < 1 ? 0 : f === 0 ? 1 : 2);
    const rows = s.tracks.map((t) => ({ t, f: t.totalHours > 0 ? t.doneHours / t.totalHours : t.items ? t.done / t.items : 0 }))
      .map((r, i) => ({ ...r, i }))
      .sort((a, b) => order(a.f) - order(b.f) || a.i - b.i);
    const shown = opts.allTracks ? rows : rows.slice(0, MAX_TRACKS);
    const nameW = Math.min(34, Math.max(...shown.map((r) => [...r.t.name].length), 8));
    const barW = Math.max(10, width - nameW - 44);
    out.push(c.bold('Tracks'));
    for (const { t, f } of shown) {
      const paint = f >= 1 ? c.green : f > 0 ? c.cyan : c.dim;
      // The bar is hours (items when no hours are known); the count is items: each says what it
      // counts, so "1/8" never sits beside a bare "0%".
      const pct = `${String(Math.round(f * 100)).padStart(3)}% ${t.totalHours > 0 ? 'of hours' : 'of items'}`;
      out.push(`  ${fit(t.name, nameW)} ${paint(bar(f, barW))} ${pct}  ${c.dim(`${t.done}/${t.items} items done · ${hours(t.totalHours - t.doneHours)} left`)}`);
    }
    if (rows.length > shown.length) out.push(c.dim(`  +${rows.length - shown.length} more (waymark status --all)`));
    out.push('');
  }
  const b = s.budget;
  const budgetBits: string[] = [];
  if (b.hoursPerWeek !== null) budgetBits.push(`${b.hoursPerWeek} h/week`);
  if (b.weeks !== null) budgetBits.push(`${b.weeks} weeks`);
  if (b.totalHours !== null) budgetBits.push(`${b.totalHours} h in all`);
  if (s.standing.horizon) budgetBits.push(`horizon ${verdictDay(s.standing.horizon)}`);
  out.push(`${c.bold('Budget')}   ${budgetBits.length ? budgetBits.join(' · ') : c.dim('none in the notes (set hoursPerWeek in waymark.json)')}`);
  const v = s.standing.verdict;
  const tone = v.state === 'behind' ? c.red : v.state === 'on-track' || v.state === 'finished' ? c.green : (x: string) => x;
  out.push(`${c.bold('Verdict')}  ${tone(v.sentence)}`);
  out.push(`${c.bold('Pace')}     ${c.dim(v.pace.note)}`);
  if (v.backlog) out.push(`${c.bold('Backlog')}  ${c.dim(v.backlog)}`);
  const lg = s.standing.logged;
  if (lg.totalHours > 0) {
    const parts = [lg.notesHours > 0 ? `${hours(lg.notesHours)} in the notes` : '', lg.historyHours > 0 ? `${hours(lg.historyHours)} with waymark log` : ''].filter(Boolean);
    out.push(`${c.bold('Logged')}   ${hours(lg.totalHours)}${parts.length > 1 ? c.dim(` (${parts.join(' + ')})`) : ''}${opts.loggedMore ?? ''}`);
  } else if (opts.loggedMore) out.push(`${c.bold('Logged')}   0h${opts.loggedMore}`);
  for (const line of opts.extra ?? []) out.push(line);
  // With --warnings the list follows the summary: no hint to run it.
  const hint = !opts.warningsShown;
  if (hint && (s.warnings > 0 || s.notTaken > 0)) out.push('');
  if (hint && s.notTaken > 0) {
    out.push(c.dim(`${s.notTaken} line${s.notTaken === 1 ? '' : 's'} looked like ${s.notTaken === 1 ? 'an entry' : 'entries'} but ${s.notTaken === 1 ? 'was' : 'were'} not taken — \`waymark status --warnings\` lists them`));
  }
  if (hint && s.warnings > 0) {
    out.push(c.yellow(`${s.warnings} warning${s.warnings === 1 ? '' : 's'} in the notes — run \`waymark status --warnings\` to see them`));
  }
  return out.join('\n') + '\n';
}
