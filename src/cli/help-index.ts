// The index of every command's line in `waymark --help` (name, usage, description), written
// by `npm run build` beside the compiled CLI (dist/cli/help-index.json) from the commands'
// own registrations, so `waymark --help` lists them without loading any command's module.
import { Command } from 'commander';
import { registerModules } from './commands/index.js';
import type { CliContext } from './context.js';
import type { HelpEntry } from './main.js';

export async function helpEntries(ctx: CliContext): Promise<HelpEntry[]> {
  const program = new Command('waymark');
  await registerModules(program, ctx);
  return program.commands.map((c) => ({ name: c.name(), usage: c.usage(), description: c.description() }));
}
