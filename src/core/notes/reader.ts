// The notes reader: walks one note's scanned lines with the context a person keeps in
// their head (the heading and label above, the list entry an indented line belongs to,
// the schedule block and its hours) and decides which lines are items.
//
// The walk is split by the kind of line, in read/: walker.ts (the state and the helpers every
// line shares, and the dispatch by line shape), headings.ts (headings, units of work, front
// matter, <details>, fences), lists.ts (bullets, labels, parts, box rows), text.ts (plain
// lines: runs of titles, bookmarks, day and slot schedules, chains), table-rows.ts, org-lines.ts,
// and precompute.ts (passes over the whole note before the walk).
import type { Warning } from '../model/types.js';
import { buildEntry, round2, type Draft } from './entry.js';
import { parseDurationHours } from './phrases.js';
import { scan, type NoteFormat, type ScannedLine } from './scan.js';
import { isTodoTxt, priorityOf, readTodoTxtLine } from './todotxt.js';
import { validDate } from './line-rules.js';
import { kindOfTags } from './classify.js';
import { Walker, type FileResult, type ReadOptions } from './read/walker.js';
export type { Block, FileResult, TraceEntry, ReadOptions } from './read/walker.js';
export { NOT_TAKEN } from './line-patterns.js';

/** `today` (YYYY-MM-DD) dates a due date written without its year ("by Dec 15"). */
export function readNote(path: string, text: string, today: string | null = null, opts: ReadOptions = {}): FileResult {
  const format: NoteFormat = /\.org$/i.test(path) ? 'org' : 'markdown';
  const lines = scan(text, format);
  if (format === 'markdown' && isTodoTxt(path, text)) {
    const res = readTodoTxt(path, lines, today);
    if (opts.trace) res.trace = res.drafts.map((d) => ({ line: d.source.line, what: 'item' as const, why: 'a todo.txt task: every line of a todo.txt file is one' }));
    return res;
  }
  const walker = new Walker(path, format, lines, today);
  if (opts.trace) walker.trace = [];
  return walker.run();
}

/** A todo.txt list: every line a task, its project its section. */
function readTodoTxt(path: string, lines: ScannedLine[], today: string | null): FileResult {
  const drafts: Draft[] = [];
  const warnings: Warning[] = [];
  for (const ln of lines) {
    const t = readTodoTxtLine(ln.text);
    if (!t || !t.text) continue;
    const d = buildEntry({ raw: t.text, path, line: ln.no, check: null, org: false, hint: 'task', sectionPath: t.projects.slice(0, 1), status: t.status, today });
    // Every todo.txt line is a task (its format says so); a +book or +course project tag says
    // otherwise. A context says where it is done ("@blog", "@vim"), not what it is.
    d.kind = kindOfTags([...d.tags, ...t.projects]) ?? 'task';
    for (const tag of [...t.projects, ...t.contexts]) if (!d.tags.includes(tag)) d.tags.push(tag);
    d.priority = priorityOf(t.priority);
    const f = t.fields;
    const dates: [keyof Draft['dates'], string | null | undefined][] = [['created', t.created], ['done', t.completed], ['due', f.due], ['start', f.t]];
    for (const [key, value] of dates) {
      if (!value) continue;
      if (validDate(value)) d.dates[key] = value;
      else warnings.push({ path, line: ln.no, code: 'invalid-date', message: `"${value}" is not a calendar date (${key} of "${d.title}"); ignored` });
    }
    const effort = f.est ?? f.estimate ?? f.effort ?? f.time;
    // A bare figure: "est:2" is hours, "time:20" minutes (as todo.txt timers write it).
    const bare = effort !== undefined && /^\d+(?:\.\d+)?$/.test(effort);
    const hours = !effort ? null : bare ? (f.est ?? f.estimate ?? f.effort) !== undefined ? Number(effort) : Number(effort) / 60 : parseDurationHours(effort);
    if (hours) d.estimate = { hours: round2(hours), basis: 'explicit' };
    if (f.rec) d.recurrence = f.rec;
    if (f.id) d.taskId = f.id;
    const deps = f.dep ?? f.after ?? f.blockedby;
    if (deps) d.blockedBy.push(...deps.split(',').filter(Boolean));
    drafts.push(d);
  }
  return { drafts, blocks: [], warnings, lines };
}
