import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readLegend, statusOfMeaning } from './legend.js';
import { scan } from '../scan.js';
import { readNote } from '../reader.js';

test('a legend\'s words say a status: finished, not read yet, currently reading; a favourite says none', () => {
  assert.deepEqual(['Finished', 'Not read yet', 'Currently reading', 'Favourite', 'Gave up', 'want to read'].map(statusOfMeaning), ['done', 'todo', 'doing', null, 'skipped', 'todo']);
});

test('the marks a note defines, from a legend table and legend lines; a mark two meanings contradict is left out', () => {
  const lines = scan('| status | meaning |\n|---|---|\n| :clock5: | Not read yet |\n| :bookmark: | Currently reading |\n| :pushpin: | Favourite |\n\n🔖 = reading\n⭐ = done\n⭐ = dropped\n', 'markdown');
  assert.deepEqual([...readLegend(lines)], [[':clock5:', 'todo'], [':bookmark:', 'doing'], ['🔖', 'doing']]);
});

test('a mark the note\'s own legend defines says what it says there: a bookmark is "currently reading" in this note', () => {
  const text = '| status | meaning |\n|---|---|\n| :ballot_box_with_check: | Finished |\n| :bookmark: | Currently reading |\n\n| Books | status |\n|---|---|\n| Meditations | :bookmark: |\n| Piranesi | :ballot_box_with_check: |\n';
  const r = readNote('books.md', text, '2026-12-04');
  assert.deepEqual(r.drafts.map((d) => [d.title, d.status]), [['Meditations', 'doing'], ['Piranesi', 'done']]);
});

test('a legend of pairs on one line, in a quote; a defined mark beside an empty box says the status, a ticked box stays ticked', () => {
  const text = '> Legend: ✅ Solved | 🟡 In Progress | ⬜ To Do\n\n- [ ] ✅ 1. Two Sum\n- [ ] 🟡 26. Remove Duplicates\n- [ ] ⬜ 169. Majority Element\n- [x] ⬜ 205. Isomorphic Strings\n';
  const r = readNote('neetcode.md', text, '2026-12-04');
  assert.deepEqual(r.drafts.map((d) => d.status), ['done', 'doing', 'todo', 'done']);
  assert.deepEqual([...readLegend(scan(text, 'markdown'))], [['✅', 'done'], ['🟡', 'doing'], ['⬜', 'todo']]);
});

test('a legend table of capital codes ("D", "WIP") says the status of a cell that holds the code alone, not of words with that letter', () => {
  const r = readNote('ideas.md', [
    '# Project ideas', '',
    '| Name | Description | Technologies | Status |', '|---|---|---|---|',
    '| Stride | A running log app | SvelteKit | WIP |', '| CaseNote | Done Deal scheduler | Rust | P |', '| Trello CLI | A CLI for boards | N/A | D |',
    '', '### Status Legend', 'Key | Meaning', '----|--------', 'P | Paused', 'D | Done / Maintained', 'WIP | Work in progress', '',
  ].join('\n'), '2026-12-08');
  assert.deepEqual(r.drafts.map((d) => [d.title, d.status]), [['Stride', 'doing'], ['CaseNote', 'skipped'], ['Trello CLI', 'done']]);
});

test('a legend after "P.S." in another language, and a mark for a book read in part, which is under way', () => {
  const r = readNote('books.md', [
    '# Java:', '*\t% Joshua Bloch, Effective Java;', '*\t@ Брюс Эккель, Философия Java', '*\tCraig Walls, Spring in Action', '',
    'P.S. Пометки для себя: @ прочитано от корки до корки, % читал выборочно', '',
  ].join('\n'), '2026-12-08');
  assert.deepEqual(r.drafts.map((d) => d.status), ['doing', 'done', 'todo']);
});
