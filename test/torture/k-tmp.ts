import { racesPart } from './races.js';
const t = Date.now();
const r = await racesPart({ runs: Number(process.argv[2] ?? 6) });
console.log(r.part, r.runs, r.notes, (Date.now() - t) / 1000, 's');
console.log(r.failures.join('\n'));
