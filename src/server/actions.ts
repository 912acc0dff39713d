// What the page can do to the notes: check off, start, skip, set progress, log time and
// undo. A thin adapter over the tracking edge (`src/edge/track.ts`), the same functions the
// CLI's done/start/skip/progress/log/undo commands call, so a click writes exactly what the
// command would. Writes run one at a time.
import { resolve } from 'node:path';
import { z } from 'zod';
import { parseProgressInput, type EditAction } from '../core/edit/index.js';
import type { Item } from '../core/model/types.js';
import { STATUSES } from '../core/model/types.js';
import { changeItem, logTime, undoLast, type TrackSession } from '../edge/track.js';
import { HttpError } from './errors.js';
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

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** The tracking session the CLI commands would open, made of the served snapshot. */
  private session(snap: Snapshot): TrackSession {
    return { roadmap: snap.roadmap, root: snap.root, files: snap.files, store: snap.store, handEdits: [], cwd: this.opts.state.options.cwd };
  }

  private async item(snap: Snapshot, id: string): Promise<Item> {
    const item = snap.roadmap.items.find((i) => i.id === id);
    if (!item) throw new HttpError(404, 'E_NOT_FOUND', `no item with id ${JSON.stringify(id)} (the notes may have changed; reload)`);
    return Promise.resolve(item);
  }

  private async edit(id: string, action: EditAction, command: string): Promise<ActionResult> {
    return this.serial(async () => {
      const snap = await this.opts.state.fresh();
      const item = await this.item(snap, id);
      const session = this.session(snap);
      const r = await changeItem(session, item, action, { now: this.opts.now(), command: `${command} (web)` });
      const abs = snap.files.get(item.source.path);
      if (abs) this.opts.state.markOwnWrite([abs]);
      this.opts.state.invalidate();
      // Answer once the notes are read back, so the page's next request sees the change.
      await this.opts.state.fresh();
      this.opts.changed();
      const message = r.batchId === null ? `${item.title}: nothing to change` : `${item.title}: ${r.edit.status}${r.edit.progress ? ` (${r.edit.progress.done}${r.edit.progress.total !== null ? `/${r.edit.progress.total}` : ''} ${r.edit.progress.unit})` : ''}`;
      return { ok: true, message, item: { id: r.item.id, status: r.edit.status, progress: r.edit.progress }, before: r.before, after: r.after };
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
      const snap = await this.opts.state.fresh();
      const item = await this.item(snap, id);
      const session = this.session(snap);
      await logTime(session, item, body.hours, {
        now: this.opts.now(), command: `log ${id} ${body.hours}h (web)`,
        ...(body.note ? { note: body.note } : {}), ...(body.day ? { day: body.day } : {}),
      });
      this.opts.state.invalidate();
      // Answer once the notes are read back, so the page's next request sees the change.
      await this.opts.state.fresh();
      this.opts.changed();
      return { ok: true, message: `logged ${body.hours} h on ${item.title}` };
    });
  }

  undo(): Promise<ActionResult> {
    return this.serial(async () => {
      const snap = await this.opts.state.fresh();
      const r = await undoLast(snap.root, snap.store, this.opts.now());
      if (r) this.opts.state.markOwnWrite(r.files.map((f) => resolve(snap.root, f)));
      this.opts.state.invalidate();
      // Answer once the notes are read back, so the page's next request sees the change.
      await this.opts.state.fresh();
      this.opts.changed();
      return { ok: true, message: r ? `undid: ${r.batch.description}` : 'nothing to undo' };
    });
  }
}
