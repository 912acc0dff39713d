// What the page can do to the notes: check off, start, skip, set progress, log time and
// undo. A thin adapter over the tracking edge (`src/edge/track.ts`), the same functions the
// CLI's done/start/skip/progress/log/undo commands call, so a click writes exactly what the
// command would. Writes run one at a time.
import { resolve } from 'node:path';
import { z } from 'zod';
import { parseProgressInput, type EditAction } from '../core/edit/index.js';
import type { Item } from '../core/model/types.js';
import { STATUSES } from '../core/model/types.js';
import { openForItem } from '../edge/quick-track.js';
import { changeItem, logTime, undoLast, type TrackSession } from '../edge/track.js';
import { HttpError } from './errors.js';
import { undoneChanges, withWritten, type Written } from './views/written.js';
import type { Snapshot, WorkspaceState } from './workspace-state.js';

export const StatusBody = z.strictObject({ status: z.enum(STATUSES) });
export const ProgressBody = z.strictObject({ progress: z.string().min(1).max(40) });
export const LogBody = z.strictObject({
  hours: z.number().positive().max(24),
  note: z.string().max(500).optional(),
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
});

export interface ActionResult {
  ok: true;
  /** What happened, in words (shown in the page's status line). */
  message: string;
  item?: { id: string; status: string; progress: Item['progress'] };
  /** The note lines before and after, when a note was written. */
  before?: string[];
  after?: string[];
}

export interface ActionsOptions {
  state: WorkspaceState;
  now: () => Date;
  /** Called after a write so live pages refresh at once (the watcher would, a little later). */
  changed: () => void;
}

export class Actions {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly opts: ActionsOptions) {}

  /** Writes one at a time; none while the history cannot be used (a write it could not record would be lost to undo and stats). */
  private serial<T>(write: () => Promise<T>): Promise<T> {
    const fn = (): Promise<T> => {
      const problem = this.opts.state.historyProblem;
      if (problem) throw new HttpError(409, problem.code, `nothing was changed: ${problem.message}. Until then the dashboard shows your notes read-only.`);
      return write();
    };
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** The tracking session the CLI commands would open, made of the served snapshot. */
  private session(snap: Snapshot): TrackSession {
    return { roadmap: snap.roadmap, root: snap.root, files: snap.files, store: snap.store, handEdits: [], cwd: snap.root };
  }

  private find(snap: Snapshot, id: string): Item {
    const item = snap.roadmap.items.find((i) => i.id === id);
    if (!item) throw new HttpError(404, 'E_NOT_FOUND', `no item with id ${JSON.stringify(id)} (the notes may have changed; reload)`);
    return item;
  }

  /**
   * The session and item to write with. While the notes are being re-read (a large vault
   * takes seconds), the CLI's quick path re-reads just the item's file, as `waymark done`
   * does; otherwise the served snapshot is the session.
   */
  private async open(id: string): Promise<{ session: TrackSession; item: Item; done: () => Promise<void> }> {
    const state = this.opts.state;
    if (!state.settled) {
      const quick = await openForItem(state.options.paths, id, {
        cwd: state.options.cwd, now: this.opts.now(),
        pick: () => Promise.reject(new HttpError(409, 'E_AMBIGUOUS', `more than one item answers to ${JSON.stringify(id)}; reload`)),
      });
      if (quick && quick.item.id === id) return { session: quick.session, item: quick.item, done: () => quick.session.store.close() };
      if (quick) await quick.session.store.close();
    }
    const snap = await state.fresh();
    return { session: this.session(snap), item: this.find(snap, id), done: () => Promise.resolve() };
  }

  /**
   * After a write: the snapshot shows it at once (the items as written, the history as it
   * now is) for the page that wrote, which asks again on the answer; the notes are read again
   * in the background and live pages hear when the plan and totals have caught up. The answer does not wait for that
   * read: at 10,000 items it takes a second or more.
   */
  private async afterWrite(absPaths: string[], written: Written): Promise<void> {
    const state = this.opts.state;
    state.markOwnWrite(absPaths);
    const from = await state.snapshot();
    const history = await from.store.events();
    state.amend(from, (version) => withWritten(from, written, history, version));
    state.invalidate();
    void state.caughtUp().then(() => this.opts.changed(), () => undefined);
  }

  private async edit(id: string, action: EditAction, command: string): Promise<ActionResult> {
    return this.serial(async () => {
      const { session, item, done } = await this.open(id);
      try {
        const r = await changeItem(session, item, action, { now: this.opts.now(), command: `${command} (web)` });
        const abs = session.files.get(item.source.path);
        const p = r.edit.progress;
        await this.afterWrite(abs ? [abs] : [], r.batchId === null ? new Map() : new Map([[item.id, { status: r.edit.status, progress: p }]]));
        const message = r.batchId === null ? `${item.title}: nothing to change` : `${item.title}: ${r.edit.status}${p ? ` (${p.done}${p.total !== null ? `/${p.total}` : ''} ${p.unit})` : ''}`;
        return { ok: true, message, item: { id: r.item.id, status: r.edit.status, progress: p }, before: r.before, after: r.after };
      } finally {
        await done();
      }
    });
  }

  setStatus(id: string, body: z.output<typeof StatusBody>): Promise<ActionResult> {
    const verb = body.status === 'done' ? 'done' : body.status === 'doing' ? 'start' : body.status === 'skipped' ? 'skip' : 'reopen';
    return this.edit(id, { kind: 'status', status: body.status }, `${verb} ${id}`);
  }

  setProgress(id: string, body: z.output<typeof ProgressBody>): Promise<ActionResult> {
    const input = parseProgressInput(body.progress);
    if (!input) throw new HttpError(400, 'E_BAD_PROGRESS', `progress must look like 13, 13/20 or 40%, not ${JSON.stringify(body.progress)}`);
    return this.edit(id, { kind: 'progress', input }, `progress ${id} ${body.progress}`);
  }

  log(id: string, body: z.output<typeof LogBody>): Promise<ActionResult> {
    return this.serial(async () => {
      const { session, item, done } = await this.open(id);
      try {
        await logTime(session, item, body.hours, {
          now: this.opts.now(), command: `log ${id} ${body.hours}h (web)`,
          ...(body.note ? { note: body.note } : {}), ...(body.day ? { day: body.day } : {}),
        });
        await this.afterWrite([], new Map());
        return { ok: true, message: `logged ${body.hours} h on ${item.title}` };
      } finally {
        await done();
      }
    });
  }

  undo(): Promise<ActionResult> {
    return this.serial(async () => {
      // The root and the history do not change with a re-read: the last snapshot will do.
      const snap = await this.opts.state.snapshot();
      const r = await undoLast(snap.root, snap.store, this.opts.now());
      await this.afterWrite(r ? r.files.map((f) => resolve(snap.root, f)) : [], r ? undoneChanges(snap.roadmap.items, r.batch.events) : new Map());
      return { ok: true, message: r ? `undid: ${r.batch.description}` : 'nothing to undo' };
    });
  }
}
