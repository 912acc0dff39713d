// The served snapshot: answers stay quick while a re-read runs, and a write's answer waits
// for the notes to be read back.
import assert from 'node:assert/strict';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { WaymarkError } from '../../src/core/errors.js';
import { WorkspaceState } from '../../src/server/index.js';
import { WorkerReader } from '../../src/server/read-worker.js';
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
