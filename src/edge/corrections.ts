// The person's corrections live in `waymark.json` beside the notes ("corrections": [...]), a
// plain file they can read, diff and keep in git. This reads them for the reader (paths
// turned from the notes root's into the workspace's) and adds or drops one, rewriting only
// that section of the file.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { ConfigError, UsageError } from '../core/errors.js';
import type { Correction } from '../core/notes/index.js';
import { CONFIG_FILE } from './config.js';
import type { StoredCorrection } from './corrections-config.js';
import { safeWrite } from './safe-write.js';

/**
 * The section's schema, loaded (with zod, some 95 modules) only when a waymark.json has
 * corrections to check; every check-off reads this file. Synchronous, as its callers are:
 * Node (≥ 20.19) requires an ES module, and shares it with `import`. (In the bundle,
 * corrections-config.js is an entry of its own beside the chunks, for this require to find.)
 */
function correctionsSection(): typeof import('./corrections-config.js').CorrectionsSection {
  return (createRequire(import.meta.url)('./corrections-config.js') as typeof import('./corrections-config.js')).CorrectionsSection;
}

function configPath(root: string): string {
  return join(root, CONFIG_FILE);
}

function readRaw(root: string): { data: Record<string, unknown>; text: string | null } {
  const path = configPath(root);
  if (!existsSync(path)) return { data: {}, text: null };
  const text = readFileSync(path, 'utf8');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(`${path}: not valid JSON (${(e as Error).message})`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new ConfigError(`${path}: expected an object`);
  return { data: data as Record<string, unknown>, text };
}

/** The corrections in the notes root's waymark.json (none when there is no file or section). */
export function readCorrections(root: string): StoredCorrection[] {
  const { data } = readRaw(root);
  if (data.corrections === undefined) return [];
  const r = correctionsSection().safeParse(data.corrections);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new ConfigError(`${configPath(root)}: corrections.${issue.path.join('.')}: ${issue.message}`);
  }
  return r.data;
}

/** The corrections with paths as the workspace shows them (relative to `cwd`), for the reader. */
export function correctionsForReader(root: string, cwd: string): Correction[] {
  return readCorrections(root).map((c) => {
    const rel = relative(cwd, resolve(root, c.path)).split(sep).join('/');
    const out: Correction = { action: c.action, path: rel || c.path, text: c.text };
    if (c.before !== undefined) out.before = c.before;
    if (c.after !== undefined) out.after = c.after;
    if (c.kind !== undefined) out.kind = c.kind;
    if (c.estimateHours !== undefined) out.estimateHours = c.estimateHours;
    if (c.title !== undefined) out.title = c.title;
    return out;
  });
}

function write(root: string, text: string | null, data: Record<string, unknown>): void {
  const next = JSON.stringify(data, null, 2) + '\n';
  const path = configPath(root);
  if (text === null) {
    // A new file: nothing of the person's to lose.
    safeWriteNew(path, next);
    return;
  }
  safeWrite({ root, path, expected: Buffer.from(text, 'utf8'), next });
}

function safeWriteNew(path: string, next: string): void {
  // safeWrite compares with the bytes it expects: a new file is created empty first ("wx":
  // never over a file that appeared meanwhile).
  writeFileSync(path, '', { flag: 'wx' });
  safeWrite({ root: dirname(path), path, expected: Buffer.alloc(0), next });
}

/**
 * Adds a correction, replacing an earlier one for the same line and action (a second
 * `track` with other fields updates the first). Returns its number (1-based).
 */
export function addCorrection(root: string, c: StoredCorrection): number {
  const { data, text } = readRaw(root);
  const list = readCorrections(root);
  const same = list.findIndex((x) => x.path === c.path && x.text === c.text && x.before === c.before && x.after === c.after);
  if (same >= 0) {
    list[same] = c.action === list[same]!.action && c.action === 'track' ? { ...list[same]!, ...c } : c;
  } else list.push(c);
  write(root, text, { ...data, corrections: list });
  return same >= 0 ? same + 1 : list.length;
}

/** Drops correction `n` (1-based); returns it, or throws when there is no such number. */
export function dropCorrection(root: string, n: number): StoredCorrection {
  const { data, text } = readRaw(root);
  const list = readCorrections(root);
  if (!Number.isInteger(n) || n < 1 || n > list.length) {
    throw new UsageError(`there is no correction ${n} (${list.length === 0 ? 'there are none' : `numbers run 1 to ${list.length}`})`);
  }
  const [gone] = list.splice(n - 1, 1);
  const next: Record<string, unknown> = { ...data, corrections: list };
  if (list.length === 0) delete next.corrections;
  write(root, text, next);
  return gone!;
}
