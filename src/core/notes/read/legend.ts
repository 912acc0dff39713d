// A note's own legend: "| :bookmark: | Currently reading |", "✅ = finished", "🔖: reading".
// The marks a person defines mean what they say in that note, over the sense a mark has elsewhere
// (a bookmark is "saved for later" in one note, "reading now" in another).
import type { Status } from '../../model/types.js';
import { isDoingSection, isDoneSection, isDroppedSection } from '../classify.js';
import { statusOfWord } from '../line-rules.js';
import { findStatusWord } from '../phrases.js';
import type { ScannedLine } from '../scan.js';
import type { Draft } from '../entry.js';

/** A mark worth learning: an emoji, a symbol or a shortcode (":clock5:"), not a letter, digit or bare punctuation. */
const MARK_RE = /^(?::[a-z0-9_+-]{2,40}:|[^\p{L}\p{N}\s\-*_.,;:!?()[\]|=#`'"<>/\\]{1,8})$/u;
/** A status code of capitals a legend table defines: "D", "WIP", "NS". */
const CODE_RE = /^[A-Z]{1,4}$/;
/** The key under which a legend keeps a code that means its status only alone in a table's cell. */
const CELL_CODE = 'cell:';
/** "✅ = finished", "🔖: reading now", "⏳ - in progress" as a line (or a bullet) of its own. */
// ("📺 表示视频教程", "✅ 代表学习完毕": a mark, then "stands for" in Chinese or Japanese, then its sense.)
const LEGEND_LINE_RE = /^\s*(?:[-*+]\s+)?(\S{1,40}?)\s*(?:==?|[:：]|\s[-–—]\s|表示|代表)\s*(\S.{0,40})$/u;

/** "Legend: ✅ Solved | 🟡 In Progress", "> **Key:** ✔ done, ✘ dropped": a legend's pairs on one line. */
// ("P.S. Пометки для себя: @ прочитано от корки до корки, % читал выборочно": after a "P.S." or "Note:", in other
// languages, and with a few words after the name: "marks for myself", "symbols used".)
const LEGEND_PAIRS_RE = /^[\s>*_#-]*(?:(?:p\.\s?s\.?|n\.\s?b\.?|note)\s*[:.]?\s*)?(?:legend|key|marks|symbols|status(?:es)? key|leyenda|légende|legenda|marcas|símbolos|marcações|symboles|marques|legende|zeichen|markierungen|пометки|обозначения|условные обозначения|значки|метки|легенда|凡例|图例)(?:\s+[\p{L}]+){0,3}?[\s*_]*[:：][\s*_]*(.+)$/iu;
/** A legend table's words column: "| Status | Meaning |" (also tables.ts, which skips such a table as no work). */
export const LEGEND_COLUMN_RE = /^[\s*_`]*(?:meanings?|means|legend|description|explanation|significado|bedeutung|signification|意味|含义)[\s*_`]*$/i;

/** A meaning that says the thing was gone through only in part. */
const PARTLY_RE = /\b(?:partially|partly|in parts?|selectively|some chapters|half)\b|выборочно|частично|parcialmente|em partes|por partes|en partie|partiellement|teilweise|部分/iu;
/** Whether some line names itself a legend ("> Legend: ✅ Solved | ⬜ To Do"): its marks are worth reading. */
export function namesLegend(lines: readonly ScannedLine[]): boolean {
  return lines.some((l) => l.text.length < 300 && LEGEND_PAIRS_RE.test(l.text));
}

/** The status a legend's words give a mark, or null ("Favourite" says none). */
export function statusOfMeaning(meaning: string): Status | null {
  const m = meaning.replace(/[*_`]/g, '').trim();
  // ("% читал выборочно", "~ partly read", "½ = lido em partes": read in part, not through: under way.)
  if (PARTLY_RE.test(m)) return 'doing';
  const word = statusOfWord(m.toLowerCase());
  if (word) return word;
  if (/\bnot (?:yet |been )?(?:read|started|begun|done|watched|taken)\b|\bto ?do\b|\bplanned\b|\bwant to\b|\bto (?:read|watch|learn|take)\b|\bbacklog\b|\bqueued?\b|\blater\b/i.test(m)) return 'todo';
  if (isDroppedSection(m)) return 'skipped';
  if (isDoingSection(m)) return 'doing';
  // ("⚠️ = needs review", "🧠 = extra checken", "🔁 = revisit": worked on, to be gone over again: under way.)
  if (/\b(?:needs?|to)\s+(?:a\s+)?(?:review|revisit|recheck|rework|another look)\b|\b(?:review|check|look at) (?:it )?again\b|^revisit\b|\bnachschauen\b|\bchecken\b|\bà revoir\b|\bpor revisar\b|\bpara revisar\b/i.test(m)) return 'doing';
  if (isDoneSection(m)) return 'done';
  // ("学习完毕", "弃坑或者没有完成": a status word of a language written without spaces, anywhere in the meaning.)
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(m) ? findStatusWord(m) : null;
}

/**
 * The marks a note defines, with the status each stands for: the rows of a legend table (a
 * "Meaning" or "Legend" column beside the marks) and legend lines. Marks that two meanings
 * contradict are left out.
 */
export function readLegend(lines: readonly ScannedLine[]): Map<string, Status> {
  const out = new Map<string, Status>();
  const bad = new Set<string>();
  const add = (mark: string, meaning: string, inTable = false) => {
    let m = mark.trim().replace(/\uFE0F/g, '');
    // ("| D | Done / Maintained |", "| WIP | Work in progress |" in a legend table: a code of capitals, said
    // alone in a cell of the note's tables, where a letter means what the legend says; not in words.)
    if (!MARK_RE.test(m)) {
      if (!inTable || !CODE_RE.test(m)) return;
      m = CELL_CODE + m;
    }
    const s = statusOfMeaning(meaning);
    if (s === null) return;
    if (out.has(m) && out.get(m) !== s) bad.add(m);
    out.set(m, s);
  };
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!;
    // A legend table: "| status | meaning |" over "|---|---|", then a mark and its words per row.
    if (l.shape.t === 'table' && lines[k + 1]?.shape.t === 'tableDelim') {
      const head = l.shape.cells;
      const meaning = head.findIndex((c) => LEGEND_COLUMN_RE.test(c));
      if (meaning < 0 || head.length > 3) continue;
      const mark = meaning === 0 ? 1 : 0;
      for (let j = k + 2; j < lines.length && lines[j]!.shape.t === 'table'; j++) {
        const cells = (lines[j]!.shape as { cells: string[] }).cells;
        add(cells[mark] ?? '', cells[meaning] ?? '', true);
      }
      continue;
    }
    // "Legend: ✅ Solved | 🟡 In Progress | ⬜ To Do" (in a quote too): pairs on one line.
    const many = l.text.length < 300 ? LEGEND_PAIRS_RE.exec(l.text) : null;
    if (many) {
      for (const part of many[1]!.split(/\s[|·•]\s|[,;]\s/)) {
        const pair = /^\s*(\S{1,40}?)\s*(?:==?|[:：]|\s[-–—]\s|\s)\s*(\S.{0,40})$/u.exec(part);
        if (pair) add(pair[1]!, pair[2]!);
      }
      continue;
    }
    // ("✅ 表示学习完毕": a line the mark opens, which the scanner takes for a ticked entry.)
    const markLed = l.shape.t === 'list' && l.shape.check !== null && l.shape.marker === '';
    if ((l.shape.t === 'text' || (l.shape.t === 'list' && (l.shape.check === null || markLed))) && l.text.length < 80) {
      const m = LEGEND_LINE_RE.exec(l.shape.t === 'list' && !markLed ? `- ${l.shape.text}` : l.text);
      if (m) add(m[1]!, m[2]!);
    }
  }
  for (const m of bad) out.delete(m);
  return out;
}

/**
 * Items whose line carries one of the note's own marks take the status the note's legend
 * gives it (a box in brackets, "[x]", is the person's own tick and stays).
 */
export function applyLegend(drafts: Draft[], lines: readonly ScannedLine[], legend: ReadonlyMap<string, Status>): void {
  if (legend.size === 0) return;
  for (const d of drafts) {
    const line = lines[d.source.line - 1];
    // (A ticked box is the person's own tick; an empty one beside a defined mark is a template's.)
    if (!line || (line.shape.t === 'list' && line.shape.check !== null && line.shape.check !== ' ' && /^\s*(?:[-*+]|\d+[.)])\s+\[/.test(line.text))) continue;
    const text = line.text.replace(/\uFE0F/g, '');
    const cells = line.shape.t === 'table' ? line.shape.cells : null;
    let said: Status | null = null;
    let clash = false;
    for (const [mark, status] of legend) {
      if (mark.startsWith(CELL_CODE) ? !cells?.some((c) => c.trim() === mark.slice(CELL_CODE.length)) : !text.includes(mark)) continue;
      if (said !== null && said !== status) clash = true;
      said = status;
    }
    if (said !== null && !clash) d.status = said;
  }
}
