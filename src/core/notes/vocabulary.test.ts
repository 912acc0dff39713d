// The status vocabulary: each spelling is read back as its own status in each of its
// positions, no spelling says two things in one place, and the editor has a word to write.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Status } from '../model/types.js';
import { entryAt, spell, statusAt, VOCABULARY, wordPattern, type Language } from './vocabulary.js';

test('every spelling matches its positions\' pattern whole and reads back as its status', () => {
  for (const e of VOCABULARY) {
    for (const p of e.positions) {
      const re = new RegExp(`^(?:${wordPattern(p)})$`, p === 'keyword' || p === 'list-keyword' ? 'u' : 'iu');
      assert.ok(re.test(e.form), `${e.form} in ${p}`);
      assert.equal(statusAt(p, e.form), e.status, `${e.form} in ${p}`);
    }
  }
});

test('no spelling says two statuses in the same position', () => {
  const seen = new Map<string, Status>();
  for (const e of VOCABULARY) {
    for (const p of e.positions) {
      const key = `${p}:${p.includes('keyword') ? e.form : e.form.toLowerCase()}`;
      const before = seen.get(key);
      assert.ok(before === undefined || before === e.status, `${key} is ${before} and ${e.status}`);
      seen.set(key, e.status);
    }
  }
});

test('the editor has a word for every status in every language, for fields and after the title (Portuguese has none for dropped)', () => {
  const languages: Language[] = ['en', 'es', 'pt', 'fr', 'de'];
  for (const lang of languages) {
    const like = VOCABULARY.find((e) => e.language === lang && e.positions.includes('trailing'))!;
    for (const to of ['todo', 'done', 'doing', 'skipped'] as Status[]) {
      for (const position of ['field', 'trailing'] as const) {
        const word = spell(to, position, { word: like.form, entry: like });
        if (lang === 'pt' && to === 'skipped') assert.equal(word, null);
        else assert.equal(word && statusAt(position, word), to, `${lang} ${to} in ${position}: ${word}`);
      }
    }
  }
});

test('a rewrite keeps the word\'s sense, gender and case', () => {
  const say = (word: string, to: Status) => spell(to, 'trailing', { word, entry: entryAt('trailing', word) });
  assert.equal(say('por leer', 'done'), 'leído');
  assert.equal(say('leída', 'skipped'), 'abandonada');
  assert.equal(say('Reading', 'done'), 'Read');
  assert.equal(say('NOT STARTED', 'doing'), 'IN PROGRESS');
  assert.equal(say('commencée', 'done'), 'terminée');
  assert.equal(say('watching', 'todo'), 'not started');
});
