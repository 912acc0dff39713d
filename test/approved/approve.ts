// Approved-output testing: compares a text with test/approved/<name>.approved.txt. On a
// mismatch it writes <name>.received.txt beside it (diff the two, then rename to approve);
// WAYMARK_APPROVE=1 writes the approved file directly.
import { readFileSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, dirname } from 'node:path';
import assert from 'node:assert/strict';

const DIR = dirname(fileURLToPath(import.meta.url));

export function approve(name: string, received: string, env: Record<string, string | undefined> = process.env): void {
  const approvedPath = join(DIR, `${name}.approved.txt`);
  const receivedPath = join(DIR, `${name}.received.txt`);
  if (env.WAYMARK_APPROVE === '1') {
    writeFileSync(approvedPath, received);
    rmSync(receivedPath, { force: true });
    return;
  }
  const approved = existsSync(approvedPath) ? readFileSync(approvedPath, 'utf8') : null;
  if (approved === received) {
    rmSync(receivedPath, { force: true });
    return;
  }
  writeFileSync(receivedPath, received);
  assert.fail(
    approved === null
      ? `no approved output for "${name}": review ${receivedPath} and rename it to ${name}.approved.txt`
      : `output of "${name}" changed: diff ${approvedPath} ${receivedPath}`,
  );
}
