import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { distance } from 'fastest-levenshtein';
import { nearSpelling, resourceKey } from './dedupe.js';
import { parseNotes } from './index.js';

/** The answer without any screen: lengths close enough and at most ~6% edits. */
function byDistanceAlone(a: string, b: string): boolean {
  const len = Math.max(a.length, b.length);
  if (len < 12 || Math.abs(a.length - b.length) > len * 0.1 + 1) return false;
  return distance(a, b) <= Math.max(1, Math.floor(len * 0.06));
}

const key = fc.stringMatching(/^[a-z0-9 ]{10,60}$/);
const edit = fc.record({ at: fc.nat(), kind: fc.constantFrom('insert', 'delete', 'replace'), ch: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789 ') });

function apply(s: string, edits: { at: number; kind: string; ch: string }[]): string {
  let t = s;
  for (const e of edits) {
    const i = e.at % (t.length + 1);
    if (e.kind === 'insert') t = t.slice(0, i) + e.ch + t.slice(i);
    else if (e.kind === 'delete') t = t.slice(0, i) + t.slice(i + 1);
    else t = t.slice(0, i) + e.ch + t.slice(i + 1);
  }
  return t;
}

test('the near-spelling screens (bigram masks, character counts) never change the answer', () => {
  // Near pairs (a few edits apart) and unrelated pairs alike.
  fc.assert(fc.property(key, fc.array(edit, { maxLength: 4 }), (a, edits) => {
    const b = apply(a, edits);
    assert.equal(nearSpelling(a, b), byDistanceAlone(a, b), `${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
  }), { numRuns: 20000 });
  fc.assert(fc.property(key, key, (a, b) => {
    assert.equal(nearSpelling(a, b), byDistanceAlone(a, b));
  }), { numRuns: 5000 });
});

test('spellings people use for one book are near; different books are not', () => {
  assert.ok(nearSpelling('designing data lntensive applications', 'designing data intensive applications'));
  assert.ok(!nearSpelling('operating systems three easy pieces', 'operating systems design and implementation'));
});

test('lettered and Roman-numbered units never merge; a capital that starts a word does not count', () => {
  const r = parseNotes([{ path: 'n.md', text: '- [ ] Appendix B: @marta\n- [ ] Appendix D: @marta\n- [ ] Calculus I\n- [ ] Calculus II\n- [ ] A Tour of C++\n- [ ] a tour of c++\n', sha256: 'x' }], { now: new Date('2026-12-01T00:00:00Z') });
  assert.deepEqual(r.items.map((i) => i.title), ['Appendix B: @marta', 'Appendix D: @marta', 'Calculus I', 'Calculus II', 'A Tour of C++']);
});

test('one title by two authors, or two German tasks whose capitalised nouns after a dash look like names, are two things; a title with and without its author is one', () => {
  const r = parseNotes([{ path: 'n.md', text: '- [ ] Aufgabe – Pivot-Tabellen\n- [ ] Aufgabe – Datenbereinigung\n- [ ] Essays - Michel Montaigne\n- [ ] Essays - Francis Bacon\n- [ ] Clean Code - Robert Martin\n- [ ] Clean Code\n', sha256: 'x' }], { now: new Date('2026-12-01T00:00:00Z') });
  assert.deepEqual(r.items.map((i) => i.title), ['Aufgabe – Pivot-Tabellen', 'Aufgabe – Datenbereinigung', 'Essays - Michel Montaigne', 'Essays - Francis Bacon', 'Clean Code - Robert Martin']);
});

test('a leading verb of going through a resource is not part of its name, one word or two', async () => {
  const { normalizeForId } = await import('./ids.js');
  const pairs: [string, string][] = [['Work through Pattern Recognition and Machine Learning', 'Pattern Recognition and Machine Learning'], ['Re-read SICP', 'SICP'], ['Go through: Crafting Interpreters', 'Crafting Interpreters'], ['Read: Raft paper', 'Raft paper']];
  for (const [a, b] of pairs) {
    assert.equal(resourceKey(a, normalizeForId(a)), resourceKey(b, normalizeForId(b)), a);
    assert.equal(resourceKey(a), resourceKey(b), a);
  }
  assert.notEqual(resourceKey('Working Effectively with Legacy Code'), resourceKey('Effectively with Legacy Code'));
});

test('an author named first as a catalogue writes it is not the title: "Asimov, I. - Foundation" and "… - Second Foundation" are two books', () => {
  assert.equal(resourceKey('Asimov, I. - Second Foundation'), 'second foundation');
  assert.equal(resourceKey('Le Guin, U. K. - The Dispossessed'), 'the dispossessed');
  // A title, then its author, as before.
  assert.equal(resourceKey('Clean Code - Robert Martin'), 'clean code');
});

test('the same entry under two numbered weeks is each week\'s own, in the languages that put the number first too', () => {
  for (const [a, b, entry] of [['3주차', '4주차', '[클린 코드] 완독'], ['第3周', '第4周', '读完《代码整洁之道》'], ['Week 3', 'Week 4', 'Finish Clean Code']]) {
    const text = `# Plan\n\n## ${a}\n\n- ${entry}\n\n## ${b}\n\n- ${entry}\n`;
    const r = parseNotes([{ path: 'plan.md', text, sha256: 'x' }], { now: new Date('2026-11-22T10:00:00Z') });
    assert.equal(r.items.length, 2, a);
  }
});

test('the same sitting under two days of the week is each day\'s own, by the day\'s name in other languages too', () => {
  for (const [a, b] of [['**Monday**:', '**Tuesday**:'], ['## Lunes', '## Martes'], ['## 月曜日', '## 火曜日'], ['## 星期一', '## 星期二']]) {
    const text = `# Weekly\n\n${a}\n - 30min Book Reading (Fluent Py)\n\n${b}\n - 30min Book Reading (Fluent Py)\n`;
    const r = parseNotes([{ path: 'plan.md', text, sha256: 'x' }], { now: new Date('2026-11-22T10:00:00Z') });
    assert.equal(r.items.length, 2, a);
  }
  // (The same book under two topics that are no days is still one book.)
  const r = parseNotes([{ path: 'plan.md', text: '# Books\n\n## Python\n\n- Fluent Python\n\n## Reading\n\n- Fluent Python\n', sha256: 'x' }], { now: new Date('2026-11-22T10:00:00Z') });
  assert.equal(r.items.length, 1);
});

test('a numbered part with the same name in two books is two parts: each book\'s own', () => {
  const r = parseNotes([{ path: 'n.md', text: '## Book A\n- [ ] Chapter 1: Introduction\n- [ ] Chapter 2: Basics\n\n## Book B\n- [ ] Chapter 1: Introduction\n', sha256: 'x' }], { now: new Date('2026-12-01T00:00:00Z') });
  assert.deepEqual(r.items.map((i) => [i.title, i.path.at(-1)]), [['Chapter 1: Introduction', 'Book A'], ['Chapter 2: Basics', 'Book A'], ['Chapter 1: Introduction', 'Book B']]);
});
