// The page's writes: check off, start, skip, reopen, set progress, log time, undo. Each goes
// to the server, which writes through the same tracking functions as the CLI commands.
import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { bumpVersion, post, type ActionResult, type Item } from '../api.js';

export interface Notice {
  text: string;
  kind: 'ok' | 'error';
  undoable: boolean;
}

export interface ActionsApi {
  run: (path: string, body: unknown, undoable?: boolean) => Promise<ActionResult | null>;
  busy: boolean;
}

export const ActionsContext = createContext<ActionsApi>({ run: () => Promise.resolve(null), busy: false });

export function useActions(): ActionsApi {
  return useContext(ActionsContext);
}

/** Wraps the app: runs an action, reports it in the status line, refreshes every view. */
export function useActionRunner(setNotice: (n: Notice) => void): ActionsApi {
  const [busy, setBusy] = useState(false);
  const run = async (path: string, body: unknown, undoable = true): Promise<ActionResult | null> => {
    setBusy(true);
    try {
      const r = await post(path, body);
      setNotice({ text: r.message, kind: 'ok', undoable });
      bumpVersion();
      return r;
    } catch (e) {
      setNotice({ text: (e as Error).message, kind: 'error', undoable: false });
      return null;
    } finally {
      setBusy(false);
    }
  };
  return { run, busy };
}

const itemPath = (id: string, what: string): string => `/api/items/${encodeURIComponent(id)}/${what}`;

/**
 * A check box that writes `done` (or back to `todo`) into the note. It turns at once, while
 * the server writes (a person should not wait on a large workspace's write to see the click
 * land); it turns back, and the status line says why, when the write fails.
 */
export function CheckOff({ item }: { item: Pick<Item, 'id' | 'title' | 'status'> }) {
  const { run, busy } = useActions();
  const [pending, setPending] = useState<Item['status'] | null>(null);
  // The list came back with the status written: the box shows the item's own again.
  useEffect(() => { if (pending !== null && item.status === pending) setPending(null); }, [item.status, pending]);
  const status = pending ?? item.status;
  const done = status === 'done';
  return (
    <button
      type="button"
      class={`check ${done ? 'check-on' : ''}`}
      role="checkbox"
      aria-checked={done}
      aria-busy={pending !== null}
      aria-label={`${item.title}: ${done ? 'done (click to reopen)' : 'mark done'}`}
      title={done ? 'Reopen' : 'Mark done'}
      disabled={busy || item.status === 'skipped'}
      onClick={() => {
        const next = done ? 'todo' : 'done';
        setPending(next);
        void run(itemPath(item.id, 'status'), { status: next }).then((r) => { if (!r) setPending(null); });
      }}
    >
      <span aria-hidden="true">{done ? '✓' : ''}</span>
    </button>
  );
}

export function StatusButtons({ item }: { item: Pick<Item, 'id' | 'title' | 'status'> }) {
  const { run, busy } = useActions();
  const set = (status: Item['status']) => () => void run(itemPath(item.id, 'status'), { status });
  return (
    <div class="button-row" role="group" aria-label="Status">
      {item.status !== 'done' && <button type="button" class="primary" disabled={busy} onClick={set('done')}>Mark done</button>}
      {item.status === 'todo' && <button type="button" disabled={busy} onClick={set('doing')}>Start</button>}
      {item.status !== 'skipped' && item.status !== 'done' && <button type="button" disabled={busy} onClick={set('skipped')}>Skip</button>}
      {item.status !== 'todo' && <button type="button" disabled={busy} onClick={set('todo')}>Reopen</button>}
    </div>
  );
}

export function ProgressForm({ item }: { item: Pick<Item, 'id' | 'progress'> }) {
  const { run, busy } = useActions();
  const p = item.progress;
  const [value, setValue] = useState(p ? (p.unit === 'percent' ? `${p.done}%` : p.total !== null ? `${p.done}/${p.total}` : String(p.done)) : '');
  return (
    <form
      class="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        void run(itemPath(item.id, 'progress'), { progress: value });
      }}
    >
      <label>
        Progress
        <input name="progress" placeholder="13, 13/20 or 40%" value={value} onInput={(e) => setValue((e.target as HTMLInputElement).value)} required pattern="\s*\d+(\.\d+)?\s*(%|(/|of)\s*\d+(\.\d+)?)?\s*" inputMode="text" autocomplete="off" />
      </label>
      <button type="submit" disabled={busy}>Save progress</button>
    </form>
  );
}

export function LogForm({ item }: { item: Pick<Item, 'id'> }) {
  const { run, busy } = useActions();
  const [h, setH] = useState('1');
  const [note, setNote] = useState('');
  return (
    <form
      class="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        void run(itemPath(item.id, 'log'), { hours: Number(h), ...(note.trim() ? { note: note.trim() } : {}) }).then((r) => r && setNote(''));
      }}
    >
      <label>
        Hours
        <input name="hours" type="number" min="0.05" max="24" step="0.05" value={h} onInput={(e) => setH((e.target as HTMLInputElement).value)} required />
      </label>
      <label class="grow">
        Note
        <input name="note" placeholder="optional" value={note} maxLength={500} onInput={(e) => setNote((e.target as HTMLInputElement).value)} autocomplete="off" />
      </label>
      <button type="submit" disabled={busy}>Log time</button>
    </form>
  );
}
