// The screenshot comparison itself, on small made-up images: equal passes, a few stray
// pixels pass, a changed region or a changed size fails, approving writes the image.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { PNG } from 'pngjs';
import { APPROVED_SCREENS, checkScreen, DEFAULT_TOLERANCE, diffScreens, README_IMAGES, README_SCREENS, RECEIVED_SCREENS } from './screens.js';

function image(width: number, height: number, paint: (x: number, y: number) => [number, number, number] = () => [255, 255, 255]): Buffer {
  const png = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [r, g, b] = paint(x, y);
      const i = (y * width + x) * 4;
      png.data[i] = r;
      png.data[i + 1] = g;
      png.data[i + 2] = b;
      png.data[i + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}

void test('equal images do not differ; a block of changed pixels does, and the diff marks it', () => {
  const white = image(100, 100);
  assert.equal(diffScreens(white, white).diffPixels, 0);
  const block = image(100, 100, (x, y) => (x >= 10 && x < 30 && y >= 10 && y < 30 ? [200, 0, 0] : [255, 255, 255]));
  const d = diffScreens(white, block);
  // The block's inner pixels differ for sure; its rim may be taken for anti-aliasing.
  assert.ok(d.diffPixels >= 18 * 18 && d.diffPixels <= 400, `${d.diffPixels}`);
  assert.ok(d.ratio > DEFAULT_TOLERANCE.maxDiffRatio);
  assert.ok(d.diff && PNG.sync.read(d.diff).width === 100);
});

void test('a faint shade change stays under the threshold; a changed size is reported as such', () => {
  const white = image(50, 50);
  const faint = image(50, 50, () => [252, 252, 252]);
  assert.equal(diffScreens(white, faint).diffPixels, 0);
  const taller = image(50, 60);
  assert.equal(diffScreens(white, taller).sizeChange, '50×50 approved, 50×60 now');
});

void test('checkScreen: approving writes the image, a match passes, a change fails naming the files', () => {
  const name = `unit-test-${process.pid}`;
  const approved = join(APPROVED_SCREENS, `${name}.png`);
  try {
    const white = image(40, 40);
    assert.match(checkScreen(name, white, {}) ?? '', /no approved screenshot/);
    assert.equal(checkScreen(name, white, { WAYMARK_APPROVE: '1' }), null);
    assert.deepEqual(readFileSync(approved), white);
    assert.equal(checkScreen(name, white, {}), null);
    // One stray pixel in 1,600 (0.06%) is within the tolerance.
    const stray = image(40, 40, (x, y) => (x === 5 && y === 5 ? [0, 0, 0] : [255, 255, 255]));
    assert.equal(checkScreen(name, stray, {}), null);
    const changed = image(40, 40, (x) => (x < 20 ? [0, 0, 0] : [255, 255, 255]));
    const why = checkScreen(name, changed, {});
    assert.match(why ?? '', /changed: \d+ pixels .* differ; compare .*approve:screens/);
    assert.ok(existsSync(join(RECEIVED_SCREENS, `${name}.diff.png`)));
  } finally {
    rmSync(approved, { force: true });
    rmSync(join(RECEIVED_SCREENS, `${name}.png`), { force: true });
    rmSync(join(RECEIVED_SCREENS, `${name}.diff.png`), { force: true });
  }
});

void test('the README shows the dashboard as it now looks: its screenshots are the approved ones', () => {
  for (const [image, screen] of Object.entries(README_SCREENS)) {
    const shown = readFileSync(join(README_IMAGES, image));
    assert.ok(shown.equals(readFileSync(join(APPROVED_SCREENS, `${screen}.png`))), `docs/images/${image} is not ${screen}.png: npm run approve:screens writes it`);
  }
  assert.match(readFileSync(join(README_IMAGES, '..', '..', 'README.md'), 'utf8'), /\]\(docs\/images\/dashboard-overview\.png\)/);
});
