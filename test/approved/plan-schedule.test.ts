// Plans of notes that state their own schedule (test/fixtures/plan-notes: a two-week roadmap
// with daily hour blocks, beside a job search, a language list and a current-courses note),
// through the CLI with a pinned clock. The roadmap runs in its own weeks from the plan's start,
// its deliverables, success criteria and resource lists add no hours, and unestimated,
// undated, unstarted entries are listed as backlog rather than booked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import type { Plan } from '../../src/core/plan/index.js';
import { approve } from './approve.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NOTES = 'test/fixtures/plan-notes';
const ROADMAP = `${NOTES}/two-week-backend-roadmap.md`;

async function run(args: string[], now: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    cwd: ROOT,
    env: { TZ: 'Europe/Berlin' },
    now: () => new Date(now),
    color: false,
  });
  return { code, out, err };
}

const MONDAY = '2026-11-23T08:00:00Z';
const FRIDAY = '2026-11-27T08:00:00Z';

void test('approved plan: a two-week roadmap with other notes', async () => {
  const r = await run(['plan', NOTES], MONDAY);
  assert.equal(r.code, 0, r.err);
  approve('plan-schedule-mixed-notes', r.out);
});

void test('approved plan: the two-week roadmap alone, planned on a Friday', async () => {
  const r = await run(['plan', ROADMAP], FRIDAY);
  assert.equal(r.code, 0, r.err);
  approve('plan-schedule-roadmap-from-friday', r.out);
});

async function planJson(args: string[], now: string): Promise<Plan> {
  const r = await run(['plan', ...args, '--json'], now);
  assert.equal(r.code, 0, r.err);
  return JSON.parse(r.out) as Plan;
}

void test('the roadmap comes to its own 40 hours: outputs and resources are not work', async () => {
  const plan = await planJson([ROADMAP], MONDAY);
  assert.equal(plan.totals.plannedMinutes, 40 * 60);
  assert.equal(plan.fit.fits, true);
  const titles = plan.backlog.map((b) => b.title);
  assert.ok(titles.includes('"Database Internals" - Alex Petrov'), titles.join(' | '));
  // The final deliverables are reached when the schedule is done, with no hours of their own.
  const portfolio = plan.items.find((p) => p.title === 'Portfolio')!;
  assert.equal(portfolio.remainingMinutes, 0);
  assert.equal(portfolio.finish, '2026-12-04');
});

void test('the roadmap starts in its own first week beside other notes, not behind them', async () => {
  const plan = await planJson([NOTES], MONDAY);
  const day = (title: string) => plan.items.find((p) => p.title.startsWith(title))!;
  // Week 1's Monday block is booked on the plan's first Monday; week 2's Monday a week later.
  assert.equal(day('Read: "Designing Data-Intensive Applications" chapter 3').start, '2026-11-23');
  assert.equal(day('Study: REST resource design').slot, '2026-11-30');
  assert.ok(day('Study: REST resource design').start! >= '2026-11-30');
  // Work under way (the courses) is booked, an unestimated list entry is backlog.
  assert.ok(day('MIT 6.824 Distributed Systems').bookedMinutes > 0);
  assert.ok(plan.backlog.some((b) => b.title === 'Genki I textbook'));
  assert.ok(!plan.items.some((p) => p.title === 'Genki I textbook'));
  // The verdict says how many hours a week would make it fit.
  assert.ok(plan.fit.suggestions.some((s) => s.kind === 'add-hours'), JSON.stringify(plan.fit.suggestions));
});

void test('on a Friday, a roadmap of weekdays starts the next Monday and its weeks count from there', async () => {
  const plan = await planJson([ROADMAP], FRIDAY);
  const first = plan.days.find((d) => d.blocks.length > 0)!;
  assert.equal(first.date, '2026-11-30');
  assert.equal(plan.settings.deadline, '2026-12-13');
  assert.equal(plan.fit.fits, true);
});
