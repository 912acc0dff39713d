// The dashboard on a history it cannot use: a corrupt database, a folder where it should be,
// a `.waymark` that is a file, a database locked by another program, or the temp folder
// itself (no history made there without --yes). Every view still answers from the notes,
// /api/health says what is wrong in one line, writes are refused with it, nothing is a 500,
// and once the history is mended (`waymark repair`) the next read uses it again.
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { repairStore, storePath } from '../../src/store/index.js';
import { copyExamples, EXAMPLES, makeApp, NOW, pageHeaders, writeHeaders } from './helpers.js';

const VIEWS = ['/api/overview', '/api/timeline', '/api/progress', '/api/roadmap', '/api/plan', '/api/items', '/api/items?all=1'];

type Health = { ok: boolean; items: number; history: { code: string; message: string } | null };

async function health(app: ReturnType<typeof makeApp>['app']): Promise<Health> {
  const r = await app.request('/api/health', { headers: pageHeaders() });
  assert.equal(r.status, 200);
  return (await r.json()) as Health;
}

/** Every view answers from the notes, a write is refused with the problem, the notes stay as they were. */
async function readOnly(dir: string, code: string, says: RegExp, opts: { historyAllowed?: boolean } = {}): Promise<ReturnType<typeof makeApp>> {
  const served = makeApp(dir, undefined, opts);
  const h = await health(served.app);
  assert.ok(h.items > 0, 'the notes are read');
  assert.equal(h.history?.code, code, JSON.stringify(h.history));
  assert.match(h.history.message, says);
  assert.equal(h.history.message.split('\n').length, 1, 'one line');
  for (const path of VIEWS) {
    const r = await served.app.request(path, { headers: pageHeaders() });
    assert.equal(r.status, 200, `${path}: ${await r.clone().text()}`);
  }
  const items = ((await (await served.app.request('/api/items?all=1', { headers: pageHeaders() })).json()) as { items: { id: string; status: string }[] }).items;
  const todo = items.find((i) => i.status === 'todo')!;
  const item = await served.app.request(`/api/items/${encodeURIComponent(todo.id)}`, { headers: pageHeaders() });
  assert.equal(item.status, 200);
  const before = readFileSync(join(dir, 'roadmap.md'));
  for (const [path, body] of [[`/api/items/${encodeURIComponent(todo.id)}/status`, { status: 'done' }], [`/api/items/${encodeURIComponent(todo.id)}/log`, { hours: 1 }], ['/api/undo', {}]] as const) {
    const r = await served.app.request(path, { method: 'POST', headers: writeHeaders(), body: JSON.stringify(body) });
    assert.equal(r.status, 409, `${path} refused`);
    const err = ((await r.json()) as { error: { code: string; message: string } }).error;
    assert.equal(err.code, code);
    assert.match(err.message, /^nothing was changed: /);
    assert.match(err.message, says);
  }
  assert.ok(readFileSync(join(dir, 'roadmap.md')).equals(before), 'the note is untouched');
  assert.deepEqual(served.logs, [], 'no internal error logged');
  return served;
}

void describe('the dashboard without a usable history', () => {
  void it('a corrupt database: the notes, read-only, "waymark repair" in one line; after repair the history is back', async () => {
    const ws = copyExamples();
    mkdirSync(join(ws.dir, '.waymark'));
    writeFileSync(storePath(ws.dir), 'not a database, only text\n'.repeat(40));
    const served = await readOnly(ws.dir, 'E_HISTORY_CORRUPT', /damaged.*run `waymark repair`/);
    try {
      assert.match(repairStore(ws.dir, NOW).found, /damaged/);
      served.state.invalidate();
      await served.state.fresh();
      assert.equal((await health(served.app)).history, null, 'the history is used again');
      const items = ((await (await served.app.request('/api/items?all=1', { headers: pageHeaders() })).json()) as { items: { id: string; status: string }[] }).items;
      const todo = items.find((i) => i.status === 'todo')!;
      const r = await served.app.request(`/api/items/${encodeURIComponent(todo.id)}/status`, { method: 'POST', headers: writeHeaders(), body: JSON.stringify({ status: 'done' }) });
      assert.equal(r.status, 200, await r.clone().text());
    } finally {
      await served.state.close();
      ws.cleanup();
    }
  });

  void it('a database that is a folder, and a .waymark that is a file', async () => {
    for (const [damage, code, says] of [
      [(d: string) => mkdirSync(storePath(d), { recursive: true }), 'E_HISTORY_NOT_FILE', /is a folder, not a database; run `waymark repair`/],
      [(d: string) => writeFileSync(join(d, '.waymark'), 'a file'), 'E_HISTORY_NOT_FOLDER', /is a file, not the folder .*; run `waymark repair`/],
    ] as const) {
      const ws = copyExamples();
      damage(ws.dir);
      const served = await readOnly(ws.dir, code, says);
      await served.state.close();
      ws.cleanup();
    }
  });

  void it('a database locked by another program', { timeout: 120_000 }, async () => {
    const ws = copyExamples();
    const first = makeApp(ws.dir);
    await first.state.snapshot();
    await first.state.close();
    const other = new Database(storePath(ws.dir));
    other.pragma('locking_mode = EXCLUSIVE');
    other.exec('BEGIN EXCLUSIVE');
    other.prepare(`INSERT INTO batches (at, command, description) VALUES ('x', 'x', 'x')`).run();
    try {
      const served = await readOnly(ws.dir, 'E_HISTORY_LOCKED', /locked by another program/);
      await served.state.close();
    } finally {
      other.exec('ROLLBACK');
      other.close();
      ws.cleanup();
    }
  });

  void it('the temp folder itself: no .waymark/ there unless the person agreed (serve --yes)', async () => {
    const was = process.env.TMPDIR;
    // The temp folder, as Node finds it, is a fresh one here: nothing else's temp folder is touched.
    const temp = mkdtempSync(join(tmpdir(), 'waymark-as-temp-'));
    process.env.TMPDIR = temp;
    try {
      assert.equal(tmpdir(), temp);
      writeFileSync(join(temp, 'roadmap.md'), readFileSync(join(EXAMPLES, 'roadmap.md')));
      const served = await readOnly(temp, 'E_NOT_NOTES_ROOT', /is the temp folder, not a notes folder.*--yes/);
      await served.state.close();
      assert.equal(existsSync(join(temp, '.waymark')), false, 'no history made in the temp folder');
      const agreed = makeApp(temp, undefined, { historyAllowed: true });
      assert.equal((await health(agreed.app)).history, null);
      assert.ok(existsSync(storePath(temp)), 'made once agreed');
      await agreed.state.close();
    } finally {
      if (was === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = was;
      rmSync(temp, { recursive: true, force: true });
    }
  });
});
