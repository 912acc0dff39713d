// The notes reader's public entry: notes in, roadmap out. Pure: files arrive as text,
// time arrives as a parameter.
import { SCHEMA, type Item, type Roadmap, type SourceFile, type Warning } from '../model/types.js';
import { BudgetFinder, budgetMayRead, type LineRole } from './budget.js';
import { aliasesOf, DraftKeys, keyedForMerge, mergeDuplicates, resourceKeysOf, resourceKey } from './dedupe.js';
import { round2, toItem, type Draft } from './entry.js';
import { idsOfKeys, normalizeForId } from './ids.js';
import { applyCorrections, type Correction } from './corrections.js';
import { draftTokens, rollUp, tokenTable, type PatchBasis } from './patch.js';
import { readNote, type Block } from './reader.js';

/** An org or Logseq planning line: its dates are its entry's. */
const PLANNING_RE = /^[ \t]*(?:SCHEDULED|DEADLINE|CLOSED):/;

export interface NoteFile {
  /** Path as shown to the person (relative to where they ran the command). */
  path: string;
  /** Decoded text; a BOM, if any, is kept as a leading U+FEFF. */
  text: string;
  sha256: string;
}

export interface ParseOptions {
  now: Date;
  /** Warnings found before parsing (unreadable files), carried into the roadmap. */
  warnings?: Warning[];
  /** Every note of the workspace is among `files`: a correction for a note not read is orphaned. */
  allFiles?: boolean;
  /** The person's corrections (`waymark track` / `ignore`), by note path as `files` name them. */
  corrections?: readonly Correction[];
  /** Called after each file (files done, total files), for a progress bar at the edge. */
  onProgress?: (done: number, total: number) => void;
}

export function parseNotes(files: NoteFile[], opts: ParseOptions): Roadmap {
  const today = opts.now.toISOString().slice(0, 10);
  const byPath = correctionsByPath(opts.corrections ?? []);
  const reads: NoteRead[] = [];
  for (const file of files) {
    reads.push(readOne(file, today, byPath.get(file.path)));
    opts.onProgress?.(reads.length, files.length);
  }
  return assemble(reads, opts);
}

/** A file's corrections, with their numbers in the whole list (1-based, as `waymark corrections` shows them). */
export interface FileCorrections {
  list: Correction[];
  numbers: number[];
}

/** The corrections by the note they are for. */
export function correctionsByPath(all: readonly Correction[]): Map<string, FileCorrections> {
  const out = new Map<string, FileCorrections>();
  all.forEach((c, n) => {
    const e = out.get(c.path) ?? { list: [], numbers: [] };
    e.list.push(c);
    e.numbers.push(n + 1);
    out.set(c.path, e);
  });
  return out;
}

/**
 * One note read on its own: all of `parseNotes` that depends on this note alone (and the
 * day, and its corrections). Plain data, so the read cache in .waymark/ can keep it and a
 * worker thread can hand it back; `assemble` does the steps across notes.
 */
export interface NoteRead {
  path: string;
  sha256: string;
  /** Its items, in line order: ids made, parents as ids, block hours shared. */
  drafts: Draft[];
  /** Each draft's normalised title (its id, duplicates and dependencies are found by it). */
  norms: string[];
  /**
   * Each draft's resource key as read (resourceKeysOf: 0 when the normalised title), or none
   * (worked out when asked for).
   */
  rkeys?: (string | 0)[];
  warnings: Warning[];
  /** The lines the budget may read, in order: [line number, text, role]. */
  budgetLines: [number, string, LineRole][];
}

/** Reads one note: the per-note part of `parseNotes`. `today` is YYYY-MM-DD. */
export function readOne(file: NoteFile, today: string, corrections?: FileCorrections): NoteRead {
  const warnings: Warning[] = [];
  const res = readNote(file.path, file.text, today);
  if (corrections) {
    applyCorrections(res, corrections.list, { path: file.path, org: /\.org$/i.test(file.path), today, numbers: corrections.numbers }, warnings);
  }
  const lines = res.lines;
  const drafts = res.drafts;
  const budgetLines: [number, string, LineRole][] = [];
  // A task's line, a table row, an item's line with its own due date and the planning
  // lines under an entry ("DEADLINE: <2027-02-01>") speak for their item, and an item's own estimate for the item, not for the budget. Drafts
  // come in line order.
  // Only the lines the budget may read are kept (most lines are not).
  for (let i = 0, k = 0; i < lines.length; i++) {
    const ln = lines[i]!;
    if (!budgetMayRead(ln.text)) continue;
    while (k < drafts.length && drafts[k]!.source.line < ln.no) k++;
    const d = k < drafts.length && drafts[k]!.source.line === ln.no ? drafts[k]! : null;
    const role = ln.shape.t === 'table' || d?.explicitStatus || d?.dates.due || ((ln.shape.t === 'text' || ln.shape.t === 'orgMeta') && PLANNING_RE.test(ln.text)) ? 'task' : d?.estimate?.basis === 'explicit' ? 'estimated' : 'text';
    budgetLines.push([ln.no, ln.text, role]);
  }
  distributeBlockHours(drafts, res.blocks);
  const keys = new Array<string>(drafts.length);
  for (let i = 0; i < drafts.length; i++) keys[i] = normalizeForId(drafts[i]!.title);
  const ids = idsOfKeys(file.path, keys);
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    d.id = ids[i]!;
    // Parents were indices into the file's drafts while reading; make them ids.
    if (d.parent !== null) d.parent = ids[Number(d.parent)]!;
  }
  for (let i = 0; i < res.warnings.length; i++) warnings.push(res.warnings[i]!);
  return { path: file.path, sha256: file.sha256, drafts, norms: keys, rkeys: resourceKeysOf(drafts, keys), warnings, budgetLines };
}

/** The steps across notes, on notes read one by one (in the order `parseNotes` would read them). */
export function assemble(reads: readonly NoteRead[], opts: ParseOptions): Roadmap {
  return assembleAll(reads, opts, false).roadmap;
}

/** assemble, with what patchAssembled (patch.ts) needs to patch the roadmap for a note changed. */
export function assembleKeeping(reads: readonly NoteRead[], opts: ParseOptions): { roadmap: Roadmap; basis: PatchBasis } {
  const { roadmap, basis } = assembleAll(reads, opts, true);
  return { roadmap, basis: basis! };
}

function assembleAll(reads: readonly NoteRead[], opts: ParseOptions, keep: boolean): { roadmap: Roadmap; basis: PatchBasis | null } {
  const warnings: Warning[] = opts.warnings ? opts.warnings.slice() : [];
  const all: Draft[] = [];
  const sources: SourceFile[] = [];
  const budget = new BudgetFinder(opts.now);
  // Each item's normalised title, by index into `all`: its id is made from it, and
  // duplicates and dependencies are found by it.
  const norms: string[] = [];
  // Their resource keys as the readings keep them (null: worked out when asked for).
  const asRead: (string | null)[] = [];
  for (const r of reads) {
    for (const [no, text, role] of r.budgetLines) budget.line(r.path, no, text, role);
    const rk = r.rkeys?.length === r.drafts.length ? r.rkeys : null;
    for (let i = 0; i < r.drafts.length; i++) {
      all.push(r.drafts[i]!);
      norms.push(r.norms[i]!);
      const k = rk ? rk[i] : null;
      asRead.push(k === 0 ? r.norms[i]! : k ?? null);
    }
    for (let i = 0; i < r.warnings.length; i++) warnings.push(r.warnings[i]!);
    sources.push({ path: r.path, sha256: r.sha256, items: r.drafts.length });
  }
  // A correction whose note is not among those read (renamed, deleted, or outside the paths given).
  if (opts.allFiles) {
    const read = new Set(reads.map((r) => r.path));
    for (const [path, e] of correctionsByPath(opts.corrections ?? [])) {
      if (read.has(path)) continue;
      warnings.push({ path, line: null, code: 'correction-orphaned', message: `${e.list.length === 1 ? `correction ${e.numbers[0]}` : `corrections ${e.numbers.join(', ')}`}: the note ${path} is not there any more; not applied` });
    }
  }
  rollUpChildren(all);
  const allKeys = new DraftKeys(all, norms, undefined, asRead);
  // (Taken before any step changes an item: the keys, titles and links as read.)
  const tokens = keep ? countTokens(all, allKeys) : null;
  const names = keep ? [...new Set(all.flatMap((d) => d.prereqNames))] : null;
  const removed = mergeDuplicates(all, allKeys);
  let kept = all;
  let keptKeys = allKeys;
  if (removed.size > 0) {
    // Children of a merged-away duplicate now belong to the item it merged into.
    const movedIds = new Map<string, string>();
    for (const [from, to] of removed) movedIds.set(all[from]!.id, all[to]!.id);
    kept = [];
    for (let i = 0; i < all.length; i++) if (!removed.has(i)) kept.push(all[i]!);
    for (const d of kept) {
      if (d.parent === null) continue;
      const moved = movedIds.get(d.parent);
      if (moved !== undefined) d.parent = moved;
    }
    keptKeys = allKeys.without(removed, kept);
  }
  resolveDependencies(kept, warnings, keptKeys);
  const items: Item[] = [];
  const counts = new Map<string, number>();
  for (let i = 0; i < kept.length; i++) {
    const d = kept[i]!;
    let logged = 0;
    for (const e of d.logged) logged += e.date === null ? e.hours : 0;
    d.spentHours = round2(d.spentHours + logged);
    const it = toItem(d);
    items.push(it);
    counts.set(it.source.path, (counts.get(it.source.path) ?? 0) + 1);
  }
  for (const s of sources) s.items = counts.get(s.path) ?? 0;
  const roadmap: Roadmap = {
    schema: SCHEMA,
    generatedAt: opts.now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    sources,
    budget: budget.result(),
    items,
    warnings,
  };
  if (!tokens || !names) return { roadmap, basis: null };
  const moved: [string, string][] = [];
  for (const [from, to] of removed) moved.push([all[from]!.id, all[to]!.id]);
  return {
    roadmap,
    basis: {
      paths: reads.map((r) => r.path), shas: reads.map((r) => r.sha256), lead: opts.warnings?.length ?? 0, warns: reads.map((r) => r.warnings.length),
      budgetLines: reads.map((r) => r.budgetLines), ...tokenTable(tokens), moved, names,
    },
  };
}

/** How many items have each token (patch.ts), items as read. */
function countTokens(all: readonly Draft[], keys: DraftKeys): Map<number, number> {
  const out = new Map<number, number>();
  for (let i = 0; i < all.length; i++) {
    const d = all[i]!;
    for (const h of draftTokens(d, keyedForMerge(d) ? keys.rkey(i) : '')) out.set(h, (out.get(h) ?? 0) + 1);
  }
  return out;
}

/**
 * "Morning (3 hours)" shared by the activities under it: each gets an equal part,
 * unless the block is split into sub-blocks with hours of their own. Outputs
 * (deliverables, milestones) take no part of a block's hours.
 */
function distributeBlockHours(drafts: Draft[], blocks: Block[]): void {
  for (const b of blocks) {
    if (b.hasSubBlocks) continue;
    const acts = b.items.filter((i) => {
      const d = drafts[i]!;
      return d.kind !== 'deliverable' && d.kind !== 'milestone' && d.kind !== 'question' && d.parent === null;
    });
    const free = acts.filter((i) => !drafts[i]!.estimate);
    const taken = acts.reduce((s, i) => s + (drafts[i]!.estimate?.hours ?? 0), 0);
    const left = b.hours - taken;
    if (free.length === 0 || left <= 0) continue;
    for (const i of free) drafts[i]!.estimate = { hours: round2(left / free.length), basis: 'derived' };
  }
}

function rollUpChildren(all: Draft[]): void {
  for (const d of all) rollUp(d);
}

function resolveDependencies(items: Draft[], warnings: Warning[], keys: DraftKeys): void {
  const byTaskId = new Map<string, Draft>();
  const names = new Set<string>();
  for (const d of items) {
    if (d.taskId) byTaskId.set(d.taskId, d);
    for (const name of d.prereqNames) names.add(name);
  }
  const index = names.size > 0 ? new TitleIndex(items, keys, names) : null;
  for (const d of items) {
    // Most items wait for nothing: no list to build.
    if (d.blockedBy.length === 0 && d.prereqNames.length === 0) {
      if (d.dependsOn.length > 0) d.dependsOn = [];
      continue;
    }
    const deps: string[] = [];
    for (const ref of d.blockedBy) {
      const target = byTaskId.get(ref);
      if (target && target !== d) {
        if (!deps.includes(target.id)) deps.push(target.id);
      } else {
        warnings.push({ path: d.source.path, line: d.source.line, code: 'unknown-dependency', message: `"${d.title}" waits for id "${ref}", which no item has` });
      }
    }
    for (const name of d.prereqNames) {
      const target = index?.find(name);
      if (target && target !== d && !deps.includes(target.id)) deps.push(target.id);
    }
    d.dependsOn = deps;
  }
}

/**
 * Finds an item by a name written in the notes: exact title, resource name, the short
 * name a title gives itself ("… (DDIA)"), or a unique prefix. A name finds the first item whose normalised title or resource key is the
 * name's; failing that, the one item (if only one) with such a key starting with it.
 *
 * Notes name few things (a vault of 85k items names 21), so only the keys those names
 * can look up are indexed, rather than every item's two keys.
 */
class TitleIndex {
  /** Wanted key → the first item that has it. */
  private readonly owners = new Map<string, Draft>();
  /** Short names items give themselves ("… (DDIA)") → the first such item; asked after titles and keys. */
  private readonly aliasOwners = new Map<string, Draft>();
  private readonly answers = new Map<string, Draft | undefined>();
  /** Names as keys, for prefix searches ("Raft" → "Raft: In Search of …"). */
  private readonly prefixes = new Set<string>();
  private byPrefix: Map<string, Draft | typeof AMBIGUOUS> | null = null;
  private byDigits: Map<string, number[]> | null = null;

  constructor(private readonly items: Draft[], private readonly keys: DraftKeys, names: Iterable<string>) {
    const wanted = new Set<string>();
    for (const name of names) {
      const key = normalizeForId(name);
      wanted.add(key);
      wanted.add(resourceKey(name));
      if (key.length >= 3) this.prefixes.add(key);
    }
    for (let i = 0; i < items.length; i++) {
      const k = keys.norm(i);
      if (wanted.has(k) && !this.owners.has(k)) this.owners.set(k, items[i]!);
      const r = keys.rkey(i);
      if (r && wanted.has(r) && !this.owners.has(r)) this.owners.set(r, items[i]!);
      for (const a of aliasesOf(items[i]!.title)) if (wanted.has(a) && !this.aliasOwners.has(a)) this.aliasOwners.set(a, items[i]!);
    }
  }

  find(name: string): Draft | undefined {
    if (this.answers.has(name)) return this.answers.get(name);
    const key = normalizeForId(name);
    const hit = this.owners.get(key) ?? this.owners.get(resourceKey(name)) ?? this.aliasOwners.get(key);
    // "Raft" → "Raft: In Search of …", when exactly one item starts so.
    const found = (hit || key.length < 3 ? hit : this.uniquePrefix(key)) ?? this.byCode(name);
    this.answers.set(name, found);
    return found;
  }

  /**
   * "after 6.824", "needs CS61A": a course's number alone names the one item whose title holds
   * it as a word ("MIT 6.824 Distributed Systems"); undefined if none or several do.
   */
  private byCode(name: string): Draft | undefined {
    const code = name.trim();
    if (code.length > 12 || !/\d/.test(code) || !/^[A-Za-z]{0,5}[ -]?\d[\w.-]*$/.test(code)) return undefined;
    const re = new RegExp(`(?<![\\w.])${code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w]|\\.\\d)`, 'i');
    let owner: Draft | undefined;
    // Only the titles holding the code's first run of digits as a run of their own can hold the
    // code as a word (it is neither preceded nor followed by a digit there).
    for (const i of this.digitRuns().get(firstDigitRun(code)) ?? []) {
      const d = this.items[i]!;
      if (!re.test(d.title)) continue;
      if (owner && owner !== d) return undefined;
      owner = d;
    }
    return owner;
  }

  /**
   * The items by each run of ASCII digits their titles hold ("MIT 6.824" → "6", "824"), in
   * order, each item once a run: made on the first course number asked for, so each number is
   * looked for in the few titles that may hold it rather than all of them.
   */
  private digitRuns(): Map<string, number[]> {
    if (this.byDigits) return this.byDigits;
    const out = new Map<string, number[]>();
    for (let i = 0; i < this.items.length; i++) {
      const t = this.items[i]!.title;
      for (let a = 0; a < t.length; a++) {
        if (!isDigit(t.charCodeAt(a))) continue;
        let b = a + 1;
        while (b < t.length && isDigit(t.charCodeAt(b))) b++;
        const run = t.slice(a, b);
        const list = out.get(run);
        if (!list) out.set(run, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
        a = b;
      }
    }
    return (this.byDigits = out);
  }

  /** The only item owning a key that starts with `prefix`; undefined if none or several. */
  private uniquePrefix(prefix: string): Draft | undefined {
    const owner = this.prefixOwners().get(prefix);
    return owner === AMBIGUOUS ? undefined : owner;
  }

  /**
   * For every name that may need a prefix search, the one item owning keys that start
   * with it (or AMBIGUOUS), found in one pass over the keys: each key is checked only
   * against the names sharing its first three characters. Keys are owned by the first
   * item to show them, title key before resource key.
   */
  private prefixOwners(): Map<string, Draft | typeof AMBIGUOUS> {
    if (this.byPrefix) return this.byPrefix;
    const out = new Map<string, Draft | typeof AMBIGUOUS>();
    const byHead = new Map<string, string[]>();
    for (const p of this.prefixes) {
      const head = p.slice(0, 3);
      const list = byHead.get(head);
      if (list) list.push(p); else byHead.set(head, [p]);
    }
    const seen = new Set<string>();
    const visit = (k: string, d: Draft): void => {
      const candidates = k.length >= 3 ? byHead.get(k.slice(0, 3)) : undefined;
      if (!candidates || seen.has(k)) return;
      seen.add(k);
      for (const p of candidates) {
        if (!k.startsWith(p)) continue;
        const had = out.get(p);
        if (had === undefined) out.set(p, d);
        else if (had !== d) out.set(p, AMBIGUOUS);
      }
    };
    for (let i = 0; i < this.items.length; i++) {
      visit(this.keys.norm(i), this.items[i]!);
      const r = this.keys.rkey(i);
      if (r) visit(r, this.items[i]!);
    }
    return (this.byPrefix = out);
  }
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** The first run of ASCII digits in `s` ("CS 61A" → "61"); `s` holds one. */
function firstDigitRun(s: string): string {
  let a = 0;
  while (!isDigit(s.charCodeAt(a))) a++;
  let b = a + 1;
  while (b < s.length && isDigit(s.charCodeAt(b))) b++;
  return s.slice(a, b);
}

/** Several items own keys with the same prefix. */
const AMBIGUOUS = Symbol('ambiguous');

export type { Draft };
export { patchAssembled, type PatchBasis } from './patch.js';
export { anchorAt, anchorKey, locate, type Anchor, type Correction } from './corrections.js';
export { explainLine, type Explanation, type FieldSource } from './explain.js';
