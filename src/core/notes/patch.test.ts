import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { assemble, assembleKeeping, readOne, type NoteRead, type ParseOptions } from './index.js';
import { patchAssembled } from './patch.js';

const NOW = new Date('2026-11-22T10:00:00Z');
const TODAY = '2026-11-22';

// Lines that make items meet across notes (the same book, a near spelling, a short name, the
// same link, ids and names waited for, course codes) and lines that meet nothing.
const LINES = [
  '# Reading', '## Books', '### Week 1', '### Week 2', '- [ ] Designing Data-Intensive Applications (DDIA)', '- [x] DDIA', '- [ ] Designing Data Intensive Applications',
  '- [ ] The Pragmatic Programmer', '- [x] The Pragmatic Programmer', '- [ ] Read SICP chapter 3 ~4h', '- [ ] Raft paper, after Designing Data-Intensive Applications',
  '- [ ] Lab 3 after 6.824', '- [ ] MIT 6.824 Distributed Systems', '* [/] CS229 lecture 5 of 20', 'Budget: 10 hours/week for 12 weeks', 'Deadline: March 2027',
  '- [ ] Finish the compiler by Dec 15', '- [ ] Write the parser 🆔 parse1', '- [ ] Write the checker ⛔ parse1', '- [ ] Write the emitter ⛔ nothing',
  '- [ ] [Speech and Language Processing](https://web.stanford.edu/~jurafsky/slp3/)', '- [ ] Work through [Speech and Language Processing](https://web.stanford.edu/~jurafsky/slp3/)',
  'Morning (3 hours):', '  - Watch lecture 4', '  - Do lab 2', '- [ ] Course: Machine Learning', '  - [x] Week 1 videos', '  - [ ] Week 2 videos',
  '- [ ] Crafting Interpreters', '- [ ] Crafting Interpretors', '- Some prose about learning.', '', '- [ ] Unique thing alpha', '- [x] Unique thing beta 2h',
  '- [ ] Learn Rust (book)', '- [ ] Learn Rust', '- [ ] Rust', '- [ ] Watch https://www.youtube.com/watch?v=abc', '- [ ] Physics II: Waves', '- [ ] Physics I',
];
// Fewer lines, most of them naming one another: items waited for by name, id or course code.
const NAMING = [
  '- [ ] Raft paper, after Designing Data-Intensive Applications', '- [ ] Designing Data-Intensive Applications', '- [ ] Designing Data', '- [ ] Lab 3 after 6.824',
  '- [ ] MIT 6.824 Distributed Systems', '- [ ] Write the parser 🆔 parse1', '- [ ] Write the checker ⛔ parse1', '- [ ] Unique thing alpha', '- [ ] Raft',
  '- [ ] Homework 1, needs CS61A', '- [ ] CS 61A Structure and Interpretation', '- [ ] Learn Go (prerequisite: Rust)', '- [ ] Rust', '- [x] Raft consensus notes',
];
const textOf = (lines: string[], most: number) => fc.array(fc.constantFrom(...lines), { minLength: 0, maxLength: most }).map((ls) => ls.join('\n') + '\n');

type Edit = { t: 'append'; line: string } | { t: 'insert'; at: number; line: string } | { t: 'delete'; at: number } | { t: 'tick'; at: number } | { t: 'rewrite'; text: string };
const editOf = (lines: string[], text: fc.Arbitrary<string>): fc.Arbitrary<Edit> => fc.oneof(
  fc.record({ t: fc.constant('append' as const), line: fc.constantFrom(...lines) }),
  fc.record({ t: fc.constant('append' as const), line: fc.constantFrom('- [ ] Bench change 1', '- [x] Bench change 2', '- [ ] Something new ~2h', '- [ ] Another new thing') }),
  fc.record({ t: fc.constant('insert' as const), at: fc.nat(), line: fc.constantFrom(...lines) }),
  fc.record({ t: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ t: fc.constant('tick' as const), at: fc.nat() }),
  fc.record({ t: fc.constant('rewrite' as const), text }),
);

function applyEdit(text: string, e: Edit): string {
  const lines = text.split('\n');
  switch (e.t) {
    case 'append': return text + e.line + '\n';
    case 'insert': lines.splice(e.at % lines.length, 0, e.line); return lines.join('\n');
    case 'delete': lines.splice(e.at % lines.length, 1); return lines.join('\n');
    case 'tick': {
      const i = e.at % lines.length;
      lines[i] = lines[i]!.includes('[ ]') ? lines[i]!.replace('[ ]', '[x]') : lines[i]!.replace('[x]', '[ ]');
      return lines.join('\n');
    }
    case 'rewrite': return e.text;
  }
}

const read = (path: string, text: string): NoteRead => readOne({ path, text, sha256: `sha-${text.length}-${hashOf(text)}` }, TODAY);
function hashOf(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return h;
}

const opts = (warnings: ParseOptions['warnings'] = []): ParseOptions => ({ now: NOW, warnings, allFiles: true, corrections: [] });

for (const [name, lines, most] of [['lines of every kind', LINES, 12], ['lines naming one another', NAMING, 5]] as const) test(`a patched roadmap is the roadmap assemble makes, note after note changed (${name})`, () => {
  let patched = 0;
  let refused = 0;
  const text = textOf([...lines], most);
  fc.assert(fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), fc.array(fc.tuple(fc.nat(), editOf([...lines], text)), { minLength: 1, maxLength: 5 }), (texts, edits) => {
    const paths = texts.map((_, i) => `n${i}.md`);
    const lead = [{ path: 'bad.md', line: null, code: 'unreadable-file', message: 'x' }];
    let { roadmap, basis } = assembleKeeping(texts.map((t, i) => read(paths[i]!, t)), opts(lead));
    for (const [which, e] of edits) {
      const at = which % texts.length;
      const before = read(paths[at]!, texts[at]!);
      texts[at] = applyEdit(texts[at]!, e);
      const after = read(paths[at]!, texts[at]);
      const want = assemble(texts.map((t, i) => read(paths[i]!, t)), opts(lead));
      const got = patchAssembled(roadmap, basis, at, before, after, NOW);
      if (got) {
        patched++;
        assert.deepEqual(got.roadmap, want);
        // The basis patched is the basis assembled.
        const fresh = assembleKeeping(texts.map((t, i) => read(paths[i]!, t)), opts(lead));
        assert.deepEqual(got.basis, fresh.basis);
        ({ roadmap, basis } = got);
      } else {
        refused++;
        ({ roadmap, basis } = assembleKeeping(texts.map((t, i) => read(paths[i]!, t)), opts(lead)));
      }
    }
  }), { numRuns: 300 });
  // Both ways were taken often enough to mean something.
  assert.ok(patched > 100, `patched ${patched}`);
  assert.ok(refused > 50, `refused ${refused}`);
  // (And the naming lines often enough to be refused for a name: see the test below.)
});

test('a patch refuses a roadmap made from another reading of the note', () => {
  const a = read('a.md', '- [ ] One\n');
  const b = read('b.md', '- [ ] Two\n');
  const { roadmap, basis } = assembleKeeping([a, b], opts());
  const other = read('a.md', '- [ ] Three\n');
  assert.equal(patchAssembled(roadmap, basis, 0, other, read('a.md', '- [ ] Four\n'), NOW), null);
  assert.equal(patchAssembled(roadmap, basis, 1, a, read('a.md', '- [ ] Four\n'), NOW), null);
  assert.notEqual(patchAssembled(roadmap, basis, 0, read('a.md', '- [ ] One\n'), read('a.md', '- [ ] Four\n'), NOW), null);
});
