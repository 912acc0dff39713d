// The notes the round trip runs over: every corpus note (when ../shared/corpus is there)
// and every example, as [folder, path relative to it].
import { readdirSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusDir, corpusNotes } from '../torture/corpus-dir.js';

export const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));

export function roundTripNotes(): [string, string][] {
  const dir = corpusDir();
  const corpus = dir ? corpusNotes().map((p): [string, string] => [dir, relative(dir, p)]) : [];
  const examples = readdirSync(EXAMPLES).filter((n) => /\.(md|txt|org)$/.test(n)).map((n): [string, string] => [EXAMPLES, n]);
  return [...corpus, ...examples];
}
