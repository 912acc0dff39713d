// The notes the round trip runs over: every corpus note (when ../shared/corpus is there)
// and every example, as [folder, path relative to it].
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
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

/** Copies `folder/rel` to `root/rel`, writable, for a campaign to edit; its path and bytes. */
export function copyNote(root: string, folder: string, rel: string): { file: string; original: Buffer } {
  const file = join(root, rel);
  mkdirSync(dirname(file), { recursive: true });
  copyFileSync(join(folder, rel), file);
  // The shared corpus is read-only, and Waymark leaves read-only notes alone: the copy is the person's own.
  chmodSync(file, 0o644);
  return { file, original: readFileSync(file) };
}
