import { fsPart } from './fs.js';
const t = Date.now();
const r = await fsPart();
console.log(r.part, r.runs, r.notes, (Date.now() - t) / 1000, 's');
console.log(r.failures.join('\n'));
