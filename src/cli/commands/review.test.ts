// `waymark review`: the queue as JSON, a session answered through a pipe and one driven in a real
// terminal under tmux; the saved schedule is checked against ts-fsrs for the pinned times.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { after, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { createEmptyCard, fsrs, generatorParameters, Rating, type Card, type Grade } from 'ts-fsrs';
import { openReviewStore } from '../../store/review.js';
import { loadRoadmap } from '../../edge/workspace.js';
import { main } from '../main.js';
import { countDueReviews, reviewHoursForWorkspace, type ReviewContext } from './review.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const NOTES = `# Deep learning
## Courses
- [x] Fast.ai Part 1 ✅ 2026-11-10
  - my notes: look at the data first
  - Is RL problem differentiable?
    - no: the reward is sampled; policy gradients
- CS231n: Lec 2 done out of 16
  - backprop through conv is correlation
- [ ] Read the PyTorch book
`;
const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function workspace(config?: object): string {
  const dir = mkdtempSync(join(tmpdir(), 'wm-review-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'plan.md'), NOTES);
  if (config) writeFileSync(join(dir, 'waymark.json'), JSON.stringify(config));
  return dir;
}

function context(dir: string, now: string, input?: string[]): ReviewContext & { out: string; err: string } {
  const stdin = new PassThrough();
  if (input) stdin.end(input.join('\n') + '\n');
  const c = {
    out: '', err: '', cwd: dir, env: { TZ: 'UTC' }, color: false, now: () => new Date(now), stdin,
    stdout: { write: (s: string) => (c.out += s) },
    stderr: { write: (s: string) => (c.err += s) },
  };
  return c;
}

/** The schedule ts-fsrs itself gives for these answers at these times. */
function expected(answers: Array<[string, Grade]>, config = { request_retention: 0.9, maximum_interval: 365 }): Card {
  const f = fsrs(generatorParameters({ ...config, enable_short_term: false, enable_fuzz: false }));
  let card = createEmptyCard(new Date(answers[0]![0]));
  for (const [at, g] of answers) card = f.next(card, new Date(at), g).card;
  return card;
}

void test('--json lists what is due: newest finished work first, then source order; nothing is written', async () => {
  const dir = workspace();
  const c = context(dir, '2026-11-22T20:00:00Z');
  assert.equal(await main(['review', '--json'], c), 0, c.err);
  const j = JSON.parse(c.out) as { schema: string; cards: number; due: Array<{ prompt: string; new: boolean; source: { path: string; line: number } }> };
  assert.equal(j.schema, 'waymark.review/1');
  assert.deepEqual(j.due.map((d) => d.prompt), ['Fast.ai Part 1', 'Is RL problem differentiable?', 'CS231n — lecture 1 of 16', 'CS231n — lecture 2 of 16']);
  assert.deepEqual(j.due[1]!.source, { path: 'plan.md', line: 5, endLine: 6 }); // (its answer on the line under it is the question's)
  assert.equal(await countDueReviews(dir, (await loadRoadmap([dir], { cwd: dir, now: new Date() })).roadmap, new Date('2026-11-22T20:00:00Z')), 4);
  assert.equal(spawnSync('ls', [join(dir, '.waymark')]).status !== 0, true, 'listing does not create a database');
  // The planner's reservation: 4 new cards in week 1 at 2 minutes each, plus their first Good follow-ups.
  const hours = await reviewHoursForWorkspace(dir, (await loadRoadmap([dir], { cwd: dir, now: new Date() })).roadmap, '2026-11-23', 3);
  assert.equal(hours.length, 3);
  assert.ok(hours[0]! >= (4 * 2) / 60, String(hours));
});

void test('a session through a pipe: reveal, rate, saved; the schedule is ts-fsrs\'s; new cards per day are limited', async () => {
  const dir = workspace({ review: { desiredRetention: 0.85, maximumInterval: 200, newPerDay: 3 } });
  const t1 = '2026-11-22T20:00:00Z';
  const c = context(dir, t1, ['', '3', '', 'nonsense', '1', '', 'easy']);
  assert.equal(await main(['review'], c), 0, c.err);
  assert.match(c.out, /Review 1 of 3 · new\nFast\.ai Part 1\nDeep learning › Courses · plan\.md:3/);
  assert.match(c.out, /    3 │ - \[x\] Fast\.ai Part 1 ✅ 2026-11-10\n    4 │   - my notes: look at the data first/);
  assert.match(c.out, /How well did you remember it\?  1 again 1d   2 hard 2d   3 good 4d   4 easy 2w/);
  assert.match(c.out, /✓ good · next review Thu 26 Nov \(in 4 days\)/);
  assert.match(c.out, /press 1 again, 2 hard, 3 good, 4 easy/);
  assert.match(c.out, /↺ again · next review Mon 23 Nov \(tomorrow\)/);
  assert.match(c.out, /Reviewed 3 \(1 again, 1 good, 1 easy\) · next review Mon 23 Nov \(tomorrow\) · 1 new cards wait for later days/);

  const store = openReviewStore(dir);
  const states = await store.states();
  const logs = await store.logs();
  await store.close();
  assert.equal(logs.length, 3);
  const cfg = { request_retention: 0.85, maximum_interval: 200 };
  const fast = [...states.values()].find((s) => logs.find((l) => l.key === s.key)?.rating === 'good')!;
  assert.equal(fast.due, expected([[t1, Rating.Good]], cfg).due.toISOString());

  // The next day: the card answered "again" is due, plus the one new card left; answer both.
  const t2 = '2026-11-23T19:00:00Z';
  const c2 = context(dir, t2, ['', 'good', '', 'hard']);
  assert.equal(await main(['review'], c2), 0, c2.err);
  assert.match(c2.out, /Review 1 of 2\n/, 'the review comes before the new card');
  const store2 = openReviewStore(dir);
  const again = (await store2.logs()).find((l) => l.rating === 'again')!;
  const s2 = (await store2.states()).get(again.key)!;
  await store2.close();
  assert.equal(s2.due, expected([[t1, Rating.Again], [t2, Rating.Good]], cfg).due.toISOString());
  assert.equal(s2.reps, 2);
  assert.equal(s2.lapses, 0);

  // Status shows how many are due.
  const c3 = context(dir, '2026-12-30T12:00:00Z');
  assert.equal(await main(['status', '--json'], c3), 0, c3.err);
  assert.deepEqual((JSON.parse(c3.out) as { reviews: { due: number } }).reviews.due, 4);
});

void test('q stops a session; what was answered is kept', async () => {
  const dir = workspace();
  const c = context(dir, '2026-11-22T20:00:00Z', ['', '4', 'q']);
  assert.equal(await main(['review'], c), 0, c.err);
  assert.match(c.out, /Reviewed 1 \(1 easy\) · 3 still due/);
  // Nothing due: a short answer, and still no database when there was never an answer to keep.
  const empty = mkdtempSync(join(tmpdir(), 'wm-review-empty-'));
  dirs.push(empty);
  writeFileSync(join(empty, 'plan.md'), '- [ ] Read SICP\n');
  const c2 = context(empty, '2026-11-22T20:00:00Z', []);
  assert.equal(await main(['review'], c2), 0, c2.err);
  assert.match(c2.out, /^Nothing to review yet/);
  assert.equal(existsSync(join(empty, '.waymark')), false);
});

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
void test('a session in a real terminal under tmux: keys without Enter, Ctrl-C-free exit', { skip: !hasTmux && 'needs tmux (apt-get install tmux)' }, async () => {
  const dir = workspace();
  const session = `wm-review-${process.pid}`;
  const t = '2026-11-22T20:00:00Z';
  const script = `import('${join(ROOT, 'src/cli/main.ts')}').then((m) => m.main(process.argv.slice(1))).then((c) => { process.exitCode = c; })`;
  const cmd = `cd ${dir} && WAYMARK_NOW=${t} NO_COLOR=1 TZ=UTC node --import ${join(ROOT, 'node_modules/tsx/dist/esm/index.mjs')} -e "${script}" review --limit 2; echo "exit=$?"; sleep 60`;
  execFileSync('tmux', ['new-session', '-d', '-s', session, '-x', '110', '-y', '45', cmd]);
  const screen = () => execFileSync('tmux', ['capture-pane', '-p', '-t', session, '-S', '-200']).toString();
  const waitFor = async (re: RegExp) => {
    for (let i = 0; i < 150; i++) {
      if (re.test(screen())) return;
      await sleep(100);
    }
    assert.fail(`timed out waiting for ${re}; screen:\n${screen()}`);
  };
  const keys = (...k: string[]) => execFileSync('tmux', ['send-keys', '-t', session, ...k]);
  try {
    await waitFor(/press space to see your notes/);
    assert.doesNotMatch(screen(), /my notes: look at the data first/, 'notes hidden until revealed');
    keys('Space');
    await waitFor(/my notes: look at the data first/);
    keys('3');
    await waitFor(/✓ good · next review Wed 25 Nov \(in 3 days\)/);
    await waitFor(/Review 2 of 2/);
    keys('Space');
    await waitFor(/no: the reward is sampled/);
    keys('2');
    await waitFor(/exit=0/);
    assert.match(screen(), /Reviewed 2 \(1 hard, 1 good\)/);
  } finally {
    spawnSync('tmux', ['kill-session', '-t', session]);
  }
  const store = openReviewStore(dir);
  const logs = await store.logs();
  const states = await store.states();
  await store.close();
  assert.deepEqual(logs.map((l) => l.rating), ['good', 'hard']);
  const q = states.get(logs[1]!.key)!;
  assert.equal(q.due, expected([[t, Rating.Hard]]).due.toISOString());
});
