// One way to name the notes, for every command: positional paths where the command has no
// other positional argument (after the item for done/start/skip/progress/log), and
// `-n/--notes <path>` (repeatable) everywhere. Also the `--yes` that lets Waymark keep its
// history in a folder that does not look like a notes root.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { UsageError, WaymarkError } from '../core/errors.js';
import { broadFolderName, hasRootMarker, isWritableFolder } from '../edge/root.js';
import { NOTE_EXTENSIONS } from '../edge/find-notes.js';
import type { CliContext } from './context.js';

export type NotesFlags = {
  notes?: string[];
  yes?: boolean;
};

export const PATHS_HELP = 'note files or folders (default: the current folder)';

/** `-n, --notes <path>` (repeatable). */
export function notesOpt(): Option {
  return new Option('-n, --notes <path>', 'a note file or folder (repeatable; the same as giving it as a path)').argParser((v: string, prev: string[] = []) => [...prev, v]);
}

/** `-y, --yes`: keep the history even where the folder does not look like notes. */
export function yesOpt(): Option {
  return new Option('-y, --yes', 'create .waymark/ for the history without asking, even in a folder that does not look like a notes folder');
}

/** Adds `-n, --notes <path>` (repeatable). */
export function notesFlag(cmd: Command): Command {
  return cmd.addOption(notesOpt());
}

/** Adds `-y, --yes`. */
export function yesFlag(cmd: Command): Command {
  return cmd.addOption(yesOpt());
}

/** The notes a command was given: positional paths, then each `-n`. */
export function notesPaths(positional: readonly string[], flags: NotesFlags): string[] {
  return [...positional, ...(flags.notes ?? [])];
}

function isNotesPath(word: string, cwd: string): boolean {
  const abs = resolve(cwd, word);
  if (!existsSync(abs)) return false;
  try {
    return statSync(abs).isDirectory() || NOTE_EXTENSIONS.test(word);
  } catch {
    return false;
  }
}

/**
 * Splits `done Raft notes/` into the item's words and the notes: trailing words that are a
 * folder or a note file on disk are paths (at least one word is left for the item).
 * @example splitTrailingPaths(['Raft', 'paper', '.'], cwd) // { words: ['Raft', 'paper'], paths: ['.'] }
 */
export function splitTrailingPaths(args: readonly string[], cwd: string, keep = 1): { words: string[]; paths: string[] } {
  let end = args.length;
  while (end > keep && isNotesPath(args[end - 1]!, cwd)) end--;
  return { words: args.slice(0, end), paths: args.slice(end) };
}

/** More files that are not notes than this, in a folder with no root marker, asks first. */
export const MANY_OTHER_FILES = 2000;

/**
 * May Waymark create `<root>/.waymark/`? Yes when it exists or the root is marked as
 * notes; a home folder, a filesystem root or a folder full of other files asks first (a
 * prompt on a terminal, else `--yes`). A read-only root is one clear error.
 */
export async function allowHistory(root: string, ctx: CliContext, opts: { yes?: boolean; json?: boolean; otherFiles?: number; notes?: number }): Promise<void> {
  // (SQLite and the prompt load only here: commands that never keep a history do not pay for them.)
  const { storePath } = await import('../store/index.js');
  if (existsSync(storePath(root))) return;
  if (!isWritableFolder(root)) {
    throw new WaymarkError(
      `${root} is read-only, so Waymark cannot keep its history there (.waymark/). Reading commands (status, list, plan, export) still work; make the folder writable to track progress.`,
      'E_READONLY_FOLDER',
    );
  }
  if (opts.yes || hasRootMarker(root)) return;
  const broad = broadFolderName(root);
  const why = broad
    ? `${root} is ${broad}, not a notes folder`
    : (opts.otherFiles ?? 0) > MANY_OTHER_FILES
      ? `${root} holds ${opts.otherFiles} files that are not notes${opts.notes !== undefined ? ` (and ${opts.notes} notes)` : ''}`
      : null;
  if (!why) return;
  // A prompt would break --json's output: scripts answer with --yes.
  const interactive = !opts.json && Boolean(ctx.stderr.isTTY && ctx.stdout.isTTY && process.stdin.isTTY);
  if (interactive) {
    const { confirm, isCancel } = await import('@clack/prompts');
    const ok = await confirm({ message: `${why}. Keep Waymark's history in ${root}/.waymark/ anyway?`, initialValue: false });
    if (ok === true && !isCancel(ok)) return;
    throw new WaymarkError('nothing was changed; run it on your notes folder (e.g. `waymark done "…" notes/`) or add a waymark.json there', 'E_CANCELLED');
  }
  throw new UsageError(
    `${why}; Waymark would create .waymark/ there. Name your notes folder (e.g. \`-n notes/\`), add a waymark.json to mark it, or pass --yes.`,
    'E_NOT_NOTES_ROOT',
  );
}
