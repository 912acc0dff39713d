// The notes the round trip runs over: every corpus note (when ../shared/corpus is there)
// and every example, as [folder, path relative to it].
import { existsSync, readdirSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusFiles } from '../corpus-files.js';
import { CORPUS } from '../needs.js';
import { corpusDir } from '../torture/corpus-dir.js';

export const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));

export function roundTripNotes(): [string, string][] {
  // $WAYMARK_CORPUS or ../shared/corpus beside the repository, else beside a parent folder (a worktree).
  const dir = existsSync(CORPUS) ? CORPUS : corpusDir();
  const corpus = dir ? corpusFiles(dir).filter((p) => !p.endsWith('SOURCES.md')).map((p): [string, string] => [dir, relative(dir, p)]) : [];
  const examples = readdirSync(EXAMPLES).filter((n) => /\.(md|txt|org)$/.test(n)).map((n): [string, string] => [EXAMPLES, n]);
  return [...corpus, ...examples];
}
