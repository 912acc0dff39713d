// Approved plans of real-style notes kept in the repository (test/fixtures/notes: a research
// to-do list, an about page, a six-week roadmap with its own days and hours) and of the
// project's examples, produced through the CLI with a pinned clock, so any change in a plan
// shows as a diff.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import type { CliContext } from '../../src/cli/context.js';
import { approve } from './approve.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NOW = '2026-11-23T08:00:00Z'; // a Monday morning

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const ctx: CliContext = {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    cwd: ROOT,
    env: { TZ: 'Europe/Berlin' },
    now: () => new Date(NOW),
    color: false,
  };
  const code = await main(args, ctx);
  return { code, out, err };
}

const NOTES = {
  'plan-research-todo': 'test/fixtures/notes/research-todo.txt',
  'plan-about-page': 'test/fixtures/notes/about-page.md',
  'plan-six-week-roadmap': 'test/fixtures/notes/six-week-roadmap.md',
  'plan-examples': 'examples',
};

for (const [name, path] of Object.entries(NOTES)) {
  void test(`approved plan: ${name}`, async () => {
    const r = await run(['plan', path]);
    assert.equal(r.code, 0, r.err);
    approve(name, r.out);
  });
}

void test('approved plan: the six-week roadmap focused on week 2 with 40 h/week', async () => {
  const r = await run(['plan', NOTES['plan-six-week-roadmap'], '--week', '2', '--hours-per-week', '40']);
  assert.equal(r.code, 0, r.err);
  approve('plan-six-week-week-2-40h', r.out);
});

void test('approved exports of the examples: ics and tjp', async () => {
  const ics = await run(['export', '--format', 'ics', 'examples']);
  assert.equal(ics.code, 0, ics.err);
  approve('export-examples-ics', ics.out.replace(/\r\n/g, '\n'));
  const tjp = await run(['export', '--format', 'tjp', 'examples']);
  assert.equal(tjp.code, 0, tjp.err);
  approve('export-examples-tjp', tjp.out);
});

void test('plan --json is the same plan, as data', async () => {
  const r = await run(['plan', NOTES['plan-six-week-roadmap'], '--json']);
  const plan = JSON.parse(r.out) as { schema: string; totals: { bookedMinutes: number; plannedMinutes: number }; days: unknown[] };
  assert.equal(plan.schema, 'waymark.plan/1');
  assert.equal(plan.totals.bookedMinutes, plan.totals.plannedMinutes);
  assert.ok(plan.days.length > 0);
});

void test('bad flags are usage errors (exit 2) with the bad value quoted', async () => {
  for (const [args, re] of [
    [['plan', 'examples', '--week', 'two'], /--week expects a week number from 1, got "two"/],
    [['plan', 'examples', '--deadline', '2027-02-30'], /--deadline expects a date as YYYY-MM-DD, got "2027-02-30"/],
    [['plan', 'examples', '--hours-per-week', '-1'], /--hours-per-week expects a number of hours from 0 to 168, got "-1"/],
    [['plan', 'examples', '--start', '2027-03-01', '--deadline', '2027-02-01'], /deadline 2027-02-01 is before the plan's start 2027-03-01/],
  ] as const) {
    const r = await run([...args]);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
    assert.match(r.err, re);
  }
});
