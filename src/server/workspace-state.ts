// The served workspace: reads the notes once, plans them, and keeps that snapshot (and
// its serialised answers) until a note changes. Concurrent requests share one read.
// A history that cannot be used (damaged, locked, read-only, or in a folder such as the
// temp folder where the person did not agree to keep one) does not stop the dashboard: the
// notes are shown over an empty history, read-only, with the problem in one line, and the
// history is tried again every few seconds while pages ask.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { TrackEvent } from '../core/metrics/history.js';
import type { Roadmap } from '../core/model/types.js';
import { planItems, resolveSettings, resolveWork, type Plan, type Work } from '../core/plan/index.js';
import { loadConfig, type WaymarkConfig } from '../edge/config.js';
import { importPast } from '../edge/import-past.js';
import { addLoggedHours, syncHandEdits } from '../edge/track.js';
import { loadRoadmap, type LoadedWorkspace } from '../edge/workspace.js';
import { WaymarkError } from '../core/errors.js';
import { WorkerReader } from './read-worker.js';
import { historyError, isHistoryFailure, openSqliteStore, storePath, type PastImport, type TrackStore } from '../store/index.js';
import { openHistory, withWriteLock } from '../edge/journal.js';
import { broadFolderName, hasRootMarker } from '../edge/root.js';
import { HistoryError } from '../core/errors.js';

export interface WorkspaceStateOptions {
  /** Note files and folders, as given on the command line. */
  paths: string[];
  cwd: string;
  now: () => Date;
  /** Opens the workspace's history; default `<root>/.waymark/waymark.db`. */
  openStore?: (root: string) => TrackStore;
  /** Read the notes on a worker thread (the server does; tests may read in-thread). */
  readInWorker?: boolean;
  /**
   * The person agreed to keep the history in a folder shared by much more than notes (the
   * temp or home folder, a filesystem root: `serve --yes`, or its prompt); without it none is
   * made there and the dashboard is read-only.
   */
  historyAllowed?: boolean;
}

/** Why the history cannot be used, in one line that says what to do. */
export interface HistoryProblem {
  code: string;
  message: string;
}

/**
 * How soon a page's request tries a history that could not be used again; a try that had
 * to wait (a locked database waits five seconds) waits four times as long before the next.
 */
const RETRY_HISTORY_MS = 3000;

export interface Snapshot {
  /** Increases by one on every re-read; the page compares it to know it is stale. */
  version: number;
  /** The notes as `waymark export --format json` reads them. */
  roadmap: Roadmap;
  /** The history: events not undone, oldest first. */
  history: TrackEvent[];
  store: TrackStore;
  root: string;
  /** Absolute path of each note, by its roadmap path. */
  files: Map<string, string>;
  config: WaymarkConfig;
  /** A bad waymark.json: the plan falls back to defaults and the page shows this. */
  configError: string | null;
  /** The history cannot be used: `store` is an empty one, and writes are refused. */
  historyProblem: HistoryProblem | null;
  today: string;
  /** Planned with the hours logged through Waymark counted as spent. */
  plan: Plan;
  work: Map<string, Work>;
  /** Serialised answers, computed once per snapshot. */
  memo: Map<string, unknown>;
}

/** The person's calendar day and clock time, in the config's zone or the machine's. */
export function localClock(now: Date, timeZone?: string): { today: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(now);
  const get = (t: string): string => parts.find((p) => p.type === t)?.value ?? '00';
  return { today: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}

/** How long background re-reads wait after a write was shown (amend). */
const AMEND_HOLD_MS = 300;

export class WorkspaceState {
  private current: Snapshot | null = null;
  private loading: Promise<Snapshot> | null = null;
  private stale = true;
  private version = 0;
  private store: { root: string; store: TrackStore; problem: HistoryProblem | null } | null = null;
  private retryHistoryAt = 0;

  constructor(readonly options: WorkspaceStateOptions) {}

  /**
   * The snapshot to answer with now: the last one read, even while a newer read runs in the
   * background (a 10,000-item workspace takes seconds to read; pages keep working meanwhile
   * and hear through the live stream when the new one is ready). Waits only for the first.
   */
  async snapshot(): Promise<Snapshot> {
    // Without its history, look again now and then (after `waymark repair`, say): the
    // notes are read again once it can be used.
    if (this.current?.historyProblem && Date.now() >= this.retryHistoryAt && this.storeFor(this.current.root).problem === null) this.stale = true;
    if (this.current) {
      if (this.stale) this.reloadSoon();
      return this.current;
    }
    return this.reload();
  }

  private holdUntil = 0;
  private held: NodeJS.Timeout | null = null;

  /** A re-read now, or when the hold after a shown write ends (see `amend`). */
  private reloadSoon(): void {
    const wait = this.holdUntil - Date.now();
    if (wait <= 0) {
      this.reload().catch(() => undefined);
      return;
    }
    this.held ??= setTimeout(() => {
      this.held = null;
      this.reload().catch(() => undefined);
    }, wait).unref();
  }

  /**
   * The snapshot read after the hold that follows a shown write: what live pages are told
   * about once the plan and totals have caught up with the write.
   */
  async caughtUp(): Promise<Snapshot> {
    const wait = this.holdUntil - Date.now();
    if (wait > 0) await new Promise((ok) => setTimeout(ok, wait).unref());
    return this.fresh();
  }

  /** Why the last snapshot has no history (writes are refused then), or null. */
  get historyProblem(): HistoryProblem | null {
    return this.current?.historyProblem ?? null;
  }

  /** True when the last snapshot is known to match the notes (no change seen, no read running). */
  get settled(): boolean {
    return this.current !== null && !this.stale && this.loading === null;
  }

  /** A snapshot read after the last `invalidate()`: for answering right after a write. */
  async fresh(): Promise<Snapshot> {
    if (this.current && !this.stale && !this.loading) return this.current;
    return this.reload();
  }

  /** Reads until no change arrived during the read; concurrent callers share the reading. */
  private reload(): Promise<Snapshot> {
    if (this.loading) return this.loading;
    // A re-read held back after a write may come due after the server closed: it must not
    // open the history or start a reading thread again (that would keep the process alive);
    // it answers with the last snapshot.
    if (this.closed) return this.current ? Promise.resolve(this.current) : Promise.reject(new Error('the workspace was closed'));
    const run = async (): Promise<Snapshot> => {
      let snap: Snapshot;
      do {
        this.stale = false;
        const amends = this.amends;
        try {
          snap = await this.load();
        } catch (e) {
          this.stale = true;
          if (this.closed && this.current) return this.current;
          throw e;
        }
        // A read that began before a write was shown (amend) is older than what is shown: the
        // write marked the notes stale, so the loop reads once more and that read replaces it.
        if (this.amends === amends || this.current === null) this.current = snap;
      } while (this.stale);
      return snap;
    };
    const loading = run().finally(() => {
      if (this.loading === loading) this.loading = null;
    });
    this.loading = loading;
    return loading;
  }

  private amends = 0;

  /**
   * Shows a write the page made at once: `next`, made from the current snapshot `from` (the
   * items as written), becomes the answer under a new version while the notes are read again
   * in the background — the plan and totals follow with that read. Nothing happens when
   * another snapshot replaced `from` meanwhile. Call `invalidate()` with it: the workspace
   * is not `settled` until the re-read, so a next write still reads the note afresh.
   */
  amend(from: Snapshot, next: (version: number) => Snapshot): boolean {
    if (this.current !== from) return false;
    this.version += 1;
    this.amends += 1;
    this.current = next(this.version);
    // The page asks again the moment it hears the answer: a re-read and re-plan started now
    // would compete with that request for the processor, so background reads wait a moment.
    // A write that needs the notes as they are (`fresh()`) does not wait.
    this.holdUntil = Date.now() + AMEND_HOLD_MS;
    return true;
  }

  private ownWrites = new Map<string, string>();

  /**
   * Remembers what the page itself just wrote into notes (absolute paths, read back now),
   * so the watcher's echo of that write is not reported as an edit made elsewhere.
   */
  markOwnWrite(absPaths: string[]): void {
    for (const p of absPaths) {
      const abs = resolve(this.options.cwd, p);
      try {
        this.ownWrites.set(abs, sha256(readFileSync(abs)));
      } catch {
        this.ownWrites.delete(abs);
      }
    }
  }

  /** The changed paths (relative to cwd, as the watcher reports them) whose bytes are not our own write. */
  foreignChanges(paths: string[]): string[] {
    return paths.filter((p) => {
      const abs = resolve(this.options.cwd, p);
      const mine = this.ownWrites.get(abs);
      if (mine === undefined) return true;
      let now: string | null = null;
      try {
        now = sha256(readFileSync(abs));
      } catch {
        now = null;
      }
      if (now === mine) return false;
      this.ownWrites.delete(abs);
      return true;
    });
  }

  /** Marks the snapshot stale: the next `snapshot()` starts a re-read, `fresh()` waits for one. */
  invalidate(): void {
    // A read in flight may have missed the change; it cleared `stale` before it began,
    // so setting it here makes that read go round once more.
    this.stale = true;
  }

  private async load(): Promise<Snapshot> {
    const now = this.options.now();
    const ws = await this.read(now);
    if (this.closed) throw new Error('the workspace was closed');
    let config: WaymarkConfig = {};
    let configError: string | null = null;
    try {
      config = (await loadConfig(ws.root)).config;
    } catch (e) {
      configError = (e as Error).message;
    }
    let { store, problem: historyProblem } = this.storeFor(ws.root);
    let history: TrackEvent[] = [];
    if (!historyProblem) {
      try {
        // A box ticked in an editor becomes history, as on the CLI's next read.
        await withWriteLock(ws.root, () => syncHandEdits(ws.roadmap, store, now, { files: ws.files, cwd: ws.root }));
        history = await store.events();
      } catch (err) {
        if (!isHistoryFailure(err)) throw err;
        ({ store, problem: historyProblem } = this.withoutHistory(ws.root, err));
      }
    }
    const { today } = localClock(now, config.timeZone);
    const settings = resolveSettings({ today, budget: ws.roadmap.budget, ...(config.plan ? { config: config.plan } : {}) });
    // The planner counts logged hours as spent; the exported roadmap stays as the notes say.
    const planned = await addLoggedHours({ ...ws.roadmap, items: ws.roadmap.items.map((i) => ({ ...i })) }, store);
    const plan = planItems(planned.items, settings);
    const work = resolveWork(planned.items, settings);
    this.version += 1;
    return {
      version: this.version, roadmap: ws.roadmap, history, store, root: ws.root, files: ws.files,
      config, configError, historyProblem, today, plan, work, memo: new Map(),
    };
  }

  private reader: WorkerReader | null = null;

  private async read(now: Date): Promise<LoadedWorkspace> {
    const opts = { cwd: this.options.cwd, now };
    if (!this.options.readInWorker) return loadRoadmap(this.options.paths, opts);
    this.reader ??= new WorkerReader();
    try {
      return await this.reader.read(this.options.paths, opts);
    } catch (e) {
      if (e instanceof WaymarkError) throw e;
      // The thread could not start or died: read here rather than not at all.
      return loadRoadmap(this.options.paths, opts);
    }
  }

  /** The history at `root`, or an empty stand-in and the problem when it cannot be used. */
  private storeFor(root: string): { store: TrackStore; problem: HistoryProblem | null } {
    if (this.store?.root === root && this.store.problem === null) return this.store;
    const started = Date.now();
    try {
      const broad = existsSync(storePath(root)) || hasRootMarker(root) || this.options.historyAllowed ? null : broadFolderName(root);
      if (broad) {
        throw new HistoryError(
          `${root} is ${broad}, not a notes folder, so no history is kept there: start \`waymark serve\` on your notes folder, or add --yes to keep .waymark/ there anyway`,
          'E_NOT_NOTES_ROOT',
        );
      }
      const store = (this.options.openStore ?? openHistory)(root);
      this.closeStore();
      this.store = { root, store, problem: null };
      return this.store;
    } catch (err) {
      if (!isHistoryFailure(err)) throw err;
      return this.withoutHistory(root, err);
    } finally {
      this.retryHistoryAt = Date.now() + RETRY_HISTORY_MS + 4 * (Date.now() - started);
    }
  }

  /** An empty history in memory stands in for one that failed with `err` (the same one while it keeps failing). */
  private withoutHistory(root: string, err: unknown): { store: TrackStore; problem: HistoryProblem } {
    const e = historyError(err, root);
    const problem = { code: e.code, message: e.message.replace(/; your notes were not changed$/, '') };
    if (this.store?.root === root && this.store.problem) {
      this.store.problem = problem;
      return { store: this.store.store, problem };
    }
    this.closeStore();
    this.store = { root, store: openSqliteStore(':memory:'), problem };
    return { store: this.store.store, problem };
  }

  /** Closes the history in use; a stand-in is left to the garbage collector, as the snapshot served meanwhile still reads it. */
  private closeStore(): void {
    if (this.store && !this.store.problem) void this.store.store.close();
    this.store = null;
  }

  private past: Promise<PastImport | null> | null = null;

  /**
   * Imports the notes' past (their git log, the completion dates written in them) into the
   * history the first time progress is asked for; the store remembers it was done. Resolves
   * once a snapshot holding the imported changes is read, so the first Progress visit draws
   * the past at once rather than on a later refresh.
   */
  importPast(snap: Snapshot): Promise<PastImport | null> {
    // Nothing is imported into a stand-in history.
    if (snap.historyProblem) return Promise.resolve(null);
    this.past ??= importPast(snap, snap.store, { now: this.options.now(), ...(snap.config.timeZone ? { timeZone: snap.config.timeZone } : {}) })
      .then(async (r) => {
        if (r) {
          this.invalidate();
          await this.fresh().catch(() => undefined);
        }
        return r;
      }, () => {
        // The progress page still answers from the history there is; the next visit tries again.
        this.past = null;
        return null;
      });
    return this.past;
  }

  /** Closes the history store. */
  private closed = false;

  async close(): Promise<void> {
    this.closed = true;
    if (this.held) clearTimeout(this.held);
    this.held = null;
    await this.reader?.close();
    this.reader = null;
    const s = this.store;
    this.store = null;
    if (s) await s.store.close();
  }
}

function sha256(b: Buffer): string {
  return createHash('sha256').update(b).digest('hex');
}

/**
 * A note's path as the page shows it: relative to the notes root (`reading/sicp.md`), not
 * to the folder the server was started in (`../notes/reading/sicp.md`).
 */
export function notePath(snap: Pick<Snapshot, 'root' | 'files'>, path: string): string {
  const abs = snap.files.get(path);
  if (!abs) return path;
  const rel = relative(snap.root, abs);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : path;
}

/** Computes `make()` once per snapshot under `key`. */
export function memo<T>(snap: Snapshot, key: string, make: () => T): T {
  if (snap.memo.has(key)) return snap.memo.get(key) as T;
  const v = make();
  snap.memo.set(key, v);
  return v;
}
