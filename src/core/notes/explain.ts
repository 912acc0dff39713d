// `waymark why FILE:LINE`: whether a line is an item and why, and where each field of the
// item came from, in words a person follows. Pure: the note's text and the roadmap come in.
import type { Item, Roadmap } from '../model/types.js';
import { kindOfLinks, kindOfTags, kindOfUnit, sectionKind } from './classify.js';
import { readNote, type TraceEntry } from './reader.js';
import type { NoteFile } from './index.js';
import { linkHost } from './inline.js';

export interface FieldSource {
  field: string;
  value: string;
  from: string;
}

export interface Explanation {
  path: string;
  line: number;
  text: string;
  /** The item the line is (its own line, or a mention of a duplicate merged into it). */
  item: Item | null;
  /** The line is a mention of the item, which stands on another line. */
  mention: boolean;
  /** What the reader decided about the line. */
  reading: TraceEntry[];
  fields: FieldSource[];
  /** What would change the reading. */
  advice: string;
}

/** Explains line `line` (1-based) of `file`, read within `roadmap`. */
export function explainLine(file: NoteFile, line: number, roadmap: Roadmap, today: string | null): Explanation {
  const res = readNote(file.path, file.text, today, { trace: true });
  const text = res.lines[line - 1]?.text ?? '';
  const reading = (res.trace ?? []).filter((t) => t.line === line);
  const own = roadmap.items.find((i) => i.source.path === file.path && i.source.line === line) ?? null;
  const mentioned = own ?? roadmap.items.find((i) => i.mentions.some((m) => m.path === file.path && m.line === line)) ?? null;
  const item = mentioned;
  const fields = item ? fieldSources(item, roadmap, res.lines.map((l) => l.text)) : [];
  if (!item && reading.length === 0) reading.push({ line, what: 'skipped', why: unreadReason(res.lines[line - 1]?.shape.t ?? 'blank', text) });
  if (!item && reading.some((r) => r.what === 'item')) {
    reading.push({ line, what: 'skipped', why: 'it was read as an item, then taken out by a correction (`waymark corrections` lists them)' });
  }
  const where = `${file.path}:${line}`;
  const advice = item
    ? `\`waymark track ${where} --kind K --estimate 3h\` corrects a field; \`waymark ignore ${where}\` takes it out`
    : reading.some((r) => r.what === 'part') ? `it belongs to the item above; \`waymark track ${where}\` makes it an item of its own`
      : `\`waymark track ${where}\` makes it an item (or write it as a checkbox, "- [ ] …")`;
  return { path: file.path, line, text, item, mention: item !== null && own === null, reading, fields, advice };
}

function unreadReason(shape: string, text: string): string {
  if (!text.trim()) return 'a blank line';
  switch (shape) {
    case 'fence': return 'a code fence';
    case 'hr': return 'a rule between parts';
    case 'html': return 'HTML, not read';
    case 'tableDelim': return 'the line under a table\'s header';
    case 'table': return 'a row of a table whose columns name no work (no title, status, due or duration column)';
    default: return 'prose, a note or metadata: nothing in its words, its shape or its section made it an entry (or it sits in front matter, a comment or a code block)';
  }
}

function fieldSources(item: Item, roadmap: Roadmap, lines: readonly string[]): FieldSource[] {
  const out: FieldSource[] = [];
  const text = lines[item.source.line - 1] ?? '';
  // Kind.
  let kindFrom = 'its words';
  if (kindOfTags(item.tags) === item.kind) kindFrom = `its tag (#${item.tags.find((t) => kindOfTags([t]) === item.kind)})`;
  else if (item.links.length && kindOfLinks(item.links) === item.kind) kindFrom = `the site of its link (${hostOf(item.links[0]!)})`;
  else if (item.progress && kindOfUnit(item.progress.unit) === item.kind) kindFrom = `what it counts (${item.progress.unit}s)`;
  else {
    const section = [...item.path].reverse().find((p) => sectionKind(p) === item.kind);
    if (section) kindFrom = `the section "${section}"`;
  }
  out.push({ field: 'kind', value: item.kind, from: kindFrom });
  // Status.
  const box = /^\s*(?:[-*+]|\d+[.)])?\s*\[(.)\]/.exec(text);
  let statusFrom = 'nothing says otherwise: to do';
  if (box) statusFrom = `its box "[${box[1]}]"`;
  else if (item.progress && item.status !== 'todo') statusFrom = `its progress (${item.progress.done}${item.progress.total !== null ? ` of ${item.progress.total}` : ''})`;
  else if (item.status !== 'todo') {
    const section = item.path.find((p) => /done|finished|completed|read|gave up|abandon|shelved|paused|progress|reading|current/i.test(p));
    statusFrom = section ? `the section "${section}"` : 'a status word or mark in its line';
  }
  out.push({ field: 'status', value: item.status, from: statusFrom });
  if (item.progress) {
    const p = item.progress;
    out.push({ field: 'progress', value: `${p.done}${p.total !== null ? ` of ${p.total}` : ''} ${p.unit}`, from: item.progressLine && item.progressLine !== item.source.line ? `the line ${item.progressLine} under it` : 'a phrase in its line' });
  }
  if (item.estimate) {
    const e = item.estimate;
    const from = e.basis === 'explicit' ? 'written in the note' : e.basis === 'derived' ? 'a share of its schedule block\'s hours, or its parts\' hours' : `the default for a ${item.kind}`;
    out.push({ field: 'estimate', value: `${e.hours} h`, from });
  }
  if (item.dates.due) out.push({ field: 'due', value: item.dates.due, from: 'a date in its line or a Due field under it' });
  if (item.parent) {
    const p = roadmap.items.find((i) => i.id === item.parent);
    if (p) out.push({ field: 'parent', value: p.title, from: `line ${p.source.line}: it sits under it` });
  }
  if (item.mentions.length) {
    out.push({ field: 'duplicates', value: `${item.mentions.length} more mention${item.mentions.length === 1 ? '' : 's'}`, from: item.mentions.map((m) => `${m.path}:${m.line}`).join(', ') + ' name the same thing and were merged into it' });
  }
  if (item.dependsOn.length) {
    const names = item.dependsOn.map((id) => roadmap.items.find((i) => i.id === id)?.title ?? id);
    out.push({ field: 'after', value: names.join(', '), from: 'its words ("after …", "requires …") or a path drawn with arrows' });
  }
  return out;
}

function hostOf(url: string): string {
  return linkHost(url) ?? url;
}
