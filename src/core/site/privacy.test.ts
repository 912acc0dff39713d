// Private stays private: regression tests for the layouts that leaked onto the site (issue
// 19), and a property test that no private title ever reaches the site's files.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseNotes } from '../notes/index.js';
import { publicRoadmap } from '../notes/privacy.js';
import { planItems, resolveSettings } from '../plan/index.js';
import { buildSite } from './index.js';
import type { SiteConfig } from './types.js';

const NOW = new Date('2026-11-23T08:00:00Z');
const TODAY = '2026-11-23';

/** Builds the site of `notes` (path → text), with a plan, and returns all its files as one text. */
function site(notes: Record<string, string>, config: SiteConfig = {}): { text: string; leftOut: string[] } {
  const files = Object.entries(notes).map(([path, text]) => ({ path, text, sha256: '' }));
  const roadmap = parseNotes(files, { now: NOW });
  const plan = planItems(roadmap.items, resolveSettings({ today: TODAY, config: { hoursPerWeek: 40 }, budget: roadmap.budget }), { suggest: false });
  const build = buildSite({ roadmap, notes: files.map((f) => ({ path: f.path, rel: f.path, text: f.text })), config, now: NOW, today: TODAY, plan });
  return { text: build.files.map((f) => f.content).join('\n'), leftOut: build.leftOut.map((l) => `${l.what} ${l.title}`) };
}

void test('fixed: "* " list entries under a markdown heading tagged #private are not org headlines', () => {
  const s = site({ 'plan.md': '# Plan\n## Therapy homework #private\n* [ ] Call Dr. Smith about meds\n* [ ] Journal about mom\n## Public\n- [ ] Learn Rust\n' });
  assert.doesNotMatch(s.text, /Dr\. Smith|Journal about mom|Therapy/);
  assert.match(s.text, /Learn Rust/);
  assert.deepEqual(s.leftOut, ['section Therapy homework']);
});

void test('fixed: a setext heading tagged #private hides its section', () => {
  const s = site({ 'plan.md': 'Side gig #private\n=====\n- [ ] Invoice client Acme\n\nLearning\n========\n- [ ] Read SICP\n\nMore side gig #private\n---\n- [ ] Chase unpaid invoice\n' });
  assert.doesNotMatch(s.text, /Acme|unpaid|Side gig/);
  assert.match(s.text, /Read SICP/);
});

void test('fixed: a ```` fence holding ``` does not turn what follows inside out', () => {
  const s = site({ 'plan.md': '# Notes\n````md\n```\n## Looks like a heading #private\n````\n## Secret plans #private\n- [ ] Hidden thing to do\n## Open\n- [ ] Public thing to do\n```\n## Fenced #private\n```\n- [ ] Still public work\n' });
  assert.doesNotMatch(s.text, /Hidden thing|Secret plans/);
  assert.match(s.text, /Public thing to do/);
  assert.match(s.text, /Still public work/);
});

void test('org: a headline tagged :private: hides its subtree; other tags around it count too', () => {
  const s = site({ 'plan.org': '* Work :private:\n** TODO Negotiate the raise\n*** TODO Draft salary numbers\n* Study\n** TODO Read SICP\n* Health :me:private:\n** TODO Book the physio\n' });
  assert.doesNotMatch(s.text, /raise|salary|physio/);
  assert.match(s.text, /Read SICP/);
});

void test('a label the reader files entries under, tagged #private, hides them: bold, with a colon, in a list', () => {
  const s = site({ 'plan.md': '# Plan\n**Health #private**\n- [ ] Physio exercises\n- [ ] Book the dentist\n\nTherapy homework #private:\n- [ ] Write the worry log\n\n**Study**\n- [ ] Read SICP\n' });
  assert.doesNotMatch(s.text, /Physio|dentist|worry log/);
  assert.match(s.text, /Read SICP/);
});

void test('a private parent hides its public-looking children, at any depth', () => {
  const s = site({
    'plan.md': '- [ ] Divorce paperwork #private\n  - [ ] Call the lawyer\n    - [ ] Sign the forms\n- [ ] Learn Go\n\n## Health #private\n### Week 1\n- [ ] Physio exercises\n## Languages\n- [ ] Spanish lesson 1\n',
  });
  assert.doesNotMatch(s.text, /Divorce|lawyer|Sign the forms|Physio|Health/);
  assert.match(s.text, /Learn Go/);
  assert.match(s.text, /Spanish lesson 1/);
});

void test('a private file: by an exclude glob, by front matter, by org filetags', () => {
  const s = site({
    'journal/2026.md': '- [ ] Write about the breakup\n',
    'secret.md': '---\nprivate: true\n---\n- [ ] Apply to the rival company\n',
    'tags.md': '---\ntags:\n  - work\n  - private\n---\n- [ ] Ask for a reference\n',
    'diary.org': '#+filetags: :private:\n* TODO Therapy session notes\n',
    'plan.md': '- [ ] Read SICP\n',
  }, { exclude: ['journal/**'] });
  assert.doesNotMatch(s.text, /breakup|rival|reference|Therapy/);
  assert.match(s.text, /Read SICP/);
});

void test('export --public: the same decision, and no path, warning or mention of what stays home', () => {
  const files = [
    { path: 'plan.md', text: '- [ ] Read SICP\n## Money #private\n- [ ] Ask for a raise\n', sha256: '' },
    { path: 'therapy.md', text: '---\nprivate: true\n---\n- [ ] Session 3\n', sha256: '' },
  ];
  const roadmap = parseNotes(files, { now: NOW });
  const out = JSON.stringify(publicRoadmap(roadmap, files.map((f) => ({ ...f, rel: f.path }))));
  assert.doesNotMatch(out, /raise|Session 3|therapy\.md|Money/);
  assert.match(out, /Read SICP/);
});

// ---------------------------------------------------------------------------
// Property: random notes with private sections in every layout; no private word leaks.

interface BlockSpec { layout: 'atx' | 'setext'; level: number; private: boolean; items: number; privateItem: boolean; fence: boolean; star: boolean }

const blockArb: fc.Arbitrary<BlockSpec> = fc.record({
  layout: fc.constantFrom('atx' as const, 'setext' as const),
  level: fc.integer({ min: 1, max: 3 }),
  private: fc.boolean(),
  items: fc.integer({ min: 0, max: 3 }),
  privateItem: fc.boolean(),
  fence: fc.boolean(),
  star: fc.boolean(),
});

/** Renders blocks as a markdown (ATX or setext headings) or org note: its text, the words that must stay home and the others. */
function render(blocks: BlockSpec[], org: boolean): { text: string; secrets: string[]; open: string[] } {
  const lines: string[] = [];
  const secrets: string[] = [];
  const open: string[] = [];
  const stack: Array<{ level: number; private: boolean }> = [];
  blocks.forEach((b, n) => {
    const level = org ? b.level : b.layout === 'setext' ? Math.min(b.level, 2) : b.level;
    while (stack.length && stack[stack.length - 1]!.level >= level) stack.pop();
    const inside = b.private || stack.some((s) => s.private);
    const name = `${inside ? 'Hush' : 'Open'}${n}q`;
    stack.push({ level, private: b.private });
    if (org) lines.push(`${'*'.repeat(level)} ${name} topics${b.private ? ' :private:' : ''}`);
    else if (b.layout === 'setext') lines.push(`${name} topics${b.private ? ' #private' : ''}`, level === 1 ? '=====' : '-----');
    else lines.push(`${'#'.repeat(level)} ${name} topics${b.private ? ' #private' : ''}`);
    (inside ? secrets : open).push(name);
    for (let i = 0; i < b.items; i++) {
      const tagged = b.privateItem && i === 0;
      const word = `${inside || tagged ? 'Hush' : 'Open'}${n}i${i}q`;
      const bullet = org ? '-' : b.star ? '*' : '-';
      lines.push(`${bullet} [ ] ${word} exercises${tagged ? ' #private' : ''}`);
      (inside || tagged ? secrets : open).push(word);
      if (tagged) {
        // A public-looking child of a private item.
        const child = `Hush${n}c${i}q`;
        lines.push(`  ${bullet} [ ] ${child} drills`);
        secrets.push(child);
      }
    }
    if (b.fence && !org) lines.push('````md', '```', '# Not a heading #private', '````');
  });
  return { text: lines.join('\n') + '\n', secrets, open };
}

void test('property: no private title ever appears in the site\'s files', () => {
  fc.assert(
    fc.property(fc.array(blockArb, { minLength: 1, maxLength: 8 }), fc.boolean(), (blocks, org) => {
      const { text, secrets } = render(blocks, org);
      const s = site({ [org ? 'plan.org' : 'plan.md']: text });
      for (const w of secrets) assert.ok(!s.text.includes(w), `${w} leaked from:\n${text}`);
    }),
    { numRuns: 150, seed: 19 },
  );
});
