// Cards from a roadmap: one per finished chapter/lecture/… where progress counts units,
// one per finished item otherwise, and one per question line ("Is RL problem differentiable?").
import type { Item, Roadmap } from '../model/types.js';
import type { CardSpec } from './types.js';

/** Units too small or too vague to recall one by one: these items get one card for the whole. */
const WHOLE_ONLY_UNITS = new Set(['percent', 'page', 'problem', 'exercise', 'hour', 'minute', 'word', 'card', 'question', 'step']);
/** Above this many finished units an item gets one card: 120 videos are not 120 things to recall. */
export const MAX_UNIT_CARDS = 40;

/**
 * The review cards a roadmap yields, in source order.
 * @example cardsFromRoadmap(roadmap).filter((c) => c.kind === 'question')
 */
export function cardsFromRoadmap(roadmap: Pick<Roadmap, 'items'>): CardSpec[] {
  const out: CardSpec[] = [];
  for (const item of roadmap.items) out.push(...cardsFromItem(item));
  return out;
}

export function cardsFromItem(item: Item): CardSpec[] {
  if (item.status === 'skipped' || item.kind === 'skill') return [];
  if (item.kind === 'question') return [card(item, 'question', null, item.title)];
  const units = finishedUnits(item);
  if (units) {
    return Array.from({ length: units.count }, (_, i) => {
      const unit = { name: units.name, index: i + 1, total: units.total };
      const of = units.total !== null ? ` of ${units.total}` : '';
      return card(item, 'unit', unit, `${item.title} — ${unit.name} ${unit.index}${of}`);
    });
  }
  return item.status === 'done' ? [card(item, 'item', null, item.title)] : [];
}

/**
 * The keys of the cards an item yields, as cardsFromItem gives them (in order), pushed on `out`;
 * or, with `out` null, only how many there are. `waymark status` counts what is due from these
 * without making every card.
 */
export function cardKeysOf(item: Item, out: string[] | null): number {
  if (item.status === 'skipped' || item.kind === 'skill') return 0;
  const units = item.kind === 'question' ? null : finishedUnits(item);
  if (units) {
    if (out) for (let i = 1; i <= units.count; i++) out.push(`${item.id}#${units.name}-${i}`);
    return units.count;
  }
  if (item.kind !== 'question' && item.status !== 'done') return 0;
  out?.push(item.id);
  return 1;
}

/** How many units of an item are finished, when they are worth a card each. */
function finishedUnits(item: Item): { name: string; count: number; total: number | null } | null {
  const p = item.progress;
  if (!p || WHOLE_ONLY_UNITS.has(p.unit)) return null;
  const done = item.status === 'done' && p.total !== null ? p.total : Math.floor(p.done);
  // "Part 1" alone is a name, not a count: one unit is not worth splitting.
  if (done < 1 || (done === 1 && (p.total === null || p.total < 2)) || done > MAX_UNIT_CARDS) return null;
  return { name: p.unit, count: done, total: p.total };
}

function card(item: Item, kind: CardSpec['kind'], unit: CardSpec['unit'], prompt: string): CardSpec {
  return {
    key: unit ? `${item.id}#${unit.name}-${unit.index}` : item.id,
    itemId: item.id,
    kind,
    title: item.title,
    unit,
    prompt,
    section: item.path,
    source: item.source,
    links: item.links,
    finished: item.dates.done ?? null,
  };
}

/**
 * The person's own lines for a card: the item's lines and the lines indented under it
 * (its notes, links, answers), at most `max` lines. `line`/`endLine` are 1-based.
 */
export function noteExcerpt(lines: readonly string[], source: { line: number; endLine: number }, max = 12): { from: number; lines: string[] } {
  const start = Math.max(1, source.line);
  const title = lines[start - 1] ?? '';
  const base = indentOf(title);
  let end = Math.max(start, Math.min(source.endLine, lines.length));
  for (let n = end + 1; n <= lines.length; n++) {
    const text = lines[n - 1]!;
    if (text.trim() === '') {
      // A blank line belongs to the item only when the next non-blank one is still indented under it.
      const next = lines.slice(n).find((l) => l.trim() !== '');
      if (next === undefined || indentOf(next) <= base) break;
      continue;
    }
    if (indentOf(text) <= base || /^\s*(#{1,6}\s|\*+\s)/.test(text) && indentOf(text) === 0) break;
    end = n;
  }
  const picked = lines.slice(start - 1, Math.min(end, start - 1 + max)).map((l) => l.replace(/\s+$/, ''));
  return { from: start, lines: picked };
}

function indentOf(line: string): number {
  let n = 0;
  for (const ch of line) {
    if (ch === ' ') n += 1;
    else if (ch === '\t') n += 4;
    else break;
  }
  return n;
}
