// The workspace config, `waymark.json` at the notes' root. Its schema (zod) is in
// config-schema.ts and loads only when there is a file to check, so a folder without one pays
// nothing for it.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigError } from '../core/errors.js';
import type { WaymarkConfig } from './config-schema.js';

export type { WaymarkConfig } from './config-schema.js';

export const CONFIG_FILE = 'waymark.json';

/** Reads `waymark.json` from the workspace root; an empty config (all defaults) when there is none. */
export async function loadConfig(root: string): Promise<{ config: WaymarkConfig; path: string | null }> {
  const path = join(root, CONFIG_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { config: {}, path: null };
    throw new ConfigError(`${path}: cannot read (${(e as Error).message})`);
  }
  const { parseConfig } = await import('./config-schema.js');
  return { config: parseConfig(text, path), path };
}
