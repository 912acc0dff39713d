// Every CLI command, in the order `waymark --help` lists them. Each module registers its own
// commands; a module is imported only when one of its commands runs (start-up stays at the cost
// of node itself: the dashboard server, SQLite, ICS, FSRS and markdown load where they are used).
// `names` lists the commands a module registers (test/cli-commands.test.ts checks it);
// `with` are modules whose registration the command needs too (export writes the plan's
// calendars; status ends with the hub's new comments).
import type { Command } from 'commander';
import type { CliContext } from '../context.js';

export type RegisterCommand = (program: Command, ctx: CliContext) => void;

export interface CommandModule {
  /** The module's file name, for the help index built by `npm run build`. */
  id: string;
  names: readonly string[];
  load: () => Promise<RegisterCommand>;
  /** Other modules to register before this one (their registries feed this command). */
  with?: readonly string[];
}

export const COMMAND_MODULES: readonly CommandModule[] = [
  { id: 'status', names: ['status'], load: async () => (await import('./status.js')).registerStatus, with: ['hub'] },
  { id: 'list', names: ['list'], load: async () => (await import('./list.js')).registerList },
  { id: 'plan', names: ['plan'], load: async () => (await import('./plan.js')).registerPlan },
  { id: 'export', names: ['export'], load: async () => (await import('./export.js')).registerExport, with: ['plan'] },
  { id: 'serve', names: ['serve'], load: async () => (await import('./serve.js')).registerServe },
  { id: 'review', names: ['review'], load: async () => (await import('./review.js')).registerReview },
  { id: 'site', names: ['site'], load: async () => (await import('./site.js')).registerSite },
  { id: 'track', names: ['done', 'start', 'skip', 'progress'], load: async () => (await import('./track.js')).registerTrack },
  { id: 'log', names: ['log'], load: async () => (await import('./log.js')).registerLog },
  { id: 'undo', names: ['undo'], load: async () => (await import('./undo.js')).registerUndo },
  { id: 'stats', names: ['stats'], load: async () => (await import('./stats.js')).registerStats },
  { id: 'correct', names: ['why', 'track', 'ignore', 'corrections'], load: async () => (await import('./correct.js')).registerCorrect },
  { id: 'repair', names: ['repair'], load: async () => (await import('./repair.js')).registerRepair },
  // The hub's own modules (PGlite, pg, argon2, hono) load only inside these commands' actions.
  { id: 'hub', names: ['hub', 'push', 'pull', 'comments'], load: async () => (await import('./hub.js')).registerHub },
];

/** The module that registers command `name`, if any. */
export function moduleOf(name: string): CommandModule | undefined {
  return COMMAND_MODULES.find((m) => m.names.includes(name));
}

/**
 * Registers the modules `wanted` needs (itself and its `with`), in help order; with none
 * given, every module.
 */
export async function registerModules(program: Command, ctx: CliContext, wanted?: CommandModule): Promise<void> {
  const ids = wanted ? new Set([wanted.id, ...(wanted.with ?? [])]) : null;
  const chosen = COMMAND_MODULES.filter((m) => !ids || ids.has(m.id));
  const registers = await Promise.all(chosen.map((m) => m.load()));
  for (const register of registers) register(program, ctx);
}
