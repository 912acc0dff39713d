// Timeline: the plan as a week-by-week Gantt chart (frappe-gantt), with late and at-risk
// items marked and the horizon drawn; below it each week's load against its capacity.
import Gantt, { type GanttTask } from 'frappe-gantt';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import '../../../node_modules/frappe-gantt/dist/frappe-gantt.css';
import { useResource, type Plan, type PlannedItem } from '../api.js';
import { Bar, Card, Empty, ErrorNote, Loading } from '../components/ui.js';
import { day, escapeHtml, hours } from '../format.js';
import { itemHref } from '../router.js';

type Mode = 'Day' | 'Week' | 'Month';
const MAX_BARS = 300;
const DAY_MS = 86_400_000;

function addDay(iso: string, n: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

function mondayOf(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  return addDay(iso, -((d.getUTCDay() + 6) % 7));
}

interface WeekLoad {
  week: string;
  booked: number;
  capacity: number;
  pastHorizon: boolean;
}

function weekLoads(plan: Plan): WeekLoad[] {
  const weeks = new Map<string, WeekLoad>();
  for (const d of plan.days) {
    const w = mondayOf(d.date);
    const entry = weeks.get(w) ?? { week: w, booked: 0, capacity: 0, pastHorizon: false };
    entry.capacity += d.capacityMinutes / 60;
    entry.booked += d.blocks.reduce((a, b) => a + b.minutes, 0) / 60;
    if (plan.settings.deadline && d.date > plan.settings.deadline && d.blocks.length) entry.pastHorizon = true;
    weeks.set(w, entry);
  }
  return [...weeks.values()].filter((w) => w.booked > 0 || w.week <= (plan.settings.deadline ?? w.week));
}

function classFor(p: PlannedItem): string {
  if (p.late) return 'wm-late';
  if (p.atRisk) return 'wm-risk';
  if (p.overrun) return 'wm-overrun';
  return 'wm-ok';
}

function GanttChart({ plan, mode }: { plan: Plan; mode: Mode }) {
  const host = useRef<HTMLDivElement>(null);
  const tasks = useMemo<GanttTask[]>(() => {
    const shown = plan.items.filter((p) => p.start && p.finish).sort((a, b) => a.start!.localeCompare(b.start!)).slice(0, MAX_BARS);
    const ids = new Set(shown.map((p) => p.id));
    return shown.map((p) => ({
      id: `t-${p.id}`,
      // frappe-gantt writes the name with innerHTML: hand it entities, never markup.
      name: escapeHtml(`${p.title}${p.late ? ' — late' : p.atRisk ? ' — at risk' : ''}`),
      start: p.start!,
      end: addDay(p.finish!, 1),
      progress: p.totalMinutes > 0 ? Math.round((1 - p.remainingMinutes / p.totalMinutes) * 100) : 0,
      dependencies: p.dependsOn.filter((d) => ids.has(d)).map((d) => `t-${d}`).join(','),
      custom_class: classFor(p),
    }));
  }, [plan]);

  useEffect(() => {
    const el = host.current;
    if (!el || tasks.length === 0) return;
    el.replaceChildren();
    const g = new Gantt(el, tasks, {
      view_mode: mode,
      readonly: true,
      popup: false,
      today_button: false,
      view_mode_select: false,
      infinite_padding: false,
      bar_height: 24,
      padding: 14,
      upper_header_height: 36,
      lower_header_height: 26,
      container_height: Math.min(640, 90 + tasks.length * 38),
      holidays: {},
      scroll_to: plan.settings.start,
      on_click: (t) => { location.hash = itemHref(t.id.slice(2)); },
    });
    drawHorizon(g, plan.settings.deadline);
    return () => el.replaceChildren();
  }, [tasks, mode, plan.settings.deadline]);

  if (tasks.length === 0) return <Empty>Nothing is booked: every item is done, or no capacity is set.</Empty>;
  return (
    <>
      <div class="gantt-host" ref={host} role="img" aria-label={`Gantt chart of ${tasks.length} planned items; the table below lists the same plan as text`} />
      {plan.items.filter((p) => p.start).length > MAX_BARS && <p class="muted small">Showing the first {MAX_BARS} items by start date.</p>}
    </>
  );
}

/** A vertical line at the end of the horizon (frappe-gantt has no marker of its own). */
function drawHorizon(g: Gantt, deadline: string | null): void {
  if (!deadline) return;
  const svg = g.$svg;
  const start = new Date(g.gantt_start);
  const days = (Date.parse(`${addDay(deadline, 1)}T00:00:00`) - start.getTime()) / DAY_MS;
  const perUnit = g.config.unit === 'day' ? 1 : g.config.unit === 'month' ? 30.44 : g.config.unit === 'year' ? 365.25 : 1;
  const x = (days / (g.config.step * perUnit)) * g.config.column_width;
  if (!Number.isFinite(x) || x <= 0) return;
  const ns = 'http://www.w3.org/2000/svg';
  const line = document.createElementNS(ns, 'line');
  line.setAttribute('x1', String(x));
  line.setAttribute('x2', String(x));
  line.setAttribute('y1', '0');
  line.setAttribute('y2', svg.getAttribute('height') ?? '100%');
  line.setAttribute('class', 'wm-horizon');
  const label = document.createElementNS(ns, 'text');
  label.setAttribute('x', String(x + 4));
  label.setAttribute('y', String(g.config.header_height + 12));
  label.setAttribute('class', 'wm-horizon-label');
  label.textContent = `horizon ${deadline}`;
  svg.append(line, label);
}

export function TimelinePage() {
  const { data: plan, error } = useResource<Plan & { configError: string | null }>('/api/plan');
  const [picked, setMode] = useState<Mode | null>(null);
  const [allWeeks, setAllWeeks] = useState(false);
  if (error && !plan) return <ErrorNote error={error} />;
  if (!plan) return <Loading what="the plan" />;
  const loads = weekLoads(plan);
  // Weeks for a plan of a few months; months once it runs longer than fits a screen.
  const mode: Mode = picked ?? (loads.length > 20 ? 'Month' : 'Week');
  const shownWeeks = allWeeks ? loads : loads.slice(0, 12);
  const late = plan.items.filter((p) => p.late || p.unscheduledMinutes > 0);
  const perWeek = plan.settings.weekMinutes.reduce((a, b) => a + b, 0) / 60;

  return (
    <div class="page">
      <h1>Timeline</h1>
      <p class="lead">
        From {day(plan.settings.start, plan.today)} at {hours(perWeek)} a week
        {plan.settings.deadline ? <> to the horizon, {day(plan.settings.deadline, plan.today)}</> : ' (no horizon set)'}.
        {' '}Planned finish: <strong>{day(plan.totals.finish, plan.today)}</strong>
        {plan.fit.fits ? ' — it fits.' : ' — it does not fit.'}
      </p>
      <div class="button-row" role="group" aria-label="Scale">
        {(['Day', 'Week', 'Month'] as Mode[]).map((m) => (
          <button key={m} type="button" aria-pressed={mode === m} class={mode === m ? 'primary' : ''} onClick={() => setMode(m)}>{m}</button>
        ))}
        <span class="legend">
          <span class="key key-ok" /> on time <span class="key key-risk" /> at risk <span class="key key-late" /> late <span class="key key-horizon" /> horizon
        </span>
      </div>
      <Card class="chart-card"><GanttChart plan={plan} mode={mode} /></Card>

      <div class="grid">
        <Card title="Week by week">
          <div class="table-wrap">
          <table class="weeks">
            <thead><tr><th scope="col">Week of</th><th scope="col" class="num">Booked</th><th scope="col">Load</th></tr></thead>
            <tbody>
              {shownWeeks.map((w) => (
                <tr key={w.week} class={w.pastHorizon ? 'over' : ''}>
                  <td>{day(w.week, plan.today)}{w.pastHorizon && <span class="pill pill-bad">past horizon</span>}</td>
                  <td class="num">{hours(w.booked)} / {hours(w.capacity)}</td>
                  <td class="load"><Bar value={w.booked} max={w.capacity} label={`Week of ${w.week}: load`} tone={w.pastHorizon ? 'bad' : 'accent'} /></td>
                </tr>
              ))}
            </tbody>
          </table>
          </div>
          {loads.length > shownWeeks.length && (
            <button type="button" class="more" onClick={() => setAllWeeks(true)}>Show all {loads.length} weeks</button>
          )}
        </Card>
        <Card title={late.length ? `Late or unplanned (${late.length})` : 'Late items'}>
          {late.length === 0 ? <Empty>Everything finishes on time.</Empty> : (
            <ul class="list">
              {late.slice(0, 50).map((p) => (
                <li key={p.id}>
                  <div class="grow">
                    <a href={itemHref(p.id)}>{p.title}</a>
                    <div class="small">{p.late ? `${p.late.days} day${p.late.days === 1 ? '' : 's'} late: ${p.late.why}` : `${hours(p.unscheduledMinutes / 60)} found no day`}</div>
                  </div>
                </li>
              ))}
              {late.length > 50 && <li class="muted">and {late.length - 50} more (see Items, sorted by planned start)</li>}
            </ul>
          )}
          {plan.fit.suggestions.length > 0 && (
            <>
              <h3>What would make it fit</h3>
              <ul>{plan.fit.suggestions.map((s) => <li key={s.text}>{s.text}</li>)}</ul>
            </>
          )}
        </Card>
      </div>
    </div>
  );
}
