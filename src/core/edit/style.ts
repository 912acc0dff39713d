// The conventions a file already follows, read from its own text, so an edit writes the
// way its author would: `[X]` or `[x]`, a `✅ 2024-01-01` or `[completion:: …]` done date,
// org `CLOSED:` lines and which org keyword means "under way".
import type { Status } from '../model/types.js';
import { KEYWORDS, readTodoDeclaration } from '../notes/org.js';
import { type Dialect, orgKeywords } from './anatomy.js';

export type DoneDateStyle = 'tasks' | 'dataview' | 'org' | 'none';

export interface FileStyle {
  dialect: Dialect;
  /** How a done date is written, or 'none' when the file writes none. */
  doneDate: DoneDateStyle;
  /** The file writes cancelled dates as Obsidian Tasks `❌ YYYY-MM-DD`. */
  cancelledDate: boolean;
  /** Character for a ticked box: the one the file uses most. */
  doneChar: 'x' | 'X';
  /** Org: the file tracks state with TODO keywords (not only checkboxes). */
  orgUsesKeywords: boolean;
  /** The keywords an edit writes for each status: the file's own, as its `#+TODO:` line declares them. */
  orgTodo: string;
  orgDoing: string;
  orgDone: string;
  orgCancelled: string;
  orgKeywords: string[];
  /** Indent of existing `CLOSED:` lines that stand on their own. */
  orgClosedIndent: string;
}

/** Done-date style chosen by config; 'auto' follows the file. */
export type DoneDateOption = DoneDateStyle | 'auto';

const DOING_KEYWORDS = ['STARTED', 'DOING', 'IN-PROGRESS', 'WIP'];
const SKIP_KEYWORDS = ['CANCELED', 'CANCELLED', 'CANCEL', 'SKIPPED'];

/**
 * The keyword an edit writes for `status` in an org file: a usual one (`preferred`) the
 * file uses or declares, else another it uses or declares, else `fallback`. What a keyword means is what the reader takes it to mean
 * (a declared "NEXT" before "|" is still open, not under way).
 */
function orgKeywordFor(status: Status, text: string, declared: Record<string, Status>, preferred: readonly string[], fallback: string): string {
  const means = (k: string) => (declared[k] ?? KEYWORDS[k]) === status;
  const usable = [...preferred, ...Object.keys(declared)].filter(means);
  const used = (k: string) => usedInHeadline(text, k);
  return usable.find((k) => preferred.includes(k) && (used(k) || k in declared)) ?? usable.find(used) ?? usable.find((k) => k in declared) ?? fallback;
}

function usedInHeadline(text: string, k: string): boolean {
  return new RegExp(`^\\*+[ \\t]+${k.replace(/[-]/g, '\\-')}(?=[ \\t]|$)`, 'm').test(text);
}

/** The keywords the file's `#+TODO:` lines declare, with what each means. */
function declaredKeywords(text: string): Record<string, Status> {
  const out: Record<string, Status> = {};
  for (const m of text.matchAll(/^#\+(?:SEQ_|TYP_)?TODO:.*$/gim)) Object.assign(out, readTodoDeclaration(m[0]));
  return out;
}

/** Reads a file's conventions. `doneDate` other than 'auto' overrides what the file shows. */
export function detectStyle(text: string, dialect: Dialect, doneDate: DoneDateOption = 'auto'): FileStyle {
  const keywords = dialect === 'org' ? orgKeywords(text) : [];
  const used = (k: string) => usedInHeadline(text, k);
  const declared = dialect === 'org' ? declaredKeywords(text) : {};
  const lower = countMatches(text, /\[x\]/g);
  const upper = countMatches(text, /\[X\]/g);
  let auto: DoneDateStyle = 'none';
  if (dialect === 'org' && /CLOSED:[ \t]*\[/.test(text)) auto = 'org';
  else if (/✅[ \t]*\d{4}-\d{2}-\d{2}/u.test(text)) auto = 'tasks';
  // A file written for Obsidian Tasks (its dates and ids as emoji) gets Tasks' done date too.
  else if (/(?:📅|⏳|🛫|➕)\uFE0F?[ \t]*\d{4}-\d{2}-\d{2}|🆔[ \t]*[\w-]/u.test(text)) auto = 'tasks';
  else if (/[[(]completion::[ \t]*\d{4}-\d{2}-\d{2}/.test(text)) auto = 'dataview';
  const closedLine = /^([ \t]*)CLOSED:[ \t]*\[/m.exec(text);
  return {
    dialect,
    doneDate: doneDate === 'auto' ? auto : doneDate,
    cancelledDate: /❌[ \t]*\d{4}-\d{2}-\d{2}/u.test(text),
    doneChar: upper > lower || (dialect === 'org' && upper === lower) ? 'X' : 'x',
    orgUsesKeywords: dialect === 'org' && ['TODO', 'DONE', ...DOING_KEYWORDS, 'CANCELLED', 'CANCELED', ...Object.keys(declared)].some(used),
    orgTodo: orgKeywordFor('todo', text, declared, ['TODO'], 'TODO'),
    orgDoing: orgKeywordFor('doing', text, declared, DOING_KEYWORDS, 'STARTED'),
    orgDone: orgKeywordFor('done', text, declared, ['DONE'], 'DONE'),
    orgCancelled: orgKeywordFor('skipped', text, declared, SKIP_KEYWORDS, 'CANCELLED'),
    orgKeywords: keywords,
    orgClosedIndent: closedLine ? closedLine[1]! : '',
  };
}

function countMatches(text: string, re: RegExp): number {
  let n = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) n++;
  return n;
}
