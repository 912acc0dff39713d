// Comma-separated values kept in a note ("title,author,date_read" over one line a book): how a
// line splits into fields, and where a row's header is. The reader reads such a block as a
// table (read/table-rows.ts, csvTable); the editor writes a row's status into its cells
// (edit/status.ts). Quoted fields may hold commas and doubled quotes ("Good to Great: Why Some
// Companies Make the Leap, and Others Don't").

/** One field of a line: its value (quotes taken off) and where its raw text lies in the line. */
export interface CsvField {
  value: string;
  start: number;
  end: number;
}

/** A CSV header's field: a short name ("title", "date_read", "Exclusive Shelf"), three words at most. */
export const CSV_NAME_RE = /^\p{L}[\p{L}\p{N}_-]*(?: [\p{L}\p{N}_-]+){0,2}$/u;

/** The fields of one CSV line with their places; null when the line holds no comma or leaves a quote open. */
export function csvSpans(line: string): CsvField[] | null {
  if (!line.includes(',')) return null;
  const out: CsvField[] = [];
  let i = 0;
  for (;;) {
    const start = i;
    if (line[i] === '"') {
      let v = '';
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q < 0) return null;
        v += line.slice(i, q);
        if (line[q + 1] === '"') {
          v += '"';
          i = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      if (i < line.length && line[i] !== ',') return null;
      out.push({ value: v.trim(), start, end: i });
    } else {
      const c = line.indexOf(',', i);
      i = c < 0 ? line.length : c;
      out.push({ value: line.slice(start, i).trim(), start, end: i });
    }
    if (i >= line.length) return out;
    i++;
  }
}

/** The values of one CSV line; null when it is none. */
export function csvFields(line: string): string[] | null {
  return csvSpans(line)?.map((f) => f.value) ?? null;
}

/** Whether fields read as a header: three or more short column names. */
export function isCsvHeader(fields: readonly string[] | null): fields is string[] {
  return fields !== null && fields.length >= 3 && fields.every((c) => CSV_NAME_RE.test(c));
}

/**
 * The header of the CSV block that line `index` (0-based) is a row of: the block's first line,
 * after a blank line, a heading or the file's start, every line between splitting into as many
 * fields. Null when the line is no such row.
 */
export function csvHeaderOf(lines: readonly string[], index: number): string[] | null {
  const width = csvSpans(lines[index] ?? '')?.length;
  if (width === undefined) return null;
  let k = index;
  while (k > 0 && lines[k - 1]!.trim() !== '' && !/^\s{0,3}#/.test(lines[k - 1]!) && csvSpans(lines[k - 1]!)?.length === width) k--;
  if (k === index) return null;
  const header = csvFields(lines[k]!);
  return isCsvHeader(header) ? header : null;
}

/** A field's value written back as CSV writes it: quoted when it holds a comma, a quote or edge spaces. */
export function csvValue(v: string): string {
  return /[",]|^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}
