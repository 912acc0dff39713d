// Where the shared corpus is: ../shared/corpus beside the repository, or beside a parent
// folder of it (a git worktree under /work/wt/<name> shares /work/shared).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { corpusFiles } from '../corpus-files.js';

export function corpusDir(): string | null {
  for (let d = dirname(dirname(import.meta.dirname)); d !== dirname(d); d = dirname(d)) {
    const c = join(d, '..', 'shared', 'corpus');
    if (existsSync(c)) return c;
  }
  return null;
}

/** The corpus notes (absolute paths), without its list of sources. */
export function corpusNotes(): string[] {
  const dir = corpusDir();
  return dir ? corpusFiles(dir).filter((p) => !p.endsWith('SOURCES.md')) : [];
}
