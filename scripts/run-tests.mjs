// Runs every *.test.ts under src/ and test/ with node:test through tsx.
// (Node 20's --test does not expand globs, so we list the files ourselves.)
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const roots = process.argv.slice(2).length ? process.argv.slice(2) : ['src', 'test'];
const files = [];
function walk(dir) {
  let names;
  try { names = readdirSync(dir); } catch { return; }
  for (const name of names.sort()) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (/\.test\.tsx?$/.test(name)) files.push(p);
  }
}
for (const r of roots) {
  if (/\.test\.tsx?$/.test(r)) files.push(r); else walk(r);
}
if (files.length === 0) { console.error('no test files found'); process.exit(1); }
const res = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(res.status ?? 1);
