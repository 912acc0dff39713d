import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { BudgetFinder, budgetMayRead, type LineRole } from './budget.js';

const NOW = new Date('2026-11-22T10:00:00Z');
const ROLES: LineRole[] = ['text', 'estimated', 'task'];

/** The budget of `lines` read whole, and read with only the lines budgetMayRead keeps. */
function both(lines: readonly string[], roles: readonly LineRole[]) {
  const all = new BudgetFinder(NOW);
  const kept = new BudgetFinder(NOW);
  lines.forEach((l, i) => {
    all.line('n.md', i + 1, l, roles[i % roles.length]);
    if (budgetMayRead(l)) kept.line('n.md', i + 1, l, roles[i % roles.length]);
  });
  return { all: all.result(), kept: kept.result() };
}

const PARTS = [
  '10 hours/week', 'for 12 weeks', 'Deadline: March 2027', 'until June', 'by the end of the year', 'Start: 2027-01-04', 'end 2027-04-30',
  'an hour a day', '2h on weekdays and 5 on weekends', '3 evenings a week, 2h each', 'total 120 hours', 'Timeline: 4 to 6 months',
  '10 horas por semana durante 3 meses', '每週 10 小時', 'Read SICP', 'May the notes be kind', 'year-end review', 'Q2', '~3h', '- [ ] Task',
  'weekly: 8-10 hours', 'before my interview on March 3', '2026-12-01', 'Mon–Fri 1.5h', 'x', '',
  'LỘ TRÌNH FULL-TIME 8H / NGÀY (10 NGÀY)', '2 horas por día durante 30 días', '8 giờ / ngày', '3 uur per dag', '(10 days)', 'Setiap hari: 2 jam', '每天5到6小时',
];

test('the lines budgetMayRead leaves out change no budget: random lines', () => {
  fc.assert(fc.property(
    fc.array(fc.array(fc.constantFrom(...PARTS), { maxLength: 4 }).map((p) => p.join(' ')), { maxLength: 30 }),
    fc.array(fc.constantFrom(...ROLES), { minLength: 1, maxLength: 5 }),
    (lines, roles) => {
      const { all, kept } = both(lines, roles);
      assert.deepEqual(kept, all);
    },
  ), { numRuns: 3000 });
});

test('the lines budgetMayRead leaves out change no budget: the examples and the corpus, line by line', () => {
  const roots = [new URL('../../../examples', import.meta.url).pathname, process.env.WAYMARK_CORPUS ?? new URL('../../../../shared/corpus', import.meta.url).pathname];
  const files: string[] = [];
  const walk = (d: string): void => {
    let names: string[];
    try {
      names = readdirSync(d);
    } catch {
      return;
    }
    for (const n of names) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(?:md|txt|org)$/.test(n)) files.push(p);
    }
  };
  roots.forEach(walk);
  assert.ok(files.length > 0);
  for (const f of files) {
    for (const roles of [['text'], ['task'], ['estimated', 'text', 'task']] as LineRole[][]) {
      const { all, kept } = both(readFileSync(f, 'utf8').split('\n'), roles);
      assert.deepEqual(kept, all, f);
    }
  }
});

test('"12 week schedule", "a 6-month plan": the span the plan runs is its weeks', () => {
  const weeksOf = (line: string) => { const f = new BudgetFinder(NOW); f.line('n.md', 1, line, 'text'); return f.result().weeks; };
  assert.equal(weeksOf('12 week schedule'), 12);
  assert.ok((weeksOf('A 6-month plan to learn Rust') ?? 0) > 20);
  assert.equal(weeksOf('Lecture 3 of a 12 week course'), null);
  // "DAYS REMAINING: 35 DAYS", "6 weeks left": the time left before the goal, the plan's horizon.
  assert.equal(weeksOf('### **DAYS REMAINING: 35 DAYS**'), 5);
  assert.equal(weeksOf('6 weeks left until the exam'), 6);
  assert.equal(weeksOf('3 chapters left'), null);
});

test('a day\'s hours with the span in brackets after them, in Vietnamese and Spanish too', () => {
  const read = (line: string) => {
    const f = new BudgetFinder(NOW);
    f.line('n.md', 1, line, 'text');
    const b = f.result();
    return [b.hoursPerWeek, b.weeks, b.totalHours];
  };
  assert.deepEqual(read('# Plan full-time 8h / day (10 days)'), [56, 1.43, 80]);
  assert.deepEqual(read('# LỘ TRÌNH FULL-TIME 8H / NGÀY (10 NGÀY)'), [56, 1.43, 80]);
  assert.deepEqual(read('2 horas por día durante 30 días'), [14, 4.29, 60]);
});

test('every day in another language, then within a few words how long; a range written with 到', () => {
  const read = (line: string) => {
    const f = new BudgetFinder(NOW);
    f.line('n.md', 1, line, 'text');
    return f.result().hoursPerWeek;
  };
  assert.equal(read('确保每天都能投入5到6小时'), 38.5);
  assert.equal(read('Setiap hari: belajar coding minimal 2 jam (bisa dari kursus)'), 14);
  assert.equal(read('Todos los días estudio 2 horas'), 14);
  assert.equal(read('Chaque jour, 1 h de lecture'), 7);
  assert.equal(read('Every day: 2 problems'), null);
});

test('a note whose title names its plan\'s span: that span is the horizon, when nothing else names one', () => {
  const weeks = (lines: string[]) => {
    const f = new BudgetFinder(NOW);
    lines.forEach((l, i) => f.line('n.md', i + 1, l, 'text'));
    return f.result().weeks;
  };
  assert.equal(weeks(['# Planning de Révision - 4 Semaines', '## Semaine 1 : Séries', '- 3 days of review']), 4);
  assert.equal(weeks(['# AP1 Checkliste - 7 Wochen Lernplan']), 7);
  assert.equal(weeks(['12-Month Learning Plan (1 Year)']), 52);
  assert.equal(weeks(['# Plan', 'Timeline: 6 weeks', '', '# 12-Month Learning Plan']), 6);
  assert.equal(weeks(['# Notes from 3 weeks in Japan']), null);
});
