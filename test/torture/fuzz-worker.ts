// One fuzz worker: generates notes numbered [from, to) from the seed, reads each as the
// workspace would (decode, then the reader), and checks a write-back on one item leaves
// every other line byte for byte. Reports progress so the parent can spot a hang.
import { parentPort, workerData } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { applyEdit } from '../../src/core/edit/index.js';
import { parseNotes } from '../../src/core/notes/index.js';
import { decodeNote } from '../../src/edge/workspace.js';
import { generateNote } from './fuzz-gen.js';

const { from, to, seed, corpus } = workerData as { from: number; to: number; seed: number; corpus: string[] };
const bases = corpus.map((p) => readFileSync(p));
const NOW = new Date('2026-11-22T10:00:00Z');
const CLOCK = { today: '2026-11-22', time: '10:00' };
const failures: string[] = [];
let parsed = 0;
let slowest = 0;

function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}

for (let i = from; i < to; i++) {
  const note = generateNote(seed, i, bases);
  const decoded = decodeNote(note.bytes);
  // Undecodable notes are skipped by the workspace; the reader still gets their lossy text here.
  const text = 'text' in decoded ? decoded.text : note.bytes.toString('utf8');
  const t = performance.now();
  try {
    const rm = parseNotes([{ path: `f${note.ext}`, text, sha256: '' }], { now: NOW });
    const ms = performance.now() - t;
    const limit = 2000 * Math.max(1, note.bytes.length / 200_000);
    slowest = Math.max(slowest, ms / Math.max(1, note.bytes.length / 200_000));
    if (ms > limit) failures.push(`#${i} (${note.kind}, ${note.bytes.length} B): read took ${Math.round(ms)} ms`);
    parsed++;
    const item = rm.items[i % Math.max(1, rm.items.length)];
    if (item && 'text' in decoded) {
      const action = { kind: 'status' as const, status: item.status === 'done' ? 'todo' as const : 'done' as const };
      const target = { path: item.source.path, line: item.source.line, endLine: item.source.endLine, progressLine: item.progressLine, status: item.status, progress: item.progress, title: item.title };
      const out = applyEdit(text, target, action, CLOCK).text;
      // Everything before the item's first line and after its last (or its progress line) stays byte for byte.
      const first = Math.min(item.source.line, item.progressLine ?? item.source.line);
      const last = Math.max(item.source.endLine, item.progressLine ?? 0);
      const starts = lineStarts(text);
      const head = starts[first - 1] ?? text.length;
      const tailFrom = starts[last] ?? text.length;
      const tail = text.slice(tailFrom);
      if (!out.startsWith(text.slice(0, head)) || !out.endsWith(tail) || out.length < head + tail.length) {
        failures.push(`#${i} (${note.kind}): write-back on line ${item.source.line} "${item.title.slice(0, 40)}" changed other lines`);
      }
    }
  } catch (err) {
    failures.push(`#${i} (${note.kind}): ${(err as Error).stack?.split('\n').slice(0, 3).join(' ')}`);
  }
  if ((i - from) % 250 === 249) parentPort!.postMessage({ progress: i - from + 1, failed: failures.length });
}
parentPort!.postMessage({ done: true, parsed, failures: failures.slice(0, 50), failed: failures.length, slowest });
