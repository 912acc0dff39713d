import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { corpusFiles } from '../../../test/corpus-files.js';
import { corpusNeed, skipUnless } from '../../../test/needs.js';
import {
  findEstimate, findEstimateUngated, findProgress, findProgressUngated, findStatusWord, normalizeUnit, parseClockDuration, parseDurationHours,
} from './phrases.js';

test('progress phrases in their many wordings', () => {
  const cases: [string, number, number | null, string][] = [
    ['Convex Optimization - done upto and including chapter 12', 12, null, 'chapter'],
    ['MIT 6.824 Lec 1 done out of 20', 1, 20, 'lecture'],
    ['Upto and including week 2 done', 2, null, 'week'],
    ['3/10 videos', 3, 10, 'video'],
    ['40%', 40, 100, 'percent'],
    ['page 120 of 600', 120, 600, 'page'],
    ['12 of 20 lectures', 12, 20, 'lecture'],
    ['Just finished chapter 8', 8, null, 'chapter'],
    ['Finished Chapter 1', 1, null, 'chapter'],
    ['chapter 3/12', 3, 12, 'chapter'],
    ['completed 4 out of 9 modules', 4, 9, 'module'],
    ['currently on lecture 7', 6, null, 'lecture'],
    ['finished up to lesson 5', 5, null, 'lesson'],
    ['ch. 4 of 10', 4, 10, 'chapter'],
    ['Lec 3 done outta 20', 3, 20, 'lecture'],
    ['Lectures 1 through 5 done', 5, null, 'lecture'],
    ['finished lectures 1-14, 20 to go', 14, 34, 'lecture'],
    ['chapter 3 done (17 left)', 3, 20, 'chapter'],
    ['120 problems solved out of 300', 120, 300, 'problem'],
    ['[Clean Code] reading (142 pages / 584 pages)', 142, 584, 'page'],
    ['[클린 코드] 독서 (142page / 584page)', 142, 584, 'page'],
    // Other languages' units, where English word boundaries do not reach or no word stands apart.
    ['Совершенный код — глава 3 из 12', 3, 12, 'chapter'],
    ['Matematyka — rozdział 3 z 12', 3, 12, 'chapter'],
    ['Giải tích — chương 3/12', 3, 12, 'chapter'],
    ['Algoritmalar — bölüm 3/12', 3, 12, 'chapter'],
    ['прочитано 4 из 10 глав', 4, 10, 'chapter'],
    ['深入理解计算机系统 已完成 3/12 章', 3, 12, 'chapter'],
    ['リーダブルコード 3/10章まで読了', 3, 10, 'chapter'],
    ['자료구조 강의 3강/20강', 3, 20, 'lecture'],
    ['线性代数 第2讲/共10讲', 2, 10, 'lecture'],
    // Counts in the languages the reader's other words cover, with their words for "of".
    ['Kurs - kapitel 3 av 10', 3, 10, 'chapter'],
    ['Curs - capitolul 3 din 10', 3, 10, 'chapter'],
    ['Βιβλίο - κεφάλαιο 3 από 10', 3, 10, 'chapter'],
    ['Kirja - luku 3/10', 3, 10, 'chapter'],
    ['Könyv - 3/10 fejezet', 3, 10, 'chapter'],
    ['Kurs - 5 av 20 videor', 5, 20, 'video'],
    ['Corso - video 3 di 10', 3, 10, 'video'],
    ['Cursus - 3/10 opdrachten', 3, 10, 'exercise'],
    ['Практикум - 2 модуль, 3/6 курс', 3, 6, 'course'],
    ['Curso - 3 de 12 temas', 3, 12, 'topic'],
    ['Tag 3 von 30', 3, 30, 'day'],
    ['קורס - שיעור 3 מתוך 10', 3, 10, 'lesson'],
    // Done, and up to, in those languages.
    ['Libro - leído hasta el capítulo 5', 5, null, 'chapter'],
    ['Книга - прочитал до главы 5', 5, null, 'chapter'],
    ['Bok - läst till kapitel 5', 5, null, 'chapter'],
    ['Kurs - Lektion 7 abgeschlossen', 7, null, 'lesson'],
    ['Curso - aula 7 concluída', 7, null, 'lecture'],
    ['Kurs - 7 Lektionen erledigt', 7, null, 'lesson'],
    ['Глава 4 прочитана', 4, null, 'chapter'],
    ['Curso - 45% concluído', 45, 100, 'percent'],
  ];
  for (const [text, done, total, unit] of cases) {
    const p = findProgress(text);
    assert.ok(p, `no progress found in "${text}"`);
    assert.deepEqual([p.done, p.total, p.unit], [done, total, unit], text);
    assert.equal(text.slice(p.doneIndex, p.doneIndex + p.doneLength), String(unit === 'lecture' && text.includes('on lecture') ? 7 : done), `done position in "${text}"`);
  }
});

test('no progress where there is none', () => {
  for (const text of ['MIT 6.824 Distributed Systems', 'CS 61A', 'Read chapters 1-4', 'Python 3.11 release notes', '2024-05-01', 'Top 10 papers', 'chapter 5-7 exercises', 'Watch lecture 5 of 6.824', 'Video 3 of 12.5', 'Windows 10/11 설치', '2024/12 회고', 'les 3 premières', '3 pages / 20 chapters', 'a 5G router for 3Gbps', 'Meeting 2024/05/01 dag', 'Windows 10/11 del', 'Dune 2/3 de Frank Herbert', 'Capítulo 5: Listas', 'Kapitel 3 fertig lesen', 'Semana 1: leer hasta el capítulo 5', 'Semana 3 lista de ejercicios']) {
    assert.equal(findProgress(text), null, text);
  }
});

test('estimates: explicit, ranges, full-time weeks, rates', () => {
  const cases: [string, number, 'week' | 'day' | null][] = [
    ['Monday (7 hours)', 7, null],
    ['~6h', 6, null],
    ['2h30m', 2.5, null],
    ['1.5 hrs', 1.5, null],
    ['a week full time', 40, null],
    ['4+ weeks full time', 160, null],
    ['3 - 6 weeks full time', 180, null],
    ['at least 3 hours', 3, null],
    ['(10 mins)', 10 / 60, null],
    ['6-10 hours/week', 8, 'week'],
    ['2 hours a day', 2, 'day'],
    ['PT2H30M', 2.5, null],
    ['📺 (45m) Propagators, a talk', 0.75, null],
  ];
  for (const [text, hours, rate] of cases) {
    const e = findEstimate(text);
    assert.ok(e, text);
    assert.ok(Math.abs(e.hours - hours) < 1e-9, `${text}: ${e.hours}`);
    assert.equal(e.rate, rate, text);
  }
  assert.equal(findEstimate('Implement EfficientNetB0 from scratch'), null);
  assert.equal(findEstimate('Lec 1 done out of 20'), null);
});

test('durations typed on the command line and clock durations', () => {
  assert.equal(parseDurationHours('1h30m'), 1.5);
  assert.equal(parseDurationHours('90m'), 1.5);
  assert.equal(parseDurationHours('1 hour 20 minutes'), 1 + 1 / 3);
  assert.equal(parseDurationHours('PT2H30M'), 2.5);
  assert.equal(parseDurationHours('soon'), null);
  assert.equal(parseClockDuration('3:10:30'), 3 + 10 / 60 + 30 / 3600);
  assert.equal(parseClockDuration('0:52'), 52 / 60);
});

test('units are singular and lower case', () => {
  assert.equal(normalizeUnit('Lectures'), 'lecture');
  assert.equal(normalizeUnit('ch'), 'chapter');
  assert.equal(normalizeUnit('Quizzes'), 'quiz');
  assert.equal(normalizeUnit('videos'), 'video');
});

test('status words', () => {
  assert.equal(findStatusWord('The Pragmatic Programmer - finished'), 'done');
  assert.equal(findStatusWord('in progress'), 'doing');
  assert.equal(findStatusWord('dropped it'), 'skipped');
  assert.equal(findStatusWord('Tutorial: MLflow official getting started'), null);
});

test('the cheap tests in front of the progress and estimate patterns never change an answer', { skip: skipUnless(corpusNeed()) }, () => {
  // Every line of every corpus note, plus variants that move spaces, marks and case
  // around the numbers: the gated search must agree with trying every pattern.
  const lines: string[] = [
    'p. 12 of 300', 'Ch.#3 of 10', 'LEC 4 OF 20 DONE', '3 /10 videos', '3 out of 10 Modules', 'pp 40-60',
    'on chapter 2', 'at   lecture 9', 'upto ch 4 done', 'finished 3 chapters', '40 % done', 'x100%', '1.5 hrs',
    '6+ hours/week', '2h30m', '45 mins', 'PT2H30M', 'a week full time', '3 - 6 weeks full-time', '90m', '7.5\u00a0h',
  ];
  for (const f of corpusFiles()) lines.push(...readFileSync(f, 'utf8').split(/\r?\n/));
  let rand = 7;
  const next = (): number => (rand = (rand * 1103515245 + 12345) % 2147483648) / 2147483648;
  const variants = (s: string): string[] => [s, s.toUpperCase(), s.replace(/(\d+)/g, ' #$1 '), s.replace(/\s+/g, () => (next() < 0.5 ? '' : '  ')), s.replace(/([a-z])(\d)/gi, '$1.$2')];
  let checked = 0;
  for (const line of lines) {
    if (!/\d|full/i.test(line)) continue;
    for (const v of variants(line)) {
      assert.deepEqual(findProgress(v), findProgressUngated(v), v);
      assert.deepEqual(findEstimate(v), findEstimateUngated(v), v);
      checked++;
    }
  }
  assert.ok(checked > 5000, `only ${checked} lines checked`);
});

test('a percent that measures a word inside a sentence is no progress; one at the end or before "of" is', () => {
  assert.equal(findProgress('Courses with very few 100% English-speaking students'), null);
  assert.equal(findProgress('能獨立解決 80% 的題目'), null);
  assert.equal(findProgress('Linear algebra 40%')?.done, 40);
  assert.equal(findProgress('60% of the Rust book')?.done, 60);
});

test('estimates in Chinese numerals: "两个小时", "一个半小时", "半个小时", "二十分钟"; "每天三小时" is a rate', () => {
  assert.deepEqual(['学习superset两个小时', '一个半小时', '学习半个小时', '二十分钟', '30分钟', '十二小时'].map((t) => findEstimate(t)?.hours), [2, 1.5, 0.5, 1 / 3, 0.5, 12]);
  assert.equal(findEstimate('每天三小时')?.rate, 'day');
  assert.equal(findEstimate('考了90分'), null);
  assert.equal(findEstimate('能在 30 分鐘內實作任何基礎資料結構'), null);
});

test('a span of the day written with "h" for the hour ("Matin (7h-9h)", "Soir (20h–22h)", "9h30-11h") is so many hours, not the first figure; "2h-3h" is a range of lengths, its middle', () => {
  assert.equal(findEstimate('Matin (7h-9h)')?.hours, 2);
  assert.equal(findEstimate('Soir (20h–22h)')?.hours, 2);
  assert.equal(findEstimate('9h30-11h')?.hours, 1.5);
  assert.equal(findEstimate('Exercices (2h-3h)')?.hours, 2.5);
  assert.equal(findEstimate('Samedi 8 mars (4h)')?.hours, 4);
});
