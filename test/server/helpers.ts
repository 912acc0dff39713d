// Shared set-up for the server tests: the example notes copied to a temp folder, a pinned
// clock, and an app over them.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp, LiveHub, loopbackHosts, WorkspaceState } from '../../src/server/index.js';
import type { WorkspaceStateOptions } from '../../src/server/workspace-state.js';

export const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));
export const NOW = new Date('2026-11-23T10:00:00Z');
export const TOKEN = 'test-token-0123456789';
export const PORT = 4173;
export const HOST = `127.0.0.1:${PORT}`;

export function copyExamples(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'waymark-serve-'));
  // Only the notes: a history (.waymark/) left by someone's own runs in examples/ stays behind.
  cpSync(EXAMPLES, dir, { recursive: true, filter: (src) => !/[\\/]\.waymark(?:[\\/]|$)/.test(src) });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function makeApp(dir: string, webRoot?: string, stateOptions: Partial<WorkspaceStateOptions> = {}) {
  const state = new WorkspaceState({ paths: ['.'], cwd: dir, now: () => NOW, ...stateOptions });
  const hub = new LiveHub();
  const logs: string[] = [];
  const app = createApp({ state, token: TOKEN, hosts: loopbackHosts(PORT), hub, now: () => NOW, log: (s) => logs.push(s), ...(webRoot ? { webRoot } : {}) });
  return { app, state, hub, logs };
}

/** Headers a same-origin page sends. */
export function pageHeaders(extra: Record<string, string> = {}): Record<string, string> {
  return { host: HOST, ...extra };
}

export function writeHeaders(): Record<string, string> {
  return { host: HOST, origin: `http://${HOST}`, 'content-type': 'application/json', 'x-waymark-token': TOKEN };
}
