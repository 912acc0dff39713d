import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';
import { cacheFolder, cacheHome } from './cache-home.js';
import { loadRoadmap } from './workspace.js';

const dirs: string[] = [];
const saved = process.env['WAYMARK_CACHE_HOME'];
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  if (saved === undefined) delete process.env['WAYMARK_CACHE_HOME'];
  else process.env['WAYMARK_CACHE_HOME'] = saved;
});

function temp(name: string): string {
  const d = mkdtempSync(join(tmpdir(), `wm-cachehome-${name}-`));
  dirs.push(d);
  return d;
}
const hashOf = (root: string) => createHash('sha256').update(resolve(root)).digest('hex').slice(0, 24);

test('cacheHome: WAYMARK_CACHE_HOME, else XDG_CACHE_HOME/waymark, else ~/.cache/waymark; "off" keeps none', () => {
  assert.equal(cacheHome({ WAYMARK_CACHE_HOME: '/x/c', XDG_CACHE_HOME: '/y' }), '/x/c');
  assert.equal(cacheHome({ XDG_CACHE_HOME: '/y' }), '/y/waymark');
  assert.match(cacheHome({})!, /[/\\]\.cache[/\\]waymark$/);
  assert.equal(cacheHome({ WAYMARK_CACHE_HOME: 'off' }), null);
});

test('cacheFolder: .waymark/ when the root has it; else a folder of its own in the cache home, naming its root; none for a .waymark file or "off"', () => {
  const home = temp('home');
  process.env['WAYMARK_CACHE_HOME'] = home;
  const own = temp('own');
  mkdirSync(join(own, '.waymark'));
  assert.equal(cacheFolder(own), join(own, '.waymark'));

  const plain = temp('plain');
  const dir = cacheFolder(plain)!;
  assert.equal(dir, join(home, 'notes', hashOf(plain)));
  assert.equal(readFileSync(join(dir, 'root.txt'), 'utf8'), `${resolve(plain)}\n`);
  assert.equal(statSync(dir).mode & 0o777, 0o700, 'readable by the person only');
  assert.deepEqual(readdirSync(plain), [], 'nothing among the notes');

  const odd = temp('odd');
  writeFileSync(join(odd, '.waymark'), 'not a folder');
  assert.equal(cacheFolder(odd), null);

  process.env['WAYMARK_CACHE_HOME'] = 'off';
  assert.equal(cacheFolder(temp('off')), null);
  process.env['WAYMARK_CACHE_HOME'] = home;
});

test('making a root\'s folder sweeps those of roots gone or unused for 90 days, and keeps the rest', () => {
  const home = temp('sweep');
  process.env['WAYMARK_CACHE_HOME'] = home;
  const live = temp('live');
  const gone = temp('gone');
  const old = temp('old');
  const liveDir = cacheFolder(live)!;
  const goneDir = cacheFolder(gone)!;
  const oldDir = cacheFolder(old)!;
  rmSync(gone, { recursive: true });
  const long = new Date(Date.now() - 91 * 24 * 3600 * 1000);
  utimesSync(oldDir, long, long);
  mkdirSync(join(home, 'notes', 'not-ours'));
  cacheFolder(temp('new'));
  assert.ok(existsSync(liveDir), 'a live root\'s cache stays');
  assert.ok(!existsSync(goneDir), 'a gone root\'s cache is removed');
  assert.ok(!existsSync(oldDir), 'a cache unused for 90 days is removed');
  assert.ok(existsSync(join(home, 'notes', 'not-ours')), 'a folder not named as ours is left');
});

test('a plain folder of notes (no .waymark/): the second read takes every note from the cache, and the folder holds only the notes', async () => {
  process.env['WAYMARK_CACHE_HOME'] = temp('e2e');
  const notes = temp('notes');
  writeFileSync(join(notes, 'a.md'), '# Plan\n- [ ] Read SICP chapter 3\n- [x] Watch lecture 1\n');
  writeFileSync(join(notes, 'b.md'), '- [ ] Build a compiler\n');
  const now = new Date('2026-11-22T10:00:00Z');
  const first = await loadRoadmap([notes], { cwd: notes, now });
  assert.deepEqual(first.reads, { cached: 0, read: 2 });
  const second = await loadRoadmap([notes], { cwd: notes, now });
  assert.deepEqual(second.reads, { cached: 2, read: 0 });
  assert.deepEqual(second.roadmap.items, first.roadmap.items);
  writeFileSync(join(notes, 'b.md'), '- [x] Build a compiler\n');
  const third = await loadRoadmap([notes], { cwd: notes, now });
  assert.deepEqual(third.reads, { cached: 1, read: 1 });
  assert.equal(third.roadmap.items.find((i) => i.title === 'Build a compiler')?.status, 'done');
  assert.deepEqual(readdirSync(notes).sort(), ['a.md', 'b.md']);
});
