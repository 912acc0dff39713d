// Every write-back is read back before it is reported (issue 21): a write the note would
// read otherwise is refused in one line (and in --json), the note and the history untouched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../main.js';
import type { CliContext } from '../context.js';

// Ticking the reading would make "Day 2" a session of work (an item) that was not one.
const GUIDE = [
  '# Generative AI', '', '## Day 1: What is Generative AI (July 8th, 2024)', '', '**Reading Material**:',
  '- https://example.com/what-is-generative-ai-a-primer/', '', '## Day 2: How are LLMs like ChatGPT Trained? (July 9th, 2024)', '',
  '**Reading Material**:', '- https://snorkel.ai/large-language-model-training-three-phases-shape-llm-training/', '',
].join('\n');

async function workspace(fn: (run: (...argv: string[]) => Promise<{ code: number; out: string; err: string }>, root: string) => Promise<void>) {
  const root = mkdtempSync(join(tmpdir(), 'waymark-read-back-'));
  writeFileSync(join(root, 'guide.md'), GUIDE);
  writeFileSync(join(root, 'plan.md'), '# Plan\n\n- [ ] Read SICP\n- Watch the Raft lecture\n');
  writeFileSync(join(root, 'waymark.json'), '{}\n');
  const run = async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const ctx: CliContext = {
      stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) },
      cwd: root, env: {}, now: () => new Date('2026-11-22T10:00:00Z'), color: false,
    };
    const code = await main(argv, ctx);
    return { code, out: out.join(''), err: err.join('') };
  };
  try {
    await fn(run, root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

void test('a write that would read back otherwise is refused in one line; the note and the history are untouched', async () => {
  await workspace(async (run, root) => {
    const r = await run('done', 'large language model training');
    assert.equal(r.code, 1);
    assert.equal(r.err.trim().split('\n').length, 1, r.err);
    assert.match(r.err, /done refused: in guide\.md, the write would change other items of the note: 1 new \("Day 2: How are LLMs/);
    assert.match(r.err, /nothing was written/);
    assert.equal(readFileSync(join(root, 'guide.md'), 'utf8'), GUIDE);
    const u = await run('undo', '--json');
    assert.deepEqual(JSON.parse(u.out), { undone: null });
  });
});

void test('--json says the refusal as an error with the check that failed', async () => {
  await workspace(async (run) => {
    const r = await run('done', 'large language model training', '--json');
    assert.equal(r.code, 1);
    const e = JSON.parse(r.out) as { error: { code: string; message: string } };
    assert.equal(e.error.code, 'E_READ_BACK_OTHERS');
    assert.match(e.error.message, /refused/);
  });
});

void test('done, start, progress and undo that read back as reported go through', async () => {
  await workspace(async (run, root) => {
    const original = readFileSync(join(root, 'plan.md'), 'utf8');
    for (const argv of [['done', 'sicp'], ['start', 'raft'], ['progress', 'raft', '3/7']]) {
      const r = await run(...argv, '--json');
      assert.equal(r.code, 0, r.out + r.err);
    }
    const list = await run('list', '--json');
    assert.match(list.out, /"status": "done"/);
    for (let i = 0; i < 3; i++) assert.equal((await run('undo')).code, 0);
    assert.equal(readFileSync(join(root, 'plan.md'), 'utf8'), original);
  });
});
