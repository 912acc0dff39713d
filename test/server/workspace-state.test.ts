// The served snapshot: answers stay quick while a re-read runs, and a write the page made is
// shown at once (amend) until the notes are read back.
import assert from 'node:assert/strict';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { WaymarkError } from '../../src/core/errors.js';
import { WorkspaceState } from '../../src/server/index.js';
import { WorkerReader } from '../../src/server/read-worker.js';
import { itemRows, queryItems } from '../../src/server/views/items.js';
import { undoneChanges, withWritten } from '../../src/server/views/written.js';
import { blankEvent } from '../../src/core/metrics/history.js';
import { loadRoadmap } from '../../src/edge/workspace.js';
import { copyExamples, NOW } from './helpers.js';

void describe('WorkspaceState', () => {
  void it('keeps answering with the last snapshot while a re-read runs; fresh() waits for it', async () => {
    const ws = copyExamples();
    const state = new WorkspaceState({ paths: ['.'], cwd: ws.dir, now: () => NOW });
    try {
      const first = await state.snapshot();
      assert.equal(await state.snapshot(), first, 'cached');
      appendFileSync(join(ws.dir, 'roadmap.md'), '- [ ] Read the Bigtable paper\n');
      state.invalidate();
      const during = await state.snapshot();
      assert.equal(during.version, first.version, 'the old snapshot, at once');
      const after = await state.fresh();
      assert.ok(after.version > first.version);
      assert.ok(after.roadmap.items.some((i) => i.title === 'Read the Bigtable paper'));
      assert.equal(await state.snapshot(), after);
    } finally {
      await state.close();
      ws.cleanup();
    }
  });

  void it('a change during a read makes it read again', async () => {
    const ws = copyExamples();
    const state = new WorkspaceState({ paths: ['.'], cwd: ws.dir, now: () => NOW });
    try {
      await state.snapshot();
      state.invalidate();
      const reading = state.fresh();
      appendFileSync(join(ws.dir, 'roadmap.md'), '- [ ] Read the Dynamo paper\n');
      state.invalidate();
      const snap = await reading;
      assert.ok(snap.roadmap.items.some((i) => i.title === 'Read the Dynamo paper'));
    } finally {
      await state.close();
      ws.cleanup();
    }
  });

  void it('a write shown at once: the item and its row as written under a new version, not settled; the re-read replaces it', async () => {
    const ws = copyExamples();
    const state = new WorkspaceState({ paths: ['.'], cwd: ws.dir, now: () => NOW });
    try {
      const first = await state.snapshot();
      const item = first.roadmap.items.find((i) => i.status === 'todo' && i.title.includes('Database Internals'))!;
      const before = itemRows(first).items.find((r) => r.id === item.id)!;
      assert.equal(before.status, 'todo');
      const written = new Map([[item.id, { status: 'done' as const, progress: item.progress }]]);
      assert.ok(state.amend(first, (v) => withWritten(first, written, first.history, v)));
      state.invalidate();
      const shown = await state.snapshot();
      assert.ok(shown.version > first.version);
      assert.equal(shown.roadmap.items.find((i) => i.id === item.id)!.status, 'done');
      assert.equal(shown.roadmap.items.filter((i) => i.status !== first.roadmap.items.find((j) => j.id === i.id)!.status).length, 1, 'only that item');
      // The rows were carried over, changed in the same way, not rebuilt.
      assert.equal(queryItems(shown, { q: 'database internals' }).items.find((r) => r.id === item.id)!.status, 'done');
      assert.notEqual(itemRows(shown), itemRows(first));
      assert.equal(state.settled, false, 'the next write still reads the note');
      // Amending from a snapshot that is no longer current does nothing.
      assert.equal(state.amend(first, (v) => withWritten(first, written, first.history, v)), false);
      // The note was not really written: the re-read shows it as it is.
      const reread = await state.fresh();
      assert.ok(reread.version > shown.version);
      assert.equal(reread.roadmap.items.find((i) => i.id === item.id)!.status, 'todo');
    } finally {
      await state.close();
      ws.cleanup();
    }
  });

  void it('undoneChanges: each item back to the status and count before the undone batch, the earliest change winning', () => {
    const base = { at: '2026-11-23T10:00:00Z', day: '2026-11-23', title: 'x', file: 'a.md', section: '', origin: 'cli' as const };
    const item = (id: string, done: number | null) => ({ id, status: 'doing' as const, progress: done === null ? null : { done, total: 10, unit: 'chapter' } });
    const items = [item('a', 3), item('b', null)] as unknown as Parameters<typeof undoneChanges>[0];
    const events = [
      { ...blankEvent({ ...base, itemId: 'a', kind: 'progress' }), fromDone: 2, toDone: 3 },
      { ...blankEvent({ ...base, itemId: 'a', kind: 'status' }), fromStatus: 'todo' as const, toStatus: 'doing' as const },
      { ...blankEvent({ ...base, itemId: 'b', kind: 'status' }), fromStatus: 'todo' as const, toStatus: 'doing' as const },
      { ...blankEvent({ ...base, itemId: 'gone', kind: 'status' }), fromStatus: 'todo' as const, toStatus: 'done' as const },
    ];
    const back = undoneChanges(items, events);
    assert.deepEqual(back.get('a'), { status: 'todo', progress: { done: 2, total: 10, unit: 'chapter' } });
    assert.deepEqual(back.get('b'), { status: 'todo', progress: null });
    assert.equal(back.has('gone'), false);
  });

  void it('reads on a worker thread exactly what the main thread reads, and keeps error codes', async () => {
    const ws = copyExamples();
    const reader = new WorkerReader();
    try {
      const there = await reader.read(['.'], { cwd: ws.dir, now: NOW });
      const here = await loadRoadmap(['.'], { cwd: ws.dir, now: NOW });
      assert.deepEqual(there.roadmap, here.roadmap);
      assert.deepEqual([...there.files], [...here.files]);
      await assert.rejects(reader.read(['missing'], { cwd: ws.dir, now: NOW }), (e) => e instanceof WaymarkError && e.code === 'E_NO_PATH');
    } finally {
      await reader.close();
      ws.cleanup();
    }
  });
});
