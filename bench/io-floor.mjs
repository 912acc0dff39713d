// The I/O floor of a cold `waymark status` (issue 14's speed bench): reads every file under a
// folder as the toy reader does, but parses nothing, then writes as many bytes as the read
// cache holds to a temp file and renames it into place, as the cache is saved. Nothing a cold
// run does can take less. `node bench/io-floor.mjs FOLDER BYTES`
import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let files = 0;
let bytes = 0;
function walk(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.isFile()) {
      files++;
      bytes += readFileSync(p, 'utf8').length;
    }
  }
}
walk(process.argv[2] ?? '.');
const out = mkdtempSync(join(tmpdir(), 'waymark-io-floor-'));
writeFileSync(join(out, 'cache.tmp'), Buffer.alloc(Number(process.argv[3] ?? 0), 1));
renameSync(join(out, 'cache.tmp'), join(out, 'cache'));
rmSync(out, { recursive: true, force: true });
process.stdout.write(`${files} files, ${bytes} characters read\n`);
