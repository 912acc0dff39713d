import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { sourceMappedStack } from './stack.js';

void test('a stack names the source line of each frame in a file with a source map beside it; other frames stay as they are', () => {
  const dir = mkdtempSync(join(tmpdir(), 'waymark-stack-'));
  try {
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', 'x.js'), 'a();\nb();\n');
    // Line 1 of x.js is line 1 of a.ts, line 2 is a.ts's line 2 (column 4 there).
    writeFileSync(join(dir, 'out', 'x.js.map'), JSON.stringify({ version: 3, sources: ['../src/a.ts'], names: [], mappings: 'AAAA;AACI' }));
    writeFileSync(join(dir, 'out', 'plain.js'), 'c();\n');
    const x = pathToFileURL(join(dir, 'out', 'x.js')).href;
    const plain = pathToFileURL(join(dir, 'out', 'plain.js')).href;
    const stack = `Error: boom\n    at f (${x}:2:1)\n    at ${plain}:1:1\n    at node:internal/x:3:4`;
    assert.equal(sourceMappedStack(stack), `Error: boom\n    at f (${join(dir, 'src', 'a.ts')}:2:5)\n    at ${plain}:1:1\n    at node:internal/x:3:4`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
