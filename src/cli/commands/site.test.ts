// `waymark site`: the example notes and a hostile fixture built end to end in-process; every page
// valid HTML (html-validate), nothing private or unescaped leaks, and screenshots in Chromium
// on a phone and a laptop (written to test-output/site/ to look at).
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { HtmlValidate } from 'html-validate';
import type { CliContext } from '../context.js';
import { main } from '../main.js';
import { chromiumNeed, skipUnless } from '../../../test/needs.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const tmp = mkdtempSync(join(tmpdir(), 'wm-site-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

function ctx(): CliContext & { out: string; err: string } {
  const c = {
    out: '', err: '', cwd: ROOT, env: { TZ: 'UTC' }, color: false,
    now: () => new Date('2026-11-25T18:00:00Z'),
    stdout: { write: (s: string) => (c.out += s) },
    stderr: { write: (s: string) => (c.err += s) },
  };
  return c;
}

async function build(notes: string, out: string): Promise<{ out: string; files: Map<string, string> }> {
  const c = ctx();
  const code = await main(['site', notes, '--out', out], c);
  assert.equal(code, 0, c.err);
  const files = new Map(readdirSync(out).filter((f) => !f.startsWith('.')).map((f) => [f, readFileSync(join(out, f), 'utf8')]));
  return { out: c.out, files };
}

const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

async function assertValid(files: Map<string, string>): Promise<void> {
  for (const [name, html] of files) {
    if (!name.endsWith('.html')) continue;
    const report = await validator.validateString(html, name);
    const msgs = report.results.flatMap((r) => r.messages.map((m) => `${name}:${m.line}:${m.column} ${m.ruleId} ${m.message}`));
    assert.deepEqual(msgs, [], msgs.join('\n'));
  }
}

void test('the example notes make a valid site: now, roadmap, sections, finished, about, feed', async () => {
  const out = join(tmp, 'examples');
  const { out: report, files } = await build('examples', out);
  for (const f of ['index.html', 'roadmap.html', 'record.html', 'about.html', 'feed.xml', 'style.css']) assert.ok(files.has(f), f);
  assert.ok([...files.keys()].some((f) => f.startsWith('section-')));
  await assertValid(files);
  assert.match(report, /Left out \(private\):\n.*roadmap\.md:\d+ +"The Google File System \(2003\)" — tagged #private/);
  assert.ok(![...files.values()].some((t) => t.includes('Google File System')));
  assert.ok(!/<script/i.test([...files.values()].join('')), 'no JavaScript');
  const now = files.get('index.html')!;
  assert.match(now, /<h2>In progress<\/h2>/);
  assert.match(now, /<h2>This week<\/h2>/);
  assert.match(files.get('record.html')!, /Grokking Algorithms/);
  assert.match(files.get('about.html')!, /backend engineer/);
  const feed = files.get('feed.xml')!;
  assert.match(feed, /<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
  assert.match(feed, /<title>Finished: Grokking Algorithms<\/title>/);
  assert.match(feed, /<updated>2026-10-30T00:00:00Z<\/updated>/);
});

void test('private files, sections, items and config globs never appear; note text is escaped', async () => {
  const out = join(tmp, 'private');
  const { out: report, files } = await build('test/fixtures/site-private', out);
  await assertValid(files);
  const all = [...files.values()].join('\n');
  for (const secret of ['therapy', 'session one', 'Job hunt', 'Acme', 'Salary', 'feelings', 'Secret side project', 'Build the thing', 'salary is private', 'Money']) {
    assert.ok(!all.includes(secret), `leaked: ${secret}`);
  }
  assert.match(report, /journal\.md +file — matches "journal\.md" in site\.exclude \(1 item\)/);
  assert.match(report, /secrets\.md +file — file tagged #private \(1 item\)/);
  assert.match(report, /plan\.md:11 +section "Job hunt" — section tagged #private \(2 items\)/);
  assert.match(report, /plan\.md:7 +"Personal therapy notes" — tagged #private \(2 items\)/);
  assert.ok(!/<script|<img|<b>|href="javascript/i.test(all), 'markup from the notes is escaped, bad links dropped');
  assert.match(files.get('about.html')!, /&lt;img src=x onerror=alert\(1\)&gt; \[click\]\(javascript:alert\(1\)\)/);
  assert.match(all, /Fast\.ai &lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt; Part 1/);
  assert.match(files.get('about.html')!, /<h1>Ada &lt;Lovelace&gt;<\/h1>/);
  assert.match(files.get('about.html')!, /<a href="https:\/\/example\.org\/">home<\/a>/);
  assert.match(files.get('feed.xml')!, /<link rel="self" type="application\/atom\+xml" href="https:\/\/ada\.example\.org\/progress\/feed\.xml"\/>/);
  // A second build removes pages that no longer exist, and nothing else.
  mkdirSync(out, { recursive: true });
  const c = ctx();
  assert.equal(await main(['site', 'test/fixtures/site-private/plan.md', '--out', out, '--json'], c), 0, c.err);
  const json = JSON.parse(c.out) as { removed: string[] };
  assert.ok(json.removed.includes('about.html'), c.out);
  assert.ok(!existsSync(join(out, 'about.html')));
});

void test('the site refuses to write into the notes folder itself', async () => {
  const c = ctx();
  assert.equal(await main(['site', 'test/fixtures/site-private', '--out', 'test/fixtures/site-private'], c), 2);
  assert.match(c.err, /give the site a folder of its own/);
});

void test('regression: an item finished with `waymark done` is dated on "Finished" and in the feed; the Now page states the verdict `status` states', async () => {
  const notes = join(tmp, 'done-notes');
  cpSync(join(ROOT, 'examples'), notes, { recursive: true });
  const c = ctx();
  // "Blog post draft" is ticked in the notes without a date; this one is finished now.
  assert.equal(await main(['done', 'Read CLRS chapters 1-4', '-n', notes], c), 0, c.err);
  const { files } = await build(notes, join(tmp, 'done-site'));
  const record = files.get('record.html')!;
  assert.match(record, /<time datetime="2026-11-25">25 Nov<\/time><div><span class="title">Read CLRS chapters 1-4/);
  const feed = files.get('feed.xml')!;
  const finished = (record.match(/<li id="i-/g) ?? []).length;
  assert.equal((feed.match(/<entry>/g) ?? []).length, finished, 'one feed entry per finished item');
  assert.match(feed, /<title>Finished: Read CLRS chapters 1-4<\/title>\n.*\n    <updated>2026-11-25T00:00:00Z<\/updated>/);
  // The verdict of the public work, as `export --public` states it (the examples keep a paper #private).
  const pub = ctx();
  assert.equal(await main(['export', '--public', notes], pub), 0, pub.err);
  const sentence = (JSON.parse(pub.out) as { summary: { verdict: { sentence: string } } }).summary.verdict.sentence;
  assert.ok(files.get('index.html')!.includes(sentence.replace(/&/g, '&amp;')), sentence);
  // Without private work it is the sentence `status` prints.
  const open = join(tmp, 'open-notes');
  cpSync(notes, open, { recursive: true });
  const road = join(open, 'roadmap.md');
  writeFileSync(road, readFileSync(road, 'utf8').split('\n').filter((l) => !l.includes('#private')).join('\n'));
  const status = ctx();
  assert.equal(await main(['status', '--json', open], status), 0);
  const standing = (JSON.parse(status.out) as { standing: { verdict: { sentence: string }; work: { items: number; done: number } } }).standing;
  const said = standing.verdict.sentence;
  const { files: openSite } = await build(open, join(tmp, 'open-site'));
  assert.ok(openSite.get('index.html')!.includes(said.replace(/&/g, '&amp;')), said);
  // And the same totals: the site's "N of M done" is the count `status` gives (one function, tally).
  assert.match(openSite.get('index.html')!, new RegExp(`<span class="meta-inline">${standing.work.done} of ${standing.work.items} done`));
});

const CHROMIUM = chromiumNeed();
/** Page script: the badges whose text has less than 4.5:1 contrast with the badge's background. */
const BADGE_CONTRAST = `(() => {
  const rgb = (c) => (/rgba?\\(([\\d.]+),\\s*([\\d.]+),\\s*([\\d.]+)/.exec(c) || []).slice(1, 4).map(Number);
  const lum = (c) => { const v = c.map((x) => { x /= 255; return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4; }); return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; };
  return [...document.querySelectorAll('.badge')].map((b) => {
    const s = getComputedStyle(b);
    const [x, y] = [lum(rgb(s.color)), lum(rgb(s.backgroundColor))];
    const r = (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
    return r < 4.5 ? r.toFixed(2) + ' ' + b.textContent : null;
  }).filter(Boolean);
})()`;
void test('screenshots on a phone and a laptop (test-output/site/*.png)', { skip: skipUnless(CHROMIUM) }, async () => {
  const { chromium } = await import('playwright-core');
  const out = join(tmp, 'shots');
  await build('examples', out);
  const shots = join(ROOT, 'test-output', 'site');
  mkdirSync(shots, { recursive: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM.path!,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    for (const [device, viewport] of [['phone', { width: 390, height: 844 }], ['laptop', { width: 1280, height: 800 }]] as const) {
      const page = await browser.newPage({ viewport, deviceScaleFactor: device === 'phone' ? 2 : 1 });
      for (const name of ['index', 'roadmap', 'record', 'section-week-1-foundations', 'section-books', 'about']) {
        await page.goto(pathToFileURL(join(out, `${name}.html`)).href);
        // Nothing wider than the screen: no sideways scrolling on a phone.
        const wide = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(wide <= viewport.width, `${name} on ${device} is ${wide}px wide`);
        const styled = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
        assert.match(styled, /system-ui/, 'style.css loaded');
        // Badges keep 4.5:1 against their own background (the "in progress" one was 3.96:1).
        const low = await page.evaluate<string[]>(BADGE_CONTRAST);
        assert.deepEqual(low, [], `${name} on ${device}`);
        await page.screenshot({ path: join(shots, `${name}-${device}.png`), fullPage: true });
      }
      await page.close();
    }
    // The feed is well-formed XML with one entry per finished item, dated in the notes or not
    // (the examples finish three public items; one has a date).
    const page = await browser.newPage();
    const feed = readFileSync(join(out, 'feed.xml'), 'utf8');
    const parsed = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      return { error: doc.querySelector('parsererror')?.textContent ?? null, entries: doc.getElementsByTagName('entry').length };
    }, feed);
    assert.deepEqual(parsed, { error: null, entries: 3 });
  } finally {
    await browser.close();
  }
});
