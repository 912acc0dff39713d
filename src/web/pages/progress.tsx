// Progress: burndown (remaining hours, planned vs actual) and velocity (hours finished and
// hours logged per week), drawn with uPlot; the same figures follow as tables.
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { useResource, type ProgressView } from '../api.js';
import { Card, Empty, ErrorNote, Loading, ScrollRegion, VerdictNote, verdictTone } from '../components/ui.js';
import { day, hours } from '../format.js';

const toTs = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 1000;
const COLORS = { planned: '#6b7280', actual: '#1d4ed8', finished: '#0f766e', logged: '#b45309' };

function useChart(make: (width: number) => uPlot.Options, data: uPlot.AlignedData, deps: unknown[]) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const width = (): number => Math.max(280, el.clientWidth);
    const chart = new uPlot(make(width()), data, el);
    const ro = new ResizeObserver(() => chart.setSize({ width: width(), height: chart.height }));
    ro.observe(el);
    return () => {
      ro.disconnect();
      chart.destroy();
    };
  }, deps);
  return host;
}

const utc = (ts: number): Date => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC');
/** A colour from the page's scheme (light or dark), read when a chart is drawn. */
const css = (name: string, fallback: string): string => getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
const axis = (label: string): uPlot.Axis => ({ label, stroke: css('--text', '#374151'), grid: { stroke: css('--line', '#e5e7eb') }, ticks: { stroke: css('--track', '#d1d5db') } });

/** A labelled vertical line at a day (uPlot draws no markers of its own). */
function markDay(u: uPlot, iso: string | null, label: string, color: string): void {
  if (!iso) return;
  const x = Math.round(u.valToPos(toTs(iso), 'x', true));
  if (x < u.bbox.left || x > u.bbox.left + u.bbox.width) return;
  const ctx = u.ctx;
  ctx.save();
  ctx.strokeStyle = color;
  ctx.fillStyle = color;
  ctx.lineWidth = 1.5 * devicePixelRatio;
  ctx.setLineDash([5 * devicePixelRatio, 4 * devicePixelRatio]);
  ctx.beginPath();
  ctx.moveTo(x, u.bbox.top);
  ctx.lineTo(x, u.bbox.top + u.bbox.height);
  ctx.stroke();
  ctx.font = `${12 * devicePixelRatio}px system-ui, sans-serif`;
  ctx.fillText(label, x + 4 * devicePixelRatio, u.bbox.top + 14 * devicePixelRatio);
  ctx.restore();
}

function Burndown({ view }: { view: ProgressView }) {
  const pts = view.burndown;
  const data: uPlot.AlignedData = [
    pts.map((p) => toTs(p.day)),
    pts.map((p) => p.remaining),
    pts.map((p) => p.planned),
    pts.map((p) => p.forecast),
  ];
  const fmt = (_u: uPlot, v: number | null): string => (v === null ? '—' : hours(v));
  const host = useChart((width) => ({
    width,
    height: 300,
    tzDate: utc,
    scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(1, max * 1.05)] } },
    axes: [{ ...axis(''), label: undefined }, { ...axis('hours left'), size: 60 }],
    hooks: {
      draw: [
        (u: uPlot) => markDay(u, view.deadline, 'horizon', css('--horizon', '#7c3aed')),
        (u: uPlot) => markDay(u, view.today, 'today', css('--muted', '#374151')),
        // The forecast finish every view names; past the horizon when behind.
        (u: uPlot) => { if (view.verdict.finish !== view.today) markDay(u, view.verdict.finish, 'finish', css('--muted', '#374151')); },
      ],
    },
    series: [
      { label: 'Day', value: (_u, v) => (v === null ? '—' : day(new Date(v * 1000).toISOString().slice(0, 10))) },
      { label: 'Actual', stroke: css('--accent', COLORS.actual), width: 2.5, fill: 'rgba(29,78,216,0.08)', value: fmt },
      { label: 'Plan', stroke: COLORS.planned, width: 2, dash: [6, 4], points: { show: false }, value: fmt },
      { label: `At ${hours(view.verdict.hoursPerWeek)}/week`, stroke: COLORS.logged, width: 2, dash: [2, 4], points: { show: false }, value: fmt },
    ],
  }), data, [view]);
  const today = pts.find((p) => p.day === view.today);
  const finish = view.verdict.finish ? `, finished on ${day(view.verdict.finish, view.today)} at ${hours(view.verdict.hoursPerWeek)}/week` : '';
  return <div class="chart" ref={host} role="img" aria-label={`Burndown: ${hours(today?.remaining ?? view.remainingHours)} left today${finish}`} />;
}

/** `2 Nov`: the axis has room for little more. */
function shortWeek(iso: string, today: string): string {
  return day(iso, today).replace(/^\w+ /, '');
}

function Velocity({ view }: { view: ProgressView }) {
  const w = view.velocity;
  const xs = w.map((_, i) => i);
  const data: uPlot.AlignedData = [xs, w.map((x) => x.hoursBurned), w.map((x) => x.hoursLogged)];
  const host = useChart((width) => ({
    width,
    height: 240,
    scales: { x: { time: false, range: () => [-0.6, w.length - 0.4] }, y: { range: (_u, _min, max) => [0, Math.max(1, max * 1.15)] } },
    axes: [
      { ...axis(''), label: undefined, splits: () => xs, values: (_u, splits) => splits.map((i) => (w[i] ? shortWeek(w[i].week, view.today) : '')) },
      { ...axis('hours'), size: 50 },
    ],
    series: [
      { label: 'Week of', value: (_u, v) => (v === null || !w[v] ? '—' : day(w[v].week)) },
      { label: 'Finished (estimate)', stroke: COLORS.finished, fill: 'rgba(15,118,110,0.55)', width: 1, paths: uPlot.paths.bars!({ size: [0.5, 64] }), points: { show: false }, value: (_u, v) => (v === null ? '—' : hours(v)) },
      { label: 'Logged', stroke: COLORS.logged, width: 2, points: { show: true, size: 7, fill: COLORS.logged }, value: (_u, v) => (v === null ? '—' : hours(v)) },
    ],
  }), data, [view]);
  return <div class="chart" ref={host} role="img" aria-label="Velocity per week; the table below has the figures" />;
}

export function ProgressPage() {
  const { data: view, error } = useResource<ProgressView>('/api/progress');
  if (error && !view) return <ErrorNote error={error} />;
  if (!view) return <Loading what="progress" />;
  const v = view.verdict;

  return (
    <div class="page">
      <h1>Progress</h1>
      <div class="stats">
        <div class="stat"><div class="stat-label">Left today</div><div class="stat-value">{hours(v.remainingHours)}</div><div class="stat-sub">of {hours(view.work.totalHours)} · {view.work.done} of {view.work.items} done</div></div>
        <div class="stat">
          <div class="stat-label">Forecast finish</div>
          <div class={`stat-value tone-${verdictTone(v)}`}>{v.finish ? day(v.finish, view.today) : '—'}</div>
          <div class="stat-sub">{v.horizon ? `horizon ${day(v.horizon, view.today)}` : 'no horizon set'} · at {hours(v.hoursPerWeek)}/week</div>
        </div>
        <div class="stat"><div class="stat-label">Your pace</div><div class="stat-value">{v.pace.hoursPerWeek !== null ? <>{hours(v.pace.hoursPerWeek)}<span class="stat-of"> / week</span></> : '—'}</div><div class="stat-sub">{v.pace.hoursPerWeek !== null ? 'estimate finished, last 4 weeks' : v.pace.note}</div></div>
        <div class="stat"><div class="stat-label">Streak</div><div class="stat-value">{view.streak.current}<span class="stat-of"> day{view.streak.current === 1 ? '' : 's'}</span></div><div class="stat-sub">longest {view.streak.longest} · {hours(view.logged.totalHours)} logged · {view.events} changes</div></div>
      </div>
      <VerdictNote verdict={v} />
      <Card title="Burndown">
        <p class="muted small">Hours of work left: what the history says happened (solid), a straight line to the horizon (dashed), and where the planned hours a week lead (dotted), on to the forecast finish.</p>
        <Burndown view={view} />
      </Card>
      <Card title="Velocity">
        <p class="muted small">Per week: hours of estimate finished (bars) and hours logged (dots).</p>
        <Velocity view={view} />
        {view.events === 0 ? <Empty>No history yet: check items off here or with <code>waymark done</code>.</Empty> : (
          <ScrollRegion label="Velocity per week">
            <table class="weeks">
              <thead><tr><th scope="col">Week of</th><th scope="col" class="num">Finished</th><th scope="col" class="num">Items done</th><th scope="col" class="num">Logged</th></tr></thead>
              <tbody>{view.velocity.map((w) => <tr key={w.week}><td>{day(w.week, view.today)}</td><td class="num">{hours(w.hoursBurned)}</td><td class="num">{w.itemsDone}</td><td class="num">{hours(w.hoursLogged)}</td></tr>)}</tbody>
            </table>
          </ScrollRegion>
        )}
      </Card>
    </div>
  );
}
