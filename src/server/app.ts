// The dashboard's HTTP app: a JSON API under /api and the built page, behind the host,
// origin and token guards. No port here: tests drive it with `app.request()`.
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { streamSSE } from 'hono/streaming';
import type { z } from 'zod';
import { roadmapSummary, standing, verdictBurndown, type Standing } from '../core/metrics/index.js';
import type { Item } from '../core/model/types.js';
import { historyFor, type HistoryFacts } from '../edge/history.js';
import { Actions, LogBody, ProgressBody, StatusBody } from './actions.js';
import { HttpError, errorHandler } from './errors.js';
import { LiveHub } from './live.js';
import { hostGuard, securityHeaders, tokenGuard } from './security.js';
import { DEFAULT_WEB_ROOT, staticHandler } from './static.js';
import { itemIndex, itemRows, queryItems, SORT_KEYS } from './views/items.js';
import { buildOverview } from './views/overview.js';
import { daysQuery, isFirstPage, isFirstWindow, pageQuery, planPage, slicePage } from './views/paging.js';
import { buildTimeline, itemBars, plannedByTrack } from './views/timeline.js';
import { memo, notePath, type Snapshot, type WorkspaceState } from './workspace-state.js';

export interface AppOptions {
  state: WorkspaceState;
  /** The write token this session's page carries. */
  token: string;
  /** Host header values answered, e.g. `loopbackHosts(port)`. */
  hosts: string[];
  /** Folder of the built page; default `web-dist/`. */
  webRoot?: string;
  hub?: LiveHub;
  now?: () => Date;
  /** Where unexpected errors are logged; default stderr. */
  log?: (line: string) => void;
  /** Seconds between SSE keep-alive comments. */
  keepAliveSeconds?: number;
  /** Where the hub's token is looked up (the config folder, $WAYMARK_HUB_TOKEN); default process.env. */
  env?: Record<string, string | undefined>;
}

interface CachedBody {
  raw: Uint8Array<ArrayBuffer>;
  gzip: Uint8Array<ArrayBuffer> | null;
}

/**
 * JSON of `make()`, serialised (and gzipped, when large) once per snapshot: a 10,000-item
 * plan is megabytes, and re-encoding it per request would hold every other request up.
 */
function cachedJson(c: Context, snap: Snapshot, key: string, make: () => unknown): Response {
  const body = memo<CachedBody>(snap, `json:${key}`, () => {
    const raw = new Uint8Array(Buffer.from(JSON.stringify(make()), 'utf8'));
    return { raw, gzip: raw.length > 8192 ? new Uint8Array(gzipSync(raw, { level: 3 })) : null };
  });
  const headers: Record<string, string> = {
    'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-waymark-version': String(snap.version), vary: 'accept-encoding',
  };
  const gz = body.gzip !== null && /\bgzip\b/.test(c.req.header('accept-encoding') ?? '');
  if (gz) headers['content-encoding'] = 'gzip';
  return c.body(gz ? body.gzip! : body.raw, 200, headers);
}

async function readBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  let data: unknown;
  try {
    data = await c.req.json();
  } catch {
    throw new HttpError(400, 'E_BAD_JSON', 'the request body must be JSON');
  }
  const r = schema.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new HttpError(400, 'E_BAD_BODY', `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}`);
  }
  return r.data;
}

/** Lines `from`..`to` (1-based, inclusive) of a note, as the person wrote them (split once per snapshot). */
async function noteLines(snap: Snapshot, path: string, from: number, to: number): Promise<string[]> {
  const abs = snap.files.get(path);
  if (!abs) return [];
  const key = `lines:${path}`;
  let lines = snap.memo.get(key) as Promise<string[]> | undefined;
  if (!lines) {
    lines = readFile(abs, 'utf8').then((t) => t.split(/\r?\n/), () => []);
    snap.memo.set(key, lines);
  }
  return (await lines).slice(from - 1, Math.min(to, from + 40));
}

/** The history's stats and pace for a snapshot, computed once; the horizon is the plan's. */
function historyOf(snap: Snapshot): Promise<HistoryFacts> {
  return memo(snap, 'history', () => historyFor(snap.roadmap, snap.store, snap.today, snap.plan.settings.deadline));
}

/** The shared numbers for a snapshot, as `status` counts them, computed once. */
async function standingOf(snap: Snapshot): Promise<Standing> {
  const h = await historyOf(snap);
  return memo(snap, 'standing', () => standing({ items: snap.roadmap.items, settings: snap.plan.settings, events: h.events, pace: h.pace }));
}

export function createApp(options: AppOptions): Hono {
  const { state, token } = options;
  const hub = options.hub ?? new LiveHub();
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((s: string) => process.stderr.write(s));
  const actions = new Actions({ state, now, changed: () => hub.notify({ paths: [], reason: 'action' }) });
  const app = new Hono();

  app.onError(errorHandler(log));
  app.notFound((c) => c.json({ error: { code: 'E_NO_ROUTE', message: `no such route: ${c.req.method} ${new URL(c.req.url).pathname}` } }, 404));
  app.use('*', securityHeaders());
  app.use('*', hostGuard(options.hosts));
  app.use('/api/*', tokenGuard(token));
  // Only writes have bodies; looking for one on a GET would build a full Request object.
  const limit: MiddlewareHandler = bodyLimit({ maxSize: 64 * 1024, onError: () => { throw new HttpError(413, 'E_TOO_LARGE', 'request body over 64 KB'); } });
  const writesOnly: MiddlewareHandler = async (c, next) => (c.req.method === 'POST' ? limit(c, next) : next());
  app.use('/api/*', writesOnly);

  app.get('/api/health', async (c) => {
    const snap = await state.snapshot();
    // The page shows `history` (why there is none: the dashboard is read-only then) in a banner.
    return c.json({ ok: true, version: snap.version, items: snap.roadmap.items.length, history: snap.historyProblem });
  });

  // The same document as `waymark export --format json` with ?all=1; by default its first
  // page of items (?offset=&limit=, 200 by default), with `page` saying how many there are.
  app.get('/api/roadmap', async (c) => {
    const snap = await state.snapshot();
    const st = await standingOf(snap);
    const doc = () => ({ ...snap.roadmap, summary: roadmapSummary(st) });
    if (c.req.query('all') === '1') return cachedJson(c, snap, 'roadmap', doc);
    const p = pageQuery(c.req.query());
    const make = () => {
      const { rows, page } = slicePage(snap.roadmap.items, p);
      return { ...doc(), items: rows, page };
    };
    // Only the first page is kept per snapshot: any other offset would grow the cache without end.
    return isFirstPage(p) ? cachedJson(c, snap, 'roadmap:first', make) : c.json(make(), 200, { 'cache-control': 'no-store' });
  });

  // The plan: whole with ?all=1; by default a page of its items and backlog (?offset=&limit=)
  // and four weeks of its days from today (?from=YYYY-MM-DD&days=N).
  app.get('/api/plan', async (c) => {
    const snap = await state.snapshot();
    if (c.req.query('all') === '1') return cachedJson(c, snap, 'plan', () => ({ ...snap.plan, configError: snap.configError }));
    const q = c.req.query();
    const p = pageQuery(q);
    const d = daysQuery(q, snap.plan.today);
    const make = () => ({ ...planPage(snap.plan, p, d), configError: snap.configError });
    return isFirstPage(p) && isFirstWindow(d, snap.plan.today) ? cachedJson(c, snap, 'plan:first', make) : c.json(make(), 200, { 'cache-control': 'no-store' });
  });

  app.get('/api/overview', async (c) => {
    const snap = await state.snapshot();
    const h = await historyOf(snap);
    return cachedJson(c, snap, 'overview', () => ({
      ...buildOverview(snap.roadmap, snap.plan, snap.today, { events: h.events, pace: h.pace }), configError: snap.configError,
    }));
  });

  // The numbers `waymark stats` prints: burndown, velocity, and the verdict every view shows.
  app.get('/api/progress', async (c) => {
    // The first visit fills the history from the notes' git log, as the first `waymark stats`
    // does, and answers from the snapshot read after it.
    await state.importPast(await state.snapshot());
    const snap = await state.snapshot();
    const h = await historyOf(snap);
    const st = await standingOf(snap);
    return cachedJson(c, snap, 'progress', () => {
      return { ...h.stats, burndown: verdictBurndown(h.stats.burndown, st.verdict, snap.today), verdict: st.verdict, logged: st.logged, work: st.work };
    });
  });

  // The timeline: a bar per track, and a track's items when it is opened (?track=NAME).
  app.get('/api/timeline', async (c) => {
    const snap = await state.snapshot();
    const track = c.req.query('track');
    if (track !== undefined) {
      const items = memo(snap, 'by-track', () => plannedByTrack(snap.roadmap, snap.plan)).get(track);
      if (!items) throw new HttpError(404, 'E_NOT_FOUND', `no planned track named ${JSON.stringify(track)}`);
      return c.json({ version: snap.version, track, items: itemBars(items) }, 200, { 'cache-control': 'no-store' });
    }
    const st = await standingOf(snap);
    return cachedJson(c, snap, 'timeline', () => ({ ...buildTimeline(snap.roadmap, snap.plan, snap.today, st.verdict), configError: snap.configError }));
  });

  // Compact rows for the items page: what it searches, filters, sorts and shows.
  // With ?all=1 every row (for scripts); otherwise one page, searched, filtered and sorted here.
  app.get('/api/items', async (c) => {
    const snap = await state.snapshot();
    if (c.req.query('all') === '1') return cachedJson(c, snap, 'items', () => itemRows(snap));
    const q = c.req.query();
    const sort = SORT_KEYS.find((k) => k === q.sort) ?? 'source';
    const num = (v: string | undefined): number | undefined => (v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined);
    const page = queryItems(snap, {
      sort,
      ...(q.q ? { q: q.q } : {}), ...(q.kind ? { kind: q.kind } : {}), ...(q.status ? { status: q.status } : {}), ...(q.section ? { section: q.section } : {}),
      ...(num(q.offset) !== undefined ? { offset: num(q.offset)! } : {}), ...(num(q.limit) !== undefined ? { limit: num(q.limit)! } : {}),
    });
    return c.json({ version: snap.version, ...page }, 200, { 'cache-control': 'no-store' });
  });

  app.get('/api/items/:id', async (c) => {
    const snap = await state.snapshot();
    const id = c.req.param('id');
    const index = itemIndex(snap);
    const item = index.byId.get(id);
    if (!item) throw new HttpError(404, 'E_NOT_FOUND', `no item with id ${JSON.stringify(id)}`);
    const planned = index.planned.get(id) ?? null;
    const blocks = index.blocks.get(id) ?? [];
    const history = index.history.get(id) ?? [];
    const work = snap.work.get(id) ?? null;
    const lines = await noteLines(snap, item.source.path, item.source.line, item.source.endLine);
    const brief = (i: Item): { id: string; title: string; status: Item['status'] } => ({ id: i.id, title: i.title, status: i.status });
    const children = (index.children.get(id) ?? []).map(brief);
    const dependsOn = item.dependsOn.map((d) => index.byId.get(d)).filter((i) => i !== undefined).map(brief);
    return c.json({ version: snap.version, item, file: notePath(snap, item.source.path), planned, blocks, history, work, lines, children, dependsOn }, 200, { 'cache-control': 'no-store' });
  });

  // The hub's comments on the item, when waymark.json names a hub (src/hub/client/item-comments.ts).
  app.get('/api/items/:id/comments', async (c) => {
    const snap = await state.snapshot();
    const { itemComments } = await import('../hub/client/item-comments.js');
    return c.json(await itemComments(snap.config.hub?.url, options.env ?? process.env, c.req.param('id')), 200, { 'cache-control': 'no-store' });
  });

  app.post('/api/items/:id/status', async (c) => c.json(await actions.setStatus(c.req.param('id'), await readBody(c, StatusBody))));
  app.post('/api/items/:id/progress', async (c) => c.json(await actions.setProgress(c.req.param('id'), await readBody(c, ProgressBody))));
  app.post('/api/items/:id/log', async (c) => c.json(await actions.log(c.req.param('id'), await readBody(c, LogBody))));
  app.post('/api/undo', async (c) => c.json(await actions.undo()));

  // Live updates: one `changed` event per burst of note changes; the page then refetches.
  app.get('/api/events', (c) =>
    streamSSE(c, async (stream) => {
      let wake: (() => void) | null = null;
      const queue: string[] = [];
      const unsubscribe = hub.subscribe((n) => {
        queue.push(JSON.stringify(n));
        wake?.();
      });
      stream.onAbort(() => {
        unsubscribe();
        wake?.();
      });
      await stream.writeSSE({ event: 'hello', data: '{}' });
      const keepAlive = (options.keepAliveSeconds ?? 20) * 1000;
      while (!stream.aborted && !stream.closed) {
        const next = queue.shift();
        if (next !== undefined) {
          await stream.writeSSE({ event: 'changed', data: next });
          continue;
        }
        await new Promise<void>((ok) => {
          const t = setTimeout(ok, keepAlive);
          wake = () => { clearTimeout(t); ok(); };
        });
        wake = null;
        if (queue.length === 0 && !stream.aborted) await stream.write(': keep-alive\n\n');
      }
      unsubscribe();
    }),
  );

  app.all('/api/*', (c) => c.json({ error: { code: 'E_NO_ROUTE', message: `no such route: ${c.req.method} ${new URL(c.req.url).pathname}` } }, 404));
  const serveStatic = staticHandler(options.webRoot ?? DEFAULT_WEB_ROOT, token);
  app.get('*', (c) => serveStatic(c));
  return app;
}
