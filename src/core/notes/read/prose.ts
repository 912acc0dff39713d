// Status told in prose: a paragraph in which the person says what became of a thing their
// list names ("J'ai réussi à lire toute la [documentation Go](…)", "I gave up on the
// [Rust book](…)", "j'ai abandonné l'idée du bot Discord"). The thing is found by its link
// (the same address as an item's) or, without a link, by two words of its title in a row
// after the wording; the wording is a first-person one (languages.ts's `narratedStatus`).
import { narratedStatus } from '../languages.js';
import type { Draft } from '../entry.js';
import type { Walker } from './walker.js';

const LINK_RE = /\[([^\]]{1,200})\]\(([^)\s]+)\)/g;
const LINK_IN = /\]\(/;

/** Sets the status of items a paragraph after them tells of; once per note, after the walk. */
export function proseStatus(w: Walker): void {
  const drafts = w.drafts;
  // Only an item with no status of its own may be told of, and only after it.
  let firstOpen = Infinity;
  for (const d of drafts) if (d.status === 'todo' && !d.explicitStatus && d.source.line < firstOpen) firstOpen = d.source.line;
  if (firstOpen === Infinity) return;
  // Lines that are an item's own or part of one are not prose about it.
  const taken = new Uint8Array(w.lines.length + 2);
  for (const d of drafts) for (let n = d.source.line; n <= d.source.endLine && n < taken.length; n++) taken[n] = 1;
  let index: Index | null = null;
  for (const ln of w.lines) {
    if (ln.no <= firstOpen || ln.shape.t !== 'text' || taken[ln.no] || ln.text.length < 30) continue;
    const said = narratedStatus(ln.text);
    if (!said) continue;
    index ??= indexOf(drafts);
    for (const sentence of sentences(ln.text)) {
      const s = narratedStatus(sentence);
      if (!s) continue;
      // (Else the one item the paragraph links to: "… la piste [Exercism Go](…). Pour l'instant, j'en suis au tout début".)
      const d = linkedItem(index, sentence) ?? namedItem(index, sentence.slice(s.end)) ?? (LINK_IN.test(sentence) ? null : linkedItem(index, ln.text));
      if (!d || d.explicitStatus || d.status !== 'todo' || d.source.line > ln.no) continue;
      d.status = s.status;
      w.note(ln.no, 'part', `where the item on line ${d.source.line} stands, told in prose ("${sentence.slice(s.index, s.end)}")`, d.source.line);
    }
  }
}

/** The items by each of their links, and the open ones (no status of their own) by each two words in a row of their titles, made when first asked. */
interface Index { drafts: readonly Draft[]; byLink: Map<string, Draft[]> | null; byPair: Map<string, Draft[]> | null }

function indexOf(drafts: readonly Draft[]): Index {
  return { drafts, byLink: null, byPair: null };
}

function put(m: Map<string, Draft[]>, k: string, d: Draft): void {
  const at = m.get(k);
  if (!at) m.set(k, [d]);
  else if (!at.includes(d)) at.push(d);
}

function byLink(index: Index): Map<string, Draft[]> {
  if (!index.byLink) {
    index.byLink = new Map();
    for (const d of index.drafts) for (const l of d.links) put(index.byLink, l, d);
  }
  return index.byLink;
}

function byPair(index: Index): Map<string, Draft[]> {
  if (!index.byPair) {
    index.byPair = new Map();
    for (const d of index.drafts) {
      if (d.status !== 'todo' || d.explicitStatus) continue;
      const words = d.title.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((x) => x.length >= 3);
      for (let i = 0; i + 1 < words.length; i++) put(index.byPair, `${words[i]} ${words[i + 1]}`, d);
    }
  }
  return index.byPair;
}

/** A paragraph's sentences (a period, "!" or "?" then a space and a capital or a link). */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[\p{Lu}[])/u);
}

/** The one item a sentence links to: the same address, and the link's words its title when more than one has it. */
function linkedItem(index: Index, sentence: string): Draft | null {
  let found: Draft | null = null;
  LINK_RE.lastIndex = 0;
  for (let m = LINK_RE.exec(sentence); m; m = LINK_RE.exec(sentence)) {
    let same = byLink(index).get(m[2]!) ?? [];
    const text = m[1]!.toLowerCase();
    if (same.length > 1) same = same.filter((d) => d.title.toLowerCase() === text);
    if (same.length !== 1) continue;
    if (found && found !== same[0]) return null; // two things told of at once
    found = same[0]!;
  }
  return found;
}

/** The one item two words of whose title stand in a row in `after` ("… l'idée du bot Discord"). */
function namedItem(index: Index, after: string): Draft | null {
  const words = after.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.length < 2) return null;
  let found: Draft | null = null;
  for (let i = 0; i + 1 < words.length; i++) {
    for (const d of byPair(index).get(`${words[i]} ${words[i + 1]}`) ?? []) {
      if (found && found !== d) return null;
      found = d;
    }
  }
  return found;
}

/**
 * A numbered run of entries written about one after another, one of them said to be under way
 * ("6. Mathematics for CS" over "- Currently doing"; entries may follow it): the ones before it,
 * each written about and none marked otherwise, are behind the person, done. (Three entries at least; a box, a status
 * word other than done, or an entry with nothing under it leaves the run as it is.)
 */
export function sequenceStatus(w: Walker): void {
  let runs: Map<string, Draft[]> | null = null;
  for (const d of w.drafts) {
    const l = w.lines[d.source.line - 1];
    if (!l || l.shape.t !== 'list' || !l.shape.ordered || l.shape.check !== null) continue;
    runs ??= new Map();
    const key = `${d.parent}:${l.indent}`;
    const run = runs.get(key);
    if (run) run.push(d);
    else runs.set(key, [d]);
  }
  if (!runs) return;
  for (const run of runs.values()) {
    // (The one under way: the last of the run that is, with two entries or more before it.)
    let at = -1;
    for (let k = run.length - 1; k >= 2 && at < 0; k--) if (run[k]!.status === 'doing') at = k;
    if (at < 0) continue;
    const before = run.slice(0, at);
    // (Written about: a line under it, indented deeper, before the next entry of the run.)
    const writtenAbout = (d: Draft, k: number): boolean => {
      const indent = w.lines[d.source.line - 1]!.indent;
      for (let n = d.source.line; n < run[k + 1]!.source.line - 1; n++) {
        const l = w.lines[n]!;
        if (l.shape.t !== 'blank' && l.indent > indent) return true;
      }
      return false;
    };
    // (Some of them may already be told done; none may be marked otherwise.)
    if (before.some((d, k) => (d.status !== 'todo' && d.status !== 'done') || (d.explicitStatus && d.status !== 'done') || !writtenAbout(d, k))) continue;
    for (const d of before) {
      if (d.status === 'done') continue;
      d.status = 'done';
      w.note(d.source.line, 'part', `done: a numbered entry written about before the one under way on line ${run[at]!.source.line}`, d.source.line);
    }
  }
}

/**
 * A list where only what is unfinished is marked ("- Count Change (not finished)", "- Trees (not
 * yet)", "- Lab 5 (done with 3/6)") and the rest stand bare ("- Hog", "- Pig Latin"): writing
 * "not yet" by some says the others are behind the person, done. (Two such marks at least and
 * more bare entries than marked; no box anywhere in the note, and no entry marked done; from a
 * heading that says the work is ahead, "## not yet", "## Next", on, the entries stay as they are.)
 */
export function unmarkedDone(w: Walker): void {
  let flagged = 0;
  const bare: Draft[] = [];
  for (const d of w.drafts) {
    const l = w.lines[d.source.line - 1];
    if (!l || l.shape.t !== 'list') continue;
    if (l.shape.check !== null) return;
    // (Where some entry is marked done, "~~Git course~~ - Done!", marks say done and bare means not yet.)
    if (d.explicitStatus && d.status === 'done') return;
    if (NOT_YET_RE.test(l.text)) flagged++;
    else if (d.status === 'todo' && !d.explicitStatus) bare.push(d);
  }
  if (flagged < 2 || bare.length <= flagged) return;
  let ahead = Infinity;
  for (const l of w.lines) {
    if (l.shape.t === 'heading' && AHEAD_HEADING_RE.test(l.shape.text)) { ahead = l.no; break; }
  }
  for (const d of bare) {
    if (d.source.line >= ahead) continue;
    d.status = 'done';
    w.note(d.source.line, 'part', `done: a bare entry where only what is unfinished is marked ("not yet", "not finished"), ${flagged} times`, d.source.line);
  }
}
/** An entry marked unfinished, in brackets or after a dash or comma. */
const NOT_YET_RE = /[([,–—-]\s*(?:not yet|not (?:yet )?(?:finished|done|completed?)|unfinished|incomplete|done with \d+\s*\/\s*\d+)\b/i;
/** A heading over work still ahead: "not yet", "Next", "To do", "Upcoming", "Later". */
const AHEAD_HEADING_RE = /^\W*(?:not yet|next(?: up)?|to-?\s?do|upcoming|later|planned|backlog|future|someday)\W*$/i;
