// Patching an assembled roadmap for one note changed, when the change is proven local: the
// roadmap `assemble` would make from every reading, made from the last one and the note's
// readings before and after. Anything not proven gives null, and the caller assembles again.
//
// The steps across notes meet two items only through what they have in common. Each item
// (draft) has tokens, hashed to 32 bits:
//   k…  its resource key, when mergeDuplicates merges it by one, and the short names its title
//       gives itself ("DDIA"): items are looked up by key, and keys among the short names
//   g…  the first|last words of such a key of 12 characters or more (near spellings are only
//       looked for among keys of the same group)
//   u…  each link (mergeByLink merges items linking the same page)
// An item none of whose tokens another item has (in any note) is never merged and never merged
// into: "alone". (Two tokens with one hash only make items look less alone.) So the items
// that are not alone decide every merge between themselves, and when the changed note's items
// that are not alone are the same, in the same order, before and after, every merge is the
// one made last time. Its items alone must also wait for nothing (no id, no name), give no id
// to wait for, and be found by no name any item waits for (TitleIndex, asked more broadly than
// it looks): then every dependency is as resolved last time too. The budget is found again
// from every note's lines the budget may read, kept with the roadmap.
import type { Item, Roadmap } from '../model/types.js';
import { BudgetFinder, type LineRole } from './budget.js';
import { aliasesOf, DraftKeys, fuzzyGroup, keyedForMerge, resourceKey } from './dedupe.js';
import { round2, toItem, type Draft } from './entry.js';
import { normalizeForId } from './ids.js';
import type { NoteRead } from './index.js';

/** What a patch needs besides the roadmap, kept with it: all per note in reading order. */
export interface PatchBasis {
  paths: string[];
  shas: string[];
  /** How many warnings the roadmap's list starts with (found before reading). */
  lead: number;
  /** How many warnings each reading gave (they follow the lead ones, note by note). */
  warns: number[];
  /** Each reading's lines the budget may read. */
  budgetLines: [number, string, LineRole][][];
  /** Every token's hash (ascending) and how many items have it. */
  tokens: Uint32Array;
  counts: Uint32Array;
  /** Items merged away → the item they were merged into, by id. */
  moved: [string, string][];
  /** Every name an item waits for ("after X"). */
  names: string[];
}

/** The reading of a note a patch looks at: `readOne`'s. */
export type PatchReading = NoteRead;

/** The distinct token hashes of an item whose merge key is `k` ('' when it is not merged by key). */
export function draftTokens(d: Draft, k: string): number[] {
  const out: number[] = [];
  const add = (h: number): void => {
    if (!out.includes(h)) out.push(h);
  };
  if (k.length >= 3) {
    add(hash32(`k${k}`));
    if (k.length >= 12) add(hash32(`g${fuzzyGroup(k)}`));
    if (d.title.includes('(')) for (const a of aliasesOf(d.title)) add(hash32(`k${a}`));
  }
  for (const l of d.links) add(hash32(`u${l}`));
  return out;
}

/** The tokens of each item of a reading, as assemble would take them. */
function readingTokens(r: PatchReading): number[][] {
  const keys = new DraftKeys(r.drafts, r.norms, undefined, asReadKeys(r));
  const out: number[][] = [];
  for (let i = 0; i < r.drafts.length; i++) {
    const d = r.drafts[i]!;
    out.push(draftTokens(d, keyedForMerge(d) ? keys.rkey(i) : ''));
  }
  return out;
}

/** The resource keys a reading keeps, as assemble hands them to DraftKeys (null: worked out when asked). */
export function asReadKeys(r: { drafts: readonly unknown[]; norms: readonly string[]; rkeys?: readonly (string | 0)[] }): (string | null)[] {
  const rk = r.rkeys?.length === r.drafts.length ? r.rkeys : null;
  const out: (string | null)[] = [];
  for (let i = 0; i < r.drafts.length; i++) {
    const k = rk ? rk[i] : null;
    out.push(k === 0 ? r.norms[i]! : k ?? null);
  }
  return out;
}

/** Counts tokens into a sorted table (hash → how many items have it). */
export function tokenTable(counts: ReadonlyMap<number, number>): { tokens: Uint32Array; counts: Uint32Array } {
  const tokens = Uint32Array.from(counts.keys()).sort();
  const out = new Uint32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) out[i] = counts.get(tokens[i]!)!;
  return { tokens, counts: out };
}

/**
 * The names items wait for, as TitleIndex looks for them: each name's key and resource key, the
 * keys of three characters or more (a key starting with one is found by it), and for a course
 * code ("6.824") its first run of digits and the pattern a title holding it as a word matches.
 */
class WantedNames {
  readonly size: number;
  private readonly exact = new Set<string>();
  private readonly prefixes = new Set<string>();
  private readonly shortest: number = Infinity;
  private readonly codes: { digits: string; re: RegExp }[] = [];

  constructor(names: readonly string[]) {
    this.size = names.length;
    for (const name of names) {
      const key = normalizeForId(name);
      this.exact.add(key);
      this.exact.add(resourceKey(name));
      if (key.length >= 3) {
        this.prefixes.add(key);
        this.shortest = Math.min(this.shortest, key.length);
      }
      const code = name.trim();
      if (code.length <= 12 && /\d/.test(code) && /^[A-Za-z]{0,5}[ -]?\d[\w.-]*$/.test(code)) {
        this.codes.push({ digits: /\d+/.exec(code)![0], re: new RegExp(`(?<![\\w.])${code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w]|\\.\\d)`, 'i') });
      }
    }
  }

  /**
   * Whether a name may find this item (an item alone: never merged, never retitled), as
   * TitleIndex finds one: its normalised title or resource key being a name's key or resource
   * key, a short name its title gives itself being either, a key starting with a name's key (of
   * three characters or more), or a course code standing in its title as a word.
   */
  find(d: Draft, keys: readonly string[]): boolean {
    for (const k of keys) {
      if (this.exact.has(k)) return true;
      for (let l = this.shortest; l <= k.length; l++) if (this.prefixes.has(k.slice(0, l))) return true;
    }
    const title = d.title;
    if (title.includes('(')) for (const a of aliasesOf(title)) if (this.exact.has(a)) return true;
    if (this.codes.length > 0) {
      const runs = digitRuns(title);
      for (const c of this.codes) if (runs.includes(c.digits) && c.re.test(title)) return true;
    }
    return false;
  }
}

/** The runs of ASCII digits in a title ("MIT 6.824" → "6", "824"). */
function digitRuns(t: string): string[] {
  return t.match(/[0-9]+/g) ?? [];
}

/** FNV-1a over UTF-16 code units, 32 bits. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Plain data equal in every value (keys in any order; -0 is not 0). */
function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const y = b as unknown[];
    if (a.length !== y.length) return false;
    for (let i = 0; i < a.length; i++) if (!same(a[i], y[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const kx = Object.keys(x);
  if (kx.length !== Object.keys(y).length) return false;
  for (const k of kx) if (!Object.prototype.hasOwnProperty.call(y, k) || !same(x[k], y[k])) return false;
  return true;
}

/**
 * The roadmap assemble would make with note `at`'s reading `before` replaced by `after`, from
 * the roadmap made with `before` and its basis, with the basis that goes with it; null when the
 * change is not proven local. Changes nothing it is given unless it gives a roadmap: then
 * `after`'s drafts are used up (as assemble uses them).
 */
export function patchAssembled(roadmap: Roadmap, basis: PatchBasis, at: number, before: PatchReading, after: PatchReading, now: Date): { roadmap: Roadmap; basis: PatchBasis } | null {
  const n = basis.paths.length;
  if (at < 0 || at >= n || roadmap.sources.length !== n || basis.paths[at] !== after.path || before.path !== after.path || basis.shas[at] !== before.sha256 || roadmap.sources[at]!.path !== after.path) return null;
  const table = basis.tokens;
  const at0 = (h: number): number => {
    let lo = 0;
    let hi = table.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = table[mid]!;
      if (v === h) return mid;
      if (v < h) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };
  const old = (h: number): number => {
    const i = at0(h);
    return i < 0 ? 0 : basis.counts[i]!;
  };
  const tb = readingTokens(before);
  const ta = readingTokens(after);
  const delta = new Map<number, number>();
  for (const t of tb) for (const h of t) delta.set(h, (delta.get(h) ?? 0) - 1);
  // (The basis must hold every token of `before`: it was made with it.)
  for (const [h, d] of delta) if (old(h) + d < 0) return null;
  for (const t of ta) for (const h of t) delta.set(h, (delta.get(h) ?? 0) + 1);
  const now2 = (h: number): number => old(h) + (delta.get(h) ?? 0);
  // Items not alone, and those that wait for something or have an id to wait for (whose
  // dependencies are resolved across notes): "pinned", the same before and after, in order.
  const waits = (d: Draft): boolean => !!d.taskId || d.blockedBy.length > 0 || d.prereqNames.length > 0;
  const aloneB = tb.map((t) => !t.some((h) => old(h) >= 2));
  const joinedB = tb.map((t, i) => !aloneB[i] || waits(before.drafts[i]!));
  const joinedA = ta.map((t, i) => t.some((h) => now2(h) >= 2) || waits(after.drafts[i]!));
  const kb: number[] = [];
  const ka: number[] = [];
  for (let i = 0; i < joinedB.length; i++) if (joinedB[i]) kb.push(i);
  for (let i = 0; i < joinedA.length; i++) if (joinedA[i]) ka.push(i);
  if (kb.length !== ka.length || !uniqueIds(before.drafts) || !uniqueIds(after.drafts)) return null;
  const rb = asReadKeys(before);
  const ra = asReadKeys(after);
  for (let j = 0; j < kb.length; j++) {
    const b = kb[j]!;
    const a = ka[j]!;
    if (before.norms[b] !== after.norms[a] || rb[b] !== ra[a] || !same(before.drafts[b], after.drafts[a])) return null;
  }
  // The other items (alone, waiting for nothing) that a name may find: the same before and after
  // (all TitleIndex looks at: id, title, keys), in the same order among the pinned ones. Then
  // every name finds what it found, and every dependency is resolved as it was.
  const names = new WantedNames(basis.names);
  const seen = (r: PatchReading, joined: boolean[], rk: (string | null)[]): string[] | null => {
    const keys = new DraftKeys(r.drafts, r.norms, undefined, rk);
    const out: string[] = [];
    for (let i = 0; i < r.drafts.length; i++) {
      if (joined[i]) {
        out.push('');
        continue;
      }
      const d = r.drafts[i]!;
      if (d.taskId || d.blockedBy.length > 0 || d.prereqNames.length > 0) return null;
      const k = [r.norms[i]!, keys.rkey(i)];
      if (names.size > 0 && names.find(d, k)) out.push(JSON.stringify([d.id, d.title, ...k]));
    }
    return out;
  };
  const sb = seen(before, joinedB, rb);
  const sa = seen(after, joinedA, ra);
  if (!sb || !sa || !same(sb, sa)) return null;
  // The note's items in the roadmap: those not pinned as they were, and those pinned that were kept.
  let start = 0;
  for (let i = 0; i < at; i++) start += roadmap.sources[i]!.items;
  const count = roadmap.sources[at]!.items;
  if (start + count > roadmap.items.length) return null;
  const aloneIds = new Set<string>();
  const joinedIds = new Set<string>();
  before.drafts.forEach((d, i) => (joinedB[i] ? joinedIds : aloneIds).add(d.id));
  const keptJoined = new Map<string, Item>();
  // (A pinned item alone is never merged away: it is among the note's items.)
  const pinnedAlone = before.drafts.filter((d, i) => joinedB[i] && aloneB[i]);
  let aloneSeen = 0;
  for (let i = start; i < start + count; i++) {
    const it = roadmap.items[i]!;
    if (it.source.path !== after.path) return null;
    if (aloneIds.has(it.id)) aloneSeen++;
    else if (joinedIds.has(it.id)) keptJoined.set(it.id, it);
    else return null;
  }
  if (aloneSeen !== aloneIds.size || pinnedAlone.some((d) => !keptJoined.has(d.id)) || roadmap.items[start - 1]?.source.path === after.path || roadmap.items[start + count]?.source.path === after.path) return null;

  // Proven: the note's items as assemble makes them.
  const moved = new Map(basis.moved);
  const block: Item[] = [];
  for (let i = 0; i < after.drafts.length; i++) {
    const d = after.drafts[i]!;
    if (joinedA[i]) {
      const it = keptJoined.get(d.id);
      if (it) block.push(it);
      continue;
    }
    // (assemble's rollUpChildren, children moved to what their parent merged into, no
    // dependencies, hours logged without a date.)
    rollUp(d);
    if (d.parent !== null) {
      const m = moved.get(d.parent);
      if (m !== undefined) d.parent = m;
    }
    if (d.dependsOn.length > 0) d.dependsOn = [];
    let logged = 0;
    for (const e of d.logged) logged += e.date === null ? e.hours : 0;
    d.spentHours = round2(d.spentHours + logged);
    block.push(toItem(d));
  }
  const items = roadmap.items.slice(0, start);
  for (const it of block) items.push(it);
  for (let i = start + count; i < roadmap.items.length; i++) items.push(roadmap.items[i]!);

  let w = basis.lead;
  for (let i = 0; i < at; i++) w += basis.warns[i]!;
  const warnings = roadmap.warnings.slice(0, w);
  for (const x of after.warnings) warnings.push(x);
  for (let i = w + basis.warns[at]!; i < roadmap.warnings.length; i++) warnings.push(roadmap.warnings[i]!);

  const budgetLines = basis.budgetLines.slice();
  budgetLines[at] = after.budgetLines;
  // (The same lines, the same budget: it reads nothing else but the day, the same.)
  let budget = roadmap.budget;
  if (!same(before.budgetLines, after.budgetLines) || !same(basis.budgetLines[at], after.budgetLines)) {
    const finder = new BudgetFinder(now);
    for (let i = 0; i < n; i++) for (const [no, text, role] of budgetLines[i]!) finder.line(basis.paths[i]!, no, text, role);
    budget = finder.result();
  }

  const sources = roadmap.sources.slice();
  sources[at] = { path: after.path, sha256: after.sha256, items: block.length };
  // The token counts: in place while no token comes or goes, else counted again.
  let tokens: { tokens: Uint32Array; counts: Uint32Array } = { tokens: table, counts: basis.counts.slice() };
  let comes = false;
  for (const [h, d] of delta) {
    if (d === 0) continue;
    const i = at0(h);
    const c = old(h) + d;
    if (i < 0 || c === 0) comes = true;
    else tokens.counts[i] = c;
  }
  if (comes) {
    const all = new Map<number, number>();
    for (let i = 0; i < table.length; i++) all.set(table[i]!, basis.counts[i]!);
    for (const [h, d] of delta) {
      const c = old(h) + d;
      if (c > 0) all.set(h, c);
      else all.delete(h);
    }
    tokens = tokenTable(all);
  }
  const shas = basis.shas.slice();
  shas[at] = after.sha256;
  const warns = basis.warns.slice();
  warns[at] = after.warnings.length;
  return {
    roadmap: { ...roadmap, generatedAt: now.toISOString().replace(/\.\d{3}Z$/, 'Z'), sources, budget, items, warnings },
    basis: { ...basis, shas, warns, budgetLines, ...tokens },
  };
}

function uniqueIds(drafts: readonly Draft[]): boolean {
  const ids = new Set<string>();
  for (const d of drafts) {
    if (ids.has(d.id)) return false;
    ids.add(d.id);
  }
  return true;
}

/**
 * A parent whose children are partly done is under way. A piece of work whose steps (two or more)
 * are all done is done ("### Session 3" over its ticked boxes); a book or course whose listed
 * parts are all done is still under way, for the list may hold only the parts read so far.
 */
export function rollUp(d: Draft): void {
  if (d.status !== 'todo' || d.doneChildren === 0) return;
  d.status = d.children >= 2 && d.doneChildren >= d.children && !d.explicitStatus && OWN_STEPS_KINDS.has(d.kind) ? 'done' : 'doing';
}
/** Kinds of work whose children are its own steps, all of it. */
const OWN_STEPS_KINDS: ReadonlySet<string> = new Set(['task', 'project', 'exercise', 'milestone', 'deliverable']);
