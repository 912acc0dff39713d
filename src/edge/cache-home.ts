// Where a notes root's caches (the read cache, the status memo) are kept. In the root's own
// `.waymark/` when that folder is there (made by `waymark init`, by the first command that
// keeps a history, or by `status` where a waymark.json sets Waymark up); otherwise in the
// person's cache folder, one folder per notes root: `$WAYMARK_CACHE_HOME`, else
// `$XDG_CACHE_HOME/waymark`, else `~/.cache/waymark`, then `notes/<hash of the root's path>/`.
// So `status` on a plain folder of notes is fast from its second run without anything appearing
// among the notes (a git repository would show it as untracked). The history is never kept
// here: it is the person's record, and stays with the notes.
//
// A root's folder holds `root.txt` (the root's absolute path, for a person looking in and for
// the sweep). When a root's folder is first made, the folders of roots that no longer exist or
// were not used for 90 days are removed, so temp folders' caches do not pile up.
// `WAYMARK_CACHE_HOME=off` keeps no cache outside the notes.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** Caches not used for this long are swept when another root's folder is made. */
const UNUSED_MS = 90 * 24 * 3600 * 1000;

/** The base of the person's cache folders (null: none outside the notes). */
export function cacheHome(env: NodeJS.ProcessEnv = process.env): string | null {
  const own = env['WAYMARK_CACHE_HOME'];
  if (own !== undefined && own !== '') return own === 'off' ? null : resolve(own);
  const xdg = env['XDG_CACHE_HOME'];
  if (xdg) return join(resolve(xdg), 'waymark');
  let home: string;
  try {
    home = homedir();
  } catch {
    return null;
  }
  return home ? join(home, '.cache', 'waymark') : null;
}

const found = new Map<string, string | null>();

/**
 * The folder `root`'s caches are kept in, made if need be; null when none can be (a `.waymark`
 * that is a file or unreadable, no writable cache folder, `WAYMARK_CACHE_HOME=off`). Never throws.
 */
export function cacheFolder(root: string): string | null {
  const abs = resolve(root);
  const inNotes = join(abs, '.waymark');
  let st;
  try {
    st = statSync(inNotes, { throwIfNoEntry: false });
  } catch {
    return null;
  }
  if (st) return st.isDirectory() ? inNotes : null;
  const key = `${abs}\n${process.env['WAYMARK_CACHE_HOME'] ?? ''}\n${process.env['XDG_CACHE_HOME'] ?? ''}`;
  if (found.has(key)) return found.get(key)!;
  const dir = outsideFolder(abs);
  found.set(key, dir);
  return dir;
}

/** The cache folder of `root` in the person's cache folder (made, with its root.txt), or null. */
function outsideFolder(abs: string): string | null {
  const home = cacheHome();
  if (home === null) return null;
  const notes = join(home, 'notes');
  const dir = join(notes, createHash('sha256').update(abs).digest('hex').slice(0, 24));
  try {
    if (statSync(dir, { throwIfNoEntry: false })?.isDirectory()) return dir;
    // (Readable by the person only: it holds what their notes say.)
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(join(dir, 'root.txt'), `${abs}\n`);
  } catch {
    return null;
  }
  sweep(notes, dir);
  return dir;
}

/** Removes the cache folders of roots gone or unused for UNUSED_MS, but `keep`. */
function sweep(notes: string, keep: string): void {
  let names: string[];
  try {
    names = readdirSync(notes);
  } catch {
    return;
  }
  const now = Date.now();
  for (const n of names) {
    const dir = join(notes, n);
    if (dir === keep || !/^[0-9a-f]{24}$/.test(n)) continue;
    try {
      const st = statSync(dir);
      const root = readFileSync(join(dir, 'root.txt'), 'utf8').trim();
      const gone = root === '' || !statSync(root, { throwIfNoEntry: false })?.isDirectory();
      if (gone || now - st.mtimeMs > UNUSED_MS) rmSync(dir, { recursive: true, force: true });
    } catch {
      // Being written by another command, or not ours to judge: left.
    }
  }
}
