// Reference-style links: "[Crafting Interpreters][ci]" on an entry's line and "[ci]: https://…"
// anywhere in the note (most often gathered at its end). The definitions are read after the
// walk, so an entry gets its link whether its definition comes before or after it.
import type { Walker } from './walker.js';
import { kindOfLinks } from '../classify.js';

/** "[label]: https://…" or "[label]: <url> "title"": a definition (not a footnote's "[^1]:"). */
const DEFINITION_RE = /^\s{0,3}\[([^\]^][^\]]{0,199})\]:[ \t]*<?([^\s<>]+)>?/;
/** "[text][label]" and "[label][]". */
const FULL_RE = /\[((?:[^[\]]|\[[^[\]]{0,200}\]){1,300})\]\[([^[\]]{0,200})\]/g;
/** "[label]" alone: a shortcut reference, when the note defines it. */
const SHORTCUT_RE = /(?<![\]\\!])\[([^[\]]{2,200})\](?![[(:])/g;

/** A label as definitions match it: case and runs of white space do not matter. */
function labelKey(s: string): string {
  return s.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The note's link definitions by label; null when it has none. */
export function linkDefinitions(lines: readonly { text: string }[]): Map<string, string> | null {
  let defs: Map<string, string> | null = null;
  for (const ln of lines) {
    if (!ln.text.includes(']:')) continue;
    const m = DEFINITION_RE.exec(ln.text);
    if (!m) continue;
    const key = labelKey(m[1]!);
    defs ??= new Map();
    // The first definition of a label wins, as in CommonMark.
    if (!defs.has(key) && !m[2]!.startsWith('#')) defs.set(key, m[2]!);
  }
  return defs;
}

/** The addresses the references on one line stand for, in order. */
export function referencedLinks(text: string, defs: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  const add = (label: string): void => {
    const url = defs.get(labelKey(label));
    if (url !== undefined && !out.includes(url)) out.push(url);
  };
  // (A picture by reference, "![Completed][Completed]", shows something; it links nowhere.)
  if (text.includes('][')) for (const m of text.matchAll(FULL_RE)) if (text.charCodeAt(m.index - 1) !== 33 /* ! */) add(m[2] ? m[2] : m[1]!);
  for (const m of text.matchAll(SHORTCUT_RE)) add(m[1]!);
  return out;
}

/**
 * Gives each entry the links its line names by reference. An entry that had no link, and
 * whose kind nothing named (a topic), takes the kind its new link's site says.
 */
export function referenceLinks(w: Walker): void {
  const defs = linkDefinitions(w.lines);
  if (defs === null) return;
  for (const d of w.drafts) {
    const text = w.lines[d.source.line - 1]?.text;
    if (text === undefined || !text.includes('[')) continue;
    const links = referencedLinks(text, defs).filter((l) => !d.links.includes(l));
    if (links.length === 0) continue;
    const had = d.links.length;
    d.links.push(...links);
    if (had === 0 && d.kind === 'topic') d.kind = kindOfLinks(d.links) ?? d.kind;
  }
}
