// The floor `npm run bench` measures Waymark against (issue 14): a toy notes reader that reads
// every file under a folder, splits it into lines, runs 3 regexes on each line and keeps keys
// in a Map — about the least any reader of the same folder has to do. Plain JS, one process:
// `node bench/toy-reader.mjs FOLDER` prints the files, lines and keys it found.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const CHECKBOX = /^\s*[-*+]\s+\[( |x|X)\]\s+(.*)$/;
const HEADING = /^(#{1,6})\s+(.*)$/;
const HOURS = /(\d+(?:\.\d+)?)\s*h(?:ours?)?\b/;

const keys = new Map();
let files = 0;
let lines = 0;
function walk(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.isFile()) read(p);
  }
}
function read(path) {
  files++;
  const text = readFileSync(path, 'utf8');
  let section = '';
  for (const line of text.split('\n')) {
    lines++;
    const h = HEADING.exec(line);
    const c = CHECKBOX.exec(line);
    const hours = HOURS.exec(line);
    if (h) section = h[2];
    if (!c) continue;
    const key = `${section}/${c[2].toLowerCase()}`;
    keys.set(key, { path, done: c[1] !== ' ', hours: hours ? Number(hours[1]) : null });
  }
}
walk(process.argv[2] ?? '.');
process.stdout.write(`${files} files, ${lines} lines, ${keys.size} keys\n`);
