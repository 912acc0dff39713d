#!/usr/bin/env node
// The `waymark` command: runs the CLI as `npm run build` (the `prepare` script of `npm install`)
// made it: the bundle (dist/bundle/: main.cjs, run with V8's code cache by bin/code-cache.js,
// or for the program's own --version and --help the small main.js; scripts/bundle.mjs says
// why), or the compiled files one by one (dist/cli/) when they are newer than the bundle (only
// `tsc` ran since). An internal error's stack names the TypeScript files through the bundle's
// source maps (src/cli/stack.ts). Only this entry point calls process.exit.
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';

// V8 runs a regular expression in its interpreter first and compiles it to machine code when it
// runs again (tier-up). The reader's word lists are big patterns, so a short command paid for
// both: compiled at once, the first read of a 3-line note took 21 ms instead of 37, a check-off
// on the 1,000-note bench folder 0.18 s instead of 0.19, and the reader's speed over many notes
// rose about 5% (measured 2026-12-05 on the 2-core machine).
// The flag is changed while V8 runs, which is safe only while no pattern has been run long
// enough to be marked for tier-up: with code preloaded (`node --import tsx …`, NODE_OPTIONS),
// V8 crashed (SIGSEGV) reading the labelled notes (2026-12-06). So it is set only when nothing
// ran before this file but Node's own start.
const PRELOAD = /(?:^|\s)(?:--import|--require|-r|--loader|--experimental-loader)(?:[=\s]|$)/;
if (!process.execArgv.some((a) => PRELOAD.test(a)) && !PRELOAD.test(process.env.NODE_OPTIONS ?? '')) setFlagsFromString('--no-regexp-tier-up');

const mtime = (rel) => statSync(new URL(rel, import.meta.url), { throwIfNoEntry: false })?.mtimeMs ?? -1;
const bundled = mtime('../dist/bundle/main.cjs') >= mtime('../dist/cli/main.js');
const args = process.argv.slice(2);
// (The command is the first word before any `--`; `help` alone, or none, is the program's own help.)
const end = args.indexOf('--');
const words = (end < 0 ? args : args.slice(0, end)).filter((a) => !a.startsWith('-'));
const ownHelp = words.length === 0 || (words[0] === 'help' && words.length === 1);
let main;
let loaded = null;
if (bundled && ownHelp) ({ main } = await import('../dist/bundle/main.js'));
else if (bundled) {
  const { loadWithCodeCache } = await import('./code-cache.js');
  loaded = loadWithCodeCache(fileURLToPath(new URL('../dist/bundle/main.cjs', import.meta.url)));
  ({ main } = loaded.exports);
} else ({ main } = await import('../dist/cli/main.js'));

// `waymark list | head`: a reader that stops early is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

const code = await main(args);
process.exitCode = code;
// (After the command, so that the cache holds the code it compiled.)
loaded?.keep(words[0] ?? '');
