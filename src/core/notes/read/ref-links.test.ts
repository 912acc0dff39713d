import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkDefinitions, referencedLinks } from './ref-links.js';
import { readNote } from '../reader.js';

test('reference definitions are read by label, case and spacing aside; footnotes are not links', () => {
  const defs = linkDefinitions([{ text: '[CI]: https://craftinginterpreters.com/' }, { text: '  [sicp  book]: <https://mitpress.mit.edu/sicp> "SICP"' }, { text: '[^1]: a footnote' }, { text: '[ci]: https://other.example/' }])!;
  assert.deepEqual([...defs], [['ci', 'https://craftinginterpreters.com/'], ['sicp book', 'https://mitpress.mit.edu/sicp']]);
  assert.equal(linkDefinitions([{ text: '- [ ] nothing defined here' }]), null);
  assert.deepEqual(referencedLinks('[Crafting Interpreters][ci] and [SICP Book][]', defs), ['https://craftinginterpreters.com/', 'https://mitpress.mit.edu/sicp']);
  assert.deepEqual(referencedLinks('- [x] read [sicp book] again', defs), ['https://mitpress.mit.edu/sicp']);
  assert.deepEqual(referencedLinks('- [x] [unknown][nope]', defs), []);
});

test('an entry links to what its reference names, wherever the definition is', () => {
  const note = [
    '# Courses',
    '',
    'No.|Course|Grade',
    '---|------|-----',
    '1|[Compilers: Theory and Practice][1]|98',
    '2|[Statistics for Engineers][2]|100',
    '',
    '- [ ] [Programming Languages, Part A][pl]',
    '',
    '[1]: https://www.coursera.org/learn/compilers-theory',
    '[2]: https://www.coursera.org/learn/statistics-engineers',
    '[pl]: https://www.coursera.org/learn/programming-languages',
  ].join('\n');
  const r = readNote('courses.md', note);
  const byTitle = new Map(r.drafts.map((d) => [d.title, d]));
  assert.deepEqual(byTitle.get('Compilers: Theory and Practice')?.links, ['https://www.coursera.org/learn/compilers-theory']);
  assert.deepEqual(byTitle.get('Statistics for Engineers')?.links, ['https://www.coursera.org/learn/statistics-engineers']);
  const pl = byTitle.get('Programming Languages, Part A');
  assert.deepEqual(pl?.links, ['https://www.coursera.org/learn/programming-languages']);
  assert.equal(pl?.kind, 'course');
  assert.equal(r.drafts.length, 3, 'the definitions are no entries');
});
