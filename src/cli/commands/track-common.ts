// What the tracking commands share: the notes option, opening the notes and history,
// and turning the words a person typed into exactly one item (or a clear list of candidates).
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import pc from 'picocolors';
import { resolveItem } from '../../core/edit/index.js';
import { ItemNotFoundError } from '../../core/errors.js';
import type { Item } from '../../core/model/types.js';
import { openTracking, type TrackSession } from '../../edge/track.js';
import { openForItem } from '../../edge/quick-track.js';
import { isWritableFolder } from '../../edge/root.js';
import { historyError, isHistoryFailure, openSqliteStore, storePath } from '../../store/index.js';
import { withoutHistory, type CliContext } from '../context.js';
import { loadForCli } from '../load.js';
import { allowHistory, notesFlag, yesFlag, type NotesFlags } from '../notes-args.js';

export interface NotesOptions extends NotesFlags {
  json?: boolean;
}

/** Adds `-n, --notes <path>` (repeatable), `--yes` and `--json`. */
export function notesOption(cmd: Command): Command {
  return yesFlag(notesFlag(cmd)).option('--json', 'print the result as JSON');
}

/**
 * Reads the notes and opens their history (asking first where .waymark/ would be out of
 * place). A reading command (`reading`) goes on with an empty history in memory when the
 * history cannot be had — a read-only folder with none yet, a damaged `.waymark/` — saying
 * so in one line (and exiting with EXIT_WITHOUT_HISTORY).
 */
export async function openSession(paths: string[], opts: NotesOptions, ctx: CliContext, reading = false): Promise<TrackSession> {
  const workspace = await loadForCli(paths, ctx);
  const inMemory = (why: string) => {
    withoutHistory(ctx, why);
    return openTracking(paths, { cwd: ctx.cwd, now: ctx.now(), workspace, store: openSqliteStore(':memory:') });
  };
  if (reading && !existsSync(storePath(workspace.root)) && !isWritableFolder(workspace.root)) {
    return inMemory(`${workspace.root} is read-only, so there is no history to show (Waymark keeps it in .waymark/ there)`);
  }
  await allowHistory(workspace.root, ctx, { ...opts, otherFiles: workspace.otherFiles, notes: workspace.roadmap.sources.length });
  try {
    return await openTracking(paths, { cwd: ctx.cwd, now: ctx.now(), workspace });
  } catch (err) {
    if (!reading || !isHistoryFailure(err)) throw err;
    return inMemory(historyError(err, workspace.root).message);
  }
}

/** `path:line  title` for a candidate list. */
export function describeItem(item: Item): string {
  return `${item.id}  ${item.title}  (${item.source.path}:${item.source.line}, ${item.status})`;
}

/**
 * The one item `words` name. Several matches: a picker on a terminal, otherwise an
 * error listing them. None: an error that says what was searched.
 */
export async function pickItem(items: readonly Item[], words: string[], ctx: CliContext, interactive: boolean): Promise<Item> {
  const query = words.join(' ').trim();
  const match = resolveItem(items, query);
  if (match.kind === 'one') return match.item;
  if (match.kind === 'none') {
    throw new ItemNotFoundError(`no item matches "${query}" (${items.length} items read; try other words from its title, or its id from \`waymark export\`)`);
  }
  return pickAmong(match.items, query, ctx, interactive);
}

/** One of several candidates: a picker on a terminal, otherwise an error listing them. */
export async function pickAmong(items: Item[], query: string, ctx: CliContext, interactive: boolean): Promise<Item> {
  if (interactive && ctx.stdout.isTTY && process.stdin.isTTY) {
    // Loaded here, on a terminal only: most check-offs name one item and never ask.
    const { isCancel, select } = await import('@clack/prompts');
    const picked = await select<string>({
      message: `"${query}" matches ${items.length} items — which one?`,
      options: items.slice(0, 30).map((i) => ({ value: i.id, label: i.title, hint: `${i.source.path}:${i.source.line} · ${i.status}` })),
      maxItems: 12,
    });
    if (isCancel(picked)) throw new ItemNotFoundError('cancelled; nothing was changed', 'E_CANCELLED');
    return items.find((i) => i.id === picked)!;
  }
  const shown = items.slice(0, 15).map((i) => `  ${describeItem(i)}`).join('\n');
  const more = items.length > 15 ? `\n  … and ${items.length - 15} more` : '';
  const candidates = items.map((i) => ({ id: i.id, title: i.title, path: i.source.path, line: i.source.line, status: i.status }));
  throw new ItemNotFoundError(`"${query}" matches ${items.length} items; name one by more words or by id:\n${shown}${more}`, 'E_AMBIGUOUS', candidates);
}

/**
 * The session and item a tracking command acts on: through the item index when it can
 * (one file read), else by reading the whole workspace.
 */
export async function sessionForItem(paths: string[], opts: NotesOptions, words: string[], ctx: CliContext, interactive: boolean): Promise<{ session: TrackSession; item: Item }> {
  const query = words.join(' ').trim();
  const fast = await openForItem(paths, query, {
    cwd: ctx.cwd, now: ctx.now(), pick: (items) => pickAmong(items, query, ctx, interactive),
  });
  if (fast) return fast;
  const session = await openSession(paths, opts, ctx);
  try {
    return { session, item: await pickItem(session.roadmap.items, words, ctx, interactive) };
  } catch (err) {
    await session.store.close();
    throw err;
  }
}

/** Colour helpers that are no-ops when colour is off. */
export function paint(ctx: { color: boolean }) {
  const on = ctx.color;
  return {
    green: (s: string) => (on ? pc.green(s) : s),
    red: (s: string) => (on ? pc.red(s) : s),
    yellow: (s: string) => (on ? pc.yellow(s) : s),
    cyan: (s: string) => (on ? pc.cyan(s) : s),
    dim: (s: string) => (on ? pc.dim(s) : s),
    bold: (s: string) => (on ? pc.bold(s) : s),
  };
}

/** One line per hand edit found since the last read. */
export function renderHandEdits(session: TrackSession, ctx: CliContext): string {
  if (session.handEdits.length === 0) return '';
  const p = paint(ctx);
  const lines = session.handEdits.slice(0, 5).map((e) =>
    e.kind === 'status'
      ? `  ${e.title}: ${e.fromStatus} → ${e.toStatus}`
      : `  ${e.title}: ${e.fromDone ?? 0} → ${e.toDone}${e.total ? `/${e.total}` : ''} ${e.unit ?? ''}`.trimEnd());
  const more = session.handEdits.length > 5 ? `\n  … and ${session.handEdits.length - 5} more` : '';
  return p.dim(`noted ${session.handEdits.length} change${session.handEdits.length === 1 ? '' : 's'} made in the notes by hand:\n${lines.join('\n')}${more}`) + '\n';
}
