// The plan as a person reads it in a terminal: a header with capacity and horizon, week by
// week the booked blocks with a utilisation bar, each item's planned finish, what is late
// and why, and what would make it fit. Pure: returns a string; the command prints it.
import pc from 'picocolors';
import { hours } from './analyse.js';
import { WEEKDAYS, diffDays, fromDayNumber, mondayOf, shortDay, toDayNumber } from './dates.js';
import { weeklyHours, type SettingOrigin } from './settings.js';
import type { Plan, PlanDay } from './types.js';

export interface RenderPlanOptions {
  color?: boolean;
  /** Only week N (1 = the week the plan starts in). */
  week?: number;
  from?: string;
  to?: string;
  /** Longest title shown on a block line. */
  titleWidth?: number;
}

const ORIGIN: Record<SettingOrigin, string> = { flag: 'from the command line', config: 'waymark.json', notes: 'from your notes', default: 'default', today: 'today' };

export function renderPlan(plan: Plan, options: RenderPlanOptions = {}): string {
  const c = pc.createColors(options.color ?? false);
  const width = options.titleWidth ?? 60;
  const byId = new Map(plan.items.map((p) => [p.id, p]));
  const s = plan.settings;
  const out: string[] = [];
  const startNum = toDayNumber(s.start);
  const firstMonday = mondayOf(startNum);
  const weekOf = (day: string): number => Math.floor((toDayNumber(day) - firstMonday) / 7) + 1;
  const inFocus = (day: string): boolean =>
    (options.week === undefined || weekOf(day) === options.week) && (!options.from || day >= options.from) && (!options.to || day <= options.to);

  // Header.
  const perDay = s.weekMinutes.map((m, d) => (m > 0 ? `${WEEKDAYS[d]} ${hours(m)}` : '')).filter(Boolean).join(', ');
  out.push(c.bold(`Plan from ${longDay(s.start)}`) + c.dim(` (today ${s.today})`));
  const capacityOrigin = s.origins.capacity === 'default' ? 'default: set plan.hoursPerWeek in waymark.json or pass --hours-per-week' : ORIGIN[s.origins.capacity];
  out.push(`  capacity  ${weeklyHours(s)} h/week${perDay ? ` (${perDay})` : ''} ${c.dim(`· ${capacityOrigin}`)}`);
  const reserved = s.reservedMinutesByWeek.reduce((a, b) => a + b, 0);
  if (reserved > 0) {
    const weeks = s.reservedMinutesByWeek.filter((m) => m > 0).length;
    out.push(`  reviews   ${Math.round(reserved / 6) / 10} h held back over ${weeks} week${weeks === 1 ? '' : 's'} for spaced review ${c.dim(`· first week ${Math.round((s.reservedMinutesByWeek[0] ?? 0) / 6) / 10} h`)}`);
  }
  out.push(`  deadline  ${s.deadline ? `${longDay(s.deadline)} ${c.dim(`· ${ORIGIN[s.origins.deadline]}`)}` : c.dim('none set')}`);
  const t = plan.totals;
  const open = plan.items.filter((p) => p.remainingMinutes > 0);
  out.push(`  work      ${hours(t.plannedMinutes)} h left in ${open.length} item${open.length === 1 ? '' : 's'}` +
    (t.finish ? `, done by ${longDay(t.finish)}` : '') +
    (s.deadline ? `; ${hours(t.capacityMinutes)} h of capacity until the deadline` : ''));
  if (plan.backlog.length) {
    const guess = plan.backlog.reduce((a, b) => a + b.guessMinutes, 0);
    const weekly = s.weekMinutes.reduce((a, b) => a + b, 0);
    const weeks = weekly > 0 ? `, ${Math.ceil(guess / weekly)} more week${Math.ceil(guess / weekly) === 1 ? '' : 's'} at ${hours(weekly)} h/week` : '';
    out.push(`  backlog   ${plan.backlog.length} item${plan.backlog.length === 1 ? '' : 's'} with no estimate or date, not booked ${c.dim(`· about ${hours(guess)} h at the usual sizes${weeks}`)}`);
  }
  const problems = [t.lateItems ? `${t.lateItems} late` : '', t.unscheduledMinutes ? `${hours(t.unscheduledMinutes)} h not placed` : ''].filter(Boolean).join(', ');
  const nothing = plan.backlog.length > 0 && open.length === 0;
  const verdict = nothing ? c.yellow('nothing planned: every open item is backlog') : plan.fit.fits ? c.green(plan.backlog.length ? '✓ fits (the backlog aside)' : '✓ fits') : c.red(`✗ ${problems}`);
  out.push(`  verdict   ${verdict}`);

  // Weeks and days.
  const weeks = new Map<number, PlanDay[]>();
  for (const d of plan.days) {
    if (!inFocus(d.date)) continue;
    const w = weekOf(d.date);
    weeks.set(w, [...(weeks.get(w) ?? []), d]);
  }
  const lastBlock = new Map<string, number>();
  for (const d of plan.days) for (const b of d.blocks) lastBlock.set(b.itemId, b.seq);
  for (const [w, days] of weeks) {
    const monday = firstMonday + (w - 1) * 7;
    const cap = days.reduce((a, d) => a + d.capacityMinutes, 0);
    const booked = days.reduce((a, d) => a + d.blocks.reduce((x, b) => x + b.minutes, 0), 0);
    const pastDeadline = s.deadline && fromDayNumber(monday) > s.deadline ? c.red('  past the deadline') : '';
    out.push('');
    out.push(c.bold(`Week ${w} · ${shortDay(monday).slice(4)} – ${shortDay(monday + 6).slice(4)} ${fromDayNumber(monday + 6).slice(0, 4)}`) +
      `   ${bar(booked, cap)} ${hours(booked)}/${hours(cap)} h${pastDeadline}`);
    for (const d of days) {
      const label = shortDay(toDayNumber(d.date));
      if (d.blocks.length === 0) {
        out.push(`  ${c.dim(`${label}  free (${hours(d.capacityMinutes)} h)`)}`);
        continue;
      }
      d.blocks.forEach((b, k) => {
        const p = byId.get(b.itemId)!;
        const last = lastBlock.get(b.itemId) === b.seq && p.unscheduledMinutes === 0;
        const mark = last && p.late ? c.red(' ✗ finishes late') : last && b.seq > 1 ? c.green(' ✓ finishes') : '';
        const title = truncate(p.title, width);
        out.push(`  ${k === 0 ? label : ' '.repeat(label.length)}  ${c.dim(b.start)} ${pad(duration(b.minutes), 5)} ${p.optional ? c.dim(title) : title}${mark}`);
      });
    }
  }
  if (weeks.size === 0) out.push('', c.dim('  nothing booked in the chosen days'));

  // Finishes, in order.
  const finishes = plan.items
    .filter((p) => p.remainingMinutes > 0 && p.finish && inFocus(p.finish))
    .sort((a, b) => (a.finish! < b.finish! ? -1 : a.finish! > b.finish! ? 1 : 0));
  if (finishes.length) {
    out.push('', c.bold('Planned finish'));
    for (const p of finishes) {
      const notes = [`${hours(p.remainingMinutes)} h`, p.basis === 'default' ? 'guessed' : p.basis === 'derived' ? 'derived' : '', p.optional ? 'optional' : '', p.due ? `due ${p.due}` : '', p.pinned ? `pinned ${p.pinned}` : '', p.overrun ? 'over its estimate' : '']
        .filter(Boolean).join(', ');
      const flag = p.late ? c.red('late') : p.atRisk ? c.yellow('at risk') : '';
      out.push(`  ${shortDay(toDayNumber(p.finish!))}  ${truncate(p.title, width)} ${c.dim(`(${notes})`)}${flag ? ` ${flag}` : ''}`);
    }
  }

  const late = plan.items.filter((p) => p.late).sort((a, b) => (a.finish ?? '9999') < (b.finish ?? '9999') ? -1 : (a.finish ?? '9999') > (b.finish ?? '9999') ? 1 : 0);
  if (late.length) {
    out.push('', c.bold(c.red(`Late (${late.length})`)));
    for (const p of late) {
      const limit = p.late!.against === 'due' ? `due ${p.due}` : `deadline ${s.deadline}`;
      const by = p.finish && p.unscheduledMinutes === 0 ? `${p.late!.days} day${p.late!.days === 1 ? '' : 's'} late (${limit}, finishes ${p.finish})` : `not placed (${limit})`;
      out.push(`  ✗ ${truncate(p.title, width)} — ${by}`, `      ${c.dim(`why: ${p.late!.why}`)}`);
    }
  }
  const unplaced = plan.items.filter((p) => p.notPlaced && !p.late);
  if (unplaced.length) {
    out.push('', c.bold(c.red(`Not placed (${unplaced.length})`)));
    for (const p of unplaced) out.push(`  ✗ ${truncate(p.title, width)} — ${p.notPlaced}`);
  }
  const risky = plan.items.filter((p) => p.atRisk);
  if (risky.length) {
    out.push('', c.bold(c.yellow(`At risk (${risky.length})`)));
    for (const p of risky) {
      const limit = p.due && (!s.deadline || p.due <= s.deadline) ? p.due : s.deadline!;
      out.push(`  ! ${truncate(p.title, width)} — finishes ${p.finish}, ${diffDays(p.finish!, limit)} day(s) before ${limit}`);
    }
  }
  if (!plan.fit.fits) {
    out.push('', c.bold('What would make it fit'));
    if (plan.fit.suggestions.length === 0) out.push(c.dim('  nothing simple: see why each item is late'));
    for (const f of plan.fit.suggestions) out.push(`  • ${f.text}`);
    if (t.overMinutes > 0 && s.deadline) out.push(c.dim(`  (${hours(t.overMinutes)} h fall after the deadline)`));
  }
  if (plan.backlog.length && options.week === undefined && !options.from && !options.to) out.push(...renderBacklog(plan, c, width));
  if (plan.warnings.length) {
    out.push('', c.bold('Notes on the plan'));
    for (const w of plan.warnings) out.push(`  ${c.dim(`${w.path}${w.line ? `:${w.line}` : ''}`)}  ${w.message}`);
  }
  return out.join('\n') + '\n';
}

const BACKLOG_TITLES_PER_TRACK = 6;

/** Unplanned items by track: a few titles each, and how to get one planned. */
function renderBacklog(plan: Plan, c: ReturnType<typeof pc.createColors>, width: number): string[] {
  const out = ['', c.bold(`Backlog (${plan.backlog.length}, not booked)`) + c.dim(' · give one an estimate ("~6h"), a due date or a place in a week to plan it')];
  const byTrack = new Map<string, Plan['backlog']>();
  for (const b of plan.backlog) byTrack.set(b.track, [...(byTrack.get(b.track) ?? []), b]);
  for (const [track, list] of byTrack) {
    out.push(`  ${track} ${c.dim(`(${list.length})`)}`);
    for (const b of list.slice(0, BACKLOG_TITLES_PER_TRACK)) out.push(`    · ${truncate(b.title, width)} ${c.dim(`(${b.kind})`)}`);
    if (list.length > BACKLOG_TITLES_PER_TRACK) out.push(c.dim(`    … and ${list.length - BACKLOG_TITLES_PER_TRACK} more`));
  }
  return out;
}

/** 144 → "2h24", 45 → "45m", 180 → "3h". */
export function duration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m}m`;
  return m === 0 ? `${h}h` : `${h}h${String(m).padStart(2, '0')}`;
}

function longDay(day: string): string {
  const n = toDayNumber(day);
  return `${shortDay(n).replace(/\s+/g, ' ')} ${day.slice(0, 4)}`;
}

/** Ten cells of utilisation: full cells for booked time, light cells for free capacity. */
export function bar(booked: number, capacity: number): string {
  if (capacity <= 0) return '░'.repeat(10);
  const full = Math.min(10, Math.round((booked / capacity) * 10));
  return '█'.repeat(full) + '░'.repeat(10 - full);
}

function truncate(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}


