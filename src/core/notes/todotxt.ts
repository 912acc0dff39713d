// todo.txt (todotxt.org): one task a line, "x" and a completion date for done, "(A)" for
// priority, a creation date, +project and @context words, key:value fields (due:, t:).
import type { Status } from '../model/types.js';

const DATE = '\\d{4}-\\d{2}-\\d{2}';
const DONE_RE = new RegExp(`^x (?:(${DATE}) )?(?:(${DATE}) )?`);
const PRIORITY_RE = new RegExp(`^\\(([A-Z])\\) (?:(${DATE}) )?`);
const CREATED_RE = new RegExp(`^(${DATE}) `);
/** A line only todo.txt writes: done with a date, a priority, or a due/threshold/recurrence field. */
const TELLING_RE = new RegExp(`^(?:x ${DATE} |\\([A-Z]\\) )|(?:^|\\s)(?:due|t|rec|pri):\\S`);
const NAME_RE = /(?:^|[/\\])(?:todo|done)\.txt$/i;

/**
 * Whether a file is a todo.txt list: named so, or a .txt file most of whose lines (three or
 * more, none of them markdown) read as todo.txt tasks.
 */
export function isTodoTxt(path: string, text: string): boolean {
  if (NAME_RE.test(path)) return true;
  if (!/\.txt$/i.test(path)) return false;
  let lines = 0;
  let telling = 0;
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (!t) continue;
    if (/^(?:[#>*-]|\d+[.)]\s|\[)/.test(t)) return false;
    lines++;
    if (TELLING_RE.test(t)) telling++;
    if (lines >= 200) break;
  }
  return lines >= 3 && telling >= lines * 0.6;
}

export interface TodoTxtTask {
  status: Status;
  /** The task's words, without its markers and fields (but with +project and @context words). */
  text: string;
  priority: string | null;
  created: string | null;
  completed: string | null;
  projects: string[];
  contexts: string[];
  /** key:value fields, lower-case keys ("due" → "2026-12-01"). */
  fields: Record<string, string>;
}

/** Reads one todo.txt line; null for a blank one. */
export function readTodoTxtLine(line: string): TodoTxtTask | null {
  let s = line.trim();
  if (!s) return null;
  let status: Status = 'todo';
  let completed: string | null = null;
  let created: string | null = null;
  let priority: string | null = null;
  const done = DONE_RE.exec(s);
  if (done) {
    status = 'done';
    completed = done[1] ?? null;
    created = done[2] ?? null;
    s = s.slice(done[0].length);
  }
  const prio = PRIORITY_RE.exec(s);
  if (prio) {
    priority = prio[1]!;
    created ??= prio[2] ?? null;
    s = s.slice(prio[0].length);
  }
  if (!created) {
    const c = CREATED_RE.exec(s);
    if (c) { created = c[1]!; s = s.slice(c[0].length); }
  }
  const projects: string[] = [];
  const contexts: string[] = [];
  const fields: Record<string, string> = {};
  const words: string[] = [];
  for (const w of s.split(/\s+/)) {
    if (/^\+\S+$/.test(w)) projects.push(w.slice(1));
    else if (/^@\S+$/.test(w)) contexts.push(w.slice(1));
    else {
      // "due:2026-12-01", "est:10h"; not a URL ("https://…") or a time ("10:30").
      const kv = /^([A-Za-z][\w-]*):([^\s:/][^\s]*)$/.exec(w);
      if (kv && !/^https?$/i.test(kv[1]!)) { fields[kv[1]!.toLowerCase()] = kv[2]!; continue; }
      words.push(w);
    }
  }
  // A priority a completed task kept as a field ("pri:A").
  if (!priority && fields.pri && /^[A-Z]$/.test(fields.pri)) priority = fields.pri;
  return { status, text: words.join(' '), priority, created, completed, projects, contexts, fields };
}

/** todo.txt priority letters on the model's 0–5 scale: (A) 4, (B) 3, (C) 2, later letters 1. */
export function priorityOf(letter: string | null): number {
  if (letter === null) return 2;
  return letter === 'A' ? 4 : letter === 'B' ? 3 : letter === 'C' ? 2 : 1;
}

/**
 * The line for a task set to `to`, todo.txt's way: done is "x" and today's date in front
 * (the priority kept as a "pri:" field, so undoing brings it back); open again takes both
 * away. Todo.txt has no words for under way or dropped: null then.
 */
export function todoTxtStatusLine(line: string, to: Status, today: string): string | null {
  const lead = /^\s*/.exec(line)![0];
  let s = line.slice(lead.length);
  const done = DONE_RE.exec(s);
  if (to === 'done') {
    if (done) return line;
    const prio = /^\(([A-Z])\) /.exec(s);
    if (prio) s = `${s.slice(prio[0].length)} pri:${prio[1]}`;
    return `${lead}x ${today} ${s}`;
  }
  if (to === 'todo') {
    if (!done) return line;
    // "x 2026-11-22 2026-11-10 …": the completion date goes, the creation date stays.
    s = s.slice(done[0].length);
    if (done[2]) s = `${done[2]} ${s}`;
    const pri = /(?:^|\s)pri:([A-Z])(?=\s|$)/.exec(s);
    if (pri) s = `(${pri[1]}) ${(s.slice(0, pri.index) + s.slice(pri.index + pri[0].length)).trim()}`;
    return lead + s;
  }
  return null;
}
