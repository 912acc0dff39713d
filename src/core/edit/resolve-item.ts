// Finds the item a person means by an id or a few words of its title.
import type { Item } from '../model/types.js';

export type ItemMatch =
  | { kind: 'one'; item: Item }
  | { kind: 'many'; items: Item[] }
  | { kind: 'none' };

/** Lower-case, accent-free words, the way item references are matched. */
export function searchWords(s: string): string[] {
  return words(s);
}

function words(s: string): string[] {
  return s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/[^\p{L}\p{N}+#]+/u).filter(Boolean);
}

const ASCII = /^[\x00-\x7f]*$/;

/** False only when some query word is in neither the title nor the path of an all-ASCII item. */
function mayMatch(item: Item, qw: readonly string[]): boolean {
  const title = item.title.toLowerCase();
  if (!ASCII.test(title)) return true;
  let path: string | null = null;
  for (const w of qw) {
    if (title.includes(w)) continue;
    path ??= item.path.join(' ').toLowerCase();
    if (!ASCII.test(path)) return true;
    if (!path.includes(w)) return false;
  }
  return true;
}

/**
 * An exact id (or an id prefix of 4+ characters) wins; otherwise every word of the query
 * must appear in the title (or the section path). A title equal to the query wins over
 * titles that merely contain it. Candidates come back best first.
 */
export function resolveItem(items: readonly Item[], query: string): ItemMatch {
  const q = query.trim();
  if (!q) return { kind: 'none' };
  const byId = items.find((i) => i.id === q);
  if (byId) return { kind: 'one', item: byId };
  if (q.length >= 4 && !/\s/.test(q)) {
    const prefixed = items.filter((i) => i.id.startsWith(q));
    if (prefixed.length === 1) return { kind: 'one', item: prefixed[0]! };
  }
  const qw = words(q);
  if (qw.length === 0) return { kind: 'none' };
  const scored: { item: Item; score: number }[] = [];
  const ql = q.toLowerCase();
  // Every query word must stand in the title or the path, so an ASCII item whose lower-case
  // text lacks one cannot match: skip it before splitting its words (a big note has 60,000).
  const asciiQuery = /^[\x00-\x7f]*$/.test(q);
  for (const item of items) {
    if (asciiQuery && !mayMatch(item, qw)) continue;
    const tw = words(item.title);
    const title = item.title.toLowerCase();
    let score: number;
    if (title === ql) score = 0;
    else if (qw.every((w) => tw.includes(w))) score = 1 + (tw.length - qw.length) / 100;
    else if (qw.every((w) => tw.some((t) => t.startsWith(w)))) score = 2 + (tw.length - qw.length) / 100;
    else if (qw.every((w) => words([...item.path, item.title].join(' ')).some((t) => t.startsWith(w)))) score = 3;
    else continue;
    scored.push({ item, score });
  }
  if (scored.length === 0) return { kind: 'none' };
  scored.sort((a, b) => a.score - b.score || a.item.source.path.localeCompare(b.item.source.path) || a.item.source.line - b.item.source.line);
  const best = scored[0]!;
  const tied = scored.filter((s) => Math.floor(s.score) === Math.floor(best.score));
  if (best.score === 0 && (scored[1]?.score ?? 1) > 0) return { kind: 'one', item: best.item };
  if (tied.length === 1) return { kind: 'one', item: best.item };
  // List the candidates of the best kind of match only: titles before section paths.
  return { kind: 'many', items: tied.map((s) => s.item) };
}
