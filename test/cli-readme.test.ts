// Every command the README shows (issue 20 §4): each `npx waymark …` line of its shell blocks
// and each `waymark … examples/` it names in passing runs on a copy of the examples (the
// repository's own examples/ are never touched) and exits 0. `serve` runs as a process on
// any free port and is stopped with Ctrl+C once it prints its address.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { copyExamples, REPO as ROOT, runCli, spawnCli } from './cli-run.js';

/** Splits a shell command line into words: quotes group, a `#` outside quotes ends the line. */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  let cur: string | null = null;
  let quote: '"' | "'" | null = null;
  for (const ch of line) {
    if (quote) {
      if (ch === quote) quote = null;
      else cur += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      cur ??= '';
    } else if (/\s/.test(ch)) {
      if (cur !== null) words.push(cur);
      cur = null;
    } else if (ch === '#' && cur === null) {
      break;
    } else {
      cur = (cur ?? '') + ch;
    }
  }
  if (cur !== null) words.push(cur);
  return words;
}

/** The waymark commands the README shows, as argv lists, in the order they appear. */
export function readmeCommands(readme: string): string[][] {
  const out: string[][] = [];
  let inShell = false;
  for (const line of readme.split('\n')) {
    if (/^```(sh|bash|shell)\s*$/.test(line)) { inShell = true; continue; }
    if (/^```/.test(line)) { inShell = false; continue; }
    if (inShell) {
      for (const part of line.split(/&&|;/)) {
        const words = shellWords(part.trim());
        if (words[0] === 'npx' && words[1] === 'waymark') out.push(words.slice(2));
      }
    }
    // Commands named in passing: `waymark undo -n examples/`.
    for (const m of line.matchAll(/`(?:npx )?waymark ([^`]*examples\/[^`]*)`/g)) out.push(shellWords(m[1]!));
  }
  return out;
}

test('the README shows commands, and the reader of it finds them', () => {
  const cmds = readmeCommands(readFileSync(join(ROOT, 'README.md'), 'utf8'));
  assert.ok(cmds.length >= 10, `found ${cmds.length}`);
  for (const name of ['status', 'list', 'export', 'plan', 'done', 'undo', 'serve', 'stats', 'review', 'site']) {
    assert.ok(cmds.some((c) => c[0] === name), `the README shows ${name}`);
  }
  assert.deepEqual(shellWords('done "replicated log" -n examples/   # tick it'), ['done', 'replicated log', '-n', 'examples/']);
});

test('every command the README shows exits 0 on a copy of the examples', { timeout: 300_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'waymark-readme-'));
  copyExamples(join(dir, 'examples'));
  try {
    for (const argv of readmeCommands(readFileSync(join(ROOT, 'README.md'), 'utf8'))) {
      if (argv[0] === 'serve') {
        const r = await spawnCli(dir, [...argv, '--port', '0'], 60_000, /http:\/\/\S+\//);
        assert.equal(r.code, 0, `waymark ${argv.join(' ')}: ${r.stderr}`);
        assert.match(r.stdout, /Waymark dashboard: http:\/\//);
        continue;
      }
      // `review` reads answers: a person who answers one card well, then stops.
      const r = await runCli(dir, argv, { stdin: Readable.from([' \n3\nq\n']) });
      assert.equal(r.code, 0, `waymark ${argv.join(' ')} exited ${r.code}: ${r.stderr}${r.stdout.slice(0, 2000)}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

