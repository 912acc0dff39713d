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
  for (const ln of w.lines) {
    if (ln.no <= firstOpen || ln.shape.t !== 'text' || taken[ln.no] || ln.text.length < 30) continue;
    const said = narratedStatus(ln.text);
    if (!said) continue;
    for (const sentence of sentences(ln.text)) {
      const s = narratedStatus(sentence.text);
      if (!s) continue;
      // (Else the one item the paragraph links to: "… la piste [Exercism Go](…). Pour l'instant, j'en suis au tout début".)
      const d = linkedItem(drafts, sentence.text) ?? namedItem(drafts, sentence.text.slice(s.end)) ?? (LINK_IN.test(sentence.text) ? null : linkedItem(drafts, ln.text));
      if (!d || d.explicitStatus || d.status !== 'todo' || d.source.line > ln.no) continue;
      d.status = s.status;
      w.note(ln.no, 'part', `where the item on line ${d.source.line} stands, told in prose ("${sentence.text.slice(s.index, s.end)}")`, d.source.line);
    }
  }
}

/** A paragraph's sentences (a period, "!" or "?" then a space and a capital or a link). */
function sentences(text: string): { text: string }[] {
  return text.split(/(?<=[.!?])\s+(?=[\p{Lu}[])/u).map((t) => ({ text: t }));
}

/** The one item a sentence links to: the same address, and the link's words its title when more than one has it. */
function linkedItem(drafts: readonly Draft[], sentence: string): Draft | null {
  let found: Draft | null = null;
  LINK_RE.lastIndex = 0;
  for (let m = LINK_RE.exec(sentence); m; m = LINK_RE.exec(sentence)) {
    const url = m[2]!;
    let same = drafts.filter((d) => d.links.includes(url));
    if (same.length > 1) same = same.filter((d) => d.title.toLowerCase() === m[1]!.toLowerCase());
    if (same.length !== 1) continue;
    if (found && found !== same[0]) return null; // two things told of at once
    found = same[0]!;
  }
  return found;
}

/** The one item two words of whose title stand in a row in `after` ("… l'idée du bot Discord"). */
function namedItem(drafts: readonly Draft[], after: string): Draft | null {
  const text = ` ${after.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const hits = drafts.filter((d) => {
    const words = d.title.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((x) => x.length >= 3);
    for (let i = 0; i + 1 < words.length; i++) if (text.includes(` ${words[i]} ${words[i + 1]} `)) return true;
    return false;
  });
  return hits.length === 1 ? hits[0]! : null;
}
