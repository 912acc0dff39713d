// Finds the note files under the paths a command is given. Kept apart from the reader so a
// command that only needs to know which notes there are (status, asking whether any changed)
// does not load it.
import { readdir, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError } from '../core/errors.js';
import type { Warning } from '../core/model/types.js';

export const NOTE_EXTENSIONS = /\.(?:md|markdown|txt|org)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', '.waymark', 'dist', 'web-dist', 'bower_components', 'vendor', 'venv', 'site-packages', '__pycache__', 'staticfiles']);
/**
 * Files a repository keeps beside the notes that are not a person's notes: a licence, the
 * project's own paperwork, a package list ("requirements.txt"). A folder's walk leaves them
 * out (counted with the other files); named on the command line, they are read.
 */
const NOT_NOTES_RE = /^(?:licen[cs]e|copying|code_of_conduct|contributing|contributors|changelog|third[-_]party[-_]notices)(?:[-_.][\w.-]*)?\.(?:md|markdown|txt)$|^(?:requirements|constraints)(?:[-_.][\w.-]*)?\.txt$|^(?:robots|cmakelists|llms)\.txt$/i;

export interface FoundNotes {
  /** Absolute paths of the note files, sorted. */
  files: string[];
  warnings: Warning[];
  /** Files seen in the folders walked that are not notes (pictures, code, …). */
  others: number;
}

/** Lists note files under the given paths (files and folders, recursive), sorted. */
export async function findNotes(paths: string[], cwd: string): Promise<FoundNotes> {
  const out: string[] = [];
  const warnings: Warning[] = [];
  let others = 0;
  async function walk(dir: string): Promise<void> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (e) {
      warnings.push({ path: dir, line: null, code: 'unreadable-folder', message: `cannot read folder: ${(e as Error).message}` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.') || SKIP_DIRS.has(e.name)) continue;
      const p = resolve(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if ((e.isFile() || e.isSymbolicLink()) && NOTE_EXTENSIONS.test(e.name) && !NOT_NOTES_RE.test(e.name)) out.push(p);
      else others++;
    }
  }
  for (const p of paths) {
    const abs = resolve(cwd, p);
    let st;
    try {
      st = await stat(abs);
    } catch {
      throw new UsageError(`no such file or folder: ${p}`, 'E_NO_PATH');
    }
    if (st.isDirectory()) await walk(abs);
    else out.push(abs);
  }
  return { files: [...new Set(out)], warnings, others };
}
