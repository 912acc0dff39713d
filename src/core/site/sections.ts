// Groups published items into sections (a page each) and works out progress: per file the
// shared top heading is dropped, the next heading is the section, deeper ones group within it.
import { isWork, tally } from '../metrics/tracks.js';
import type { Item } from '../model/types.js';
import { progressFraction, type Work } from '../plan/index.js';

export interface ItemNode {
  item: Item;
  children: ItemNode[];
}

export interface Group {
  /** Headings below the section's, joined for display; '' for items right under it. */
  trail: string;
  nodes: ItemNode[];
}

export interface Section {
  title: string;
  slug: string;
  groups: Group[];
  /** Every item in the section, nested ones too. */
  items: Item[];
}

/** Kinds that are not work to count in progress: questions to ponder and skills named. */
const NOT_WORK = new Set(['question', 'skill']);

/** Fraction done of one item, or null when it does not count (skipped, not work). */
export function itemFraction(item: Item): number | null {
  if (item.status === 'skipped' || NOT_WORK.has(item.kind)) return null;
  if (item.status === 'done') return 1;
  return progressFraction(item) ?? 0;
}

/**
 * Progress over items, counted as every view counts (`tally`): items of work, weighted by
 * the hours each stands for. `work` is the planner's `resolveWork` over the whole roadmap.
 */
export function progressOf(items: Item[], work: ReadonlyMap<string, Work>): { fraction: number; done: number; doing: number; total: number; questions: number } {
  const t = tally(items, work, () => '').work;
  let doing = 0;
  let questions = 0;
  for (const it of items) {
    if (it.kind === 'question') questions++;
    if (it.status === 'doing' && isWork(it, work)) doing++;
  }
  const fraction = t.totalHours > 0 ? t.doneHours / t.totalHours : t.items > 0 ? t.done / t.items : 0;
  return { fraction, done: t.done, doing, total: t.items, questions };
}

export function slugify(s: string): string {
  const base = s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
  return base || 'section';
}

function fileTitle(path: string): string {
  const name = path.split('/').pop() ?? path;
  return name.replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' ').trim() || name;
}

/** Sections in order of first appearance; items keep source order within them. */
export function buildSections(items: Item[]): Section[] {
  const ids = new Set(items.map((i) => i.id));
  const children = new Map<string, Item[]>();
  const tops: Item[] = [];
  for (const it of items) {
    if (it.parent && ids.has(it.parent)) children.set(it.parent, [...(children.get(it.parent) ?? []), it]);
    else tops.push(it);
  }
  const node = (it: Item): ItemNode => ({ item: it, children: (children.get(it.id) ?? []).map(node) });
  const flatten = (n: ItemNode): Item[] => [n.item, ...n.children.flatMap(flatten)];

  // Per file: how many leading headings every item of the file shares.
  const prefix = new Map<string, string[]>();
  for (const it of tops) {
    const p = prefix.get(it.source.path);
    if (!p) prefix.set(it.source.path, [...it.path]);
    else {
      let k = 0;
      while (k < p.length && k < it.path.length && p[k] === it.path[k]) k++;
      p.length = k;
    }
  }
  const sections: Section[] = [];
  const byTitle = new Map<string, Section>();
  const slugs = new Set<string>();
  for (const it of tops) {
    const shared = prefix.get(it.source.path)!;
    const rest = it.path.slice(shared.length);
    const title = rest[0] ?? shared[shared.length - 1] ?? fileTitle(it.source.path);
    let s = byTitle.get(title);
    if (!s) {
      let slug = slugify(title);
      for (let n = 2; slugs.has(slug); n++) slug = `${slugify(title)}-${n}`;
      slugs.add(slug);
      s = { title, slug, groups: [], items: [] };
      byTitle.set(title, s);
      sections.push(s);
    }
    const trail = rest.slice(1).join(' › ');
    let g = s.groups.find((x) => x.trail === trail);
    if (!g) {
      g = { trail, nodes: [] };
      s.groups.push(g);
    }
    const n = node(it);
    g.nodes.push(n);
    s.items.push(...flatten(n));
  }
  return sections;
}
