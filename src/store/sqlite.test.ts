import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MIGRATIONS, migrate, openSqliteStore, openStore, storePath } from './index.js';
import { storeContract } from './store.contract.js';

storeContract('sqlite in memory', () => openSqliteStore(':memory:'));

const dirs: string[] = [];
storeContract('sqlite on disk', () => {
  const d = mkdtempSync(join(tmpdir(), 'waymark-store-'));
  dirs.push(d);
  return openStore(d);
});

void test('the database is created on first use under .waymark/, in WAL mode, migrated once', async () => {
  const root = mkdtempSync(join(tmpdir(), 'waymark-store-'));
  const s = openStore(root);
  await s.close();
  assert.ok(existsSync(storePath(root)));
  const db = new Database(storePath(root));
  assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  const versions = db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[];
  assert.deepEqual(versions.map((v) => v.version).sort((a, b) => a - b), MIGRATIONS.map((m) => m.version).sort((a, b) => a - b));
  assert.deepEqual(migrate(db), [], 'nothing to apply the second time');
  const next = migrate(db, [...MIGRATIONS, { version: 99, name: 'test', sql: 'CREATE TABLE t99 (x INTEGER)' }]);
  assert.deepEqual(next, [99]);
  db.close();
  await openStore(root).close();
  rmSync(root, { recursive: true });
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

void test('migration 8 gives the states a database already holds their files\' words', async () => {
  const root = mkdtempSync(join(tmpdir(), 'waymark-store-'));
  try {
    mkdirSync(join(root, '.waymark'));
    const db = new Database(storePath(root));
    migrate(db, MIGRATIONS.filter((m) => m.version < 8));
    db.prepare(`INSERT INTO item_states (item_id, file, title, section, status, first_seen, first_status, search)
      VALUES ('a1', 'n.md', 'Read SICP', 'Books', 'todo', '2026-11-20', 'todo', ' read sicp books ')`).run();
    db.close();
    const s = openStore(root);
    assert.deepEqual((await s.findItemStates('sicp book', ['sicp', 'book'])).map((x) => x.itemId), ['a1']);
    await s.close();
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

void test('a state written without its file\'s words (as an older Waymark writes) is still found by its words', async () => {
  const root = mkdtempSync(join(tmpdir(), 'waymark-store-'));
  try {
    mkdirSync(join(root, '.waymark'));
    const s = openStore(root);
    await s.saveItemStates([{
      itemId: 'a1', file: 'n.md', title: 'Read SICP', section: 'Books', status: 'todo', done: null, total: null,
      unit: null, firstSeen: '2026-11-20', firstStatus: 'todo', firstDone: null,
    }]);
    await s.close();
    const db = new Database(storePath(root));
    db.prepare(`INSERT INTO item_states (item_id, file, title, section, status, first_seen, first_status, search)
      VALUES ('b2', 'n.md', 'Watch CS50', 'Videos', 'todo', '2026-11-20', 'todo', ' watch cs50 videos ')`).run();
    db.prepare(`UPDATE item_states SET title = 'Read HtDP', search = ' read htdp books ' WHERE item_id = 'a1'`).run();
    db.close();
    const again = openStore(root);
    assert.deepEqual((await again.findItemStates('cs50', ['cs50'])).map((x) => x.itemId), ['b2']);
    assert.deepEqual((await again.findItemStates('htdp', ['htdp'])).map((x) => x.itemId), ['a1']);
    await again.close();
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

void test('migration 6 keeps the events a database already holds, and lets imported ones in', async () => {
  const root = mkdtempSync(join(tmpdir(), 'waymark-store-'));
  try {
    mkdirSync(join(root, '.waymark'));
    const db = new Database(storePath(root));
    migrate(db, MIGRATIONS.filter((m) => m.version < 6));
    db.prepare(`INSERT INTO events (at, day, item_id, title, file, section, kind, to_status, origin)
      VALUES ('2026-11-20T10:00:00.000Z', '2026-11-20', 'a', 'A', 'n.md', 'S', 'status', 'done', 'hand')`).run();
    assert.throws(() => db.prepare(`INSERT INTO events (at, day, item_id, title, file, section, kind, origin)
      VALUES ('x', 'x', 'a', 'A', 'n.md', 'S', 'status', 'import')`).run(), /CHECK/);
    db.close();
    const s = openStore(root);
    assert.deepEqual((await s.events()).map((e) => [e.itemId, e.toStatus, e.origin]), [['a', 'done', 'hand']]);
    await s.recordEvents([{ ...(await s.events())[0]!, id: undefined, origin: 'import', note: 'git abc' }]);
    assert.deepEqual((await s.events()).map((e) => e.origin), ['hand', 'import']);
    await s.close();
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
