// The notes root: the one folder ids, paths and the history are relative to, whatever the
// current folder is. It is the nearest folder at or above the notes given that holds
// waymark.json, .waymark/ or .git; without one, the folder given itself. Folders shared by
// much more than notes — the home folder, the system's temp folder, a filesystem root — are
// never found by walking up (a stray .waymark/ there would take over every folder below),
// only when given themselves.
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** What makes a folder a notes root. */
export const ROOT_MARKERS = ['waymark.json', '.waymark', '.git'] as const;

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** The deepest folder holding every given path (a file stands for its folder). */
function commonFolder(abs: string[]): string {
  const folders = abs.map((p) => (isDirectory(p) ? p : dirname(p)));
  let common = folders[0]!;
  for (const f of folders.slice(1)) {
    while (common !== dirname(common) && relative(common, f).startsWith('..')) common = dirname(common);
  }
  return common;
}

/** The home folder, the temp folder or a filesystem root: places that hold much more than notes. */
export function isBroadFolder(dir: string, home: string = homedir()): boolean {
  const d = resolve(dir);
  return d === dirname(d) || d === resolve(home) || d === resolve(tmpdir());
}

/** What a broad folder is, in words ('the temp folder'), or null for any other folder. */
export function broadFolderName(dir: string, home: string = homedir()): string | null {
  if (!isBroadFolder(dir, home)) return null;
  const d = resolve(dir);
  return d === dirname(d) ? 'a filesystem root' : d === resolve(home) ? 'your home folder' : 'the temp folder';
}

/** True when `dir` holds a marker that makes it a notes root. */
export function hasRootMarker(dir: string, home: string = homedir()): boolean {
  if (existsSync(join(dir, 'waymark.json')) || existsSync(join(dir, '.waymark'))) return true;
  // Dotfiles kept in git make the home folder a repository; that is not a notes root.
  return !isBroadFolder(dir, home) && existsSync(join(dir, '.git'));
}

/**
 * The notes root for note paths given on the command line (relative to `cwd`; none means
 * the current folder).
 * @example notesRoot(['notes/courses'], '/home/me') // '/home/me/notes' when notes/ holds .git
 */
export function notesRoot(paths: readonly string[], cwd: string, home: string = homedir()): string {
  const start = commonFolder((paths.length ? paths : ['.']).map((p) => resolve(cwd, p)));
  for (let d = start; ; d = dirname(d)) {
    if (d !== start && isBroadFolder(d, home)) return start;
    if (hasRootMarker(d, home)) return d;
    if (d === dirname(d)) return start;
  }
}

/** A note's path as ids and the history know it: relative to the root, with `/`. */
export function rootPath(abs: string, root: string): string {
  const rel = relative(root, abs);
  return (rel === '' ? abs : rel).split(sep).join('/');
}

/** True when Waymark may create files in `dir` (a folder with no write bit counts as read-only, even for root). */
export function isWritableFolder(dir: string): boolean {
  try {
    if ((statSync(dir).mode & 0o222) === 0) return false;
    accessSync(dir, constants.W_OK | constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
