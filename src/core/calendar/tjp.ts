// The roadmap as a TaskJuggler 3 project: one task per open item with its remaining effort,
// its dependencies and priority, one resource with the weekly hours and days off, so a person
// can cross-check Waymark's plan in a tool they know (`tj3 plan.tjp`).
import type { Plan, PlannedItem } from '../plan/index.js';
import { WEEKDAYS, addDays } from '../plan/index.js';

export interface TjpOptions {
  /** Append a CSV task report (id, start, end) named `<report>.csv`; the bench reads it back. */
  report?: string;
}

const QUANTUM = 15; // tj3's timing resolution, in minutes

export function renderTjp(plan: Plan, options: TjpOptions = {}): string {
  const s = plan.settings;
  const ids = tjIds(plan.items);
  const open = plan.items.filter((p) => p.remainingMinutes > 0 || p.dependsOn.length > 0);
  const openIds = new Set(open.map((p) => p.id));
  const span = plan.totals.finish ? Math.max(365, 3 * (daysBetween(s.start, plan.totals.finish) + 1)) : 365;
  const out: string[] = [];
  out.push(`/* Waymark plan for TaskJuggler 3, exported ${plan.today}. Run: tj3 <this file> */`);
  out.push(`project waymark "Waymark roadmap" ${s.start} +${span}d {`);
  out.push('  timezone "UTC"', `  timingresolution ${QUANTUM}min`, `  now ${s.start}`, '}', '');
  out.push('resource me "Me" {');
  for (let d = 0; d < 7; d++) {
    const minutes = Math.round(s.weekMinutes[d]! / QUANTUM) * QUANTUM;
    if (minutes === 0) out.push(`  workinghours ${WEEKDAYS[d]} off`);
    else {
      // The working window is the day's capacity, one stretch from the day's start.
      const from = Math.min(s.dayStart[d]!, 24 * 60 - minutes);
      out.push(`  workinghours ${WEEKDAYS[d]} ${clock(from)} - ${clock(from + minutes)}`);
    }
  }
  const weekly = s.weekMinutes.reduce((a, m) => a + Math.round(m / QUANTUM) * QUANTUM, 0);
  if (weekly > 0) out.push(`  limits { weeklymax ${weekly}min }`);
  for (const [a, b] of ranges(s.daysOff)) out.push(`  vacation ${a} - ${addDays(b, 1)}`);
  out.push('}', '');
  for (const p of open) {
    out.push(`task ${ids.get(p.id)!} "${quote(p.title)}" {`);
    const deps = p.pinned ? [] : p.dependsOn.filter((d) => openIds.has(d)).map((d) => ids.get(d)!);
    if (p.remainingMinutes > 0) {
      out.push(`  effort ${Math.max(QUANTUM, Math.round(p.remainingMinutes / QUANTUM) * QUANTUM)}min`, '  allocate me');
      if (s.maxItemMinutesPerDay > 0) out.push(`  limits { dailymax ${Math.round(s.maxItemMinutesPerDay / QUANTUM) * QUANTUM}min }`);
    } else {
      out.push('  milestone');
      if (deps.length === 0) out.push(`  start ${s.start}`);
    }
    if (deps.length) out.push(`  depends ${deps.join(', ')}`);
    if (p.pinned) out.push(`  start ${p.pinned > s.start ? p.pinned : s.start}`);
    out.push(`  priority ${tjPriority(p)}`);
    const note = [p.due ? `due ${p.due}` : '', p.optional ? 'optional' : '', `${p.source.path}:${p.source.line}`].filter(Boolean).join(', ');
    out.push(`  note "${quote(note)}"`, '}');
  }
  if (options.report) {
    out.push('', `taskreport ${options.report.replace(/\W/g, '_')} "${quote(options.report)}" {`, '  formats csv', '  timeformat "%Y-%m-%d"', '  columns id, start, end', '}');
  }
  return out.join('\n') + '\n';
}

/** 1…1000 as TaskJuggler wants: higher Waymark priority first, optional work last. */
function tjPriority(p: PlannedItem): number {
  return Math.max(1, Math.min(1000, 300 + p.priority * 100 - (p.optional ? 200 : 0) + (p.due ? 50 : 0)));
}

/** Item ids as TaskJuggler identifiers: letters, digits and underscores, unique. */
export function tjIds(items: PlannedItem[]): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const p of items) {
    const base = `w_${p.id.replace(/[^A-Za-z0-9_]/g, '_')}`;
    let id = base;
    for (let k = 2; used.has(id); k++) id = `${base}_${k}`;
    used.add(id);
    out.set(p.id, id);
  }
  return out;
}

function quote(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\s+/g, ' ');
}

function clock(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
}

/** Sorted single days to [first, last] runs. */
function ranges(days: string[]): [string, string][] {
  const out: [string, string][] = [];
  for (const d of days) {
    const last = out[out.length - 1];
    if (last && addDays(last[1], 1) === d) last[1] = d;
    else out.push([d, d]);
  }
  return out;
}
