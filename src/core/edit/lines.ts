// Line addressing over a note's text that keeps every byte: the BOM, each line's own
// ending (\n or \r\n) and a missing final newline all survive an edit of one line.

export interface LineSpan {
  /** Offset of the line's first character (after a BOM on line 1). */
  start: number;
  /** Offset just past the line's last character, before its ending. */
  end: number;
}

/** Offsets of every line; index 0 is line 1. */
export function lineSpans(text: string): LineSpan[] {
  const spans: LineSpan[] = [];
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) {
      spans.push({ start, end: text.length });
      return spans;
    }
    const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    spans.push({ start, end });
    start = nl + 1;
  }
}

/** The text of 1-based line `n` without its ending, or null when there is no such line. */
export function lineAt(text: string, spans: LineSpan[], n: number): string | null {
  const s = spans[n - 1];
  return s ? text.slice(s.start, s.end) : null;
}

/** The ending the file mostly uses, for a line we insert. */
export function dominantEol(text: string): '\n' | '\r\n' {
  let crlf = 0;
  let lf = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    if (i > 0 && text.charCodeAt(i - 1) === 13) crlf++;
    else lf++;
  }
  return crlf > lf ? '\r\n' : '\n';
}

/** A change to one line: its new content (without ending), and optional lines inserted after it. */
export interface LineChange {
  line: number;
  content: string;
  /** Whole lines (without endings) to insert after this line. */
  insertAfter?: string[];
  /** Remove this line entirely (with its ending). */
  remove?: boolean;
}

/**
 * Applies line changes to `text`, touching only the changed spans. Inserted lines take the
 * ending of the line they follow (or the file's usual one when that line has none).
 */
export function replaceLines(text: string, changes: LineChange[]): string {
  const spans = lineSpans(text);
  const sorted = [...changes].sort((a, b) => b.line - a.line);
  let out = text;
  for (const c of sorted) {
    const s = spans[c.line - 1];
    if (!s) throw new RangeError(`line ${c.line} is past the end of the text (${spans.length} lines)`);
    if (c.remove) {
      // Remove the line and its ending; on the last line without an ending, remove the ending before it.
      const next = spans[c.line];
      if (next) out = out.slice(0, s.start) + out.slice(next.start);
      else {
        const prev = spans[c.line - 2];
        out = prev ? out.slice(0, prev.end) + out.slice(s.end) : out.slice(0, s.start) + out.slice(s.end);
      }
      continue;
    }
    let replacement = c.content;
    let tail = s.end;
    if (c.insertAfter && c.insertAfter.length > 0) {
      const own = text.slice(s.end, spans[c.line] ? spans[c.line]!.start : s.end);
      if (own) {
        replacement += own + c.insertAfter.map((l) => l + own).join('');
        tail = spans[c.line]!.start;
      } else {
        const eol = dominantEol(text);
        replacement += c.insertAfter.map((l) => eol + l).join('');
      }
    }
    out = out.slice(0, s.start) + replacement + out.slice(tail);
  }
  return out;
}
