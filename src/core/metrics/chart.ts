// Draws a burndown in the terminal: bars for the hours left each day (green under the
// plan, red over it), dots for the plan's straight line, rings for the forecast.
import type { BurndownPoint } from './stats.js';

export interface ChartPaint {
  ahead: (s: string) => string;
  behind: (s: string) => string;
  plan: (s: string) => string;
  forecast: (s: string) => string;
  axis: (s: string) => string;
}

export interface ChartOptions {
  /** Columns for the plot itself (the axis labels take ~8 more). */
  width: number;
  height: number;
  paint?: Partial<ChartPaint>;
}

const EIGHTHS = ['', '▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
const id = (s: string) => s;

function fmtHours(h: number): string {
  return h >= 100 ? String(Math.round(h)) : String(Math.round(h * 10) / 10);
}

function shortDay(day: string): string {
  const [, m, d] = day.split('-');
  return `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(m) - 1]} ${Number(d)}`;
}

/** Picks one point per column (the last of each bucket), so any span fits the width. */
function bucket(points: BurndownPoint[], width: number): BurndownPoint[] {
  if (points.length <= width) return points;
  const out: BurndownPoint[] = [];
  for (let c = 0; c < width; c++) {
    const i = Math.min(points.length - 1, Math.round(((c + 1) * points.length) / width) - 1);
    out.push(points[i]!);
  }
  return out;
}

/** The chart as lines of text (with colour when `paint` is given). */
export function renderBurndownChart(points: BurndownPoint[], opts: ChartOptions): string[] {
  const p: ChartPaint = { ahead: id, behind: id, plan: id, forecast: id, axis: id, ...opts.paint };
  if (points.length === 0) return [];
  const cols = bucket(points, Math.max(10, opts.width));
  // Stretch a short history so the bars are not one character wide.
  const repeat = Math.max(1, Math.floor(opts.width / cols.length));
  const height = Math.max(4, opts.height);
  const top = Math.max(1, ...cols.map((c) => Math.max(c.remaining ?? 0, c.planned ?? 0, c.forecast ?? 0)));
  const scale = (v: number) => (v / top) * height * 8;
  const rows: string[] = [];
  for (let r = height - 1; r >= 0; r--) {
    let line = '';
    for (const c of cols) {
      let cell = ' ';
      let paintCell = id;
      const lo = r * 8;
      if (c.remaining !== null) {
        const units = Math.round(scale(c.remaining));
        const fill = Math.max(0, Math.min(8, units - lo));
        if (fill > 0) {
          cell = EIGHTHS[fill]!;
          paintCell = c.planned !== null && c.remaining > c.planned + 0.05 ? p.behind : p.ahead;
        }
      }
      if (cell === ' ' && c.forecast !== null && c.remaining === null) {
        const row = Math.min(height - 1, Math.floor(scale(c.forecast) / 8));
        if (row === r) { cell = '◦'; paintCell = p.forecast; }
      }
      if (c.planned !== null) {
        const row = Math.min(height - 1, Math.floor(scale(c.planned) / 8));
        if (row === r && (cell === ' ' || cell === '◦')) { cell = '•'; paintCell = p.plan; }
      }
      line += paintCell(cell.repeat(repeat));
    }
    const label = r === height - 1 ? `${fmtHours(top)}h` : r === 0 ? '0h' : r === Math.floor(height / 2) ? `${fmtHours(top / 2)}h` : '';
    rows.push(`${p.axis(label.padStart(6))} ${p.axis('│')}${line}`);
  }
  const plotWidth = cols.length * repeat;
  rows.push(`${' '.repeat(6)} ${p.axis('└' + '─'.repeat(plotWidth))}`);
  const first = shortDay(points[0]!.day);
  const last = shortDay(cols.at(-1)!.day);
  rows.push(`${' '.repeat(8)}${p.axis(first + ' '.repeat(Math.max(1, plotWidth - first.length - last.length)) + last)}`);
  return rows;
}
