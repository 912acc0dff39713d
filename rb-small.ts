import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sweepNoteFast } from './test/roundtrip/fast.js';
import { roundTripNotes } from './test/roundtrip/notes.js';
const max = Number(process.argv[2] ?? 40000);
const only = process.argv[3] ?? '';
for (const [f, r] of roundTripNotes()) {
  if (statSync(join(f, r)).size > max || !join(f,r).includes(only)) continue;
  const c = sweepNoteFast(r, readFileSync(join(f, r), 'utf8'));
  console.log(`${r}: items ${c.items} edits ${c.edits} state ${c.state} others ${c.others} id ${c.id} errors ${c.errors}`);
  for (const e of c.examples.slice(0, Number(process.env.N ?? 12))) console.log('   ', e);
}
