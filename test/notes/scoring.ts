// Scores the reader against hand-written golds, the way ../shared/tools/score-extraction.py
// does (same matching, same measures), so `npm run score` needs no Python and no ../shared.
// One measure more than it has: the title (a match is found by line, so an entry read under a
// wrong name, "2" for "Add Two Numbers", counted as right on every other measure).
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { Item, Roadmap } from '../../src/core/model/types.js';

export interface GoldItem {
  lines: number[];
  title: string;
  kinds?: string[];
  status?: string[];
  progress?: { done: number; total?: number; unit?: string };
  links?: number;
  estimateHours?: number;
}

export interface Gold {
  file: string;
  notes?: string;
  items: GoldItem[];
  /** Ranges of lines a reader may or may not take ([from, to]); a lone number is one line. */
  optional_lines?: ([number, number] | number)[];
  budget?: Record<string, number | null>;
}

/** One field's tally: how many gold entries had it and how many the reader got right. */
export interface Tally {
  right: number;
  of: number;
}

export interface NoteScore {
  file: string;
  gold: number;
  matched: number;
  extra: number;
  kind: Tally;
  status: Tally;
  progress: Tally;
  links: Tally;
  estimate: Tally;
  /** Matched entries read under the gold's name (sameTitle). */
  title: Tally;
  budget: 'ok' | 'wrong' | null;
  /** Human-readable misses, extras and wrong fields, for `--verbose`. */
  details: string[];
}

/** The split is made once, by a hash of the file name: the same note is always in the same half. */
export function halfOf(file: string): 'dev' | 'test' {
  const h = createHash('sha256').update(basename(file)).digest();
  return (h[0]! & 1) === 0 ? 'dev' : 'test';
}

const UNIT_ALIASES: Record<string, string> = {
  lec: 'lecture', ch: 'chapter', chap: 'chapter', wk: 'week', pg: 'page', p: 'page', vid: 'video', ep: 'episode',
};

function normUnit(u: string | undefined | null): string {
  const s = (u ?? '').toLowerCase().trim().replace(/s$/, '');
  return UNIT_ALIASES[s] ?? s;
}

/** The collection round a note came in: 1 for the first labelled set (a-, b-), 2 for the second (c-, d-), 3 (e-, f-), 4 (g-, h-), 5 (i-, j-), 6 (k-), 7 (l-, m-), 8 (n-), 9 (o- to r-), 10 (s-, t-), 11 (u-, v-), 12 (w-, x-), 13 (y-, z-), 14 (za-, zb-: the letters ran out), 15 (zc-, zd-), 16 (ze-, zf-), 17 (zg-, zh-), 18 (zi- to zk-), 19 (zl-, zm-), 20 (zn-, zo-), 21 (zp-, zq-), 22 (zr-, zs-), 23 (zt-, zu-), 24 (zv-, zw-), 25 (zx-, zy-), 26 (zza-, zzb-), 27 (zzc-, zzd-), … 35 (zzs-, zzt-), 36 (zzu-, zzv-), 37 (zzw-, zzx-), 38 (zzy-, zzz-), 39 (zzza-, zzzb-: the two letters ran out), 40 (zzzc-, zzzd-), 41 (zzze-, zzzf-), 42 (zzzg-, zzzh-), 43 (zzzi-, zzzj-), 44 (zzzk-, zzzl-), 45 (zzzm-, zzzn-), 46 (zzzo-, zzzp-), 47 (zzzq-, zzzr-), 48 (zzzs-, zzzt-), 49 (zzzu-, zzzv-), 50 (zzzw-, zzzx-), 51 (zzzy-, zzzz-). */
export function roundOf(file: string): number {
  return /^zzz[yz]-/.test(file) ? 51 : /^zzz[wx]-/.test(file) ? 50 : /^zzz[uv]-/.test(file) ? 49 : /^zzz[st]-/.test(file) ? 48 : /^zzz[qr]-/.test(file) ? 47 : /^zzz[op]-/.test(file) ? 46 : /^zzz[mn]-/.test(file) ? 45 : /^zzz[kl]-/.test(file) ? 44 : /^zzz[ij]-/.test(file) ? 43 : /^zzz[gh]-/.test(file) ? 42 : /^zzz[ef]-/.test(file) ? 41 : /^zzz[cd]-/.test(file) ? 40 : /^zzz[ab]-/.test(file) ? 39 : /^zz[yz]-/.test(file) ? 38 : /^zz[wx]-/.test(file) ? 37 : /^zz[uv]-/.test(file) ? 36 : /^zz[st]-/.test(file) ? 35 : /^zz[qr]-/.test(file) ? 34 : /^zz[op]-/.test(file) ? 33 : /^zz[mn]-/.test(file) ? 32 : /^zz[kl]-/.test(file) ? 31 : /^zz[ij]-/.test(file) ? 30 : /^zz[gh]-/.test(file) ? 29 : /^zz[ef]-/.test(file) ? 28 : /^zz[cd]-/.test(file) ? 27 : /^zz[ab]-/.test(file) ? 26 : /^z[xy]-/.test(file) ? 25 : /^z[vw]-/.test(file) ? 24 : /^z[tu]-/.test(file) ? 23 : /^z[rs]-/.test(file) ? 22 : /^z[pq]-/.test(file) ? 21 : /^z[no]-/.test(file) ? 20 : /^z[lm]-/.test(file) ? 19 : /^z[ijk]-/.test(file) ? 18 : /^z[gh]-/.test(file) ? 17 : /^z[ef]-/.test(file) ? 16 : /^z[cd]-/.test(file) ? 15 : /^z[ab]-/.test(file) ? 14 : /^[ab]-/.test(file) ? 1 : /^[cd]-/.test(file) ? 2 : /^[ef]-/.test(file) ? 3 : /^[gh]-/.test(file) ? 4 : /^[ij]-/.test(file) ? 5 : /^k-/.test(file) ? 6 : /^[lm]-/.test(file) ? 7 : /^n-/.test(file) ? 8 : /^[st]-/.test(file) ? 10 : /^[uv]-/.test(file) ? 11 : /^[wx]-/.test(file) ? 12 : /^[yz]-/.test(file) ? 13 : 9;
}

/**
 * The path a note is read under: `a-owner-repo--reading-list.md` → `a-owner-repo/reading-list.md`.
 * A labelled note's name says who collected it and where it came from; the person's own file
 * was named only `reading-list.md`, and that is the name the reader sees (it reads hints from it).
 */
export function notePath(file: string): string {
  const at = file.indexOf('--');
  return at > 0 ? `${file.slice(0, at)}/${file.slice(at + 2)}` : file;
}

function itemLines(item: Item, file: string): Set<number> {
  const out = new Set<number>();
  const as = notePath(file);
  const ours = (p: string): boolean => p === as || basename(p) === file;
  if (ours(item.source.path) && item.source.line) out.add(item.source.line);
  for (const m of item.mentions ?? []) if (ours(m.path) && m.line) out.add(m.line);
  return out;
}

function tally(values: (boolean | null)[]): Tally {
  let right = 0;
  let of = 0;
  for (const v of values) {
    if (v === null) continue;
    of++;
    if (v) right++;
  }
  return { right, of };
}

export function scoreNote(gold: Gold, roadmap: Roadmap): NoteScore {
  const file = gold.file;
  const optional = (gold.optional_lines ?? []).map((o): [number, number] => (typeof o === 'number' ? [o, o] : o));
  const items = roadmap.items.filter((i) => itemLines(i, file).size > 0);
  const details: string[] = [];
  const used = new Set<number>();
  const matches: [GoldItem, Item][] = [];
  for (const g of gold.items) {
    const glines = new Set(g.lines);
    let best: [number, number] | null = null;
    items.forEach((x, idx) => {
      if (used.has(idx)) return;
      const xl = itemLines(x, file);
      if (![...xl].some((l) => glines.has(l))) return;
      const score = x.source.line === g.lines[0] ? 2 : 1;
      if (!best || score > best[0]) best = [score, idx];
    });
    if (best) {
      used.add(best[1]);
      matches.push([g, items[best[1]]!]);
    } else details.push(`MISS line ${g.lines[0]}: ${g.title}`);
  }
  let extra = 0;
  items.forEach((x, idx) => {
    if (used.has(idx)) return;
    const line = x.source.line;
    if (optional.some(([a, b]) => a <= line && line <= b)) return;
    extra++;
    details.push(`EXTRA line ${line}: ${JSON.stringify(x.title)} (${x.kind})`);
  });
  // A gold's "exercise" is a problem to solve: the roadmap contract has no such kind and calls
  // it a task (../shared/spec/roadmap-json.md), so a task matches it.
  const kind = tally(matches.map(([g, x]) => {
    if (!g.kinds) return null;
    const ok = g.kinds.includes(x.kind) || (x.kind === 'task' && g.kinds.includes('exercise'));
    if (!ok) details.push(`KIND line ${g.lines[0]}: want ${g.kinds.join('|')} got ${x.kind} (${g.title})`);
    return ok;
  }));
  const status = tally(matches.map(([g, x]) => {
    if (!g.status) return null;
    const ok = g.status.includes(x.status);
    if (!ok) details.push(`STATUS line ${g.lines[0]}: want ${g.status.join('|')} got ${x.status} (${g.title})`);
    return ok;
  }));
  const progress = tally(matches.map(([g, x]) => {
    const gp = g.progress;
    if (!gp) return null;
    const xp = x.progress;
    let ok = xp?.done === gp.done;
    if (gp.total !== undefined) ok = ok && xp?.total === gp.total;
    if (gp.unit !== undefined) ok = ok && normUnit(xp?.unit) === normUnit(gp.unit);
    if (!ok) details.push(`PROGRESS line ${g.lines[0]}: want ${JSON.stringify(gp)} got ${JSON.stringify(xp ?? null)} (${g.title})`);
    return ok;
  }));
  const links = tally(matches.map(([g, x]) => (g.links === undefined ? null : (x.links?.length ?? 0) >= g.links)));
  const estimate = tally(matches.map(([g, x]) => {
    if (g.estimateHours === undefined) return null;
    const xe = x.estimate?.hours;
    const ok = xe !== undefined && xe !== null && Math.abs(xe - g.estimateHours) <= 0.01 + 0.05 * g.estimateHours;
    if (!ok) details.push(`ESTIMATE line ${g.lines[0]}: want ${g.estimateHours} got ${xe ?? 'none'} (${g.title})`);
    return ok;
  }));
  const title = tally(matches.map(([g, x]) => {
    if (!g.title) return null;
    const ok = sameTitle(g.title, x.title);
    if (!ok) details.push(`TITLE line ${g.lines[0]}: want ${JSON.stringify(g.title)} got ${JSON.stringify(x.title)}`);
    return ok;
  }));
  let budget: NoteScore['budget'] = null;
  if (gold.budget) {
    const xb = (roadmap.budget ?? {}) as unknown as Record<string, unknown>;
    const close = (a: unknown, b: number | null): boolean =>
      b === null ? a === null || a === undefined : typeof a === 'number' && Math.abs(a - b) <= 0.05 * Math.abs(b) + 1e-9;
    budget = Object.entries(gold.budget).every(([k, v]) => close(xb[k], v)) ? 'ok' : 'wrong';
    if (budget === 'wrong') details.push(`BUDGET want ${JSON.stringify(gold.budget)} got ${JSON.stringify(roadmap.budget ?? null)}`);
  }
  return { file, gold: gold.items.length, matched: matches.length, extra, kind, status, progress, links, estimate, title, budget, details };
}

export interface Summary {
  notes: number;
  recall: number;
  precision: number;
  kind: number;
  status: number;
  progress: number;
  estimate: number;
  links: number;
  title: number;
}

/** A title's words for comparing: case, marks, link syntax and spacing aside. */
function titleWords(t: string): string {
  return t.normalize('NFKC').toLowerCase().replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Whether the reader's title names what the gold's does: the same words; or one holds the other
 * and is most of it ("SICP" and "SICP (2nd ed.)"); or one is the other and a few words more, its
 * author or edition ("Deep Work by Cal Newport"), not a sentence about it; or most words are
 * shared. A person's name for a thing is not one spelling.
 */
export function sameTitle(want: string, got: string): boolean {
  const a = titleWords(want);
  const b = titleWords(got);
  if (a === b) return true;
  if (!a || !b) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.includes(short) && short.length >= 0.6 * long.length) return true;
  // ("Deep Work by Cal Newport" for "Deep Work": the name, then a few words of who or which.)
  if (long.startsWith(`${short} `) && long.slice(short.length + 1).split(' ').length <= 6) return true;
  const wa = new Set(a.split(' '));
  const wb = new Set(b.split(' '));
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / Math.max(wa.size, wb.size) >= 0.6;
}

const ratio = (t: Tally): number => (t.of ? t.right / t.of : 1);

export function noteMeasures(s: NoteScore): Omit<Summary, 'notes'> {
  return {
    recall: s.gold ? s.matched / s.gold : 1,
    precision: s.matched + s.extra ? s.matched / (s.matched + s.extra) : s.gold ? 0 : 1,
    kind: ratio(s.kind),
    status: ratio(s.status),
    progress: ratio(s.progress),
    estimate: ratio(s.estimate),
    links: ratio(s.links),
    title: ratio(s.title),
  };
}

/** Pooled over every gold entry of every note: a long note weighs more, as it has more to get right. */
export function pooled(scores: NoteScore[]): Summary {
  const sum = (f: (s: NoteScore) => number): number => scores.reduce((a, s) => a + f(s), 0);
  const t = (k: 'kind' | 'status' | 'progress' | 'estimate' | 'links' | 'title'): number => ratio({ right: sum((s) => s[k].right), of: sum((s) => s[k].of) });
  const matched = sum((s) => s.matched);
  const gold = sum((s) => s.gold);
  const extra = sum((s) => s.extra);
  return {
    notes: scores.length,
    recall: gold ? matched / gold : 1,
    precision: matched + extra ? matched / (matched + extra) : 1,
    kind: t('kind'), status: t('status'), progress: t('progress'), estimate: t('estimate'), links: t('links'), title: t('title'),
  };
}

/** The mean of each note's measures: every note counts the same, however long. */
export function macro(scores: NoteScore[]): Summary {
  const ms = scores.map(noteMeasures);
  const mean = (k: keyof Omit<Summary, 'notes'>): number => (ms.length ? ms.reduce((a, m) => a + m[k], 0) / ms.length : 1);
  return {
    notes: scores.length,
    recall: mean('recall'), precision: mean('precision'), kind: mean('kind'), status: mean('status'),
    progress: mean('progress'), estimate: mean('estimate'), links: mean('links'), title: mean('title'),
  };
}
