import { corpusPart } from './corpus.js';
const t = Date.now();
const r = await corpusPart({ limit: Number(process.argv[2] ?? 100) });
console.log(r.part, r.runs, r.notes, (Date.now() - t) / 1000, 's');
console.log(r.failures.length, r.failures.slice(0, 40).join('\n'));
