// The dashboard API through `app.request()`: no port is opened.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { main } from '../../src/cli/main.js';
import type { CliContext } from '../../src/cli/context.js';
import { applyEdit } from '../../src/core/edit/index.js';
import type { Item, Roadmap } from '../../src/core/model/types.js';
import { copyExamples, EXAMPLES, makeApp, NOW, pageHeaders, writeHeaders } from './helpers.js';

function cliContext(cwd: string): CliContext & { out: string } {
  const ctx = {
    out: '',
    stdout: { write: (s: string) => { ctx.out += s; } },
    stderr: { write: () => undefined },
    cwd, env: {}, now: () => new Date(NOW), color: false,
  };
  return ctx;
}

void describe('GET /api/*', () => {
  let ws: ReturnType<typeof copyExamples>;
  let t: ReturnType<typeof makeApp>;
  before(() => { ws = copyExamples(); t = makeApp(ws.dir); });
  after(async () => { await t.state.close(); ws.cleanup(); });

  void it('/api/roadmap?all=1 is the same document as `waymark export --format json`', async () => {
    // The server's first read starts the history; the export then reads the same one.
    const res = await t.app.request('/api/roadmap?all=1', { headers: pageHeaders() });
    const ctx = cliContext(ws.dir);
    assert.equal(await main(['export', '--format', 'json'], ctx), 0);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /application\/json/);
    const served = (await res.json()) as Roadmap;
    assert.deepEqual(served, JSON.parse(ctx.out));
    assert.ok(served.items.length > 10);
  });

  void it('/api/roadmap and /api/plan send a page by default: the rows asked for, how many there are, and the days of four weeks', async () => {
    const get = async <T>(path: string): Promise<T> => (await (await t.app.request(path, { headers: pageHeaders() })).json()) as T;
    type Paged = Roadmap & { summary: unknown; page: { offset: number; limit: number; total: number; next: number | null } };
    const all = await get<Roadmap & { summary: unknown }>('/api/roadmap?all=1');
    const first = await get<Paged>('/api/roadmap');
    assert.deepEqual(first.page, { offset: 0, limit: 200, total: all.items.length, next: null });
    assert.deepEqual(first.items, all.items.slice(0, 200));
    const two = await get<Paged>('/api/roadmap?offset=3&limit=2');
    assert.deepEqual(two.items.map((i) => i.id), all.items.slice(3, 5).map((i) => i.id));
    assert.deepEqual(two.page, { offset: 3, limit: 2, total: all.items.length, next: 5 });
    assert.deepEqual(two.summary, all.summary, 'every page carries the whole summary');
    const bad = await get<Paged>('/api/roadmap?offset=x&limit=-4');
    assert.deepEqual([bad.page.offset, bad.page.limit], [0, 200]);
    type Plan = { today: string; items: { id: string }[]; days: { date: string }[]; totals: unknown; page: { items: { total: number; next: number | null }; days: { from: string; days: number; total: number } } };
    const whole = await get<Plan>('/api/plan?all=1');
    const plan = await get<Plan>('/api/plan?limit=3');
    assert.deepEqual(plan.items.map((i) => i.id), whole.items.slice(0, 3).map((i) => i.id));
    assert.equal(plan.page.items.total, whole.items.length);
    assert.equal(plan.page.items.next, whole.items.length > 3 ? 3 : null);
    assert.deepEqual(plan.totals, whole.totals);
    assert.deepEqual(plan.days.map((d) => d.date), whole.days.filter((d) => d.date >= plan.today && d.date < '2026-12-21').map((d) => d.date));
    assert.deepEqual([plan.page.days.from, plan.page.days.days, plan.page.days.total], [plan.today, 28, whole.days.length]);
    const later = await get<Plan>('/api/plan?from=2026-12-07&days=7');
    assert.deepEqual(later.days.map((d) => d.date), whole.days.filter((d) => d.date >= '2026-12-07' && d.date <= '2026-12-13').map((d) => d.date));
  });

  void it('/api/overview sums tracks, this week and the verdict', async () => {
    const res = await t.app.request('/api/overview', { headers: pageHeaders() });
    assert.equal(res.status, 200);
    const o = (await res.json()) as { today: string; tracks: unknown[]; week: { from: string; to: string; blocks: unknown[] }; verdict: { state: string } };
    assert.equal(o.today, '2026-11-23');
    assert.equal(o.week.from, '2026-11-23');
    assert.equal(o.week.to, '2026-11-29');
    assert.ok(o.tracks.length > 0);
    assert.ok(o.week.blocks.length > 0, 'this week has booked blocks');
    assert.ok(['on-track', 'behind', 'no-horizon', 'no-hours', 'finished'].includes(o.verdict.state));
  });

  void it('one truth: `status`, `export`, the overview and the progress page give the same counts, hours, time logged and verdict', async () => {
    const status = cliContext(ws.dir);
    assert.equal(await main(['status', '--json'], status), 0);
    const s = JSON.parse(status.out) as { tracks: unknown; spentHours: number; standing: { work: unknown; logged: unknown; verdict: { sentence: string } } };
    const exp = cliContext(ws.dir);
    assert.equal(await main(['export'], exp), 0);
    const e = (JSON.parse(exp.out) as { summary: { tracks: unknown; work: unknown; logged: unknown; verdict: { sentence: string } } }).summary;
    const get = async <T>(path: string): Promise<T> => (await (await t.app.request(path, { headers: pageHeaders() })).json()) as T;
    const o = await get<{ tracks: unknown; work: unknown; logged: unknown; verdict: { sentence: string; finish: string; horizon: string } }>('/api/overview');
    const p = await get<{ work: unknown; logged: unknown; deadline: string; verdict: { sentence: string } }>('/api/progress');
    assert.match(s.standing.verdict.sentence, /^(Behind|On track|No horizon)/);
    for (const v of [e.verdict, o.verdict, p.verdict]) assert.equal(v.sentence, s.standing.verdict.sentence);
    for (const x of [e, o]) assert.deepEqual(x.tracks, s.tracks);
    for (const x of [e, o, p]) assert.deepEqual(x.work, s.standing.work);
    for (const x of [e, o, p]) assert.deepEqual(x.logged, s.standing.logged);
    assert.equal(p.deadline, o.verdict.horizon, 'the progress page\'s horizon is the overview\'s');
    assert.ok(s.spentHours > 0, 'the example notes\' CLOCK lines count as time logged');
  });

  void it('/api/plan, /api/progress and /api/items/:id answer', async () => {
    const plan = (await (await t.app.request('/api/plan?all=1', { headers: pageHeaders() })).json()) as { schema: string; days: unknown[] };
    assert.equal(plan.schema, 'waymark.plan/1');
    const prog = (await (await t.app.request('/api/progress', { headers: pageHeaders() })).json()) as { burndown: { day: string; remaining: number | null }[]; velocity: unknown[] };
    assert.ok(prog.burndown.some((p) => p.day === '2026-11-23' && p.remaining !== null));
    assert.equal(prog.velocity.length, 4);
    const roadmap = (await (await t.app.request('/api/roadmap?all=1', { headers: pageHeaders() })).json()) as Roadmap;
    const item = roadmap.items.find((i) => i.title.includes('Implement Raft'))!;
    const res = await t.app.request(`/api/items/${item.id}`, { headers: pageHeaders() });
    assert.equal(res.status, 200);
    const page = (await res.json()) as { item: Item; lines: string[]; planned: unknown };
    assert.equal(page.item.id, item.id);
    assert.match(page.lines[0] ?? '', /Implement Raft/);
    assert.ok(page.planned);
    // A paper in a resource list, with no estimate or date, is backlog: not booked.
    const paper = roadmap.items.find((i) => i.title.includes('Raft: In Search'))!;
    const backlog = (await (await t.app.request(`/api/items/${paper.id}`, { headers: pageHeaders() })).json()) as { planned: unknown; work: { backlog: boolean } };
    assert.equal(backlog.planned, null);
    assert.equal(backlog.work.backlog, true);
  });

  void it('/api/items sends one page, searched and filtered on the server; a track from the overview filters its items', async () => {
    const get = async <T>(path: string): Promise<T> => (await (await t.app.request(path, { headers: pageHeaders() })).json()) as T;
    type Page = { total: number; matched: number; tracks: string[]; items: { title: string; track: string; status: string }[] };
    const all = await get<Page>('/api/items');
    assert.ok(all.total > 10);
    assert.equal(all.matched, all.total);
    const two = await get<Page>('/api/items?limit=2&sort=title');
    assert.equal(two.items.length, 2);
    assert.ok(two.items[0]!.title.localeCompare(two.items[1]!.title) <= 0);
    const raft = await get<Page>('/api/items?q=raft');
    assert.ok(raft.matched > 0 && raft.items.every((i) => /raft/i.test(i.title) || /raft/i.test(i.track)));
    // Every track the overview lists opens to its own items (Books is a folder, not a heading).
    const o = await get<{ tracks: { name: string; items: number }[] }>('/api/overview');
    for (const tr of o.tracks) {
      const p = await get<Page>(`/api/items?section=${encodeURIComponent(tr.name)}&limit=1000`);
      assert.ok(p.matched >= tr.items, `${tr.name}: ${p.matched} rows for ${tr.items} items of work`);
    }
    const rows = await get<{ items: unknown[] }>('/api/items?all=1');
    assert.equal(rows.items.length, all.total);
  });

  void it('an unknown item is a JSON 404 from the central handler', async () => {
    const res = await t.app.request('/api/items/nope', { headers: pageHeaders() });
    assert.equal(res.status, 404);
    assert.deepEqual(await res.json(), { error: { code: 'E_NOT_FOUND', message: 'no item with id "nope"' } });
    const route = await t.app.request('/api/nothing-here', { headers: pageHeaders() });
    assert.equal(route.status, 404);
    assert.equal(((await route.json()) as { error: { code: string } }).error.code, 'E_NO_ROUTE');
  });
});

void describe('writes', () => {
  let ws: ReturnType<typeof copyExamples>;
  let t: ReturnType<typeof makeApp>;
  before(() => { ws = copyExamples(); t = makeApp(ws.dir); });
  after(async () => { await t.state.close(); ws.cleanup(); });

  async function findItem(title: string): Promise<Item> {
    const roadmap = (await (await t.app.request('/api/roadmap?all=1', { headers: pageHeaders() })).json()) as Roadmap;
    const item = roadmap.items.find((i) => i.title.includes(title));
    assert.ok(item, `item ${title}`);
    return item;
  }

  void it('checking an item off writes what the edit core writes, and undo puts the bytes back', async () => {
    const file = join(ws.dir, 'roadmap.md');
    const before = readFileSync(file, 'utf8');
    const item = await findItem('Database Internals');
    const expected = applyEdit(before, { path: item.source.path, line: item.source.line, endLine: item.source.endLine, progressLine: item.progressLine, status: item.status, progress: item.progress },
      { kind: 'status', status: 'done' }, { today: '2026-11-23', time: new Date(NOW).toTimeString().slice(0, 5) }).text;
    const res = await t.app.request(`/api/items/${item.id}/status`, { method: 'POST', headers: writeHeaders(), body: JSON.stringify({ status: 'done' }) });
    assert.equal(res.status, 200, await res.clone().text());
    const after1 = readFileSync(file, 'utf8');
    assert.equal(after1, expected);
    assert.notEqual(after1, before);
    const again = await findItem('Database Internals');
    assert.equal(again.status, 'done');
    const history = (await (await t.app.request(`/api/items/${item.id}`, { headers: pageHeaders() })).json()) as { history: { toStatus: string }[] };
    assert.equal(history.history.at(-1)?.toStatus, 'done');
    const undo = await t.app.request('/api/undo', { method: 'POST', headers: writeHeaders(), body: '{}' });
    assert.equal(undo.status, 200);
    assert.equal(readFileSync(file, 'utf8'), before);
  });

  void it('progress and log go through the tracking edge', async () => {
    const item = await findItem('MIT 6.824 Distributed Systems');
    const file = join(ws.dir, item.source.path);
    const res = await t.app.request(`/api/items/${item.id}/progress`, { method: 'POST', headers: writeHeaders(), body: JSON.stringify({ progress: '4' }) });
    assert.equal(res.status, 200, await res.clone().text());
    assert.match(readFileSync(file, 'utf8'), /Lec 4 done out of 20/);
    const log = await t.app.request(`/api/items/${item.id}/log`, { method: 'POST', headers: writeHeaders(), body: JSON.stringify({ hours: 1.5, note: 'lab 1' }) });
    assert.equal(log.status, 200);
    const page = (await (await t.app.request(`/api/items/${item.id}`, { headers: pageHeaders() })).json()) as { history: { kind: string; hours: number | null }[] };
    assert.ok(page.history.some((e) => e.kind === 'log' && e.hours === 1.5));
    const stats = (await (await t.app.request('/api/progress', { headers: pageHeaders() })).json()) as { hoursLogged: number; logged: { notesHours: number; totalHours: number }; events: number; velocity: { hoursLogged: number }[] };
    // In all, the notes' CLOCK lines (1.3 h, reading.org) and the 1.5 h logged, as every view adds them.
    assert.equal(stats.hoursLogged, 2.8, 'the same numbers as `waymark stats`');
    assert.equal(stats.hoursLogged, stats.logged.totalHours);
    assert.equal(stats.velocity.at(-1)?.hoursLogged, 1.5, 'this week: the log (the CLOCK line is of 18 Nov, last week)');
    assert.equal(stats.velocity.at(-2)?.hoursLogged, 1.3);
  });

  void it('a check-off while the notes are being re-read re-reads only its file, and still writes what the core writes', async () => {
    const item = await findItem('CMU 15-445');
    const file = join(ws.dir, item.source.path);
    const before = readFileSync(file, 'utf8');
    t.state.invalidate();
    assert.equal(t.state.settled, false);
    const res = await t.app.request(`/api/items/${item.id}/status`, { method: 'POST', headers: writeHeaders(), body: JSON.stringify({ status: 'done' }) });
    assert.equal(res.status, 200, await res.clone().text());
    const expected = applyEdit(before, { path: item.source.path, line: item.source.line, endLine: item.source.endLine, progressLine: item.progressLine, status: item.status, progress: item.progress },
      { kind: 'status', status: 'done' }, { today: '2026-11-23', time: new Date(NOW).toTimeString().slice(0, 5) }).text;
    assert.equal(readFileSync(file, 'utf8'), expected);
    assert.equal((await findItem('CMU 15-445')).status, 'done');
  });

  void it('a bad body is a 400 naming the field', async () => {
    const item = await findItem('Database Internals');
    const res = await t.app.request(`/api/items/${item.id}/status`, { method: 'POST', headers: writeHeaders(), body: JSON.stringify({ status: 'finished' }) });
    assert.equal(res.status, 400);
    assert.match(((await res.json()) as { error: { message: string } }).error.message, /^status:/);
    const notJson = await t.app.request(`/api/items/${item.id}/status`, { method: 'POST', headers: writeHeaders(), body: '{' });
    assert.equal(notJson.status, 400);
    const progress = await t.app.request(`/api/items/${item.id}/progress`, { method: 'POST', headers: writeHeaders(), body: JSON.stringify({ progress: 'lots' }) });
    assert.equal(progress.status, 400);
  });
});

void describe('note paths on the page', () => {
  void it('regression: served from another folder, a note shows relative to the notes root, not as ../notes/…', async () => {
    const base = mkdtempSync(join(tmpdir(), 'waymark-paths-'));
    cpSync(EXAMPLES, join(base, 'notes'), { recursive: true, filter: (src) => !/[\\/]\.waymark(?:[\\/]|$)/.test(src) });
    mkdirSync(join(base, 'server'));
    const t = makeApp(join(base, 'server'), undefined, { paths: ['../notes'] });
    try {
      const get = async <T>(path: string): Promise<T> => (await (await t.app.request(path, { headers: pageHeaders() })).json()) as T;
      const rows = await get<{ items: { id: string; file: string }[] }>('/api/items?limit=500');
      assert.ok(rows.items.length > 10);
      for (const r of rows.items) assert.ok(!r.file.startsWith('..') && !r.file.startsWith('/'), r.file);
      assert.ok(rows.items.some((r) => r.file === 'roadmap.md'));
      const raft = rows.items.find((r) => r.file === 'roadmap.md')!;
      assert.equal((await get<{ file: string }>(`/api/items/${raft.id}`)).file, 'roadmap.md');
    } finally {
      await t.state.close();
      rmSync(base, { recursive: true, force: true });
    }
  });
});
