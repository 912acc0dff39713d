#!/usr/bin/env node
// The `waymark` command: runs the CLI as `npm run build` (the `prepare` script of `npm install`)
// made it: the bundle (dist/bundle/), or the compiled files one by one (dist/cli/) when they are
// newer than the bundle (only `tsc` ran since). An internal error's stack names the TypeScript
// files through the bundle's source maps (src/cli/stack.ts). Only this entry point calls process.exit.
import { statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

// V8 runs a regular expression in its interpreter first and compiles it to machine code when it
// runs again (tier-up). The reader's word lists are big patterns, so a short command paid for
// both: compiled at once, the first read of a 3-line note took 21 ms instead of 37, a check-off
// on the 1,000-note bench folder 0.18 s instead of 0.19, and the reader's speed over many notes
// rose about 5% (measured 2026-12-05 on the 2-core machine). Set before any pattern is made.
setFlagsFromString('--no-regexp-tier-up');

const mtime = (rel) => statSync(new URL(rel, import.meta.url), { throwIfNoEntry: false })?.mtimeMs ?? -1;
const bundled = mtime('../dist/bundle/main.js') >= mtime('../dist/cli/main.js');
const { main } = bundled ? await import('../dist/bundle/main.js') : await import('../dist/cli/main.js');

// `waymark list | head`: a reader that stops early is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

const code = await main(process.argv.slice(2));
process.exitCode = code;
