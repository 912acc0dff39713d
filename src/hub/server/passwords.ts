// Passwords: argon2id through @node-rs/argon2 (its defaults are argon2id, 19 MiB, t=2,
// OWASP's minimum), never hand-rolled. A sign-in for an unknown name still verifies
// against a fixed hash, so the answer takes as long either way.
import { hash, verify } from '@node-rs/argon2';

export const MIN_PASSWORD = 10;

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

let dummy: Promise<string> | null = null;

/** True when `password` matches `stored`; with no stored hash, false after the same work. */
export async function checkPassword(stored: string | null, password: string): Promise<boolean> {
  if (stored === null) {
    dummy ??= hash('not a password anyone has');
    await verify(await dummy, password).catch(() => false);
    return false;
  }
  return verify(stored, password).catch(() => false);
}
