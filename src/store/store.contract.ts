// The behaviour every TrackStore must have. Each implementation's test file runs it
// (the SQLite one now; a PostgreSQL one later).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blankEvent, type ItemState, type TrackEvent } from '../core/metrics/history.js';
import type { TrackStore } from './types.js';

function ev(over: Partial<TrackEvent>): TrackEvent {
  return {
    ...blankEvent({ at: '2026-11-20T10:00:00.000Z', day: '2026-11-20', itemId: 'a', title: 'A', file: 'n.md', section: 'S', kind: 'status', origin: 'cli' }),
    ...over,
  };
}

export function storeContract(name: string, open: () => TrackStore): void {
  void test(`${name}: batches keep events and the exact previous bytes`, async () => {
    const s = open();
    const bytes = Buffer.from([0xef, 0xbb, 0xbf, 0x2d, 0x20, 0x0d, 0x0a, 0x00, 0xff]);
    const id = await s.recordBatch({
      at: '2026-11-20T10:00:00.000Z', command: 'done a', description: 'done: A',
      events: [ev({ fromStatus: 'todo', toStatus: 'done' })],
      files: [{ file: 'n.md', before: bytes, prefix: null, suffix: null, beforeSha: 'x', afterSha: 'y' }, { file: 'm.md', before: bytes, prefix: 3, suffix: 9, beforeSha: 'x', afterSha: 'y' }],
    });
    const last = await s.lastBatch();
    assert.equal(last?.id, id);
    assert.ok(last.files[0]!.before.equals(bytes));
    assert.deepEqual([last.files[1]!.prefix, last.files[1]!.suffix, last.files[0]!.prefix], [3, 9, null]);
    assert.equal(last.events[0]!.toStatus, 'done');
    assert.equal((await s.events()).length, 1);
    await s.markUndone(id, '2026-11-20T11:00:00.000Z');
    assert.equal(await s.lastBatch(), null);
    assert.equal((await s.events()).length, 0, 'undone events drop out of the history');
    await s.close();
  });

  void test(`${name}: logged hours sum per item, without undone logs`, async () => {
    const s = open();
    await s.recordBatch({ at: 'x', command: 'log', description: 'log', files: [], events: [ev({ kind: 'log', hours: 1.5 })] });
    const undone = await s.recordBatch({ at: 'x', command: 'log', description: 'log', files: [], events: [ev({ kind: 'log', hours: 9 })] });
    await s.recordBatch({ at: 'x', command: 'log', description: 'log', files: [], events: [ev({ kind: 'log', hours: 0.5, itemId: 'b' })] });
    await s.markUndone(undone, 'y');
    assert.deepEqual([...(await s.loggedHours())].sort(), [['a', 1.5], ['b', 0.5]]);
    await s.recordEvents([ev({ kind: 'status', origin: 'hand', day: '2026-11-21', toStatus: 'done' })]);
    const since = await s.events({ sinceDay: '2026-11-21' });
    assert.equal(since.length, 1);
    assert.equal(since[0]!.origin, 'hand');
    assert.equal((await s.events({ itemId: 'b' })).length, 1);
    await s.close();
  });

  void test(`${name}: item states upsert and keep when they were first seen`, async () => {
    const s = open();
    const st: ItemState = {
      itemId: 'a', file: 'n.md', title: 'A', section: 'S', status: 'todo', done: null, total: null, unit: null,
      firstSeen: '2026-11-01', firstStatus: 'todo', firstDone: null,
    };
    await s.saveItemStates([st, { ...st, itemId: 'b' }]);
    await s.saveItemStates([{ ...st, status: 'done', firstSeen: '2026-11-20', firstStatus: 'done' }], ['b']);
    const m = await s.itemStates();
    assert.equal(m.size, 1);
    assert.equal(m.get('a')?.status, 'done');
    assert.equal(m.get('a')?.firstSeen, '2026-11-01');
    assert.equal(m.get('a')?.firstStatus, 'todo');
    assert.deepEqual([...(await s.itemStates(['a', 'zz'])).keys()], ['a']);
    assert.deepEqual([...(await s.itemStatesOf(['zz'], [st.file])).keys()], ['a']);
    assert.deepEqual([...(await s.itemStatesOf(['a'], ['elsewhere.md'])).keys()], ['a']);
    assert.deepEqual([...(await s.itemStatesOf(['zz'], ['elsewhere.md'])).keys()], []);
    // Location fields are kept when an update does not know them.
    await s.saveItemStates([{ ...st, line: 7, endLine: 9, progressLine: 8, path: ['A', 'B'] }]);
    await s.saveItemStates([{ ...st, status: 'doing' }]);
    const again = (await s.itemStates(['a'])).get('a')!;
    assert.deepEqual([again.status, again.line, again.endLine, again.progressLine, again.path], ['doing', 7, 9, 8, ['A', 'B']]);
    await s.close();
  });

  void test(`${name}: item starts are the states' first sightings`, async () => {
    const s = open();
    const st: ItemState = {
      itemId: 'a', file: 'n.md', title: 'A', section: 'S', status: 'doing', done: 3, total: 10, unit: 'chapter',
      firstSeen: '2026-11-01', firstStatus: 'todo', firstDone: 1,
    };
    await s.saveItemStates([st, { ...st, itemId: 'b', total: null, firstDone: null, firstStatus: 'doing', firstSeen: '2026-11-05' }]);
    const starts = await s.itemStarts();
    const states = await s.itemStates();
    assert.deepEqual([...starts.keys()].sort(), ['a', 'b']);
    for (const [id, x] of states) {
      assert.deepEqual(starts.get(id), { itemId: id, firstSeen: x.firstSeen, firstStatus: x.firstStatus, firstDone: x.firstDone, total: x.total });
    }
    await s.close();
  });

  void test(`${name}: finds candidate items by id, id prefix or words, accents folded`, async () => {
    const s = open();
    const st: ItemState = {
      itemId: 'abcdef123', file: 'n.md', title: 'Métodos do Cálculo', section: 'Semestre 1', status: 'todo', done: null, total: null,
      unit: null, firstSeen: '2026-11-01', firstStatus: 'todo', firstDone: null,
    };
    await s.saveItemStates([st, { ...st, itemId: 'zzz999', title: 'Read SICP', section: 'Books' }]);
    const ids = async (q: string, w: string[]) => (await s.findItemStates(q, w)).map((x) => x.itemId).sort();
    assert.deepEqual(await ids('abcdef123', ['abcdef123']), ['abcdef123']);
    assert.deepEqual(await ids('abcd', ['abcd']), ['abcdef123']);
    assert.deepEqual(await ids('metodos calc', ['metodos', 'calc']), ['abcdef123']);
    assert.deepEqual(await ids('sicp books', ['sicp', 'books']), ['zzz999']);
    assert.deepEqual(await ids('nothing', ['nothing']), []);
    await s.close();
  });

  void test(`${name}: finding by words follows each item's changes, moves and removal`, async () => {
    const s = open();
    const st: ItemState = {
      itemId: 'k1', file: 'a.md', title: 'Read SICP', section: 'Books', status: 'todo', done: null, total: null,
      unit: null, firstSeen: '2026-11-01', firstStatus: 'todo', firstDone: null,
    };
    await s.saveItemStates([st, { ...st, itemId: 'k2', title: 'Watch CS50' }]);
    const ids = async (q: string) => (await s.findItemStates(q, q.split(' '))).map((x) => x.itemId);
    assert.deepEqual(await ids('sicp'), ['k1']);
    await s.saveItemStates([{ ...st, title: 'Read HtDP' }]);
    assert.deepEqual(await ids('sicp'), [], 'a title changed: its old words find nothing');
    assert.deepEqual(await ids('htdp'), ['k1']);
    await s.saveItemStates([{ ...st, title: 'Read HtDP', file: 'b.md' }]);
    assert.deepEqual(await ids('htdp books'), ['k1'], 'moved to another file');
    await s.saveItemStates([], ['k2']);
    assert.deepEqual(await ids('cs50'), [], 'removed');
    assert.deepEqual(await ids('read'), ['k1']);
    await s.close();
  });

  void test(`${name}: the file index`, async () => {
    const s = open();
    await s.saveFileIndex([{ file: 'a.md', abs: '/w/a.md', cwd: '/w', sha256: 'x' }, { file: 'b.md', abs: '/w/b.md', cwd: '/w', sha256: null }]);
    await s.saveFileIndex([{ file: 'a.md', abs: '/w/a.md', cwd: '/w', sha256: 'y' }], ['b.md']);
    assert.deepEqual(await s.fileIndex(), [{ file: 'a.md', abs: '/w/a.md', cwd: '/w', sha256: 'y' }]);
    await s.close();
  });

  void test(`${name}: an import of the past is recorded once, with its events and first-seen states`, async () => {
    const s = open();
    const st: ItemState = {
      itemId: 'a', file: 'n.md', title: 'A', section: 'S', status: 'done', done: null, total: null, unit: null,
      firstSeen: '2026-11-20', firstStatus: 'done', firstDone: null,
    };
    await s.saveItemStates([st]);
    const notes = { source: 'notes' as const, at: '2026-11-19T10:00:00.000Z', head: null, files: ['n.md'], commits: 0, events: 0, since: null };
    assert.equal(await s.savePastImport(notes, [], []), true);
    assert.equal(await s.savePastImport(notes, [], []), false, 'never twice from the same source');
    const record = { source: 'git' as const, at: '2026-11-20T10:00:00.000Z', head: 'abc', files: ['n.md', 'm.md'], commits: 3, events: 1, since: '2026-10-01' };
    const events = [ev({ day: '2026-10-08', origin: 'import', fromStatus: 'todo', toStatus: 'done', note: 'git abc' })];
    assert.equal(await s.savePastImport(record, events, [{ ...st, firstSeen: '2026-10-01', firstStatus: 'todo' }]), true, 'git after the written dates alone');
    assert.equal(await s.savePastImport({ ...record, files: ['m.md', 'o.md'] }, events, []), false, 'never twice');
    assert.deepEqual([...(await s.pastImports())].sort(), [['m.md', 'git'], ['n.md', 'git']]);
    const back = (await s.itemStates()).get('a')!;
    assert.deepEqual([back.firstSeen, back.firstStatus, back.status], ['2026-10-01', 'todo', 'done']);
    const all = await s.events();
    assert.equal(all.length, 1);
    assert.deepEqual([all[0]!.origin, all[0]!.note, all[0]!.day], ['import', 'git abc', '2026-10-08']);
    await s.close();
  });
}
