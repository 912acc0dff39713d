#!/usr/bin/env node
// The `waymark` command: runs the compiled CLI (built by `npm install` through the
// `prepare` script). Only this entry point calls process.exit.
import { main } from '../dist/cli/main.js';

const code = await main(process.argv.slice(2));
process.exitCode = code;
