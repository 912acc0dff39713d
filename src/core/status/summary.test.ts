import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseNotes } from '../notes/index.js';
import { progressLabel, summarize } from './summary.js';

const NOW = new Date('2026-11-22T10:00:00Z');

test('tracks: a file\'s top sections; a child in its parent\'s track; a note that is one item by its folder', () => {
  const roadmap = parseNotes([
    { path: 'plan.md', text: '# Plan\n## Math\n- [ ] Linear algebra\n  - [x] Vectors\n## Systems\n- [x] OSTEP\n', sha256: '' },
    { path: 'Books/DDIA.md', text: '---\ntype: book\nstatus: reading\n---\n## To do\n- [ ] Redo the exercises of chapter 7\n', sha256: '' },
    { path: 'Books/SICP.md', text: '---\ntype: book\nstatus: finished\n---\n', sha256: '' },
    { path: 'loose.md', text: '- [ ] Read the Raft paper\n- [ ] Watch the Raft talk\n', sha256: '' },
  ], { now: NOW });
  const s = summarize(roadmap, { today: '2026-11-22' });
  assert.deepEqual(s.tracks.map((t) => t.name), ['Math', 'Systems', 'Books', 'loose.md']);
  assert.equal(s.counts.done, 3);
});

test('progress in words', () => {
  const item = (progress: { done: number; total: number | null; unit: string }) => ({ progress }) as Parameters<typeof progressLabel>[0];
  assert.equal(progressLabel(item({ done: 3, total: 20, unit: 'lecture' })), 'lecture 3 of 20');
  assert.equal(progressLabel(item({ done: 40, total: 100, unit: 'percent' })), '40%');
  assert.equal(progressLabel(item({ done: 4, total: null, unit: 'chapter' })), 'chapter 4 done');
});

test('a file per topic with numbered parts ("### Day 4", "## Session 3") is one track under its title', () => {
  const roadmap = parseNotes([
    { path: 'rust.md', text: '# Rust\n## Day 1\n- [x] Install rustup\n## Day 2\n- [ ] Ownership chapter\n', sha256: '' },
    { path: 'go.md', text: '## Session 1: basics\n- [ ] Tour of Go\n## Session 2\n- [ ] Goroutines\n', sha256: '' },
  ], { now: NOW });
  const s = summarize(roadmap, { today: '2026-11-22' });
  assert.deepEqual(s.tracks.map((t) => [t.name, t.items]), [['Rust', 2], ['go.md', 2]]);
});
