import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { findNotes } from './find-notes.js';

test('a folder\'s walk reads notes, not a repository\'s licence, paperwork, package lists or vendored folders; a file named on the command line is read', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'waymark-find-'));
  try {
    for (const f of ['plan.md', 'books.txt', 'notes/todo.org', 'LICENSE.md', 'LICENSE.txt', 'COPYING', 'CONTRIBUTING.md', 'CODE_OF_CONDUCT.md', 'requirements.txt', 'requirements-dev.txt', 'CHANGELOG.md', 'venv/lib/readme.txt', 'staticfiles/admin/README.txt', 'history of rome.md', 'History.md', 'security.md', 'licensing-exam-prep.md']) {
      mkdirSync(join(dir, f, '..'), { recursive: true });
      writeFileSync(join(dir, f), '- [ ] x\n');
    }
    const found = await findNotes([dir], dir);
    assert.deepEqual(found.files.map((f) => f.slice(dir.length + 1)).sort(), ['History.md', 'books.txt', 'history of rome.md', 'licensing-exam-prep.md', 'notes/todo.org', 'plan.md', 'security.md']);
    const named = await findNotes([join(dir, 'LICENSE.md')], dir);
    assert.deepEqual(named.files.map((f) => basename(f)), ['LICENSE.md']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
