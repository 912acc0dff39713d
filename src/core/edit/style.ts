// The conventions a file already follows, read from its own text, so an edit writes the
// way its author would: `[X]` or `[x]`, a `✅ 2024-01-01` or `[completion:: …]` done date,
// org `CLOSED:` lines and which org keyword means "under way".
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
  orgDoing: string;
  orgCancelled: string;
  orgKeywords: string[];
  /** Indent of existing `CLOSED:` lines that stand on their own. */
  orgClosedIndent: string;
}

/** Done-date style chosen by config; 'auto' follows the file. */
export type DoneDateOption = DoneDateStyle | 'auto';

const DOING_KEYWORDS = ['STARTED', 'DOING', 'IN-PROGRESS', 'WIP', 'NEXT'];

/** Reads a file's conventions. `doneDate` other than 'auto' overrides what the file shows. */
export function detectStyle(text: string, dialect: Dialect, doneDate: DoneDateOption = 'auto'): FileStyle {
  const keywords = dialect === 'org' ? orgKeywords(text) : [];
  const used = (k: string) => new RegExp(`^\\*+[ \\t]+${k.replace('-', '\\-')}(?=[ \\t]|$)`, 'm').test(text);
  const lower = countMatches(text, /\[x\]/g);
  const upper = countMatches(text, /\[X\]/g);
  let auto: DoneDateStyle = 'none';
  if (dialect === 'org' && /CLOSED:[ \t]*\[/.test(text)) auto = 'org';
  else if (/✅[ \t]*\d{4}-\d{2}-\d{2}/u.test(text)) auto = 'tasks';
  else if (/[[(]completion::[ \t]*\d{4}-\d{2}-\d{2}/.test(text)) auto = 'dataview';
  const closedLine = /^([ \t]*)CLOSED:[ \t]*\[/m.exec(text);
  return {
    dialect,
    doneDate: doneDate === 'auto' ? auto : doneDate,
    cancelledDate: /❌[ \t]*\d{4}-\d{2}-\d{2}/u.test(text),
    doneChar: upper > lower || (dialect === 'org' && upper === lower) ? 'X' : 'x',
    orgUsesKeywords: dialect === 'org' && ['TODO', 'DONE', ...DOING_KEYWORDS, 'CANCELLED', 'CANCELED'].some(used),
    orgDoing: DOING_KEYWORDS.find(used) ?? 'STARTED',
    orgCancelled: ['CANCELED', 'CANCELLED', 'CANCEL', 'SKIPPED'].find(used) ?? 'CANCELLED',
    orgKeywords: keywords,
    orgClosedIndent: closedLine ? closedLine[1]! : '',
  };
}

function countMatches(text: string, re: RegExp): number {
  let n = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) n++;
  return n;
}
