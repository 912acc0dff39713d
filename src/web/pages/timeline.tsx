// Timeline: the plan as a Gantt chart (frappe-gantt), one bar per track; a track opens into
// its items. The axis reaches the forecast finish (a last row marks it) and the horizon is
// drawn. Below, each week's load against its capacity and what finishes late.
import Gantt, { type GanttTask } from 'frappe-gantt';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import '../../../node_modules/frappe-gantt/dist/frappe-gantt.css';
import { getJson, useResource, useVersion } from '../api.js';
import type { TimelineBar, TimelineView } from '../../server/views/timeline.js';
import { Bar, Card, Empty, ErrorNote, Loading, ScrollRegion, VerdictNote } from '../components/ui.js';
import { day, escapeHtml, hours } from '../format.js';
import { itemHref } from '../router.js';

type Mode = 'Day' | 'Week' | 'Month';
/** Items shown for one opened track; the Items page lists every one. */
const MAX_ITEMS_PER_TRACK = 200;
const DAY_MS = 86_400_000;
const FINISH_ID = 'finish';

function addDay(iso: string, n: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** The tracks, each opened one followed by its items, and the forecast finish last. */
function taskList(view: TimelineView, open: Map<string, TimelineBar[]>): GanttTask[] {
  const tasks: GanttTask[] = [];
  // frappe-gantt makes a CSS class of each id: a track is known by its place, not its name.
  for (const [n, t] of view.tracks.entries()) {
    const items = open.get(t.name);
    tasks.push({
      id: `track-${n}`, name: escapeHtml(`${items ? '▾' : '▸'} ${t.name} (${t.items})${t.tone === 'late' ? ' — late' : t.tone === 'risk' ? ' — at risk' : ''}`),
      start: t.start, end: addDay(t.finish, 1), progress: t.progress, custom_class: `wm-${t.tone}`,
    });
    for (const i of (items ?? []).slice(0, MAX_ITEMS_PER_TRACK)) {
      // frappe-gantt writes the name with innerHTML: hand it entities, never markup.
      tasks.push({
        id: `i-${i.id}`, name: escapeHtml(`${i.name}${i.tone === 'late' ? ' — late' : i.tone === 'risk' ? ' — at risk' : ''}`),
        start: i.start, end: addDay(i.finish, 1), progress: i.progress, custom_class: `wm-${i.tone}`,
        dependencies: i.dependsOn.map((d) => `i-${d}`).join(','),
      });
    }
  }
  const v = view.verdict;
  if (v.finish && tasks.length) {
    tasks.push({ id: FINISH_ID, name: escapeHtml(`Forecast finish ${day(v.finish)}`), start: v.finish, end: addDay(v.finish, 1), progress: 0, custom_class: 'wm-finish' });
  }
  return tasks;
}

function GanttChart({ view, mode }: { view: TimelineView; mode: Mode }) {
  const host = useRef<HTMLDivElement>(null);
  const version = useVersion();
  const [open, setOpen] = useState<Map<string, TimelineBar[]>>(new Map());
  const tasks = useMemo(() => taskList(view, open), [view, open]);

  // Opened tracks are fetched again when the notes change.
  useEffect(() => {
    if (open.size === 0) return;
    let alive = true;
    void Promise.all([...open.keys()].map(async (name) => [name, (await getJson<{ items: TimelineBar[] }>(`/api/timeline?track=${encodeURIComponent(name)}`)).items] as const))
      .then((rows) => { if (alive) setOpen(new Map(rows)); }, () => undefined);
    return () => { alive = false; };
  }, [version]);

  const toggle = async (name: string): Promise<void> => {
    const next = new Map(open);
    if (next.has(name)) next.delete(name);
    else next.set(name, (await getJson<{ items: TimelineBar[] }>(`/api/timeline?track=${encodeURIComponent(name)}`)).items);
    setOpen(next);
  };
  // After a track opens or closes the chart is drawn anew: focus goes back to that bar.
  const refocus = useRef<string | null>(null);
  const activate = (id: string): void => {
    const track = /^track-(\d+)$/.exec(id);
    if (track) {
      refocus.current = id;
      void toggle(view.tracks[Number(track[1])]!.name);
    } else if (id.startsWith('i-')) location.hash = itemHref(id.slice(2));
  };

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
      scroll_to: view.start,
      on_click: (t) => activate(t.id),
    });
    drawHorizon(g, view.horizon);
    makeReachable(el, tasks, activate);
    if (refocus.current) el.querySelector<SVGGElement>(`.bar-wrapper[data-id="${refocus.current}"]`)?.focus();
    refocus.current = null;
    return () => el.replaceChildren();
  }, [tasks, mode, view.horizon]);

  if (tasks.length === 0) return <Empty>Nothing is booked: every item is done, or no capacity is set.</Empty>;
  const cut = [...open.entries()].filter(([, items]) => items.length > MAX_ITEMS_PER_TRACK);
  return (
    <>
      <div class="gantt-host" ref={host} />
      {cut.map(([name, items]) => (
        <p class="muted small" key={name}>{name}: the first {MAX_ITEMS_PER_TRACK} of {items.length} items by start; <a href={`#/items?section=${encodeURIComponent(name)}&sort=start`}>all on the Items page</a>.</p>
      ))}
    </>
  );
}

/**
 * Bars reachable from the keyboard: each one a focusable button named by its task (Enter
 * or Space opens a track or an item), the scrolling chart itself a focusable region.
 */
function makeReachable(el: HTMLElement, tasks: GanttTask[], activate: (id: string) => void): void {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const scroller = el.querySelector<HTMLElement>('.gantt-container');
  if (scroller) {
    scroller.tabIndex = 0;
    scroller.setAttribute('role', 'region');
    scroller.setAttribute('aria-label', 'Timeline chart; Tab moves between its bars');
  }
  for (const bar of el.querySelectorAll<SVGGElement>('.bar-wrapper')) {
    const id = bar.getAttribute('data-id') ?? '';
    const t = byId.get(id);
    if (!t) continue;
    const label = new DOMParser().parseFromString(t.name, 'text/html').documentElement.textContent ?? '';
    if (id === FINISH_ID) {
      bar.setAttribute('role', 'img');
      bar.setAttribute('aria-label', label);
      continue;
    }
    bar.setAttribute('tabindex', '0');
    bar.setAttribute('role', 'button');
    const isTrack = id.startsWith('track-');
    bar.setAttribute('aria-label', `${label}: ${day(t.start)} to ${day(addDay(t.end, -1))}, ${t.progress ?? 0}% done${isTrack ? ' (Enter opens or closes the track)' : ''}`);
    if (isTrack) bar.setAttribute('aria-expanded', String(label.startsWith('▾')));
    bar.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter' && e.key !== ' ') return;
      e.preventDefault();
      activate(id);
    });
  }
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
  const { data: view, error } = useResource<TimelineView & { configError: string | null }>('/api/timeline');
  const [picked, setMode] = useState<Mode | null>(null);
  const [allWeeks, setAllWeeks] = useState(false);
  if (error && !view) return <ErrorNote error={error} />;
  if (!view) return <Loading what="the plan" />;
  const loads = view.weeks;
  // Weeks for a plan of a few months; months once it runs longer than fits a screen.
  const span = view.verdict.finish ? (Date.parse(view.verdict.finish) - Date.parse(view.start)) / DAY_MS / 7 : loads.length;
  const mode: Mode = picked ?? (Math.max(span, loads.length) > 20 ? 'Month' : 'Week');
  const shownWeeks = allWeeks ? loads : loads.slice(0, 12);

  return (
    <div class="page">
      <h1>Timeline</h1>
      <p class="lead">
        From {day(view.start, view.today)} at {hours(view.hoursPerWeek)} a week
        {view.horizon ? <> to the horizon, {day(view.horizon, view.today)}</> : ' (no horizon set)'}. One bar per track: open one to see its items.
      </p>
      <VerdictNote verdict={view.verdict} />
      <div class="button-row" role="group" aria-label="Scale">
        {(['Day', 'Week', 'Month'] as Mode[]).map((m) => (
          <button key={m} type="button" aria-pressed={mode === m} class={mode === m ? 'primary' : ''} onClick={() => setMode(m)}>{m}</button>
        ))}
        <span class="legend">
          <span class="key key-ok" /> on time <span class="key key-risk" /> at risk <span class="key key-late" /> late <span class="key key-horizon" /> horizon
        </span>
      </div>
      <Card class="chart-card"><GanttChart view={view} mode={mode} /></Card>

      <div class="grid">
        <Card title="Week by week">
          <ScrollRegion label="Hours booked per week">
            <table class="weeks">
              <thead><tr><th scope="col">Week of</th><th scope="col" class="num">Booked</th><th scope="col">Load</th></tr></thead>
              <tbody>
                {shownWeeks.map((w) => (
                  <tr key={w.week} class={w.pastHorizon ? 'over' : ''}>
                    <td>{day(w.week, view.today)}{w.pastHorizon && <span class="pill pill-bad">past horizon</span>}</td>
                    <td class="num">{hours(w.booked)} / {hours(w.capacity)}</td>
                    <td class="load"><Bar value={w.booked} max={w.capacity} label={`Week of ${w.week}: load`} tone={w.pastHorizon ? 'bad' : 'accent'} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          {loads.length > shownWeeks.length && (
            <button type="button" class="more" onClick={() => setAllWeeks(true)}>Show all {loads.length} weeks</button>
          )}
        </Card>
        <Card title={view.lateCount ? `Late or unplanned (${view.lateCount})` : 'Late items'}>
          {view.lateCount === 0 ? <Empty>Everything finishes on time.</Empty> : (
            <ul class="list">
              {view.late.map((p) => (
                <li key={p.id}>
                  <div class="grow">
                    <a href={itemHref(p.id)}>{p.title}</a>
                    <div class="small">{p.why}</div>
                  </div>
                </li>
              ))}
              {view.lateCount > view.late.length && <li class="muted">and {view.lateCount - view.late.length} more (see Items, sorted by planned start)</li>}
            </ul>
          )}
          {view.suggestions.length > 0 && (
            <>
              <h3>What the planner tried</h3>
              <ul>{view.suggestions.map((s) => <li key={s}>{s}</li>)}</ul>
            </>
          )}
        </Card>
      </div>
    </div>
  );
}
