// Dates said in words ("Dec 15", "3 March 2027", "end of Q2", "June", "the end of the year"),
// read one way for an item's due date and for the budget's deadline.

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A date in words; its parts are DATE_GROUPS capture groups, read by `dateOfWords`:
 * an ISO date; month and day ("Dec 15th, 2026"); day and month ("3 March"); a month or a
 * quarter, standing for its last day ("June", "end of Q2 2027"); the end of a year.
 */
export const DATE_WORDS =
  `(?:(\\d{4})-(\\d{2})-(\\d{2})` +
  `|${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?` +
  `|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4}|'?\\d{2}(?![\\d:.])))?` +
  `|(?:the\\s+)?(?:end\\s+of\\s+)?(?:${MONTH}|(q[1-4]))\\b(?:\\s*,?\\s*(\\d{4}))?` +
  `|(?:the\\s+)?end\\s+of\\s+(?:the\\s+|this\\s+)?(?:year|(\\d{4}))\\b|year[- ]end)`;
/** How many capture groups DATE_WORDS has. */
export const DATE_GROUPS = 13;

/** What a date without a year is read against. */
export interface DateContext {
  /** YYYY-MM-DD: a day or month without a year is the next such from here. */
  today: string | null;
  /** The year the note's dates belong to, when it says one (front matter). */
  year: number | null;
  /** The date tells when something happened: without a year, the last such day up to today. */
  past?: boolean;
}

/**
 * The day a DATE_WORDS match names, as YYYY-MM-DD, or null if it is no real day or its
 * year cannot be known. `at` is the index of DATE_WORDS' first group in `m`.
 */
export function dateOfWords(m: RegExpExecArray, at: number, ctx: DateContext): string | null {
  const g = (k: number): string | undefined => m[at + k];
  let year: number | null = null;
  let month: number;
  let day: number | null = null;
  if (g(0)) return isoDay(Number(g(0)), Number(g(1)), Number(g(2)));
  if (g(3)) { month = monthOf(g(3)!); day = Number(g(4)); year = g(5) ? Number(g(5)) : null; }
  // ("04 Aug 25", "4 Aug '25": a day, a month and the year's last two digits.)
  else if (g(6)) { day = Number(g(6)); month = monthOf(g(7)!); year = g(8) ? Number(g(8)!.replace("'", '')) : null; if (year !== null && year < 100) year += 2000; }
  else if (g(9) || g(10)) { month = g(9) ? monthOf(g(9)!) : Number(g(10)!.slice(1)) * 3; year = g(11) ? Number(g(11)) : null; }
  else { month = 12; year = g(12) ? Number(g(12)) : null; }
  if (year === null) {
    if (ctx.year !== null) year = ctx.year;
    else if (ctx.today !== null) {
      const [ty, tm, td] = ctx.today.split('-').map(Number) as [number, number, number];
      // A month is past once it is over; a day once it has gone by. (What happened is in the past.)
      if (ctx.past) year = month > tm || (month === tm && day !== null && day > td) ? ty - 1 : ty;
      else year = month < tm || (month === tm && day !== null && day < td) ? ty + 1 : ty;
    } else return null;
  }
  if (day === null) day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return isoDay(year, month, day);
}

function monthOf(name: string): number {
  return MONTH_NAMES.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** YYYY-MM-DD for a real day, else null ("Feb 30"). */
export function isoDay(y: number, mo: number, d: number): string | null {
  if (mo < 1 || mo > 12 || d < 1) return null;
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const MONTHS_OTHER: Record<string, number> = {
  // Portuguese, Spanish, French, German, Italian (and English), lower case, without a trailing dot.
  janeiro: 1, fevereiro: 2, 'março': 3, marco: 3, abril: 4, maio: 5, junho: 6, julho: 7, agosto: 8, setembro: 9, outubro: 10, novembro: 11, dezembro: 12,
  enero: 1, febrero: 2, marzo: 3, mayo: 5, junio: 6, julio: 7, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
  janvier: 1, 'février': 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, 'août': 8, aout: 8, septembre: 9, octobre: 10, novembre: 11, 'décembre': 12, decembre: 12,
  januar: 1, februar: 2, 'märz': 3, maerz: 3, juni: 6, juli: 7, oktober: 10, dezember: 12,
  gennaio: 1, febbraio: 2, aprile: 4, maggio: 5, giugno: 6, luglio: 7, settembre: 9, ottobre: 10, dicembre: 12,
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
};

/** The month a month's full name says, in any of MONTHS_OTHER's languages ("agosto", "März", "October"), or 0. */
export function monthOfName(word: string): number {
  return MONTHS_OTHER[word.toLowerCase()] ?? 0;
}

/** The month a word names: its full name in any of MONTHS_OTHER's languages, or its English abbreviation ("Jun", "Sept."); 0 for none. */
export function monthOfWord(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTHS_OTHER[w] ?? (w === 'sept' ? 9 : MONTH_NAMES.indexOf(w) + 1);
}
const DAY_MONTH_YEAR_RE = /^(\d{1,2})(?:st|nd|rd|th|\.)?,?(?:\s+(?:de|of))?\s+(\p{L}+)\.?(?:\s+de)?,?\s+(\d{4})\b/u;
const MONTH_DAY_YEAR_RE = /^(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/u;

/**
 * A whole day written at the start of `text`: ISO ("2023-03-14"), or day, month and year in
 * English, Portuguese, Spanish, French or German ("14 de Março de 2023", "3. März 2024",
 * "14 March 2023"). Null when it is not one.
 */
/**
 * A day written in numbers with the year last: "1-26-2018", "26/01/2018", "3.9.24". Day and
 * month are told apart where one of them is over 12; else a dot says day first (as in Europe)
 * and a slash or a dash month first (as in the US). Null when it is no valid day.
 */
export function numericDay(text: string): string | null {
  // (Year first with slashes or dots, "2023/04/01", "2023.4.1", as spreadsheets and Goodreads write it.)
  const y = /^(\d{4})([/.])(\d{1,2})\2(\d{1,2})$/.exec(text.trim());
  if (y) return isoDay(Number(y[1]), Number(y[3]), Number(y[4]));
  const m = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})$/.exec(text.trim());
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[3]);
  const year = m[4]!.length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
  const dayFirst = a > 12 || (b <= 12 && m[2] === '.');
  return isoDay(year, dayFirst ? b : a, dayFirst ? a : b);
}

export function dayAtStart(text: string): string | null {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})\b/.exec(t);
  if (iso) return isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  // "2020 年 08 月 17 日", "2020年8月17日", "2020년 8월 17일": year, month and day in Chinese, Japanese or Korean.
  const cjk = /^(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일号號]/u.exec(t);
  if (cjk) return isoDay(Number(cjk[1]), Number(cjk[2]), Number(cjk[3]));
  const monthOfWord = (w: string): number => monthOfName(w) || (w.length >= 3 ? MONTH_NAMES.indexOf(w.slice(0, 3).toLowerCase()) + 1 : 0);
  const m = DAY_MONTH_YEAR_RE.exec(t);
  if (m) {
    const month = monthOfWord(m[2]!);
    return month ? isoDay(Number(m[3]), month, Number(m[1])) : null;
  }
  // "February 28, 2022", "May 2nd 2022"
  const md = MONTH_DAY_YEAR_RE.exec(t);
  const month = md ? monthOfWord(md[1]!) : 0;
  return md && month ? isoDay(Number(md[3]), month, Number(md[2])) : null;
}
