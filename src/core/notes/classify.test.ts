// The named cues of a title (what the kind-model experiment weighs, scripts/fit-kind.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyKind, isProse, sectionKind, titleCues } from './classify.js';

test('titleCues names each piece of evidence in a title on its own', () => {
  assert.deepEqual(titleCues('Read chapter 4 of the Rust Book'), ['book', 'verb:article', 'words:6-10', 'case:title']);
  assert.deepEqual(titleCues('Watch the Andrej Karpathy talk (video)'), ['video', 'verb:video', 'words:6-10', 'case:title']);
  assert.ok(titleCues('build a compiler from scratch').includes('case:lower'));
  assert.ok(titleCues('How does the borrow checker work?').includes('question'));
  assert.ok(titleCues('📄 Attention Is All You Need, 2017').includes('icon:paper'));
  assert.ok(titleCues('Изучить синтаксис').includes('script:other'));
});

test('a section says its kind with the word cut short ("Proj ideas"), and a judge\'s link is a problem even with a course word in its path', async () => {
  const { sectionKind, kindOfLinks } = await import('./classify.js');
  assert.equal(sectionKind('PROJ IDEAS (GO)'), 'project');
  assert.equal(sectionKind('Projection methods'), null);
  assert.equal(kindOfLinks(['https://leetcode.com/problems/course-schedule/']), 'task');
  assert.equal(kindOfLinks(['https://www.coursera.org/learn/algorithms']), 'course');
});

test('a label over exercises names things to solve, in English and other languages; a mention of problems does not', async () => {
  const { sectionKind } = await import('./classify.js');
  for (const label of ['Exercises', 'Practice problems:', 'Problem sets (week 2)', '📌 Bài tập:', 'Ejercicios', 'Übungen', '练习题', '실습']) assert.equal(sectionKind(label), 'task', label);
  assert.equal(sectionKind('Common problems with borrowing'), null);
  assert.equal(sectionKind('Open problems'), 'question');
});

test('a course\'s reading ("Reading 3", "Readings: ch. 2") is to read; "Reading a Schema" is a skill named by its gerund', async () => {
  const { classifyKind } = await import('./classify.js');
  assert.equal(classifyKind('Reading 3', [], null), 'article');
  assert.equal(classifyKind('Readings: ch. 2', [], null), 'article');
  assert.equal(classifyKind('Slides', [], null), 'article');
  assert.equal(classifyKind('Reading a Schema', [], null), 'topic');
  assert.equal(classifyKind('Reading Errors', [], null), 'topic');
});

test('a bookshop\'s link or an author says a book over a word in its name; a book\'s part is a step even with words after a colon', async () => {
  const { classifyKind } = await import('./classify.js');
  assert.equal(classifyKind('Compilers from Scratch', ['https://www.amazon.com/dp/123456'], null), 'book');
  assert.equal(classifyKind('Compilers from Scratch', ['https://github.com/someone/compilers'], null), 'project');
  assert.equal(classifyKind('Project Nightfall by Ada Morrow', [], null), 'book');
  assert.equal(classifyKind('Appendix B: @dana', [], 'book'), 'task');
  assert.equal(classifyKind('Preface : @dana, @lee', [], 'book'), 'task');
  assert.equal(classifyKind('Appendix of Wonders', [], 'book'), 'book');
});

test('an icon after a title says its kind as one in front does ("… workshops 🎓", "read some [[Legacy Code]] 📚")', async () => {
  const { classifyKind } = await import('./classify.js');
  assert.equal(classifyKind('rust async workshops 🎓', [], null), 'course');
  assert.equal(classifyKind('read some Refactoring Legacy Systems 📚', [], null), 'book');
  assert.equal(classifyKind('tidy the desk 🧹', [], 'task'), 'task');
});

test('a numbered seminar of a course is a sitting to attend, a task, in any of its spellings', async () => {
  const { classifyKind } = await import('./classify.js');
  for (const t of ['Seminar 2', 'Seminarie 1', 'Seminario 3']) assert.equal(classifyKind(t, [], null), 'task', t);
  assert.equal(classifyKind('Seminar on category theory', [], null), 'topic');
});

test('a list of readings holds things to read; a school\'s academy page or a career track is a course', async () => {
  const { classifyKind, sectionKind } = await import('./classify.js');
  assert.equal(sectionKind('Checklist of readings'), 'article');
  assert.equal(sectionKind('Checklist'), 'task');
  assert.equal(classifyKind('Dasar Pemrograman Web', ['https://www.example-school.id/academies/123'], null), 'course');
  assert.equal(classifyKind('Data Engineer Career Track', ['https://learn.example.com/tracks/data'], null), 'course');
});

test('a Japanese title says its kind by its nouns and its last verb', () => {
  assert.equal(classifyKind('家計簿アプリを作る', [], null), 'project');
  assert.equal(classifyKind('Python実践入門を読む', [], null), 'book');
  assert.equal(classifyKind('『Webを支える技術』', [], null), 'book');
  assert.equal(classifyKind('SQL超入門コース', [], null), 'course');
  assert.equal(classifyKind('課題提出用のレポジトリ作成', [], null), 'task');
  assert.equal(classifyKind('ruffについて調べて適用する', [], null), 'task');
  assert.notEqual(classifyKind('プロを目指す人のためのTypeScript入門', [], null), 'course');
});

test('a pronoun is a word in any script: the "i" after an accented letter ("dèi", "tôi") or before one ("işletim") is no "I"', () => {
  assert.equal(isProse('Sapiens. Da animali a dèi Yuval Noah Harari'), false);
  assert.equal(isProse('işletim sistemleri dersi notları'), false);
  assert.equal(isProse('tôi học Rust mỗi ngày với sách'), false);
  assert.equal(isProse('I want to learn Rust properly this year'), true);
  assert.equal(isProse('Then I rewrote the parser from scratch'), true);
});

test('a section named in words run together ("Readinglist", "ReadingList", "reading_list", "booklist") is named by those words', () => {
  for (const t of ['Readinglist', 'ReadingList', 'reading_list', 'booklist', 'Reading list']) assert.equal(sectionKind(t), 'book', t);
  assert.equal(sectionKind('CourseLog'), 'course');
  assert.equal(sectionKind('Dialog'), null);
});
