#!/usr/bin/env node
// The `waymark` command: runs the compiled CLI (built by `npm install` through the
// `prepare` script). Only this entry point calls process.exit.
import { main } from '../dist/cli/main.js';

// `waymark list | head`: a reader that stops early is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

const code = await main(process.argv.slice(2));
process.exitCode = code;
