import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readOne } from '../core/notes/index.js';
import { idleCores, readAll, type ReadJob } from './read-pool.js';

test('notes read on several threads read as on one, in their order', async () => {
  const jobs: ReadJob[] = [];
  for (let i = 0; i < 60; i++) {
    const lines = [`# Area ${i}`, '', 'Budget: 6 hours/week for 10 weeks', ''];
    for (let k = 0; k < 400; k++) lines.push(`- [${k % 3 ? ' ' : 'x'}] Practise drill ${i}-${k} ~${1 + (k % 3)}h, after Practise drill ${i}-${k > 0 ? k - 1 : 0}`);
    jobs.push({ file: { path: `area/n${i}.md`, text: lines.join('\n'), sha256: String(i) } });
  }
  let counted = 0;
  const pooled = await readAll(jobs, '2026-11-22', { threads: 3, minBytes: 0, onRead: (n) => (counted += n) });
  assert.equal(counted, jobs.length);
  assert.ok(pooled.some((d) => d.bytes), 'some were read on a worker');
  assert.deepEqual(pooled.map((d) => d.read), jobs.map((j) => readOne(j.file, '2026-11-22', j.corrections)));
});

test('a reading thread is started only on a core the machine left idle', () => {
  const cpu = (busy: number, idle: number) => ({ model: '', speed: 0, times: { user: busy, nice: 0, sys: 0, idle, irq: 0 } });
  const before = [cpu(1000, 1000), cpu(1000, 1000)];
  // This thread busy on one core, the other idle: one core to spare.
  assert.equal(idleCores(before, [cpu(1100, 1000), cpu(1000, 1100)]), 1);
  // Both busy (other work on the second core): none.
  assert.equal(idleCores(before, [cpu(1100, 1000), cpu(1090, 1010)]), 0.1);
  // Too short a time to tell.
  assert.equal(idleCores(before, [cpu(1010, 1000), cpu(1000, 1010)]), null);
});
