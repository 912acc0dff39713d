// `waymark why`, `track FILE:LINE`, `ignore` and `corrections`, in process on a temporary folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../main.js';
import type { CliContext } from '../context.js';

async function run(cwd: string, argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const ctx: CliContext = {
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    cwd, env: { NO_COLOR: '1' }, now: () => new Date('2026-11-22T10:00:00Z'), color: false,
  };
  const code = await main(argv, ctx);
  return { code, stdout, stderr };
}

const NOTE = ['# Plan', '', 'Gödel, Escher, Bach is on my list too', '', '## Books', '- [ ] Clean Code', '- [ ] Not a book, a reminder to call Sam', ''].join('\n');

test('why, track, ignore and corrections: a correction holds across edits and is listed, dropped, reported when its line is gone', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'waymark-correct-'));
  try {
    writeFileSync(join(dir, 'plan.md'), NOTE);
    const why = await run(dir, ['why', 'plan.md:6', '--json']);
    assert.equal(why.code, 0, why.stderr);
    const e = JSON.parse(why.stdout) as { item: { title: string; kind: string } | null; fields: { field: string; from: string }[] };
    assert.deepEqual([e.item?.title, e.item?.kind], ['Clean Code', 'book']);
    assert.equal(e.fields.find((f) => f.field === 'kind')?.from, 'the section "Books"');

    assert.equal((await run(dir, ['track', 'plan.md:3', '--kind', 'book', '--title', 'Gödel, Escher, Bach', '--estimate', '30h'])).code, 0);
    assert.equal((await run(dir, ['ignore', 'plan.md:7'])).code, 0);
    const stored = JSON.parse(readFileSync(join(dir, 'waymark.json'), 'utf8')) as { corrections: { action: string; text: string }[] };
    assert.deepEqual(stored.corrections.map((c) => [c.action, c.text]), [['track', 'Gödel, Escher, Bach is on my list too'], ['ignore', '- [ ] Not a book, a reminder to call Sam']]);

    // Lines added above and Waymark's own check-off do not lose them.
    writeFileSync(join(dir, 'plan.md'), 'A new line on top\n' + NOTE.replace('- [ ] Not a book', '- [x] Not a book'));
    const list = await run(dir, ['export', '.']);
    const items = (JSON.parse(list.stdout) as { items: { title: string; kind: string; estimate: { hours: number } | null }[] }).items;
    assert.deepEqual(items.map((i) => [i.title, i.kind, i.estimate?.hours ?? null]), [['Gödel, Escher, Bach', 'book', 30], ['Clean Code', 'book', null]]);

    // Its line gone: reported, not applied elsewhere.
    writeFileSync(join(dir, 'plan.md'), NOTE.replace('- [ ] Not a book, a reminder to call Sam\n', ''));
    const listed = await run(dir, ['corrections']);
    assert.match(listed.stdout, /2 {2}ignore.*its line is gone/);
    const dropped = await run(dir, ['corrections', '--drop', '2']);
    assert.equal(dropped.code, 0);
    assert.doesNotMatch((await run(dir, ['corrections'])).stdout, /ignore/);
    assert.equal((await run(dir, ['corrections', '--drop', '9'])).code, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
