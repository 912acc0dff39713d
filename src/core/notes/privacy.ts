// What never leaves the person's machine: files matched by exclude globs or marked private
// (front matter `private: true`, `#+filetags: :private:`), sections under a heading tagged
// #private (org: `:private:`) in any form the reader knows (ATX, setext, org, never inside a
// fence), items tagged #private and everything nested under them. Decided from the reader's
// own scan of each note; `publicItems` is the one function the site, its feed, `export
// --public` and anything else that publishes ask.
import type { Item, Roadmap } from '../model/types.js';
import { closesFence, formatOf, scan, type ScannedLine } from './scan.js';

/** A note as publishing sees it. */
export interface PublishedNote {
  /** The roadmap's path for it (item.source.path). */
  path: string;
  /** Relative to the workspace root, `/`-separated: what exclude globs match. */
  rel: string;
  text: string;
}

/** Something left out of what is published, for the person (never for the public). */
export interface LeftOut {
  what: 'file' | 'section' | 'item';
  path: string;
  line: number | null;
  title: string;
  reason: string;
  /** Items it held. */
  items: number;
}

/** A heading tagged private: its line, the last line it covers, and its words without the tag. */
export interface PrivateSection {
  from: number;
  to: number;
  line: number;
  title: string;
}

const PRIVATE_TAG = /(?:^|\s)#private\b/i;
const ORG_PRIVATE = /\s:(?:[\w@#%]+:)*private:(?:[\w@#%]+:)*\s*$/i;
const ORG_TAGS = /\s+:[\w@#%:]+:\s*$/;

/** The tag that keeps an item home; the reader gives it to entries under a private heading or label. */
export const PRIVATE = 'private';

/** Whether a heading's or label's words carry the private tag ("## Health #private", "* Work :private:"). */
export function saysPrivate(text: string): boolean {
  return PRIVATE_TAG.test(text) || ORG_PRIVATE.test(text);
}

/** Whether an item's tag keeps it private ("private", "private/health"). */
export function isPrivateTag(tag: string): boolean {
  return /^private(?:\/|$)/i.test(tag);
}

/** Matches a `/`-separated path against a glob: `**` any folders, `*` and `?` within one name. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  const g = glob.replace(/^\.\//, '');
  for (let i = 0; i < g.length; i++) {
    const ch = g[i]!;
    if (ch === '*' && g[i + 1] === '*') {
      i++;
      if (g[i + 1] === '/') {
        i++;
        re += '(?:.*/)?';
      } else re += '.*';
    } else if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else re += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  // A glob without a slash matches a file name in any folder, as .gitignore does.
  return new RegExp(g.includes('/') ? `^${re}$` : `(?:^|/)${re}$`);
}

/** Where a note's front matter ends (the index of its closing line), as the reader finds it; -1 when it has none. */
function frontMatterEnd(lines: readonly ScannedLine[]): number {
  if (lines[0]?.text !== '---') return -1;
  return lines.findIndex((l, j) => j > 0 && j < 200 && (l.text === '---' || l.text === '...'));
}

/** The headings of a note (ATX, setext, org), outside front matter and fences. */
function headings(lines: readonly ScannedLine[]): Array<{ no: number; level: number; text: string; org: boolean }> {
  const out: Array<{ no: number; level: number; text: string; org: boolean }> = [];
  let fence: string | null = null;
  for (let i = frontMatterEnd(lines) + 1; i < lines.length; i++) {
    const { shape, no } = lines[i]!;
    if (shape.t === 'fence') {
      if (fence === null) fence = shape.marker;
      else if (closesFence(fence, shape.marker, shape.lang)) fence = null;
      continue;
    }
    if (fence !== null) continue;
    if (shape.t === 'heading') out.push({ no, level: shape.level, text: shape.text, org: false });
    else if (shape.t === 'orgHeadline') out.push({ no, level: shape.level, text: shape.text, org: true });
  }
  return out;
}

/** The sections of a note under a heading tagged private, each to the next heading of its level or higher. */
export function privateSections(path: string, text: string, lines: readonly ScannedLine[] = scan(text, formatOf(path))): PrivateSection[] {
  const out: PrivateSection[] = [];
  const open: Array<{ level: number; line: number; title: string }> = [];
  const close = (level: number, last: number): void => {
    while (open.length && open[open.length - 1]!.level >= level) {
      const o = open.pop()!;
      out.push({ from: o.line, to: last, line: o.line, title: o.title });
    }
  };
  for (const h of headings(lines)) {
    close(h.level, h.no - 1);
    if (PRIVATE_TAG.test(h.text) || (h.org && ORG_PRIVATE.test(h.text))) {
      const title = h.text.replace(PRIVATE_TAG, ' ').replace(h.org ? ORG_TAGS : /$^/, '').replace(/\s+/g, ' ').trim();
      open.push({ level: h.level, line: h.no, title });
    }
  }
  close(0, lines.length);
  return out.sort((a, b) => a.from - b.from);
}

/**
 * A file is private when its front matter says so (`private: true`, or `private` among its
 * tags), or a line of only tags before its first heading or entry carries #private
 * (`#+filetags: :private:` in org).
 */
export function fileIsPrivate(path: string, text: string, lines: readonly ScannedLine[] = scan(text, formatOf(path))): boolean {
  const end = frontMatterEnd(lines);
  let tagList = false;
  for (let i = 1; i < end; i++) {
    const l = lines[i]!.text;
    if (/^private\s*:\s*['"]?(?:true|yes)['"]?\s*$/i.test(l)) return true;
    if (/^tags?\s*:/i.test(l)) {
      if (/[\s[,'"#]private['"]?\s*(?:[,\]]|$)/i.test(l.replace(/^tags?\s*:/i, ' '))) return true;
      tagList = true;
    } else if (tagList && /^\s*-\s*['"]?#?private['"]?\s*$/i.test(l)) return true;
    else if (!/^\s*-/.test(l)) tagList = false;
  }
  for (let i = end + 1; i < lines.length; i++) {
    const ln = lines[i]!;
    const t = ln.text.trim();
    if (ln.shape.t === 'heading' || ln.shape.t === 'orgHeadline' || ln.shape.t === 'list') return false;
    if (/^#\+filetags:.*:private:/i.test(t)) return true;
    if (/^(?:tags:\s*)?(?:#[\w/-]+\s*)+$/i.test(t) && PRIVATE_TAG.test(t)) return true;
  }
  return false;
}

export interface PublicItems {
  items: Item[];
  leftOut: LeftOut[];
  /** Roadmap paths of files not published at all. */
  hiddenFiles: Set<string>;
}

/**
 * What may be published of `items`, and what was left out and why. Every way out of the
 * machine asks this, and only this.
 */
export function publicItems(items: readonly Item[], notes: readonly PublishedNote[], exclude: readonly string[] = []): PublicItems {
  const globs = exclude.map((g) => ({ g, re: globToRegExp(g) }));
  const leftOut: LeftOut[] = [];
  const hiddenFiles = new Set<string>();
  const ranges = new Map<string, PrivateSection[]>();
  const known = new Set(notes.map((n) => n.path));
  const countIn = (path: string): number => items.filter((i) => i.source.path === path).length;
  for (const n of notes) {
    const lines = scan(n.text, formatOf(n.path));
    const glob = globs.find(({ re }) => re.test(n.rel));
    const reason = glob ? `matches "${glob.g}" in site.exclude` : fileIsPrivate(n.path, n.text, lines) ? 'file tagged #private' : null;
    if (reason) {
      hiddenFiles.add(n.path);
      leftOut.push({ what: 'file', path: n.path, line: null, title: n.rel, reason, items: countIn(n.path) });
    } else ranges.set(n.path, privateSections(n.path, n.text, lines));
  }
  const byId = new Map(items.map((i) => [i.id, i]));
  const hidden = new Set<string>();
  const sectionCounts = new Map<string, { r: PrivateSection; path: string; n: number }>();
  const isTagged = (i: Item): boolean => i.tags.some(isPrivateTag);
  const privateAncestor = (i: Item): Item | null => {
    for (let p = i.parent ? byId.get(i.parent) : undefined; p; p = p.parent ? byId.get(p.parent) : undefined) {
      if (isTagged(p) || hidden.has(p.id)) return p;
    }
    return null;
  };
  const sectionOf = (path: string, line: number) => (ranges.get(path) ?? []).find((r) => line >= r.from && line <= r.to);
  // Parents before children, so that a child of a hidden parent is hidden too.
  for (const item of [...items].sort((a, b) => depth(a, byId) - depth(b, byId))) {
    const path = item.source.path;
    // A note publishing was not shown is not known to be public: its items stay home.
    if (hiddenFiles.has(path) || !known.has(path)) {
      hidden.add(item.id);
      continue;
    }
    const range = sectionOf(path, item.source.line);
    if (range) {
      hidden.add(item.id);
      const key = `${path}:${range.line}`;
      const s = sectionCounts.get(key) ?? { r: range, path, n: 0 };
      s.n++;
      sectionCounts.set(key, s);
    } else if (isTagged(item)) {
      hidden.add(item.id);
      const nested = items.filter((i) => !sectionOf(i.source.path, i.source.line) && isBelow(i, item, byId)).length;
      leftOut.push({ what: 'item', path, line: item.source.line, title: item.title, reason: 'tagged #private', items: 1 + nested });
    } else if (privateAncestor(item)) hidden.add(item.id);
  }
  for (const { r, path, n } of sectionCounts.values()) {
    leftOut.push({ what: 'section', path, line: r.line, title: r.title, reason: 'section tagged #private', items: n });
  }
  leftOut.sort((a, b) => (a.path !== b.path ? (a.path < b.path ? -1 : 1) : (a.line ?? 0) - (b.line ?? 0)));
  return { items: items.filter((i) => !hidden.has(i.id)), leftOut, hiddenFiles };
}

function depth(i: Item, byId: ReadonlyMap<string, Item>): number {
  let d = 0;
  for (let p = i.parent ? byId.get(i.parent) : undefined; p && d < 100; p = p.parent ? byId.get(p.parent) : undefined) d++;
  return d;
}

function isBelow(i: Item, ancestor: Item, byId: ReadonlyMap<string, Item>): boolean {
  let d = 0;
  for (let p = i.parent ? byId.get(i.parent) : undefined; p && d < 100; p = p.parent ? byId.get(p.parent) : undefined, d++) {
    if (p === ancestor) return true;
  }
  return false;
}

/**
 * The roadmap as it may leave the machine (`export --public`): public items only, the files
 * that are published, no warnings (they quote the notes), no links to items left out.
 */
export function publicRoadmap(roadmap: Roadmap, notes: readonly PublishedNote[], exclude: readonly string[] = []): Roadmap {
  const { items, hiddenFiles } = publicItems(roadmap.items, notes, exclude);
  const shown = new Set(items.map((i) => i.id));
  const sections = new Map(notes.filter((n) => !hiddenFiles.has(n.path)).map((n) => [n.path, privateSections(n.path, n.text)]));
  const publicLine = (path: string, line: number) => sections.get(path)?.every((r) => line < r.from || line > r.to) ?? false;
  return {
    ...roadmap,
    sources: roadmap.sources.filter((s) => sections.has(s.path)),
    budget: roadmap.budget.source && !publicLine(roadmap.budget.source.path, roadmap.budget.source.line) ? { ...roadmap.budget, source: null } : roadmap.budget,
    items: items.map((i) => ({
      ...i,
      dependsOn: i.dependsOn.filter((d) => shown.has(d)),
      mentions: i.mentions.filter((m) => publicLine(m.path, m.line)),
    })),
    warnings: [],
  };
}

/** The text with private sections and #private lines cut out (for the about page). */
export function withoutPrivateSections(path: string, text: string): string {
  const lines = text.split(/\r?\n/);
  const drop = new Set<number>();
  for (const r of privateSections(path, text)) for (let n = r.from; n <= r.to; n++) drop.add(n);
  return lines.filter((_, i) => !drop.has(i + 1) && !PRIVATE_TAG.test(lines[i]!)).join('\n');
}
