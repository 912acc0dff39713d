import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveSettings, expandDaysOff, weeklyHours } from './index.js';
import { emptyBudget } from '../model/types.js';

const TODAY = '2026-11-23';
const budget = { ...emptyBudget(), hoursPerWeek: 35, weeks: 6, totalHours: 210 };

void test('the notes fill what the config leaves out; flags override both', () => {
  const fromNotes = resolveSettings({ today: TODAY, budget });
  assert.equal(weeklyHours(fromNotes), 35);
  assert.deepEqual(fromNotes.weekMinutes, [420, 420, 420, 420, 420, 0, 0]);
  assert.equal(fromNotes.deadline, '2027-01-03'); // six weeks from today, inclusive
  assert.deepEqual(fromNotes.origins, { capacity: 'notes', start: 'today', deadline: 'notes' });

  const config = resolveSettings({ today: TODAY, budget, config: { hoursPerDay: { sat: 6, sun: 4 }, deadline: '2027-02-01' } });
  assert.deepEqual(config.weekMinutes, [0, 0, 0, 0, 0, 360, 240]);
  assert.equal(config.deadline, '2027-02-01');

  const flags = resolveSettings({ today: TODAY, budget, config: { hoursPerWeek: 20 }, flags: { hoursPerWeek: 12, start: '2026-12-01', deadline: '2027-03-01' } });
  assert.equal(weeklyHours(flags), 12);
  assert.equal(flags.start, '2026-12-01');
  assert.deepEqual(flags.origins, { capacity: 'flag', start: 'flag', deadline: 'flag' });
});

void test('total hours over weeks gives the weekly hours; nothing at all gives the default', () => {
  assert.equal(weeklyHours(resolveSettings({ today: TODAY, budget: { ...emptyBudget(), totalHours: 100, weeks: 10 } })), 10);
  const none = resolveSettings({ today: TODAY });
  assert.equal(none.origins.capacity, 'default');
  assert.equal(none.deadline, null);
});

void test('weekly hours spread over the workdays sum exactly', () => {
  const s = resolveSettings({ today: TODAY, config: { hoursPerWeek: 10, workdays: ['mon', 'wed', 'sat'] } });
  assert.deepEqual(s.weekMinutes, [200, 0, 200, 0, 0, 200, 0]);
  const odd = resolveSettings({ today: TODAY, config: { hoursPerWeek: 7.01 } });
  assert.equal(odd.weekMinutes.reduce((a, b) => a + b, 0), Math.round(7.01 * 60));
});

void test('a start in the past plans from today; a horizon counts from the start the notes give', () => {
  const s = resolveSettings({ today: TODAY, budget: { ...budget, start: '2026-11-09' } });
  assert.equal(s.start, TODAY);
  assert.equal(s.deadline, '2026-12-20');
});

void test('days off: single days and inclusive ranges, sorted, bad entries ignored', () => {
  assert.deepEqual(expandDaysOff(['2026-12-31..2027-01-02', '2026-12-24', 'soon']), ['2026-12-24', '2026-12-31', '2027-01-01', '2027-01-02']);
});
