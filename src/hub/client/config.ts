// Where the CLI keeps what it needs to reach a hub: the hub's URL in waymark.json (`hub.url`,
// safe beside the notes), and the token in the user's config folder (mode 600), never in
// the notes folder.
import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { z } from 'zod';

/** waymark.json's `hub` section. */
export const HubSection = z.strictObject({
  url: z.url({ protocol: /^https?$/, error: 'expected the hub\'s http(s) address' }).optional(),
  /** The note `waymark pull` writes the reading schedule into (default reading-group.md). */
  scheduleNote: z.string().regex(/^[^/\\]+\.md$/, 'expected a file name ending in .md').optional(),
});

/** $XDG_CONFIG_HOME/waymark/hub.json (~/.config/waymark/hub.json). */
export function tokenFile(env: Record<string, string | undefined>): string {
  const base = env.XDG_CONFIG_HOME || join(env.HOME || homedir(), '.config');
  return join(base, 'waymark', 'hub.json');
}

interface TokenFile {
  hubs: Record<string, { token: string }>;
}

function readTokens(file: string): TokenFile {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<TokenFile>;
    return { hubs: data.hubs ?? {} };
  } catch {
    return { hubs: {} };
  }
}

/** The hub address as a key: no trailing slash. */
export function hubKey(url: string): string {
  return url.replace(/\/+$/, '');
}

export function savedToken(env: Record<string, string | undefined>, url: string): string | null {
  return readTokens(tokenFile(env)).hubs[hubKey(url)]?.token ?? null;
}

/** Keeps the token for the hub, readable by the user only. */
export function saveToken(env: Record<string, string | undefined>, url: string, token: string): string {
  const file = tokenFile(env);
  const data = readTokens(file);
  data.hubs[hubKey(url)] = { token };
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(data, null, 2) + '\n', { mode: 0o600 });
  chmodSync(tmp, 0o600);
  renameSync(tmp, file);
  return file;
}
