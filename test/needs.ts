// What some tests need from outside the repository — the shared corpus of real notes beside
// it (../shared/corpus) and a Chromium browser — and the one line a test skips with when it
// is absent: what it needs and how to get it. Under WAYMARK_TEST_REQUIRE_ALL=1 (CI, .ci/run)
// a skip is a failure: scripts/run-tests.mjs fails the run and lists each skip's line.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { TestContext } from 'node:test';

export const REQUIRE_ALL = process.env.WAYMARK_TEST_REQUIRE_ALL === '1';

/** ../shared/corpus beside the repository, or $WAYMARK_CORPUS (a worktree kept elsewhere). */
export const CORPUS = process.env.WAYMARK_CORPUS ?? join(import.meta.dirname, '..', '..', 'shared', 'corpus');

export interface Need {
  /** What is missing and how to get it, one line; null when the need is met. */
  missing: string | null;
}

/** The shared corpus, ../shared/corpus beside the repository. */
export function corpusNeed(): Need {
  return {
    missing: existsSync(CORPUS) ? null : `needs the shared corpus of real notes at ${CORPUS} (check out the project's shared/ folder beside the repository, or set WAYMARK_CORPUS)`,
  };
}

/** The Chromium to drive: $WAYMARK_CHROMIUM, else chromium (or chromium-browser, google-chrome) on the PATH. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.WAYMARK_CHROMIUM) return existsSync(env.WAYMARK_CHROMIUM) ? env.WAYMARK_CHROMIUM : null;
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
      const p = join(dir, name);
      if (existsSync(p)) return p;
    }
  }
  return null;
}

export function chromiumNeed(): Need & { path: string | null } {
  const path = findChromium();
  return {
    path,
    missing: path ? null : 'needs a Chromium browser (apt-get install chromium, or set WAYMARK_CHROMIUM=/path/to/chrome)',
  };
}

/** The git command-line tool, for the tests of the past imported from a notes folder's git log. */
export function gitNeed(): Need {
  return { missing: spawnSync('git', ['--version']).status === 0 ? null : 'needs the git command-line tool (apt-get install git)' };
}

/** Root, to give a note to another user (the tests of writing someone else's note in place). */
export function rootNeed(): Need {
  return { missing: process.getuid?.() === 0 ? null : 'needs to run as root, to give a note to another user (run the tests as root, as CI does)' };
}

/** The built command (dist/, which `npm install` makes through its `prepare` script, or `npm run build`), for tests of bin/waymark.js itself. */
export function builtNeed(root: string = join(import.meta.dirname, '..')): Need {
  const built = existsSync(join(root, 'dist', 'bundle', 'main.js')) || existsSync(join(root, 'dist', 'cli', 'main.js'));
  return { missing: built ? null : 'needs the built command in dist/ (run `npm install` or `npm run build`)' };
}

/**
 * The `skip` option for a test or suite: the need's line when it is missing, else false.
 * @example test('reads the corpus', { skip: skipUnless(corpusNeed()) }, () => { … })
 */
export function skipUnless(need: Need): string | false {
  return need.missing ?? false;
}

/** Inside a test: fails with the need's line under WAYMARK_TEST_REQUIRE_ALL=1, else skips with it. Returns true when met. */
export function need(t: TestContext, n: Need): boolean {
  if (n.missing === null) return true;
  if (REQUIRE_ALL) throw new Error(`${n.missing} (WAYMARK_TEST_REQUIRE_ALL=1: nothing may skip)`);
  t.skip(n.missing);
  return false;
}
