// What never leaves the notes: files matched by the config's exclude globs, files, sections
// and items tagged #private (org: :private:), and everything nested under them.
import type { Item } from '../model/types.js';
import type { LeftOut, SiteNote } from './types.js';

const PRIVATE_TAG = /(?:^|\s)#private\b/i;
const ORG_PRIVATE = /\s:(?:[\w@]+:)*private:(?:[\w@]+:)*\s*$/i;
const HEADING = /^(#{1,6})\s|^(\*+)\s/;

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

/** Lines (1-based, inclusive) covered by headings tagged private. */
export function privateRanges(text: string): Array<{ from: number; to: number; line: number; title: string }> {
  const lines = text.split(/\r?\n/);
  const out: Array<{ from: number; to: number; line: number; title: string }> = [];
  const open: Array<{ level: number; line: number; title: string }> = [];
  let fence = false;
  const close = (level: number, before: number): void => {
    while (open.length && open[open.length - 1]!.level >= level) {
      const o = open.pop()!;
      out.push({ from: o.line, to: before, line: o.line, title: o.title });
    }
  };
  lines.forEach((text, i) => {
    if (/^\s*(```|~~~)/.test(text)) fence = !fence;
    if (fence) return;
    const m = HEADING.exec(text);
    if (!m) return;
    const level = (m[1] ?? m[2]!).length;
    close(level, i);
    if (PRIVATE_TAG.test(text) || (m[2] && ORG_PRIVATE.test(text))) {
      open.push({ level, line: i + 1, title: text.replace(HEADING, '').replace(PRIVATE_TAG, ' ').replace(ORG_PRIVATE, '').trim() });
    }
  });
  close(0, lines.length);
  return out.sort((a, b) => a.from - b.from);
}

/**
 * A file is private when its front matter says so (`private: true`, or `private` among its
 * tags), or a line of only tags before its first heading carries #private (`#+filetags: :private:` in org).
 */
export function fileIsPrivate(text: string): boolean {
  const lines = text.split(/\r?\n/);
  let i = 0;
  if (lines[0]?.trim() === '---') {
    for (i = 1; i < lines.length && lines[i]!.trim() !== '---'; i++) {
      const l = lines[i]!;
      if (/^private:\s*(true|yes)\s*$/i.test(l)) return true;
      if (/^tags:.*\bprivate\b/i.test(l) || /^\s*-\s*#?private\s*$/i.test(l)) return true;
    }
    i++;
  }
  for (; i < lines.length; i++) {
    const l = lines[i]!.trim();
    if (HEADING.test(lines[i]!) || /^([-*+]|\d+[.)])\s/.test(l)) return false;
    if (/^#\+filetags:.*:private:/i.test(l)) return true;
    if (/^(tags:\s*)?(#[\w/-]+\s*)+$/i.test(l) && PRIVATE_TAG.test(l)) return true;
  }
  return false;
}

export interface PublicItems {
  items: Item[];
  leftOut: LeftOut[];
  /** Roadmap paths of files not published at all. */
  hiddenFiles: Set<string>;
}

/** Splits the items into what may be published and a list of what was left out and why. */
export function publicItems(items: Item[], notes: SiteNote[], exclude: string[] = []): PublicItems {
  const globs = exclude.map((g) => ({ g, re: globToRegExp(g) }));
  const leftOut: LeftOut[] = [];
  const hiddenFiles = new Set<string>();
  const ranges = new Map<string, ReturnType<typeof privateRanges>>();
  const countIn = (path: string): number => items.filter((i) => i.source.path === path).length;
  for (const n of notes) {
    const glob = globs.find(({ re }) => re.test(n.rel));
    const reason = glob ? `matches "${glob.g}" in site.exclude` : fileIsPrivate(n.text) ? 'file tagged #private' : null;
    if (reason) {
      hiddenFiles.add(n.path);
      leftOut.push({ what: 'file', path: n.path, line: null, title: n.rel, reason, items: countIn(n.path) });
    } else ranges.set(n.path, privateRanges(n.text));
  }
  const byId = new Map(items.map((i) => [i.id, i]));
  const hidden = new Set<string>();
  const sectionCounts = new Map<string, { r: ReturnType<typeof privateRanges>[number]; path: string; n: number }>();
  const isTagged = (i: Item): boolean => i.tags.some((t) => t.toLowerCase() === 'private');
  const privateAncestor = (i: Item): Item | null => {
    for (let p = i.parent ? byId.get(i.parent) : undefined; p; p = p.parent ? byId.get(p.parent) : undefined) {
      if (isTagged(p)) return p;
    }
    return null;
  };
  for (const item of items) {
    const path = item.source.path;
    if (hiddenFiles.has(path)) {
      hidden.add(item.id);
      continue;
    }
    const range = (ranges.get(path) ?? []).find((r) => item.source.line >= r.from && item.source.line <= r.to);
    if (range) {
      hidden.add(item.id);
      const key = `${path}:${range.line}`;
      const s = sectionCounts.get(key) ?? { r: range, path, n: 0 };
      s.n++;
      sectionCounts.set(key, s);
    } else if (isTagged(item)) {
      hidden.add(item.id);
      const nested = items.filter((i) => privateAncestor(i) === item).length;
      leftOut.push({ what: 'item', path, line: item.source.line, title: item.title, reason: 'tagged #private', items: 1 + nested });
    } else if (privateAncestor(item)) hidden.add(item.id);
  }
  for (const { r, path, n } of sectionCounts.values()) {
    leftOut.push({ what: 'section', path, line: r.line, title: r.title, reason: 'section tagged #private', items: n });
  }
  leftOut.sort((a, b) => (a.path !== b.path ? (a.path < b.path ? -1 : 1) : (a.line ?? 0) - (b.line ?? 0)));
  return { items: items.filter((i) => !hidden.has(i.id)), leftOut, hiddenFiles };
}

/** The text with private sections cut out (for the about page). */
export function withoutPrivateSections(text: string): string {
  const lines = text.split(/\r?\n/);
  const drop = new Set<number>();
  for (const r of privateRanges(text)) for (let n = r.from; n <= r.to; n++) drop.add(n);
  return lines.filter((_, i) => !drop.has(i + 1) && !PRIVATE_TAG.test(lines[i]!)).join('\n');
}
