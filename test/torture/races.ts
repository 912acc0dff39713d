// Races: two writers at once on one note — two waymark processes checking off different
// items, and waymark beside an editor that appends lines in place — with no lost edit.
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseNotes } from '../../src/core/notes/index.js';
import { FIXTURES, firstMessage, forkTs, NOW, undoAll, workspace, type PartResult } from './common.js';

interface Reply { code: number; err: string }

function ask(child: ChildProcess, msg: unknown): Promise<Reply> {
  return new Promise((resolve) => {
    child.once('message', (m) => resolve(m as Reply));
    child.send(msg as object);
  });
}

const PAIRS: [string, string][] = [['sicp', 'compiler'], ['ostep', 'rust'], ['lexer', 'designing data'], ['rust', 'sicp']];

function statusOf(text: string, words: string): string | undefined {
  const items = parseNotes([{ path: 'n.md', text, sha256: '' }], { now: NOW }).items;
  return items.find((i) => i.title.toLowerCase().includes(words))?.status;
}

export async function racesPart(opts: { runs: number }): Promise<PartResult> {
  const a = forkTs('cli-server.ts', []);
  const b = forkTs('cli-server.ts', []);
  const editor = fork(join(FIXTURES, 'append-editor.mjs'), [], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  await Promise.all([firstMessage(a), firstMessage(b), firstMessage(editor)]);
  const failures: string[] = [];
  let refused = 0;
  try {
    for (let i = 0; i < opts.runs; i++) {
      const ws = workspace('race');
      const [x, y] = PAIRS[i % PAIRS.length]!;
      if (i % 2 === 0) {
        // Two waymark processes, one note, different items: both land, and both are in the history.
        const [rx, ry] = await Promise.all([ask(a, { args: ['done', ...x.split(' ')], cwd: ws.dir }), ask(b, { args: ['done', ...y.split(' ')], cwd: ws.dir })]);
        const text = readFileSync(ws.file, 'utf8');
        if (rx.code !== 0 || ry.code !== 0) failures.push(`two writers #${i}: a command failed: ${rx.err}${ry.err}`.trim());
        if (statusOf(text, x) !== 'done' || statusOf(text, y) !== 'done') failures.push(`two writers #${i}: an edit was lost:\n${text}`);
        failures.push(...(await undoAll(ws, `two writers #${i}`)));
      } else {
        // Waymark beside an editor appending lines in place: every line and the check-off are kept.
        const lines = Array.from({ length: 20 }, (_, k) => `- appended by the editor ${i}.${k}`);
        const editorDone = new Promise((r) => editor.once('message', r));
        editor.send({ file: ws.file, lines });
        const r = await ask(a, { args: ['done', ...x.split(' ')], cwd: ws.dir });
        await editorDone;
        const text = readFileSync(ws.file, 'utf8');
        const lost = lines.filter((l) => !text.includes(l + '\n'));
        if (lost.length) failures.push(`waymark + editor #${i}: ${lost.length} appended lines lost`);
        if (r.code === 0 && statusOf(text, x) !== 'done') failures.push(`waymark + editor #${i}: done said yes but the note is not ticked:\n${text}`);
        if (r.code !== 0) {
          refused++;
          if (!/changed/.test(r.err)) failures.push(`waymark + editor #${i}: failed without saying the note changed: ${r.err}`);
        }
      }
      rmSync(ws.dir, { recursive: true, force: true });
    }
  } finally {
    for (const c of [a, b, editor]) c.kill();
  }
  const pairs = Math.ceil(opts.runs / 2);
  return { part: 'races', runs: opts.runs, failures, notes: `${pairs} waymark+waymark, ${opts.runs - pairs} waymark+appending editor (${refused} refused as changed)` };
}
