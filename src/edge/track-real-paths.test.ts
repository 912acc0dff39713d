// realPaths (track.ts): the real place of many notes, each folder resolved once, the same as
// realpathSync for a plain note, a note in a symlinked folder, a symlinked note and a missing one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { realPaths } from './track.js';

void test('realPaths: as realpathSync for plain notes, symlinked folders and notes, and missing paths', () => {
  const dir = mkdtempSync(join(tmpdir(), 'waymark-real-'));
  try {
    mkdirSync(join(dir, 'notes'));
    writeFileSync(join(dir, 'notes', 'a.md'), '- [ ] a\n');
    writeFileSync(join(dir, 'notes', 'b.md'), '- [ ] b\n');
    symlinkSync(join(dir, 'notes'), join(dir, 'linked'));
    symlinkSync(join(dir, 'notes', 'b.md'), join(dir, 'notes', 'c.md'));
    const real = realPaths();
    for (const p of ['notes/a.md', 'linked/a.md', 'linked/b.md', 'notes/c.md', 'linked/c.md']) {
      assert.equal(real(join(dir, p)), realpathSync(join(dir, p)), p);
    }
    assert.equal(real(join(dir, 'notes', 'gone.md')), join(dir, 'notes', 'gone.md'));
    assert.equal(real(join(dir, 'nowhere', 'gone.md')), join(dir, 'nowhere', 'gone.md'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
