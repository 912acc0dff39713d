// The kind model tried for issue 12: a small multinomial logistic model that weighs the
// evidence about an entry's kind — what the rules said, the section's and the file's name,
// the links' sites, the title's own cues, the line's shape, the parent's and the siblings'
// kinds — with weights fitted on the labelled `dev` notes (scripts/fit-kind.ts). It did not
// beat the rules on the `test` half, so the reader does not use it; `npm run fit-kind`
// re-runs the whole experiment when the labelled set grows.
import { KINDS, type Kind } from '../src/core/model/types.js';
import { kindOfLinks, kindOfTags, kindOfUnit, sectionKind, titleCues } from '../src/core/notes/classify.js';
import type { Draft } from '../src/core/notes/entry.js';
import type { ScannedLine } from '../src/core/notes/scan.js';

export interface KindModel {
  /** The kinds the model's weights are for, in the order of each weight vector. */
  classes: readonly string[];
  bias: readonly number[];
  /** Per feature, one weight per class. */
  weights: Readonly<Record<string, readonly number[]>>;
  /** How much surer (in probability) the model must be of another kind to overrule the rules. */
  margin: number;
}

/** What a file's name says its entries are ("books.md", "papers.org"). */
function fileWordsKind(path: string): Kind | null {
  const words = (path.split(/[\\/]/).pop() ?? '').replace(/\.[a-z]+$/i, '').replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[-_.]+/g, ' ');
  return sectionKind(words);
}

function indentBucket(cols: number): string {
  return cols === 0 ? 'indent:0' : cols < 8 ? 'indent:1' : 'indent:2+';
}

/**
 * Each draft's features, as names (every feature is 0 or 1). `drafts` are a note's, in line
 * order, with parents as indices (as the walker leaves them); `lines` the note's lines.
 */
export function kindFeatures(drafts: readonly Draft[], lines: readonly ScannedLine[], path: string): string[][] {
  const file = fileWordsKind(path);
  const format = /\.org$/i.test(path) ? 'org' : /\.txt$/i.test(path) ? 'txt' : 'md';
  // Siblings: entries under the same parent in the same section.
  const groups = new Map<string, number[]>();
  const children = new Array<number>(drafts.length).fill(0);
  drafts.forEach((d, i) => {
    if (d.parent !== null) children[Number(d.parent)] = (children[Number(d.parent)] ?? 0) + 1;
    const key = `${d.parent ?? ''}\u0000${d.path.join('\u0000')}`;
    const g = groups.get(key);
    if (g) g.push(i);
    else groups.set(key, [i]);
  });
  const sibling = new Array<string | null>(drafts.length).fill(null);
  for (const g of groups.values()) {
    if (g.length < 3) continue;
    for (const i of g) {
      const counts = new Map<string, number>();
      for (const j of g) if (j !== i) counts.set(drafts[j]!.kind, (counts.get(drafts[j]!.kind) ?? 0) + 1);
      let best: [string, number] | null = null;
      for (const [k, n] of counts) if (!best || n > best[1]) best = [k, n];
      if (best && best[1] / (g.length - 1) >= 0.6) sibling[i] = best[0];
    }
  }
  return drafts.map((d, i) => {
    const f: string[] = [];
    const rule = d.kind;
    f.push(`rule:${rule}`, `fmt:${format}`);
    let sec: Kind | null = null;
    let depth = 0;
    for (let k = d.path.length - 1; k >= 0 && !sec; k--, depth++) sec = sectionKind(d.path[k]!);
    const secName = sec ? (depth === 1 ? sec : `${sec}@up`) : 'none';
    f.push(`sec:${secName}`, `rule:${rule}&sec:${sec ?? 'none'}`);
    if (file) f.push(`file:${file}`);
    const site = d.links.length ? kindOfLinks(d.links) : null;
    f.push(`link:${d.links.length ? site ?? 'other' : 'none'}`, `rule:${rule}&link:${d.links.length ? site ?? 'other' : 'none'}`);
    const tag = kindOfTags(d.tags);
    if (tag) f.push(`tag:${tag}`);
    if (d.progress) f.push(`unit:${(d.progress.unit && kindOfUnit(d.progress.unit)) ?? 'other'}`);
    if (d.estimate?.basis === 'explicit') f.push('estimate');
    if (d.dates.due) f.push('due');
    const ln = lines[d.source.line - 1];
    const shape = ln?.shape;
    if (shape) {
      f.push(`shape:${shape.t}`, `rule:${rule}&shape:${shape.t}`);
      if (shape.t === 'list') {
        if (shape.check !== null) f.push('box');
        if (shape.ordered) f.push('ordered');
        f.push(indentBucket(ln.indent));
      }
    }
    f.push(d.parent === null ? 'parent:none' : `parent:${drafts[Number(d.parent)]?.kind ?? 'none'}`);
    if (children[i]) f.push('children');
    if (sibling[i]) f.push(`sib:${sibling[i]}`, `rule:${rule}&sib:${sibling[i] === rule ? 'same' : 'other'}`);
    for (const c of titleCues(d.title)) f.push(`t:${c}`);
    return f;
  });
}

/** Each class's probability for one entry's features. */
export function kindProbabilities(model: KindModel, features: readonly string[]): number[] {
  const z = model.bias.slice();
  for (const name of features) {
    const w = model.weights[name];
    if (!w) continue;
    for (let c = 0; c < z.length; c++) z[c]! += w[c]!;
  }
  let max = -Infinity;
  for (const v of z) if (v > max) max = v;
  let sum = 0;
  for (let c = 0; c < z.length; c++) sum += z[c] = Math.exp(z[c]! - max);
  for (let c = 0; c < z.length; c++) z[c]! /= sum;
  return z;
}

/** The kind the model settles on: the rules' own, unless another is more likely by more than the margin. */
export function decideKind(model: KindModel, rule: Kind, features: readonly string[]): Kind {
  const p = kindProbabilities(model, features);
  let best = 0;
  for (let c = 1; c < p.length; c++) if (p[c]! > p[best]!) best = c;
  const r = model.classes.indexOf(rule);
  const kind = model.classes[best] as Kind;
  if (kind === rule || !(KINDS as readonly string[]).includes(kind)) return rule;
  return p[best]! - (r >= 0 ? p[r]! : 0) > model.margin ? kind : rule;
}
