// `waymark serve [PATH…] [--port N] [--open]`: the local dashboard in a browser.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { notesRoot } from '../../edge/root.js';
import { DEFAULT_PORT, startServer, type RunningServer } from '../../server/index.js';
import type { CliContext } from '../context.js';
import { allowHistory, notesOpt, notesPaths, PATHS_HELP, yesOpt, type NotesFlags } from '../notes-args.js';

export interface ServeFlags {
  port?: string;
  open?: boolean;
  yes?: boolean;
}

/** Parses `--port`; 0 means any free port. */
export function parsePort(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_PORT;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n > 65535) throw new UsageError(`--port must be a number from 0 to 65535, not ${JSON.stringify(raw)}`);
  return n;
}

/** Opens `url` in the person's browser; a failure only prints a hint. */
export function openBrowser(url: string, ctx: CliContext): void {
  const [cmd, args] = process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : ['xdg-open', [url]];
  try {
    const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
    child.on('error', () => ctx.stderr.write(`could not open a browser; open ${url} yourself\n`));
    child.unref();
  } catch {
    ctx.stderr.write(`could not open a browser; open ${url} yourself\n`);
  }
}

/** Runs until `stop` resolves (SIGINT/SIGTERM by default). */
export async function runServe(paths: string[], flags: ServeFlags, ctx: CliContext, stop?: Promise<unknown>): Promise<RunningServer> {
  const port = parsePort(flags.port);
  // A missing path is a usage mistake, found before any thread or port is taken.
  for (const p of paths) if (!existsSync(resolve(ctx.cwd, p))) throw new UsageError(`no such file or folder: ${p}`, 'E_NO_PATH');
  await allowHistory(notesRoot(paths, ctx.cwd), ctx, flags);
  // A large vault takes a moment to read before the first page can be served.
  if (ctx.stderr.isTTY) ctx.stderr.write('reading the notes…\n');
  // Past allowHistory, the person has agreed to the history's folder (by --yes or the prompt, if it asked).
  const server = await startServer({ paths, cwd: ctx.cwd, now: ctx.now, port, exactPort: flags.port !== undefined, historyAllowed: true, env: ctx.env });
  // Ctrl+C is heard from the moment the address is printed.
  const ended = stop ?? new Promise<void>((ok) => {
    process.once('SIGINT', ok);
    process.once('SIGTERM', ok);
  });
  ctx.stdout.write(`Waymark dashboard: ${server.url}\n(serving ${paths.length ? paths.join(', ') : ctx.cwd}; Ctrl+C stops it)\n`);
  const problem = server.state.historyProblem;
  if (problem) ctx.stderr.write(`waymark serve: showing the notes read-only, without history: ${problem.message}\n`);
  if (flags.open) openBrowser(server.url, ctx);
  await ended;
  await server.close();
  return server;
}

export function registerServe(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description('the dashboard in your browser: overview, timeline, progress, items; check things off there')
    .argument('[paths...]', PATHS_HELP)
    .addOption(notesOpt())
    .addOption(yesOpt())
    .option('-p, --port <n>', `port to listen on; a busy one is an error (0: any free port; without -p: ${DEFAULT_PORT} or the next free one)`)
    .option('--open', 'open the dashboard in a browser')
    .action(async (given: string[], flags: ServeFlags & NotesFlags) => {
      const paths = notesPaths(given, flags);
      await runServe(paths, flags, ctx);
    });
}
