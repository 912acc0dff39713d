// Duplicates: the same resource (book, course, paper, article, video, project) named
// in several places becomes one item with `mentions`. Scheduled work, tasks,
// deliverables and milestones are never merged.
import { distance } from 'fastest-levenshtein';
import type { Kind } from '../model/types.js';
import type { Draft } from './entry.js';
import { normalizeForId } from './ids.js';

const MERGEABLE: ReadonlySet<Kind> = new Set<Kind>(['book', 'course', 'paper', 'article', 'video', 'project', 'topic']);

/** The resource's name, comparable across spellings ("Designing_Data_lntensive_Applications.pdf"). */
export function resourceKey(title: string): string {
  let t = title
    .normalize('NFKC')
    .replace(/\.(?:pdf|epub|mobi|djvu|html?|md)\b/gi, ' ')
    .replace(/[_]+/g, ' ')
    .replace(/^(?:read|watch|study|finish|complete|take|do)\s*[:-]?\s+/i, '')
    .replace(/\((?:video|book|course|paper|pdf|article|optional|\d{4}|[^)]*edition)\)/gi, ' ');
  // "Title - Author" / "Title by Author": the title names the resource.
  t = t.replace(/\s+(?:-|–|—|by)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s*$/, '');
  return normalizeForId(t.replace(/[“”"'’`]/g, ''));
}

/** The key's own bucket first, then its neighbours by length. */
function fuzzyBuckets(k: string): string[] {
  const first = k.slice(0, k.indexOf(' ') > 0 ? Math.min(k.indexOf(' '), 6) : 6);
  const last = k.slice(k.lastIndexOf(' ') + 1);
  const len = Math.floor(k.length / 8);
  return [`${first}|${last}|${len}`, `${first}|${last}|${len - 1}`, `${first}|${last}|${len + 1}`];
}

/** The draft's resource key, computed once. */
export function rkeyOf(d: Draft): string {
  return (d.rkey ??= resourceKey(d.title));
}

/** The draft's normalised title, computed once. */
export function normOf(d: Draft): string {
  return (d.norm ??= normalizeForId(d.title));
}

function similar(a: string, b: string): boolean {
  if (a === b) return true;
  const len = Math.max(a.length, b.length);
  if (len < 12 || Math.abs(a.length - b.length) > len * 0.1 + 1) return false;
  return distance(a, b) <= Math.max(1, Math.floor(len * 0.06));
}

/**
 * Merges duplicates in place: the first occurrence keeps its place and gains the
 * others as mentions (with their links). Returns merged-away index → kept index.
 */
export function mergeDuplicates(drafts: Draft[]): Map<number, number> {
  const removed = new Map<number, number>();
  const byKey = new Map<string, number>();
  const keys: (string | null)[] = drafts.map((d) => {
    if (!MERGEABLE.has(d.kind) || d.scheduled) return null;
    // A topic merges only when it names the same thing exactly (a short word like
    // "linux" under two lists); resources merge across spellings.
    const k = rkeyOf(d);
    return k.length >= 3 ? k : null;
  });
  const buckets = new Map<string, number[]>();
  for (let i = 0; i < drafts.length; i++) {
    const k = keys[i];
    if (!k) continue;
    const exact = byKey.get(k);
    let target = exact;
    if (target === undefined && k.length >= 12) {
      // Near spellings share their first and last words and a similar length: only those
      // are compared, so a vault of thousands of "Hands-on: …" lines stays linear.
      for (const bk of fuzzyBuckets(k)) {
        target = buckets.get(bk)?.find((j) => similar(keys[j]!, k) && compatible(drafts[j]!, drafts[i]!));
        if (target !== undefined) break;
      }
    }
    if (target !== undefined && compatible(drafts[target]!, drafts[i]!) && !(drafts[target]!.children > 0 && drafts[i]!.children > 0)) {
      absorb(drafts[target]!, drafts[i]!);
      removed.set(i, target);
      continue;
    }
    byKey.set(k, i);
    if (k.length >= 12) {
      const own = fuzzyBuckets(k)[0]!;
      const b = buckets.get(own);
      if (b) b.push(i); else buckets.set(own, [i]);
    }
  }
  return removed;
}

function compatible(a: Draft, b: Draft): boolean {
  // A topic only merges with a topic of the same name; resources across kinds merge
  // when one of them is a generic topic mention.
  if (a.kind === 'topic' || b.kind === 'topic') return a.kind === b.kind && a.source.path === b.source.path;
  return a.kind === b.kind || a.kind === 'article' || b.kind === 'article';
}

function absorb(keep: Draft, dup: Draft): void {
  keep.mentions.push({ path: dup.source.path, line: dup.source.line }, ...dup.mentions);
  for (const l of dup.links) if (!keep.links.includes(l)) keep.links.push(l);
  for (const t of dup.tags) if (!keep.tags.includes(t)) keep.tags.push(t);
  const rank = { todo: 0, doing: 1, done: 2, skipped: -1 } as const;
  if (rank[dup.status] > rank[keep.status]) keep.status = dup.status;
  if (!keep.progress && dup.progress) { keep.progress = dup.progress; keep.progressLine = dup.progressLine; }
  if (!keep.estimate && dup.estimate) keep.estimate = dup.estimate;
  keep.optional = keep.optional && dup.optional;
  keep.children += dup.children;
  keep.doneChildren += dup.doneChildren;
}
