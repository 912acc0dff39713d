// The CLI entry: parses argv into a command, runs it, and maps errors to exit codes.
// Only bin/waymark.js calls process.exit; this returns the code so tests can run it in-process.
// With --json, an error is JSON on stdout too — {"error": {"code", "message", "candidates"}} —
// with the same exit code as without it. Exit codes: 0 done; 1 a problem (one line says it);
// 2 a usage mistake; 3 done as far as the notes go, but without the history (one line says
// why: `.waymark/` damaged, locked or not writable); 70 an internal error.
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { ItemNotFoundError, WaymarkError, type Candidate } from '../core/errors.js';
import { defaultContext, EXIT_WITHOUT_HISTORY, ranWithoutHistory, type CliContext } from './context.js';
import { COMMAND_MODULES, moduleOf, registerModules } from './commands/index.js';

/** True when the command line asks for JSON (before any `--`). */
export function wantsJson(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).includes('--json');
}

/**
 * Runs `waymark argv`. `index` gives the commands' help lines for the program's own help
 * (tests pass it; by default the one the build wrote, or none).
 */
export async function main(argv: string[], given: CliContext = defaultContext(), index: () => HelpEntry[] | null = readHelpIndex): Promise<number> {
  const json = wantsJson(argv);
  // This run's own context: what it noticed (going on without the history) is its alone.
  const ctx: CliContext = { ...given };
  const program = new Command('waymark')
    .description('Read your learning notes into a roadmap, plan it into your hours, track it back into the notes.')
    .version('0.1.0')
    .exitOverride()
    .showHelpAfterError('(run `waymark --help` for usage)')
    // Each command as its own usage line shows it: `done [options] <item...> [notes...]`.
    .configureHelp({ subcommandTerm: (cmd) => `${cmd.name()} ${cmd.usage()}` })
    .addHelpText('after', `
Every command takes the notes the same way: as paths (after the item for done, start, skip,
progress, log, why, track, ignore) or with -n/--notes <path>; none means the current folder.
  waymark stats .     waymark review notes/     waymark done "Raft" -n notes/`)
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      // Under --json commander's own error text is replaced by the JSON error.
      writeErr: (s) => (json ? undefined : ctx.stderr.write(s)),
    });
  try {
    await registerFor(program, argv, ctx, index);
    await program.parseAsync(argv, { from: 'user' });
    return ranWithoutHistory(ctx) === null ? 0 : EXIT_WITHOUT_HISTORY;
  } catch (err) {
    const r = await describeError(err);
    if (r.message !== null) {
      if (json) ctx.stdout.write(JSON.stringify({ error: { code: r.code, message: r.message, candidates: r.candidates } }, null, 2) + '\n');
      else if (!r.printed) ctx.stderr.write(`waymark: ${r.message}\n`);
    }
    return r.exit;
  }
}

/** The command argv names: its first word, or the one after `help`. */
export function commandName(argv: readonly string[]): string | null {
  const end = argv.indexOf('--');
  const words = (end < 0 ? argv : argv.slice(0, end)).filter((a) => !a.startsWith('-'));
  return words[0] === 'help' ? (words[1] ?? null) : (words[0] ?? null);
}

/** A command's line in `waymark --help`, as `npm run build` records it (dist/cli/help-index.json). */
export interface HelpEntry {
  name: string;
  usage: string;
  description: string;
}

/**
 * Registers what argv needs: the module of the command it names; for the program's own help,
 * its version or a mistake, the index of every command's help line written by the build (when
 * it is there and lists the commands this build knows), else every module.
 */
async function registerFor(program: Command, argv: readonly string[], ctx: CliContext, index: () => HelpEntry[] | null): Promise<void> {
  const name = commandName(argv);
  const wanted = name === null ? undefined : moduleOf(name);
  if (wanted) return registerModules(program, ctx, wanted);
  const entries = index();
  const known = COMMAND_MODULES.flatMap((m) => m.names).sort().join(' ');
  if (!entries || entries.map((e) => e.name).sort().join(' ') !== known) return registerModules(program, ctx);
  for (const e of entries) program.command(e.name).usage(e.usage).description(e.description);
}

function readHelpIndex(): HelpEntry[] | null {
  try {
    return JSON.parse(readFileSync(new URL('./help-index.json', import.meta.url), 'utf8')) as HelpEntry[];
  } catch {
    return null;
  }
}

interface DescribedError {
  exit: number;
  code: string;
  /** null: nothing to report (help, version). */
  message: string | null;
  candidates: Candidate[];
  /** Commander printed it already (without --json). */
  printed?: boolean;
}

const FILE_ERRORS: Record<string, string> = {
  EACCES: 'permission denied', EPERM: 'operation not permitted', EROFS: 'read-only file system', ENOSPC: 'no space left on the disk',
  ENOENT: 'no such file or folder', EISDIR: 'is a folder, not a file', ENOTDIR: 'not a folder',
};

async function describeError(err: unknown): Promise<DescribedError> {
  if (err instanceof CommanderError) {
    // Help and version are "errors" in commander's exitOverride mode.
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help' || err.exitCode === 0) {
      return { exit: 0, code: '', message: null, candidates: [] };
    }
    return { exit: 2, code: 'E_USAGE', message: err.message.replace(/^error: /, ''), candidates: [], printed: true };
  }
  if (err instanceof WaymarkError) {
    return { exit: err.exitCode, code: err.code, message: err.message, candidates: err instanceof ItemNotFoundError ? err.candidates : [] };
  }
  const { isHistoryFailure } = await import('../store/damage.js');
  if (isHistoryFailure(err)) {
    // Found in the middle of a command (a page damaged, the disk full, a lock held).
    const message = `the history database failed (${(err as Error).message}); your notes were not changed. If this persists, run \`waymark repair\`.`;
    return { exit: 1, code: 'E_HISTORY', message, candidates: [] };
  }
  const e = err as NodeJS.ErrnoException;
  if (e && typeof e === 'object' && typeof e.code === 'string' && e.code.startsWith('E') && 'path' in e) {
    const what = FILE_ERRORS[e.code];
    return { exit: 1, code: e.code, message: what ? `${what}: ${e.path} (${e.syscall ?? 'file access'})` : e.message, candidates: [] };
  }
  const { sourceMappedStack } = await import('./stack.js');
  return { exit: 70, code: 'E_INTERNAL', message: `internal error: ${err instanceof Error ? (err.stack ? sourceMappedStack(err.stack) : err.message) : String(err)}`, candidates: [] };
}
