// Approved screenshots: a PNG the browser tests take is compared with
// test/approved/screens/<name>.png pixel by pixel (pixelmatch), with a tolerance for
// anti-aliasing and a few stray pixels. On a mismatch the received image and a diff (changed
// pixels in red) are written to test-output/screens/; `npm run approve:screens`
// (WAYMARK_APPROVE=1) writes the approved images instead (those that changed).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

const HERE = dirname(fileURLToPath(import.meta.url));
export const APPROVED_SCREENS = join(HERE, 'screens');
export const RECEIVED_SCREENS = join(HERE, '..', '..', 'test-output', 'screens');
export const README_IMAGES = join(HERE, '..', '..', 'docs', 'images');

/**
 * The README's screenshots are approved screenshots: approving one writes the README's copy
 * too, and screens.test.ts fails when a copy differs from its approved image.
 */
export const README_SCREENS: Record<string, string> = {
  'dashboard-overview.png': 'examples-overview-1366-light',
  'dashboard-overview-dark.png': 'examples-overview-1366-dark',
};

export interface ScreenTolerance {
  /** pixelmatch's per-pixel colour distance, 0–1 (0.1 by default: small shade changes pass). */
  threshold: number;
  /** Share of the image's pixels allowed to differ beyond that (anti-aliased edges never count). */
  maxDiffRatio: number;
}

export const DEFAULT_TOLERANCE: ScreenTolerance = { threshold: 0.1, maxDiffRatio: 0.002 };

export interface ScreenDiff {
  /** Null when the sizes match. */
  sizeChange: string | null;
  diffPixels: number;
  ratio: number;
  /** The diff image (PNG), when the sizes match. */
  diff: Buffer | null;
}

/** Compares two PNGs; pure apart from decoding. */
export function diffScreens(approved: Buffer, received: Buffer, tolerance: ScreenTolerance = DEFAULT_TOLERANCE): ScreenDiff {
  const a = PNG.sync.read(approved);
  const b = PNG.sync.read(received);
  if (a.width !== b.width || a.height !== b.height) {
    return { sizeChange: `${a.width}×${a.height} approved, ${b.width}×${b.height} now`, diffPixels: Number.NaN, ratio: 1, diff: null };
  }
  const out = new PNG({ width: a.width, height: a.height });
  const n = pixelmatch(a.data, b.data, out.data, a.width, a.height, { threshold: tolerance.threshold, includeAA: false });
  return { sizeChange: null, diffPixels: n, ratio: n / (a.width * a.height), diff: PNG.sync.write(out) };
}

/**
 * Null when `png` matches the approved image `name` within the tolerance (or was just
 * approved), else why not, naming the files to look at.
 */
export function checkScreen(name: string, png: Buffer, env: Record<string, string | undefined> = process.env, tolerance: ScreenTolerance = DEFAULT_TOLERANCE): string | null {
  const approvedPath = join(APPROVED_SCREENS, `${name}.png`);
  const receivedPath = join(RECEIVED_SCREENS, `${name}.png`);
  const diffPath = join(RECEIVED_SCREENS, `${name}.diff.png`);
  if (env.WAYMARK_APPROVE === '1') {
    mkdirSync(APPROVED_SCREENS, { recursive: true });
    // An image that still matches stays as it is: re-encoding it would only churn the history.
    const same = existsSync(approvedPath) && ((d) => d.sizeChange === null && d.ratio <= tolerance.maxDiffRatio)(diffScreens(readFileSync(approvedPath), png, tolerance));
    if (!same) writeFileSync(approvedPath, png);
    for (const [image, screen] of Object.entries(README_SCREENS)) if (screen === name) writeFileSync(join(README_IMAGES, image), readFileSync(approvedPath));
    rmSync(receivedPath, { force: true });
    rmSync(diffPath, { force: true });
    return null;
  }
  mkdirSync(RECEIVED_SCREENS, { recursive: true });
  if (!existsSync(approvedPath)) {
    writeFileSync(receivedPath, png);
    return `no approved screenshot "${name}": look at ${receivedPath}, then run npm run approve:screens`;
  }
  const d = diffScreens(readFileSync(approvedPath), png, tolerance);
  if (d.sizeChange === null && d.ratio <= tolerance.maxDiffRatio) {
    rmSync(receivedPath, { force: true });
    rmSync(diffPath, { force: true });
    return null;
  }
  writeFileSync(receivedPath, png);
  if (d.diff) writeFileSync(diffPath, d.diff);
  const what = d.sizeChange ?? `${d.diffPixels} pixels (${(d.ratio * 100).toFixed(2)}%, over ${(tolerance.maxDiffRatio * 100).toFixed(2)}%) differ`;
  return `screenshot "${name}" changed: ${what}; compare ${approvedPath} with ${receivedPath}${d.diff ? ` (diff: ${diffPath})` : ''}, and run npm run approve:screens if the change is meant`;
}
