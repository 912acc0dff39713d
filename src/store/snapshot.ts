// Undo snapshots kept small: a check-off changes a few bytes of a file, so the history
// stores only the span that differs (with the lengths of the shared head and tail) plus
// both hashes, and rebuilds the exact previous bytes from the file as it is now.
import { createHash } from 'node:crypto';
import type { FileSnapshot } from './types.js';

export function sha256(b: Buffer): string {
  return createHash('sha256').update(b).digest('hex');
}

/** The snapshot that turns `after` back into `before`. */
export function makeSnapshot(file: string, before: Buffer, after: Buffer): FileSnapshot {
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  return {
    file, before: Buffer.from(before.subarray(prefix, before.length - suffix)), prefix, suffix,
    beforeSha: sha256(before), afterSha: sha256(after),
  };
}

/**
 * The exact previous bytes, given the file as it is now; null when the file is no longer
 * what the command wrote (someone edited it since).
 */
export function restoreSnapshot(s: FileSnapshot, current: Buffer): Buffer | null {
  if (sha256(current) !== s.afterSha) return null;
  const out = s.prefix === null || s.suffix === null
    ? s.before
    : Buffer.concat([current.subarray(0, s.prefix), s.before, current.subarray(current.length - s.suffix)]);
  return sha256(out) === s.beforeSha ? out : null;
}
