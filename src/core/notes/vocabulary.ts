// The words and marks people write for a status, in one table that the reader reads by and
// the editor writes by (as Obsidian Tasks keeps each symbol beside its regex in one
// DEFAULT_SYMBOLS table). Every status pattern in core/notes and core/edit is generated here.
import type { Status } from '../model/types.js';
import { statusWords, type LanguageCode } from './languages.js';

/**
 * Where a word stands on a line:
 * - `prefix`: before the words, with a colon ("DONE: Git basics");
 * - `field`: a status's whole value ("Status: reading", "[WIP] …", "… [done]", a Status cell);
 * - `field-lead`: what a status value may open with ("✅ 3/10"); every `field` word too;
 * - `trailing`: after the words and a separator ("Clean Code - finished", "Linear algebra ✓");
 * - `phrase`: anywhere in an entry's words ("currently reading", "gave up");
 * - `keyword`: an org headline's keyword ("* READING DDIA"), upper case;
 * - `list-keyword`: a keyword opening a list entry, as Logseq writes them ("- LATER …");
 * - `roam`: Roam Research's marker ("{{[[TODO]]}} …");
 * - `mark`: a check mark in place of a box ("✅ Read SICP", "- 🟡 DP");
 * - `cell-mark`: a table's status cell holding a mark alone ("| 🟡 |").
 */
export type Position = 'prefix' | 'field' | 'field-lead' | 'trailing' | 'phrase' | 'keyword' | 'list-keyword' | 'roam' | 'mark' | 'cell-mark';
export type Language = 'en' | LanguageCode | 'any';
/** What a word is about, so a rewrite keeps it: "por leer" becomes "leído", not "terminado". */
export type Sense = 'read' | 'watch';

export interface VocabularyEntry {
  /** The spelling, matched without regard to case except for keywords (upper case). */
  form: string;
  status: Status;
  language: Language;
  positions: readonly Position[];
  sense?: Sense;
  /** The positions where the editor writes this spelling for its status, language and sense. */
  writes?: readonly Position[];
}

const P: Position[] = ['prefix'];
const F: Position[] = ['field'];
const T: Position[] = ['trailing'];
const FT: Position[] = ['field', 'trailing'];
const PH: Position[] = ['phrase'];
const K: Position[] = ['keyword'];

function w(form: string, status: Status, language: Language, positions: readonly Position[], more: { sense?: Sense; writes?: readonly Position[] } = {}): VocabularyEntry {
  return { form, status, language, positions, ...more };
}

// To read a new status spelling, add one line below (or a position to an existing one);
// every pattern, pre-check and rewrite in the reader and the editor follows.
const WRITTEN_AND_MARKS: readonly VocabularyEntry[] = [
  // English: open.
  w('todo', 'todo', 'en', ['prefix', 'field', 'trailing'], { writes: P }),
  w('to do', 'todo', 'en', ['prefix', 'field', 'trailing']),
  w('to-do', 'todo', 'en', F),
  w('not started', 'todo', 'en', FT, { writes: FT }),
  w('not yet started', 'todo', 'en', FT),
  w('not started yet', 'todo', 'en', FT),
  w('to read', 'todo', 'en', F, { sense: 'read', writes: F }),
  w('to-read', 'todo', 'en', F, { sense: 'read' }),
  w('want to read', 'todo', 'en', F, { sense: 'read' }),
  w('unread', 'todo', 'en', F, { sense: 'read' }),
  w('tbr', 'todo', 'en', F, { sense: 'read' }),
  w('to watch', 'todo', 'en', F, { sense: 'watch', writes: F }),
  w('to-watch', 'todo', 'en', F, { sense: 'watch' }),
  w('wishlist', 'todo', 'en', F),
  w('planned', 'todo', 'en', FT),
  w('pending', 'todo', 'en', FT),
  w('backlog', 'todo', 'en', F),
  w('queued', 'todo', 'en', F),
  w('up next', 'todo', 'en', F),
  w('next up', 'todo', 'en', F),
  w('on deck', 'todo', 'en', F),
  w('later', 'todo', 'en', F),
  w('someday', 'todo', 'en', F),
  w('open', 'todo', 'en', F),
  // Put down for now: issue 12 reads "Paused" and "On hold" as skipped, as "Shelved".
  w('on hold', 'skipped', 'en', FT),
  w('paused', 'skipped', 'en', FT),
  w('pause', 'skipped', 'en', F),
  // English: finished.
  w('done', 'done', 'en', ['prefix', 'field', 'trailing', 'phrase'], { writes: ['prefix', 'field'] }),
  w('finished', 'done', 'en', ['prefix', 'field', 'trailing', 'phrase'], { writes: T }),
  w('completed', 'done', 'en', ['field', 'trailing', 'phrase']),
  w('complete', 'done', 'en', ['field', 'phrase']),
  // ("CPLT", "CMPLT": complete, written short in a status column, beside "WIP".)
  w('cplt', 'done', 'en', F),
  w('cmplt', 'done', 'en', F),
  w('read', 'done', 'en', FT, { sense: 'read', writes: FT }),
  w('watched', 'done', 'en', FT, { sense: 'watch', writes: FT }),
  // English: under way.
  w('in progress', 'doing', 'en', ['prefix', 'field', 'trailing', 'phrase'], { writes: ['prefix', 'field', 'trailing'] }),
  w('in-progress', 'doing', 'en', ['prefix', 'field', 'phrase']),
  w('doing', 'doing', 'en', ['prefix', 'field']),
  w('wip', 'doing', 'en', ['prefix', 'field', 'trailing', 'phrase']),
  w('ongoing', 'doing', 'en', ['field', 'trailing', 'phrase']),
  w('on-going', 'doing', 'en', PH),
  w('started', 'doing', 'en', FT),
  w('active', 'doing', 'en', F),
  w('reading', 'doing', 'en', FT, { sense: 'read', writes: FT }),
  w('watching', 'doing', 'en', FT, { sense: 'watch', writes: FT }),
  w('currently', 'doing', 'en', F),
  w('current', 'doing', 'en', F),
  w('halfway', 'doing', 'en', ['trailing', 'phrase']),
  w('halfway through', 'doing', 'en', T),
  w('currently reading', 'doing', 'en', PH, { sense: 'read' }),
  w('currently watching', 'doing', 'en', PH, { sense: 'watch' }),
  w('currently doing', 'doing', 'en', PH),
  w('currently taking', 'doing', 'en', PH),
  w('currently studying', 'doing', 'en', PH),
  w('just started', 'doing', 'en', PH),
  w('have started', 'doing', 'en', PH),
  w('has started', 'doing', 'en', PH),
  w('already started', 'doing', 'en', PH),
  w('started on', 'doing', 'en', PH),
  w('started reading', 'doing', 'en', PH, { sense: 'read' }),
  w('started watching', 'doing', 'en', PH, { sense: 'watch' }),
  w('rereading', 'doing', 'en', PH, { sense: 'read' }),
  w('re-reading', 'doing', 'en', PH, { sense: 'read' }),
  w('reading now', 'doing', 'en', PH, { sense: 'read' }),
  // English: dropped.
  w('skipped', 'skipped', 'en', ['prefix', 'field', 'trailing', 'phrase'], { writes: ['prefix', 'field', 'trailing'] }),
  w('dropped', 'skipped', 'en', ['prefix', 'field', 'trailing', 'phrase']),
  w('abandoned', 'skipped', 'en', ['field', 'phrase']),
  w('abort', 'skipped', 'en', F),
  w('aborted', 'skipped', 'en', ['field', 'phrase']),
  w('dnf', 'skipped', 'en', F, { sense: 'read' }),
  w('cancelled', 'skipped', 'en', ['field', 'phrase']),
  w('canceled', 'skipped', 'en', ['field', 'phrase']),
  w('gave up', 'skipped', 'en', PH),
  w('not doing', 'skipped', 'en', PH),

  // Spanish.
  w('pendiente', 'todo', 'es', FT, { writes: FT }),
  w('por hacer', 'todo', 'es', FT),
  w('por leer', 'todo', 'es', FT, { sense: 'read', writes: FT }),
  w('por ver', 'todo', 'es', FT, { sense: 'watch', writes: FT }),
  w('hecho', 'done', 'es', FT),
  w('terminado', 'done', 'es', FT, { writes: FT }),
  w('terminada', 'done', 'es', FT),
  w('completado', 'done', 'es', FT),
  w('completada', 'done', 'es', FT),
  w('finalizado', 'done', 'es', FT),
  w('finalizada', 'done', 'es', FT),
  w('leído', 'done', 'es', FT, { sense: 'read', writes: FT }),
  w('leída', 'done', 'es', FT, { sense: 'read' }),
  w('leido', 'done', 'es', FT, { sense: 'read' }),
  w('leida', 'done', 'es', FT, { sense: 'read' }),
  w('visto', 'done', 'es', FT, { sense: 'watch', writes: FT }),
  w('vista', 'done', 'es', FT, { sense: 'watch' }),
  w('en progreso', 'doing', 'es', FT, { writes: FT }),
  w('en curso', 'doing', 'es', FT),
  w('empezado', 'doing', 'es', FT),
  w('empezada', 'doing', 'es', FT),
  w('leyendo', 'doing', 'es', FT, { sense: 'read', writes: FT }),
  w('viendo', 'doing', 'es', FT, { sense: 'watch', writes: FT }),
  w('abandonado', 'skipped', 'es', FT, { writes: FT }),
  w('abandonada', 'skipped', 'es', FT),
  w('descartado', 'skipped', 'es', FT),
  w('descartada', 'skipped', 'es', FT),

  // Portuguese (no word for dropped: a rewrite to it drops the word).
  w('pendente', 'todo', 'pt', FT, { writes: FT }),
  w('a fazer', 'todo', 'pt', FT),
  w('por fazer', 'todo', 'pt', FT),
  w('feito', 'done', 'pt', FT),
  w('feita', 'done', 'pt', FT),
  w('concluído', 'done', 'pt', FT, { writes: FT }),
  w('concluída', 'done', 'pt', FT),
  w('concluido', 'done', 'pt', FT),
  w('concluida', 'done', 'pt', FT),
  w('lido', 'done', 'pt', FT, { sense: 'read', writes: FT }),
  w('lida', 'done', 'pt', FT, { sense: 'read' }),
  w('visto', 'done', 'pt', FT, { sense: 'watch', writes: FT }),
  w('vista', 'done', 'pt', FT, { sense: 'watch' }),
  // Put down (the same words in Spanish).
  w('cancelado', 'skipped', 'pt', FT),
  w('cancelada', 'skipped', 'pt', FT),
  w('pausado', 'skipped', 'pt', FT),
  w('pausada', 'skipped', 'pt', FT),
  w('em andamento', 'doing', 'pt', FT, { writes: FT }),
  w('em progresso', 'doing', 'pt', FT),
  w('em curso', 'doing', 'pt', FT),
  w('lendo', 'doing', 'pt', FT, { sense: 'read', writes: FT }),

  // French.
  w('à faire', 'todo', 'fr', FT, { writes: FT }),
  w('à lire', 'todo', 'fr', FT, { sense: 'read', writes: FT }),
  w('fait', 'done', 'fr', FT),
  w('terminé', 'done', 'fr', FT, { writes: FT }),
  w('terminée', 'done', 'fr', FT),
  w('termine', 'done', 'fr', FT),
  w('terminee', 'done', 'fr', FT),
  w('fini', 'done', 'fr', FT),
  w('finie', 'done', 'fr', FT),
  w('en cours', 'doing', 'fr', FT, { writes: FT }),
  w('commencé', 'doing', 'fr', FT),
  w('commencée', 'doing', 'fr', FT),
  w('abandonné', 'skipped', 'fr', FT, { writes: FT }),
  w('abandonnée', 'skipped', 'fr', FT),

  // German.
  w('offen', 'todo', 'de', FT, { writes: FT }),
  w('geplant', 'todo', 'de', FT),
  w('ausstehend', 'todo', 'de', FT),
  w('erledigt', 'done', 'de', FT, { writes: FT }),
  w('fertig', 'done', 'de', FT),
  w('abgeschlossen', 'done', 'de', FT),
  w('gelesen', 'done', 'de', FT, { sense: 'read', writes: FT }),
  w('in Arbeit', 'doing', 'de', FT, { writes: FT }),
  w('begonnen', 'doing', 'de', FT),
  w('läuft', 'doing', 'de', FT),
  w('abgebrochen', 'skipped', 'de', FT, { writes: FT }),

  // Org and Logseq keywords (upper case); a file's `#+TODO:` line may add more.
  w('TODO', 'todo', 'any', ['keyword', 'list-keyword', 'roam']),
  w('NEXT', 'todo', 'any', ['keyword', 'list-keyword']),
  w('HOLD', 'todo', 'any', K),
  w('WAITING', 'todo', 'any', ['keyword', 'list-keyword']),
  w('WAIT', 'todo', 'any', ['keyword', 'list-keyword']),
  w('SOMEDAY', 'todo', 'any', K),
  w('MAYBE', 'todo', 'any', K),
  w('PLAN', 'todo', 'any', K),
  w('LATER', 'todo', 'any', ['keyword', 'list-keyword', 'roam']),
  w('STARTED', 'doing', 'any', ['keyword', 'list-keyword']),
  // (Doom Emacs's keyword for a task begun.)
  w('STRT', 'doing', 'any', ['keyword', 'list-keyword']),
  w('DOING', 'doing', 'any', ['keyword', 'list-keyword', 'roam']),
  w('NOW', 'doing', 'any', ['keyword', 'list-keyword', 'roam']),
  w('INPROGRESS', 'doing', 'any', K),
  w('IN-PROGRESS', 'doing', 'any', ['keyword', 'list-keyword']),
  w('IN-PROG', 'doing', 'any', ['keyword', 'list-keyword']),
  // (Spelled with an underscore too, as a `#+TODO:` line may declare it.)
  w('IN_PROGRESS', 'doing', 'any', ['keyword', 'list-keyword']),
  w('WIP', 'doing', 'any', K),
  w('ACTIVE', 'doing', 'any', K),
  w('READING', 'doing', 'any', K),
  w('DONE', 'done', 'any', ['keyword', 'list-keyword', 'roam']),
  w('FINISHED', 'done', 'any', K),
  w('COMPLETE', 'done', 'any', K),
  w('COMPLETED', 'done', 'any', K),
  w('READ', 'done', 'any', K),
  w('CANCELLED', 'skipped', 'any', ['keyword', 'list-keyword', 'roam']),
  w('CANCELED', 'skipped', 'any', ['keyword', 'list-keyword', 'roam']),
  w('CANCEL', 'skipped', 'any', ['roam']),
  w('KILL', 'skipped', 'any', K),
  w('KILLED', 'skipped', 'any', K),
  w('DROPPED', 'skipped', 'any', K),
  w('ABANDONED', 'skipped', 'any', K),

  // Marks. A traffic light: green done, yellow or orange under way, red (or white) not started.
  w('✓', 'done', 'any', ['mark', 'trailing', 'cell-mark']),
  w('✔', 'done', 'any', ['mark', 'trailing', 'phrase', 'field-lead', 'cell-mark']),
  w('✔️', 'done', 'any', ['phrase']),
  w('☑', 'done', 'any', ['mark', 'trailing', 'phrase', 'cell-mark']),
  w('☑️', 'done', 'any', ['phrase']),
  w('✅', 'done', 'any', ['mark', 'trailing', 'phrase', 'field-lead', 'cell-mark']),
  w('🗹', 'done', 'any', ['mark']),
  w('🟢', 'done', 'any', ['mark', 'cell-mark']),
  w('🟩', 'done', 'any', ['mark', 'cell-mark']),
  w('☐', 'todo', 'any', ['mark']),
  w('□', 'todo', 'any', ['mark']),
  w('⬜', 'todo', 'any', ['mark', 'field-lead', 'cell-mark']),
  w('◻', 'todo', 'any', ['mark']),
  w('▢', 'todo', 'any', ['mark']),
  w('🔲', 'todo', 'any', ['mark']),
  w('🔴', 'todo', 'any', ['mark', 'cell-mark']),
  w('⚪', 'todo', 'any', ['mark', 'cell-mark']),
  w('🟥', 'todo', 'any', ['mark', 'cell-mark']),
  w('✗', 'skipped', 'any', ['mark']),
  w('✘', 'skipped', 'any', ['mark']),
  w('❌', 'skipped', 'any', ['mark', 'field-lead', 'cell-mark']),
  w('🔄', 'doing', 'any', ['mark', 'field-lead', 'trailing', 'cell-mark']),
  w('🚧', 'doing', 'any', ['mark', 'field-lead', 'trailing', 'cell-mark']),
  w('🟡', 'doing', 'any', ['mark', 'trailing', 'cell-mark']),
  w('🟠', 'doing', 'any', ['mark', 'cell-mark']),
  w('🟨', 'doing', 'any', ['mark', 'cell-mark']),
  w('⏳', 'doing', 'any', ['mark', 'field-lead', 'cell-mark']),
  w('⌛', 'doing', 'any', ['mark', 'trailing', 'cell-mark']),
  w('⛔', 'skipped', 'any', ['mark', 'cell-mark']),
  w('⏸', 'skipped', 'any', ['mark', 'cell-mark']),
  // GitHub's emoji shortcodes, as READMEs and Notion exports write the marks above.
  w(':white_check_mark:', 'done', 'any', ['mark', 'trailing', 'cell-mark']),
  w(':heavy_check_mark:', 'done', 'any', ['mark', 'trailing', 'cell-mark']),
  w(':ballot_box_with_check:', 'done', 'any', ['mark', 'trailing', 'cell-mark']),
  w(':white_large_square:', 'todo', 'any', ['mark', 'cell-mark']),
  w(':x:', 'skipped', 'any', ['mark', 'trailing', 'cell-mark']),
  w(':arrows_counterclockwise:', 'doing', 'any', ['mark', 'trailing', 'cell-mark']),
  w(':construction:', 'doing', 'any', ['mark', 'trailing', 'cell-mark']),
  w(':hourglass:', 'doing', 'any', ['mark', 'trailing', 'cell-mark']),
  w(':hourglass_flowing_sand:', 'doing', 'any', ['mark', 'trailing', 'cell-mark']),
];

/**
 * The spellings above, and every status word of languages.ts's tables not among them, read
 * (not written) as a status's whole value and after an entry's words: Italian, Turkish,
 * Indonesian, Russian, Polish, Vietnamese, Chinese, Japanese, Korean …
 */
export const VOCABULARY: readonly VocabularyEntry[] = withLanguages(WRITTEN_AND_MARKS);

function withLanguages(table: readonly VocabularyEntry[]): VocabularyEntry[] {
  const known = new Set(table.map((e) => e.form.toLowerCase()));
  const out = [...table];
  for (const { form, status, language } of statusWords()) {
    if (known.has(form.toLowerCase())) continue;
    known.add(form.toLowerCase());
    out.push(w(form, status, language, FT));
  }
  return out;
}

const STATUSES: readonly Status[] = ['todo', 'done', 'doing', 'skipped'];
/** Positions whose spellings are upper case and matched as written. */
const CASED: ReadonlySet<Position> = new Set(['keyword', 'list-keyword']);

/** Whether a form is a mark (no letter in it). */
export function isMark(form: string): boolean {
  return !/\p{L}/u.test(form) || (form.charCodeAt(0) === 58 /* : */ && /^:[a-z_]+:$/.test(form));
}

/** The entries said in `position` (a `field` word is a `field-lead` too), optionally of one status. */
export function entriesAt(position: Position, status?: Status): VocabularyEntry[] {
  return VOCABULARY.filter((e) => (e.positions.includes(position) || (position === 'field-lead' && e.positions.includes('field'))) && (status === undefined || e.status === status));
}

/** The spellings said in `position`, each once, in the table's order. */
export function formsAt(position: Position, status?: Status): string[] {
  return [...new Set(entriesAt(position, status).map((e) => e.form))];
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The spellings said in `position` as a regex alternation (no group), longest first so
 * that "halfway through" is tried before "halfway". `marks: false` leaves the marks out.
 */
export function wordPattern(position: Position, status?: Status, opts: { marks?: boolean } = {}): string {
  return formsAt(position, status)
    .filter((f) => opts.marks !== false || !isMark(f))
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
}

/** The marks said in `position` that are one UTF-16 unit, as a character class's contents. */
export function markClass(position: Position, status?: Status): string {
  return formsAt(position, status).filter((f) => isMark(f) && f.length === 1).join('');
}

const fold = (s: string) => s.toLowerCase();
const BY_POSITION = new Map<Position, Map<string, VocabularyEntry>>();

/** The entry a word is in `position` ("WIP" in a field → doing), or null; the first listed wins. */
export function entryAt(position: Position, word: string): VocabularyEntry | null {
  let map = BY_POSITION.get(position);
  if (!map) {
    map = new Map();
    // Looked up by status in the table's order of statuses: todo, done, doing, skipped.
    for (const st of STATUSES) {
      for (const e of entriesAt(position, st)) {
        const key = CASED.has(position) ? e.form : fold(e.form);
        if (!map.has(key)) map.set(key, e);
      }
    }
    BY_POSITION.set(position, map);
  }
  return map.get(CASED.has(position) ? word : fold(word)) ?? null;
}

/** The status a word says in `position`, or null. */
export function statusAt(position: Position, word: string): Status | null {
  return entryAt(position, word)?.status ?? null;
}

/** The last letters (lower case) and marks the spellings in `position` end with. */
export function lastCharacters(position: Position): ReadonlySet<string> {
  const out = new Set<string>();
  for (const f of formsAt(position)) {
    const last = fold(f).replace(/\uFE0F$/, '');
    out.add(last[last.length - 1]!);
  }
  return out;
}

const LAST_WORDS = new Map<Position, { words: Set<string>; unspaced: string[] }>();
const UNSPACED_LETTER_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;
const LETTER_OR_MARK_RE = /[\p{L}\p{M}]/u;

/**
 * Whether `text` ends (as it stands, nothing after) with the last word of a spelling said in
 * `position`, or with a mark: a cheap test before a pattern of every spelling. A spelling in
 * Chinese or Japanese may be written against the words before it ("读书已完成"), so its whole
 * form is looked for at the end.
 */
export function endsWithWordAt(position: Position, text: string): boolean {
  let last = LAST_WORDS.get(position);
  if (!last) {
    last = { words: new Set(), unspaced: [] };
    for (const f of formsAt(position)) {
      const w = fold(f).split(/[^\p{L}\p{M}]+/u).pop() ?? '';
      if (w) last.words.add(w);
      if (UNSPACED_LETTER_RE.test(f)) last.unspaced.push(f);
    }
    LAST_WORDS.set(position, last);
  }
  // Back over the last word's letters and marks. An ASCII character is one exactly when it is
  // A-Z or a-z (no mark is ASCII), so it is answered without the pattern, which costs a call
  // and a one-character string per character, on every entry's words.
  let i = text.length;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : LETTER_OR_MARK_RE.test(text[i - 1]!)) i--;
    else break;
  }
  // A mark, or no letters at all: the pattern decides.
  if (i === text.length) return true;
  if (last.words.has(fold(text.slice(i)))) return true;
  return UNSPACED_LETTER_RE.test(text) && last.unspaced.some((f) => text.endsWith(f));
}

/**
 * The word the editor writes for `to` in `position`, in the language and sense of the word
 * it replaces (`like`): "por leer" set to done is "leído", "not started" is "finished". A
 * word of the same gender where the old one has one ("leída", "terminée"), in the old
 * word's case. Null when the language has no such word in that position.
 */
export function spell(to: Status, position: Position, like: { word: string; entry: VocabularyEntry | null }): string | null {
  const lang = like.entry?.language ?? 'en';
  const candidates = VOCABULARY.filter((e) => e.status === to && e.language === lang && e.positions.includes(position) && e.writes?.includes(position));
  const chosen = candidates.find((e) => like.entry?.sense !== undefined && e.sense === like.entry.sense) ?? candidates.find((e) => e.sense === undefined);
  if (!chosen) return null;
  return inCaseOf(like.word, feminine(chosen, like.entry));
}

/** "terminado" → "terminada" when the old word was feminine ("leída"), if the table has it. */
function feminine(chosen: VocabularyEntry, old: VocabularyEntry | null): string {
  if (!old) return chosen.form;
  const f = fold(old.form);
  const isFeminine = (f.endsWith('a') && VOCABULARY.some((e) => e.language === old.language && fold(e.form) === `${f.slice(0, -1)}o`))
    || (f.endsWith('e') && VOCABULARY.some((e) => e.language === old.language && fold(e.form) === f.slice(0, -1)));
  if (!isFeminine) return chosen.form;
  const forms = [chosen.form.replace(/o$/, 'a'), `${chosen.form}e`];
  const hit = forms.find((g) => g !== chosen.form && VOCABULARY.some((e) => e.status === chosen.status && e.language === chosen.language && e.form === g));
  return hit ?? chosen.form;
}

/** `word` in the case of `like`: "DONE", "Done" or as the table spells it. */
export function inCaseOf(like: string, word: string): string {
  if (/\p{L}/u.test(like) && like === like.toUpperCase() && like.length > 1) return word.toUpperCase();
  if (like[0] && like[0] !== like[0].toLowerCase()) return word[0]!.toUpperCase() + word.slice(1);
  return word;
}
