// Live updates: a hub the SSE endpoint subscribes pages to, and a watcher that tells the
// hub when a note (or waymark.json) changes on disk. Bursts of events (an editor's save
// is often several) are folded into one notice.
import { relative, resolve, sep } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { NOTE_EXTENSIONS } from '../edge/workspace.js';
import { CONFIG_FILE } from '../edge/config.js';

export interface ChangeNotice {
  /** Roadmap-relative paths that changed (empty when a write came from the page itself). */
  paths: string[];
  reason: 'disk' | 'action';
}

export type Listener = (notice: ChangeNotice) => void;

export class LiveHub {
  private readonly listeners = new Set<Listener>();

  subscribe(fn: Listener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  notify(notice: ChangeNotice): void {
    for (const fn of [...this.listeners]) {
      try {
        fn(notice);
      } catch {
        // A page that went away must not stop the others hearing.
      }
    }
  }

  get size(): number {
    return this.listeners.size;
  }
}

export interface WatchOptions {
  /** Files and folders to watch, absolute. */
  paths: string[];
  /** Paths in notices are relative to this. */
  cwd: string;
  onChange: (paths: string[]) => void;
  /** Quiet time before a burst is reported. */
  debounceMs?: number;
}

const SKIP_SEGMENTS = new Set(['node_modules', 'dist', 'web-dist']);

/** True for a path the notes reader would read, or the workspace config. */
export function isWatchedFile(path: string): boolean {
  return NOTE_EXTENSIONS.test(path) || path.endsWith(`${sep}${CONFIG_FILE}`) || path === CONFIG_FILE;
}

/** Watches note files under `paths`; resolves once the watcher is ready. */
export async function watchNotes(opts: WatchOptions): Promise<{ close: () => Promise<void> }> {
  const roots = opts.paths.map((p) => resolve(opts.cwd, p));
  const ignored = (p: string): boolean => {
    for (const root of roots) {
      const rel = relative(root, p);
      if (rel === '') return false;
      if (!rel.startsWith('..')) return rel.split(sep).some((seg) => seg.startsWith('.') || SKIP_SEGMENTS.has(seg));
    }
    return false;
  };
  const watcher: FSWatcher = watch(roots, { ignored, ignoreInitial: true, awaitWriteFinish: false });
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  const flush = (): void => {
    timer = null;
    const paths = [...pending].map((p) => relative(opts.cwd, p).split(sep).join('/')).sort();
    pending.clear();
    if (paths.length) opts.onChange(paths);
  };
  watcher.on('all', (_event, path) => {
    if (!isWatchedFile(path)) return;
    pending.add(path);
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, opts.debounceMs ?? 60);
  });
  await new Promise<void>((ok, fail) => {
    watcher.once('ready', ok);
    watcher.once('error', fail);
  });
  return {
    close: async () => {
      if (timer) clearTimeout(timer);
      await watcher.close();
    },
  };
}
