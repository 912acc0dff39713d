// The CLI entry: parses argv into a command, runs it, and maps errors to exit codes.
// Only bin/waymark.js calls process.exit; this returns the code so tests can run it in-process.
import { Command, CommanderError } from 'commander';
import { WaymarkError } from '../core/errors.js';
import { isHistoryFailure } from '../store/index.js';
import { defaultContext, type CliContext } from './context.js';
import { COMMANDS } from './commands/index.js';

export async function main(argv: string[], ctx: CliContext = defaultContext()): Promise<number> {
  const program = new Command('waymark')
    .description('Read your learning notes into a roadmap, plan it into your hours, track it back into the notes.')
    .version('0.1.0')
    .exitOverride()
    .showHelpAfterError('(run `waymark --help` for usage)')
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
    });
  for (const register of COMMANDS) register(program, ctx);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (err) {
    return reportError(err, ctx);
  }
}

function reportError(err: unknown, ctx: CliContext): number {
  if (err instanceof CommanderError) {
    // Help and version are "errors" in commander's exitOverride mode.
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
    return err.exitCode === 0 ? 0 : 2;
  }
  if (err instanceof WaymarkError) {
    ctx.stderr.write(`waymark: ${err.message}\n`);
    return err.exitCode;
  }
  if (isHistoryFailure(err)) {
    // Found in the middle of a command (a page damaged, the disk full, a lock held).
    ctx.stderr.write(`waymark: the history database failed (${(err as Error).message}); your notes were not changed. If this persists, run \`waymark repair\`.\n`);
    return 1;
  }
  const e = err as NodeJS.ErrnoException;
  if (e && typeof e === 'object' && typeof e.code === 'string' && e.code.startsWith('E') && 'path' in e) {
    ctx.stderr.write(`waymark: ${e.message}\n`);
    return 1;
  }
  ctx.stderr.write(`waymark: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  return 70;
}
