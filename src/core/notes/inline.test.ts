import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { corpusFiles } from '../../../test/corpus-files.js';
import { corpusNeed, skipUnless } from '../../../test/needs.js';
import { cleanTitle, cleanTitleUngated, readInline } from './inline.js';

test('cleanTitle tidies emphasis, separators, spacing and numbering', () => {
  assert.equal(cleanTitle('**Designing Data-Intensive Applications**:'), 'Designing Data-Intensive Applications');
  assert.equal(cleanTitle('  Read   SICP  - '), 'Read SICP');
  assert.equal(cleanTitle('1. Mergesort'), 'Mergesort');
  assert.equal(cleanTitle('`git` basics ()'), 'git basics');
  assert.equal(cleanTitle('Ã‰va\u00a0notes.'), 'Éva notes');
  assert.equal(cleanTitle('Plain title'), 'Plain title');
});

test('readInline pulls links, tags and fields out of a plain-looking line', () => {
  const f = readInline('Read [SICP](https://mitpress.mit.edu/sicp) #cs 📅 2026-12-01 (optional)');
  assert.equal(f.title, 'Read SICP (optional)');
  assert.deepEqual(f.links, ['https://mitpress.mit.edu/sicp']);
  assert.deepEqual(f.tags, ['cs']);
  assert.equal(f.dates.due, '2026-12-01');
  assert.equal(f.optional, true);
  assert.equal(readInline('Plain words only').title, 'Plain words only');
});

test("cleanTitle's first test never skips a step that would change the title", { skip: skipUnless(corpusNeed()) }, () => {
  // Every corpus line (and its pieces around separators), plus variants with spaces,
  // separators and marks at the ends: the gated result must equal running every step.
  const inputs: string[] = [];
  for (const f of corpusFiles()) {
    for (const line of readFileSync(f, 'utf8').split(/\r?\n/)) {
      inputs.push(line, line.trim(), ...line.split(/ [-:|] /));
    }
  }
  const ends = ['', ' ', '.', ':', ' -', '\u00a0', '\u2009', '()', '**', '1. '];
  let checked = 0;
  for (const s of inputs) {
    for (const e of ends) {
      for (const v of [s + e, e + s]) {
        assert.equal(cleanTitle(v), cleanTitleUngated(v), JSON.stringify(v));
        checked++;
      }
    }
  }
  assert.ok(checked > 100_000, `only ${checked} inputs checked`);
});

test('a GitHub shortcode at either end of a title keeps its colons', () => {
  assert.equal(readInline(':books: Courses').title, ':books: Courses');
  assert.equal(readInline('Read :books:').title, 'Read :books:');
  assert.equal(readInline(':pencil2: Current - ').title, ':pencil2: Current');
  // A colon that ends a label still goes.
  assert.equal(readInline('Plan: ').title, 'Plan');
});

test('a whole line struck with one tilde each side is struck, as GitHub reads it; an amount with a tilde is not', () => {
  assert.deepEqual([readInline('~语言基础~').struck, readInline('~语言基础~').title], [true, '语言基础']);
  assert.deepEqual([readInline('~JAVA WEB~').struck, readInline('~JAVA WEB~').title], [true, 'JAVA WEB']);
  assert.equal(readInline('~2h of reading').struck, false);
  assert.equal(readInline('~5 hours~').struck, false);
  assert.equal(readInline('Rust ~ Go').struck, false);
});

test('a page linked by its own address as the link text, with and without the closing slash, is one link', () => {
  assert.deepEqual(readInline('[https://leetcode.com/problems/two-sum](https://leetcode.com/problems/two-sum/) (E)').links, ['https://leetcode.com/problems/two-sum/']);
});

test('a site generator\'s shortcode for a link is a link, its text the title\'s words; another shortcode is markup', () => {
  const r = readInline('working through {{< external-link href="https://javascript.info" text="The Modern JavaScript Tutorial">}} {{< icon name="star" >}}');
  assert.equal(cleanTitle(r.title), 'working through The Modern JavaScript Tutorial');
  assert.deepEqual(r.links, ['https://javascript.info']);
});

test('a link\'s title in single quotes, as in double, is no word of the entry', () => {
  const f = readInline("[Data Visualization](https://example.edu/x 'Data Visualization course page'), a course with a final project");
  assert.equal(f.title, 'Data Visualization, a course with a final project');
  assert.deepEqual(f.links, ['https://example.edu/x']);
});
