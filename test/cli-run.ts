// Running the CLI in tests: in process with a captured, colourless, pinned-clock context, or
// as a real process from the TypeScript sources (serve, signals, exit codes).
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/main.js';
import type { CliContext } from '../src/cli/context.js';

export const REPO = fileURLToPath(new URL('..', import.meta.url));
export const EXAMPLES = join(REPO, 'examples');
const CLI = join(REPO, 'test', 'fixtures', 'waymark-cli.ts');

export interface Run { code: number; stdout: string; stderr: string }

/** `waymark …argv` in `cwd`, in process; `stdin` answers `review`. */
export async function runCli(cwd: string, argv: string[], opts: { now?: string; stdin?: Readable } = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const ctx: CliContext & { stdin?: Readable } = {
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    cwd, env: { NO_COLOR: '1', TZ: 'UTC' }, now: () => new Date(opts.now ?? '2026-11-23T10:00:00Z'), color: false,
    ...(opts.stdin ? { stdin: opts.stdin } : {}),
  };
  const code = await main(argv, ctx);
  return { code, stdout, stderr };
}

/** The examples copied into `dest` (a new temp folder when absent), without any history. */
export function copyExamples(dest: string = mkdtempSync(join(tmpdir(), 'waymark-ex-'))): string {
  cpSync(EXAMPLES, dest, { recursive: true, filter: (src) => !/[\\/]\.waymark(?:[\\/]|$)/.test(src) });
  return dest;
}

/**
 * `waymark …args` as a process. With `until`, Ctrl+C (SIGINT) is sent once stdout matches it;
 * after `ms` it is killed and the code is 'timeout'.
 */
export function spawnCli(cwd: string, args: string[], ms: number, until?: RegExp): Promise<{ code: number | null | 'timeout'; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), CLI, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, ms);
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (until && until.test(stdout)) child.kill('SIGINT');
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code: timedOut ? 'timeout' : code, stdout, stderr });
    });
  });
}
