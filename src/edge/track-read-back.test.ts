// The read-back after a write re-applied to bytes someone else saved meanwhile: when that
// write would not read back as reported, it is taken back through the journal (an undo of
// its own batch) and the note holds the other writer's bytes again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { changeItem, openTracking } from './track.js';

const NOW = new Date('2026-11-22T10:00:00Z');

void test('a re-applied write that reads back otherwise is put back through the journal, and says so', async () => {
  const root = mkdtempSync(join(tmpdir(), 'waymark-read-back-merge-'));
  const file = join(root, 'plan.md');
  writeFileSync(file, '# Plan\n\n- [ ] Read SICP\n- [ ] Build a compiler\n');
  writeFileSync(join(root, 'waymark.json'), '{}\n');
  const session = await openTracking([], { cwd: root, now: NOW });
  const theirs = '# Plan\n\n- [ ] Read SICP\n- [ ] Build a compiler\n- [ ] Learn Rust\n';
  try {
    const item = session.roadmap.items.find((i) => i.title === 'Read SICP')!;
    let step = 0;
    const err = await changeItem(session, item, { kind: 'status', status: 'done' }, {
      now: NOW, command: 'done sicp',
      onStep: (s) => {
        step++;
        // An editor saves a line more while the temp file is written: the edit is re-applied to it.
        if (s === 'temp' && step === 2) writeFileSync(file, theirs);
        // And the reading changes under the write (the person ignores the line meanwhile).
        if (s === 'renamed') writeFileSync(join(root, 'waymark.json'), JSON.stringify({ corrections: [{ action: 'ignore', path: 'plan.md', text: '- [x] Read SICP' }] }));
      },
    }).then(() => null, (e: unknown) => e as Error & { code: string });
    assert.ok(err, 'the write is refused');
    assert.match(err.code, /^E_READ_BACK_/);
    assert.match(err.message, /the note was put back as it was/);
    assert.equal(readFileSync(file, 'utf8'), theirs);
    assert.equal((await session.store.lastBatch()), null, 'its batch was undone');
    assert.deepEqual(session.store.journal.open(), []);
  } finally {
    await session.store.close();
    rmSync(root, { recursive: true, force: true });
  }
});
