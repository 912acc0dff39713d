// Table rows: a row of a dashboard or a list of resources is an item; its cells give status,
// progress, dates and estimates (tables.ts reads the header).
import { round2 } from '../entry.js';
import { headingCheck, type ScannedLine } from '../scan.js';
import { readTable } from '../tables.js';
import { Walker } from './walker.js';

export function onTable(w: Walker, cells: string[], ln: ScannedLine, i: number): void {
  const next = w.lines[i + 1];
  if (next?.shape.t === 'tableDelim') {
    w.table = readTable(cells, w.contextScore() < 0, w.year, w.today);
    return;
  }
  const t = w.table;
  if (!t || !t.work) return;
  const row = t.row(cells);
  if (!row) return;
  // "✔ [Loudness Basics](…)", "⏳ Room acoustics" in the title cell: a mark says the status.
  const tick = row.status === null && (row.title.charCodeAt(0) > 0x2000 || row.title.charCodeAt(0) === 58 /* :shortcode: */) ? headingCheck(row.title.trim()) : null;
  const d = tick ? w.entry(tick.rest, ln.no, tick.check) : w.entry(row.title, ln.no, null, row.status);
  if (row.kind && (row.typed || d.kind === 'topic' || d.kind === 'article')) d.kind = row.kind;
  else if (row.taught && (d.kind === 'topic' || d.kind === 'book' || d.kind === 'article')) d.kind = 'course';
  else if (row.authored && d.kind === 'topic') d.kind = 'book';
  if (row.hours !== null && !d.estimate) d.estimate = { hours: round2(row.hours), basis: 'explicit' };
  if (row.progress && !d.progress) d.progress = row.progress;
  if (row.due) d.dates.due = row.due;
  if (row.started) d.dates.start = row.started;
  if (row.completed) d.dates.done = row.completed;
  for (const l of row.links) if (!d.links.includes(l)) d.links.push(l);
  d.prereqNames = row.prereqs;
  if (row.title.trim()) w.addItem(d, null);
}
