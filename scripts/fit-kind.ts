// `npm run fit-kind [-- --no-rule] [-- --margin M] [-- --l2 L] [-- --test]`: the kind-model
// experiment of issue 12 (scripts/kind-model.ts). Fits on the labelled `dev` notes only and
// prints a 5-fold cross-validation by note (rules alone against rules + model, at several
// margins; `--no-rule` leaves the rules' own answer out of the features). `--test` then fits
// on every dev note and measures rules and model on the `test` half, pooled only (kind
// right over entries matched by line) — the one comparison that decides whether the reader
// should use the model. It has not won so far (README, "How the reader decides").
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KINDS } from '../src/core/model/types.js';
import { kindFeatures, kindProbabilities, type KindModel } from './kind-model.js';
import { readNote } from '../src/core/notes/reader.js';
import { halfOf, notePath, type Gold } from '../test/notes/scoring.js';

const ROOT = join(import.meta.dirname, '..');
const DIR = join(ROOT, 'test', 'notes');
const args = process.argv.slice(2);
const opt = (name: string, dflt: number): number => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const L2 = opt('l2', 0.02);
const MARGIN = opt('margin', 0.2);
const EPOCHS = opt('epochs', 400);
const CLASSES: readonly string[] = KINDS;

/** One matched entry: its note, the rules' kind, its features and the kinds its gold accepts. */
interface Example {
  note: string;
  rule: string;
  features: string[];
  accept: number[];
}

function examples(half: 'dev' | 'test'): Example[] {
  const out: Example[] = [];
  for (const g of readdirSync(join(DIR, 'gold')).filter((f) => f.endsWith('.gold.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(DIR, 'gold', g), 'utf8')) as Gold;
    if (halfOf(gold.file) !== half) continue; // the test half is read only for --test's pooled figure
    const text = readFileSync(join(DIR, gold.file), 'utf8');
    const res = readNote(notePath(gold.file), text, '2026-12-01');
    const feats = kindFeatures(res.drafts, res.lines, notePath(gold.file));
    const used = new Set<number>();
    for (const item of gold.items) {
      if (!item.kinds?.length) continue;
      const lines = new Set(item.lines);
      let best = -1;
      res.drafts.forEach((d, i) => {
        if (used.has(i) || !lines.has(d.source.line)) return;
        if (best < 0 || d.source.line === item.lines[0]) best = i;
      });
      if (best < 0) continue;
      used.add(best);
      const accept = item.kinds.map((k) => CLASSES.indexOf(k)).filter((c) => c >= 0);
      const features = args.includes('--no-rule') ? feats[best]!.filter((f) => !f.startsWith('rule:')) : feats[best]!;
      if (accept.length) out.push({ note: gold.file, rule: res.drafts[best]!.kind, features, accept });
    }
  }
  return out;
}

/** Fits weights by full-batch Adam on −log P(an accepted kind) + L2. */
function fit(data: Example[]): KindModel {
  const names = [...new Set(data.flatMap((e) => e.features))].sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const K = CLASSES.length;
  const F = names.length + 1; // the last row is the bias
  const w = new Float64Array(F * K);
  const m = new Float64Array(F * K);
  const v = new Float64Array(F * K);
  const rows = data.map((e) => [...e.features.map((f) => index.get(f)!), F - 1]);
  const lr = 0.05;
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    const grad = new Float64Array(F * K);
    data.forEach((e, n) => {
      const z = new Float64Array(K);
      for (const f of rows[n]!) for (let c = 0; c < K; c++) z[c]! += w[f * K + c]!;
      let max = -Infinity;
      for (const x of z) max = Math.max(max, x);
      let sum = 0;
      for (let c = 0; c < K; c++) sum += z[c] = Math.exp(z[c]! - max);
      for (let c = 0; c < K; c++) z[c]! /= sum;
      let acc = 0;
      for (const c of e.accept) acc += z[c]!;
      // d(−log Σ_accepted p)/dz_c = p_c − [c accepted] · p_c / Σ_accepted p
      for (let c = 0; c < K; c++) {
        const g = z[c]! - (e.accept.includes(c) ? z[c]! / acc : 0);
        for (const f of rows[n]!) grad[f * K + c]! += g / data.length;
      }
    });
    for (let i = 0; i < w.length; i++) {
      const g = grad[i]! + (Math.floor(i / K) === F - 1 ? 0 : L2 * w[i]! / Math.max(1, data.length / 100));
      m[i] = 0.9 * m[i]! + 0.1 * g;
      v[i] = 0.999 * v[i]! + 0.001 * g * g;
      const mh = m[i]! / (1 - 0.9 ** epoch);
      const vh = v[i]! / (1 - 0.999 ** epoch);
      w[i]! -= (lr * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  const weights: Record<string, number[]> = {};
  names.forEach((n, f) => {
    const row = Array.from(w.subarray(f * K, f * K + K), round);
    if (row.some((x) => x !== 0)) weights[n] = row;
  });
  return { classes: CLASSES, bias: Array.from(w.subarray((F - 1) * K), round), weights, margin: MARGIN };
}

function decide(model: KindModel, e: Example, margin: number): string {
  const p = kindProbabilities(model, e.features);
  let best = 0;
  for (let c = 1; c < p.length; c++) if (p[c]! > p[best]!) best = c;
  const r = CLASSES.indexOf(e.rule);
  return best !== r && p[best]! - (p[r] ?? 0) > margin ? CLASSES[best]! : e.rule;
}

const data = examples('dev');
const notes = [...new Set(data.map((e) => e.note))];
const fold = (note: string): number => createHash('sha256').update(`fold ${note}`).digest()[0]! % 5;
const right = (e: Example, k: string): boolean => e.accept.includes(CLASSES.indexOf(k));
const margins = [0, 0.1, 0.2, 0.3, 0.5];
const hits = new Map<number, number>(margins.map((x) => [x, 0]));
let rules = 0;
const changes = new Map<string, number>();
for (let k = 0; k < 5; k++) {
  const train = data.filter((e) => fold(e.note) !== k);
  const held = data.filter((e) => fold(e.note) === k);
  const model = fit(train);
  for (const e of held) {
    if (right(e, e.rule)) rules++;
    for (const mg of margins) if (right(e, decide(model, e, mg))) hits.set(mg, hits.get(mg)! + 1);
    const d = decide(model, e, MARGIN);
    if (d !== e.rule || args.includes('--no-rule')) {
      const key = args.includes('--no-rule') ? (right(e, d) ? 'right' : `want ${e.accept.map((c) => CLASSES[c]).join('|')} got ${d}`) : `${e.rule}→${d} ${right(e, d) ? (right(e, e.rule) ? 'both right' : 'fixed') : right(e, e.rule) ? 'broke' : 'still wrong'}`;
      changes.set(key, (changes.get(key) ?? 0) + 1);
    }
  }
}
const pct = (n: number): string => (n / data.length).toFixed(3);
console.log(`dev: ${data.length} entries with a gold kind, in ${notes.length} notes; 5-fold cross-validation by note (l2 ${L2}, ${EPOCHS} epochs)`);
console.log(`  rules alone          ${pct(rules)}`);
for (const mg of margins) console.log(`  rules + model, margin ${mg.toFixed(1)}  ${pct(hits.get(mg)!)}`);
console.log(`  changes at margin ${MARGIN}:`);
for (const [k, n] of [...changes].sort((a, b) => b[1] - a[1])) console.log(`    ${String(n).padStart(4)}  ${k}`);

if (args.includes('--test')) {
  const model = fit(data);
  const held = examples('test');
  const score = (pick: (e: Example) => string): string => (held.filter((e) => right(e, pick(e))).length / held.length).toFixed(3);
  console.log(`test: ${held.length} entries; fitted on all of dev (${data.length})`);
  console.log(`  rules alone          ${score((e) => e.rule)}`);
  console.log(`  rules + model, margin ${MARGIN}  ${score((e) => decide(model, e, MARGIN))}`);
}
