import { readFileSync } from 'node:fs';
import { parseNotes } from './src/core/notes/index.js';
const [file, lineS, ...variants] = process.argv.slice(2);
const text = readFileSync(file!, 'utf8');
const lines = text.split('\n');
const now = new Date('2026-11-22T10:00:00Z');
const show = (t: string) => parseNotes([{ path: 'n.md', text: t, sha256: '' }], { now }).items;
const base = show(text);
const b = base.find((i) => i.source.line === Number(lineS))!;
console.log('base', b?.id, b?.status, JSON.stringify(b?.progress), b?.title, base.length);
for (const v of variants) {
  const ls = lines.slice(); ls[Number(lineS) - 1] = v;
  const it = show(ls.join('\n'));
  const x = it.find((i) => i.source.line === Number(lineS));
  const ids = new Set(base.map((i) => i.id));
  console.log(JSON.stringify(v.slice(0, 70)), '=>', x?.id === b?.id ? 'same id' : 'ID ' + x?.id, x?.status, JSON.stringify(x?.progress), JSON.stringify(x?.title), 'items', it.length, 'new', it.filter((i) => !ids.has(i.id)).length);
}
