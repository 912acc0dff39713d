// Talks to `waymark serve`: JSON reads, token-carrying writes, and the live-update stream.
import { useEffect, useState } from 'preact/hooks';
import type { TrackEvent } from '../core/metrics/history.js';
import type { Item, Roadmap } from '../core/model/types.js';
import type { Plan, PlanBlock, PlannedItem } from '../core/plan/types.js';
import type { Work } from '../core/plan/estimates.js';
import type { Overview } from '../server/views/overview.js';
import type { Stats } from '../core/metrics/stats.js';
import type { LoggedTime, Tally, Verdict } from '../core/metrics/index.js';

/** `/api/progress`: the stats `waymark stats` prints, with the verdict and time logged every view shows. */
export type ProgressView = Stats & { verdict: Verdict; logged: LoggedTime; work: Tally['work'] };

export type { Item, Roadmap, Plan, PlanBlock, PlannedItem, Overview, TrackEvent, Verdict };

export interface ItemPage {
  version: number;
  item: Item;
  /** The note, relative to the notes root. */
  file: string;
  planned: PlannedItem | null;
  blocks: PlanBlock[];
  history: TrackEvent[];
  work: Work | null;
  lines: string[];
  children: { id: string; title: string; status: Item['status'] }[];
  dependsOn: { id: string; title: string; status: Item['status'] }[];
}

export interface ActionResult {
  ok: true;
  message: string;
  item?: { id: string; status: string; progress: Item['progress'] };
}

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

/** This session's write token, from the page `waymark serve` served. */
let token = document.querySelector('meta[name="waymark-token"]')?.getAttribute('content') ?? '';

/**
 * After `serve` restarts, the token in this page is stale: read the new one from the page
 * the server serves now. The request goes only to this page's own origin (a relative URL,
 * same-origin credentials), which is where the token was always read from.
 */
export async function refreshToken(): Promise<boolean> {
  try {
    const res = await fetch('/', { credentials: 'same-origin', cache: 'no-store', redirect: 'error' });
    if (!res.ok || new URL(res.url).origin !== location.origin) return false;
    const html = new DOMParser().parseFromString(await res.text(), 'text/html');
    const fresh = html.querySelector('meta[name="waymark-token"]')?.getAttribute('content') ?? '';
    if (!fresh || fresh === '__WAYMARK_TOKEN__') return false;
    token = fresh;
    return true;
  } catch {
    return false;
  }
}

async function parse<T>(res: Response): Promise<T> {
  const body = (await res.json().catch(() => null)) as (T & { error?: { code: string; message: string } }) | null;
  if (!res.ok) throw new ApiError(res.status, body?.error?.code ?? 'E_HTTP', body?.error?.message ?? `HTTP ${res.status}`);
  return body as T;
}

export async function getJson<T>(path: string): Promise<T> {
  return parse<T>(await fetch(path, { headers: { accept: 'application/json' } }));
}

export async function post(path: string, body: unknown): Promise<ActionResult> {
  const send = (): Promise<Response> => fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-waymark-token': token },
    body: JSON.stringify(body),
  });
  let res = await send();
  if (res.status === 403) {
    const code = ((await res.clone().json().catch(() => null)) as { error?: { code?: string } } | null)?.error?.code;
    if (code === 'E_BAD_TOKEN') {
      // The server restarted since this page loaded: take its new token and try once more.
      if (!(await refreshToken())) throw new ApiError(403, code, 'the server restarted: reload the page');
      res = await send();
      if (res.status === 403) throw new ApiError(403, code, 'the server restarted: reload the page');
    }
  }
  return parse<ActionResult>(res);
}

// ---- live updates: a version number that rises whenever the notes change ----

type Listener = (v: number) => void;
let version = 0;
const listeners = new Set<Listener>();
let lastChange: { paths: string[]; reason: string } | null = null;

export function bumpVersion(): void {
  version += 1;
  for (const fn of [...listeners]) fn(version);
}

/** What changed last, for the status line. */
export function lastChangeInfo(): typeof lastChange {
  return lastChange;
}

export function useVersion(): number {
  const [v, setV] = useState(version);
  useEffect(() => {
    listeners.add(setV);
    return () => void listeners.delete(setV);
  }, []);
  return v;
}

/** Opens the event stream; EventSource reconnects by itself after a server restart. */
export function connectLive(onState: (state: 'live' | 'offline', info?: { paths: string[]; reason: string }) => void): () => void {
  const es = new EventSource('/api/events');
  let dropped = false;
  es.addEventListener('hello', () => {
    // Back after a drop: the server may have restarted with a new token, and the notes may
    // have changed meanwhile.
    if (dropped) {
      dropped = false;
      void refreshToken().then(() => bumpVersion());
    }
    onState('live');
  });
  es.addEventListener('changed', (e) => {
    try {
      lastChange = JSON.parse((e as MessageEvent<string>).data) as { paths: string[]; reason: string };
    } catch {
      lastChange = null;
    }
    bumpVersion();
    onState('live', lastChange ?? undefined);
  });
  es.onerror = () => {
    dropped = true;
    onState('offline');
  };
  return () => es.close();
}

export interface Resource<T> {
  data: T | null;
  error: ApiError | Error | null;
  loading: boolean;
}

/** GETs `path` now and again whenever the notes change; keeps the old data while refetching. */
export function useResource<T>(path: string | null): Resource<T> {
  const v = useVersion();
  const [state, setState] = useState<Resource<T>>({ data: null, error: null, loading: true });
  useEffect(() => {
    if (!path) return;
    let alive = true;
    setState((s) => ({ ...s, loading: true }));
    getJson<T>(path).then(
      (data) => alive && setState({ data, error: null, loading: false }),
      (error: Error) => alive && setState((s) => ({ data: s.data, error, loading: false })),
    );
    return () => {
      alive = false;
    };
  }, [path, v]);
  return state;
}
