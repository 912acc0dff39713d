// The named cues of a title (what the kind-model experiment weighs, scripts/fit-kind.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { titleCues } from './classify.js';

test('titleCues names each piece of evidence in a title on its own', () => {
  assert.deepEqual(titleCues('Read chapter 4 of the Rust Book'), ['book', 'verb:article', 'words:6-10', 'case:title']);
  assert.deepEqual(titleCues('Watch the Andrej Karpathy talk (video)'), ['video', 'verb:video', 'words:6-10', 'case:title']);
  assert.ok(titleCues('build a compiler from scratch').includes('case:lower'));
  assert.ok(titleCues('How does the borrow checker work?').includes('question'));
  assert.ok(titleCues('📄 Attention Is All You Need, 2017').includes('icon:paper'));
  assert.ok(titleCues('Изучить синтаксис').includes('script:other'));
});
