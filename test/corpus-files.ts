// The shared corpus of real notes (../shared/corpus), for the tests that read every file.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const CORPUS = join(import.meta.dirname, '..', '..', 'shared', 'corpus');

/** Every note in the corpus (absolute paths, sorted, recursive). */
export function corpusFiles(dir = CORPUS): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...corpusFiles(p));
    else if (/\.(?:md|markdown|txt|org)$/i.test(name)) out.push(p);
  }
  return out;
}
