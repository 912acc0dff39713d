import { killPart } from './kill.js';
const t = Date.now();
const r = await killPart({ runs: Number(process.argv[2] ?? 6), parallel: 2, seed: 1, maxDelayMs: 800 });
console.log(r.part, r.runs, r.notes, (Date.now() - t) / 1000, 's');
console.log(r.failures.join('\n'));
