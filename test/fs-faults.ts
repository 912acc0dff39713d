// Faults at the file-system boundary for tests: a node:fs function replaced for the length
// of a call (named imports see it too, through syncBuiltinESMExports).
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

/** Runs `fn` with `fs[name]` replaced by `fake`, then puts the real one back. */
export function withFsFault<K extends 'fchownSync' | 'writeSync', T>(name: K, fake: typeof fs[K], fn: () => T): T {
  const real = fs[name];
  fs[name] = fake;
  syncBuiltinESMExports();
  try {
    return fn();
  } finally {
    fs[name] = real;
    syncBuiltinESMExports();
  }
}

/** An errno error as node:fs throws it. */
export function fsError(code: string, syscall: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${syscall} failed`), { code, syscall });
}

/** Runs `fn` while the file system refuses to give a file away (a user writing someone else's note). */
export function refusingChown<T>(fn: () => T): T {
  return withFsFault('fchownSync', () => { throw fsError('EPERM', 'fchown'); }, fn);
}
