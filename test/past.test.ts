// The past on the chart on the first run: a notes folder kept in git, where boxes were
// ticked in three commits over three weeks, read by `waymark stats --json` and by the
// dashboard's progress API. Needs the git command-line tool.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { main } from '../src/cli/main.js';
import type { CliContext } from '../src/cli/context.js';
import type { Stats } from '../src/core/metrics/index.js';
import { createApp, loopbackHosts, WorkspaceState } from '../src/server/index.js';
import { THREE_WEEKS, threeWeeksOfTicks } from './fixtures/git-notes.js';
import { gitNeed, skipUnless } from './needs.js';

const NOW = new Date('2026-11-20T10:00:00Z');
const skip = skipUnless(gitNeed());

async function run(cwd: string, argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const ctx: CliContext = {
    stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) },
    cwd, env: { TZ: 'UTC' }, now: () => new Date(NOW), color: false,
  };
  const code = await main(argv, ctx);
  return { code, out, err };
}

/** Hours left at the end of each day the fixture changed something, and just before. */
function remainingOn(stats: Stats, days: string[]): (number | null | undefined)[] {
  return days.map((d) => stats.burndown.find((p) => p.day === d)?.remaining);
}

const CHANGE_DAYS = ['2026-10-26', '2026-11-01', ...THREE_WEEKS.ticks];

void test('waymark stats --json on the first run shows the weeks the notes\' git log covers, with their dates', { skip }, async () => {
  const r = threeWeeksOfTicks();
  try {
    const first = await run(r.dir, ['stats', '--json', '.']);
    assert.equal(first.code, 0, first.err);
    const stats = JSON.parse(first.out) as Stats;
    assert.equal(stats.start, THREE_WEEKS.start);
    assert.deepEqual([stats.totalHours, stats.remainingHours], [19, 8]);
    assert.deepEqual(remainingOn(stats, CHANGE_DAYS), [19, 19, 16, 10, 8]);
    assert.deepEqual(stats.velocity.map((w) => [w.week, w.itemsDone, w.hoursBurned]), [
      ['2026-10-26', 0, 0], ['2026-11-02', 1, 3], ['2026-11-09', 1, 6], ['2026-11-16', 1, 2],
    ]);
    assert.equal(stats.forecast.verdict, 'no-deadline');
    assert.ok(stats.forecast.finish && stats.forecast.finish > NOW.toISOString().slice(0, 10), 'finish at the current pace has a date');
    // Said on stderr as a plain run; the JSON run stays quiet.
    assert.doesNotMatch(first.err, /imported/);
    const again = await run(r.dir, ['stats', '--json', '.']);
    assert.deepEqual(JSON.parse(again.out), stats, 'the second run reads the same history and imports nothing more');
  } finally {
    r.cleanup();
  }
});

void test('waymark stats says once what it imported', { skip }, async () => {
  const r = threeWeeksOfTicks();
  try {
    const first = await run(r.dir, ['stats', '.']);
    assert.equal(first.code, 0, first.err);
    assert.match(first.err, /imported the past from git: 4 commits that touched the notes, 3 changes since Oct 26, 2026/);
    assert.match(first.out, /since Oct 26, 2026/);
    assert.doesNotMatch(first.out, /no pace yet/);
    assert.doesNotMatch((await run(r.dir, ['stats', '.'])).err, /imported/);
  } finally {
    r.cleanup();
  }
});

void test('the dashboard\'s progress API draws the same past on its first visit', { skip }, async () => {
  const r = threeWeeksOfTicks();
  const state = new WorkspaceState({ paths: ['.'], cwd: r.dir, now: () => NOW });
  try {
    const app = createApp({ state, token: 't0123456789abcdef', hosts: loopbackHosts(4173), now: () => NOW, log: () => undefined });
    const res = await app.request('/api/progress', { headers: { host: '127.0.0.1:4173' } });
    assert.equal(res.status, 200);
    const stats = (await res.json()) as Stats;
    assert.equal(stats.start, THREE_WEEKS.start);
    assert.deepEqual(remainingOn(stats, CHANGE_DAYS), [19, 19, 16, 10, 8]);
    assert.ok(stats.forecast.finish);
  } finally {
    await state.close();
    r.cleanup();
  }
});
