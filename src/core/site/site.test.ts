// Privacy rules and small renderers of the site, without the file system.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseNotes } from '../notes/index.js';
import { buildSections, fileIsPrivate, globToRegExp, privateSections, publicItems, renderAbout, withoutPrivateSections } from './index.js';

void test('globs: ** spans folders, * stays within a name, a bare name matches in any folder', () => {
  assert.ok(globToRegExp('journal/**').test('journal/2026/nov.md'));
  assert.ok(!globToRegExp('journal/**').test('notes/journal.md'));
  assert.ok(globToRegExp('*.private.md').test('a/b/x.private.md'));
  assert.ok(globToRegExp('**/drafts/*.md').test('drafts/a.md'));
  assert.ok(!globToRegExp('drafts/*.md').test('drafts/sub/a.md'));
  assert.ok(globToRegExp('journal.md').test('journal.md'));
  assert.ok(!globToRegExp('journal.md').test('journalXmd'));
});

void test('private sections run to the next heading of the same or a higher level; fences are not headings', () => {
  const text = '# Plan\n## Job hunt #private\n- a\n### Deeper\n- b\n```\n# not a heading\n```\n## Public\n- c\n* Not org :work:private:\n- d\n';
  assert.deepEqual(privateSections('p.md', text).map((r) => [r.from, r.to, r.title]), [[2, 8, 'Job hunt']]);
  assert.equal(withoutPrivateSections('p.md', text).includes('- b'), false);
  assert.equal(withoutPrivateSections('p.md', text).includes('- c'), true);
  const org = '* Study\n** TODO a\n* Org :work:private:\n** TODO d\n* Public\n';
  assert.deepEqual(privateSections('p.org', org).map((r) => [r.from, r.to, r.title]), [[3, 4, 'Org']]);
});

void test('a file is private by front matter, a tag line before its first heading, or org filetags', () => {
  assert.ok(fileIsPrivate('p.md', '---\nprivate: true\n---\n# x\n'));
  assert.ok(fileIsPrivate('p.md', '---\ntags: [ml, private]\n---\n'));
  assert.ok(fileIsPrivate('p.md', '#private #journal\n\n# Diary\n'));
  assert.ok(fileIsPrivate('p.org', '#+title: x\n#+filetags: :private:\n* a\n'));
  assert.ok(!fileIsPrivate('p.md', '# Diary\n#private\n'), 'a tag line under a heading is not the file\'s');
  assert.ok(!fileIsPrivate('p.md', '- [ ] learn #private things\n'));
});

void test('items: tagged, nested under a tagged item, in a private section; the rest is published', () => {
  const text = '# P\n- [x] Therapy #private\n  - [x] session one\n- [x] SICP\n## Money #private\n- [ ] raise\n';
  const roadmap = parseNotes([{ path: 'p.md', text, sha256: 'x' }], { now: new Date('2026-11-22T00:00:00Z') });
  const r = publicItems(roadmap.items, [{ path: 'p.md', rel: 'p.md', text }]);
  assert.deepEqual(r.items.map((i) => i.title), ['SICP']);
  assert.deepEqual(r.leftOut.map((l) => [l.what, l.title, l.items]), [['item', 'Therapy', 2], ['section', 'Money', 1]]);
});

void test('sections: the shared top heading of a file is dropped; deeper headings group within a section', () => {
  const text = '# Sprint\n## Week 1\n### Monday\n- [ ] a\n### Tuesday\n- [x] b\n## Resources\n- [ ] c\n';
  const roadmap = parseNotes([{ path: 'p.md', text, sha256: 'x' }], { now: new Date('2026-11-22T00:00:00Z') });
  const s = buildSections(roadmap.items);
  assert.deepEqual(s.map((x) => [x.title, x.slug, x.groups.map((g) => g.trail)]), [['Week 1', 'week-1', ['Monday', 'Tuesday']], ['Resources', 'resources', ['']]]);
});

void test('about: raw HTML is text, script links are dropped, headings sit under the page title', () => {
  const a = renderAbout('# Me\n\nHi <b>there</b> [x](javascript:alert(1)) [y](https://e.org)\n\n## Work\n');
  assert.equal(a.title, 'Me');
  assert.match(a.html, /Hi &lt;b&gt;there&lt;\/b&gt; \[x\]\(javascript:alert\(1\)\) <a href="https:\/\/e\.org">y<\/a>/);
  assert.match(a.html, /<h3>Work<\/h3>/);
});
