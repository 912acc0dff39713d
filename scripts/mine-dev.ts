// `npm run mine -- [kind|status|extra] [--top N] [--words] [--show FEATURE] [--form REGEX]`: where the reader and the
// golds part ways on the `dev` half, by form rather than by note. Every `dev` entry the reader
// found on the gold's line is described by features of its line (its shape, the mark it opens
// with, its title's first and last word, its links' sites, its section's words, a trailing
// mark…); a feature is listed when one kind (or status) is allowed for most of its entries,
// across at least three notes, and the reader is right on far fewer of them. `extra` lists the
// features of the reader's items that are no gold entry. `--show FEATURE` prints that feature's
// entries (the gold's answer, the reader's, the note and the line). `--words` adds every word of
// three letters or more in the title as a feature (`w:tutorials`). `--form REGEX` asks of one form
// what all the `dev` golds say (every entry whose line matches, in every note): the answers the
// golds allow, how many notes give each, and what the reader gives, so that a rule for a form is
// weighed on all its `dev` entries before it is written. Only `dev` notes are read:
// a rule found here is a rule from `dev` errors (test/notes/README.md).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Item } from '../src/core/model/types.js';
import { halfOf, type Gold } from '../test/notes/scoring.js';
import { LABELLED_DIR as DIR, readLabelled } from './read-labelled.js';
const args = process.argv.slice(2);
const mode = (['kind', 'status', 'extra'] as const).find((m) => args.includes(m)) ?? 'kind';
const top = args.includes('--top') ? Number(args[args.indexOf('--top') + 1]) : 40;
const show = args.includes('--show') ? args[args.indexOf('--show') + 1]! : null;
const everyWord = args.includes('--words');
const form = args.includes('--form') ? new RegExp(args[args.indexOf('--form') + 1]!, 'iu') : null;

interface Row { feats: string[]; allowed: string[]; got: string; ok: boolean; note: string; line: string }

/** What a line and the reader's item for it look like, as features a rule could test. */
function features(raw: string, x: Item): string[] {
  const out: string[] = [];
  const shape = /^\s*#/.test(raw) ? 'heading' : /^\s*\|/.test(raw) ? 'table' : /^\s*[-*+]\s+\[.\]/.test(raw) ? 'checkbox'
    : /^\s*(?:[-*+]|\d+[.)])\s/.test(raw) ? 'bullet' : /^\*+\s/.test(raw) ? 'org' : 'text';
  out.push(`shape:${shape}`);
  const body = raw.replace(/^\s*(?:[-*+]|\d+[.)]|#+)\s+/, '').replace(/^\[[ xX~\-/]\]\s*/, '').trim();
  const lead = body[0] ?? '';
  if (lead && !/[\p{L}\p{N}]/u.test(lead)) out.push(`lead:${lead}`);
  const trail = raw.trim().slice(-1);
  if (trail && !/[\p{L}\p{N}]/u.test(trail)) out.push(`trail:${trail}`);
  for (const l of x.links) {
    const host = /^https?:\/\/(?:www\.)?([^/]+)/.exec(l)?.[1];
    out.push(host ? `host:${host.split('.').slice(-2).join('.')}` : 'host:relative');
  }
  const words = x.title.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length) out.push(`head:${words[0]}`, `tail:${words[words.length - 1]}`);
  out.push(`words:${Math.min(words.length, 8)}`);
  if (everyWord) for (const w of new Set(words)) if (w.length > 2) out.push(`w:${w}`);
  for (const w of new Set(x.path.at(-1)?.toLowerCase().match(/\p{L}+/gu) ?? [])) out.push(`sec:${w}`);
  for (const b of new Set(raw.toLowerCase().match(/\((?:[^()]{1,20})\)|\[[^\]]{1,20}\]/g) ?? [])) out.push(`bracket:${b}`);
  return out;
}

const rows: Row[] = [];
for (const g of readdirSync(join(DIR, 'gold')).filter((f) => f.endsWith('.gold.json'))) {
  const gold = JSON.parse(readFileSync(join(DIR, 'gold', g), 'utf8')) as Gold;
  if (halfOf(gold.file) !== 'dev' || !existsSync(join(DIR, gold.file))) continue;
  const { text, roadmap } = readLabelled(gold.file);
  const lines = text.split('\n');
  const at = new Map(roadmap.items.map((i) => [i.source.line, i]));
  if (mode === 'extra') {
    const named = new Set(gold.items.flatMap((i) => i.lines));
    const optional = (gold.optional_lines ?? []).map((o): [number, number] => (typeof o === 'number' ? [o, o] : o));
    for (const x of roadmap.items) {
      const n = x.source.line;
      if (optional.some(([a, b]) => a <= n && n <= b)) continue;
      const raw = lines[n - 1] ?? '';
      rows.push({ feats: features(raw, x), allowed: [], got: x.kind, ok: named.has(n), note: gold.file, line: raw.trim() });
    }
    continue;
  }
  for (const it of gold.items) {
    const allowed = (mode === 'kind' ? it.kinds : it.status) ?? [];
    const x = at.get(it.lines[0]!);
    if (!allowed.length || !x) continue;
    const got = mode === 'kind' ? x.kind : x.status;
    const raw = lines[it.lines[0]! - 1] ?? '';
    rows.push({ feats: features(raw, x), allowed, got, ok: allowed.includes(got) || (got === 'task' && allowed.includes('exercise')), note: gold.file, line: raw.trim() });
  }
}

if (form) {
  // (One form, every entry of it: the golds' answers, by how many entries and notes, and the reader's.)
  const hits = rows.filter((r) => form.test(r.line));
  const tally = (key: (r: Row) => string): string[] => {
    const by = new Map<string, { n: number; notes: Set<string> }>();
    for (const r of hits) {
      const k = key(r);
      const t = by.get(k) ?? { n: 0, notes: new Set<string>() };
      t.n++;
      t.notes.add(r.note);
      by.set(k, t);
    }
    return [...by].sort((a, b) => b[1].n - a[1].n).map(([k, t]) => `  ${k.padEnd(28)} ${String(t.n).padStart(4)} entries in ${t.notes.size} notes`);
  };
  console.log(`${hits.length} entries match, the reader right on ${hits.filter((r) => r.ok).length}`);
  console.log('the golds allow:', ...tally((r) => r.allowed.join('|') || '-').map((l) => `\n${l}`));
  console.log('the reader gives:', ...tally((r) => r.got).map((l) => `\n${l}`));
  for (const r of hits.filter((x) => !x.ok).slice(0, top)) console.log(`${(r.allowed.join('|') || '-').padEnd(20)} ${r.got.padEnd(10)} ${r.note.slice(0, 40).padEnd(40)} ${r.line.slice(0, 100)}`);
  process.exit(0);
}

const byFeature = new Map<string, Row[]>();
for (const r of rows) {
  for (const f of new Set(r.feats)) {
    const group = byFeature.get(f);
    if (group) group.push(r);
    else byFeature.set(f, [r]);
  }
}
const found: [number, string][] = [];
for (const [f, rs] of byFeature) {
  const wrong = rs.filter((r) => !r.ok);
  if (new Set(wrong.map((r) => r.note)).size < 3) continue;
  if (mode === 'extra') {
    if (wrong.length >= 6) found.push([wrong.length ** 2 / rs.length, `${f.padEnd(30)} items ${rs.length}, not in the gold ${wrong.length}`]);
    continue;
  }
  const allowedBy = new Map<string, number>();
  for (const r of rs) for (const k of r.allowed) allowedBy.set(k, (allowedBy.get(k) ?? 0) + 1);
  const [best] = [...allowedBy].sort((a, b) => b[1] - a[1])[0]!;
  const bestRight = rs.filter((r) => r.allowed.includes(best) || (best === 'task' && r.allowed.includes('exercise'))).length / rs.length;
  const readerRight = (rs.length - wrong.length) / rs.length;
  if (bestRight - readerRight > 0.1) found.push([rs.length * (bestRight - readerRight), `${f.padEnd(30)} entries ${String(rs.length).padStart(4)}, ${best} right on ${bestRight.toFixed(2)}, the reader on ${readerRight.toFixed(2)}`]);
}
found.sort((a, b) => b[0] - a[0]);
for (const [, line] of found.slice(0, top)) console.log(line);
if (show) for (const r of byFeature.get(show) ?? []) if (!r.ok) console.log(`${(r.allowed.join('|') || '-').padEnd(20)} ${r.got.padEnd(10)} ${r.note.slice(0, 40).padEnd(40)} ${r.line.slice(0, 100)}`);
