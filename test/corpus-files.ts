// The shared corpus of real notes (../shared/corpus), for the tests that read every file.
// Absent on a fresh clone: those tests skip with one line (test/needs.ts).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS } from './needs.js';

export { CORPUS };

/** Every note in the corpus (absolute paths, sorted, recursive); none when the corpus is absent. */
export function corpusFiles(dir = CORPUS): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...corpusFiles(p));
    else if (/\.(?:md|markdown|txt|org)$/i.test(name)) out.push(p);
  }
  return out;
}
