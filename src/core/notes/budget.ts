// The budget a person states: hours per week, how many weeks, total hours, and the
// horizon past which the plan has failed ("4 to 6 months, after that it is waste").
import { emptyBudget, type Budget } from '../model/types.js';
import { DATE_WORDS, dateOfWords, isoDay } from './dates.js';
import { WEEKS_PER_MONTH } from './phrases.js';

const N = '(\\d+(?:[.,]\\d+)?)';
const RANGE = `${N}(?:\\s*(?:-|–|—|to|~|或|到|至)\\s*${N})?`;
// (And in more languages: Vietnamese giờ, Polish godzin, Russian часов, Hungarian óra, Finnish tuntia, Italian ore, Dutch uur, Swedish timmar, Danish/Norwegian timer, Turkish saat, Indonesian jam.)
const HOURS = '(?:hours?|hrs?|h|小時|小时|個小時|个小时|時間|時|Stunden|horas|heures|giờ|godzin[ya]?|часов|часа|órát?|tuntia|ore|uur|timmar|timer|saat|jam)';
// "10 h/week", and in Spanish, Portuguese, French, German: "10 horas por semana", "10 heures par semaine", "10 Stunden pro Woche".
const PER_WEEK = '(?:(?:/|per|a|an|each|every|in\\s+a)\\s*(?:week|wk)\\b|(?:/|por|a\\s+la|na|par|pro|die|la)\\s*(?:semana|semaine|woche)(?![\\p{L}]))';
const RATE_RE = new RegExp(`${RANGE}\\+?\\s*${HOURS}\\s*(?:${PER_WEEK}|weekly\\b)`, 'iu');
// "Weekly: 10h", "weekly — 8-10 hours"
const WEEKLY_LABEL_RE = new RegExp(`\\bweekly\\s*[:：\\-–—]\\s*(?:~|about\\s+|around\\s+)?${RANGE}\\+?\\s*${HOURS}(?![a-z])`, 'i');
// "an hour a day", "half an hour every evening", "one hour each weekday"
const HOUR_WORD_RATE_RE = /\b(half an?|an?|one)\s+hour\s+(?:a|per|each|every)\s+(day|evening|night|morning|weekday|week)\b/i;
const RATE_CJK_RE = new RegExp(`(?:每週|每周|一週|一周|週|周)[^\\d\\n]{0,12}${RANGE}\\s*${HOURS}`);
const MINUTES = '(?:minutes?|mins?|min\\.?|minutos?|Minuten)';
// "2 hours a day", "90 minutes daily", "1-2h per day"; group 3 says the figure is in minutes.
const DAILY_RE = new RegExp(`${RANGE}\\+?\\s*(?:focused\\s+|full\\s+)?(?:${HOURS}|(${MINUTES}))\\s*(?:(?:/|per|a|each|every)\\s*day\\b|daily\\b|(?:a|per|each|every)\\s+(?:evening|night|morning)\\b|(?:/|por|al|par|pro|am|mỗi|na|в)\\s*(?:d[íi]a|jour|tag|ngày|dzień|dzien|день|nap|päivä|dag)(?![\\p{L}]))`, 'iu');
// "每天 2 小时", "每日学习时间：2.5 小时", "毎日1時間", "约 2 小时/天": a day's hours in Chinese or Japanese.
const DAILY_CJK_RE = new RegExp(`(?:每天|每日|毎日|每晚|一天)[^\\d\\n]{0,12}${RANGE}\\s*(?:${HOURS}|(分钟|分鐘|分))|${RANGE}\\s*(?:${HOURS}|(分钟|分鐘|分))\\s*[/／每]\\s*(?:天|日)`);
// "Daily commitment: 60–90 minutes", "Daily: ~2h", "Every day — 1 hour": a day's amount under a label.
// "Setiap hari: belajar coding minimal 2 jam", "Todos los días estudio 2 horas", "Chaque jour, 1 h de
// lecture": every day in another language, then within a few words how long.
const DAILY_WORDS_RE = new RegExp(`(?<![\\p{L}])(?:setiap hari|tiap hari|mỗi ngày|hằng ngày|cada d[íi]a|todos los d[íi]as|todos os dias|todo dia|diariamente|tous les jours|chaque jour|quotidiennement|jeden tag|t[äa]glich|ogni giorno|каждый день|ежедневно|щодня|codziennie|her g[üu]n|elke dag|dagelijks|varje dag|hver dag|minden nap|naponta|každý den|denně|joka päivä|zilnic|κάθε μέρα)(?![\\p{L}])[^\\d\\n]{0,50}?${RANGE}\\+?\\s*(?:${HOURS}|(${MINUTES}))(?![\\p{L}])(?!\\s*(?:/|per|a|an|each|every|in\\s+a)\\s*(?:week|wk)\\b)`, 'iu');
const DAILY_LABEL_RE = new RegExp(`(?:\\bdaily|\\b(?:every|each|per|a)\\s+day)(?:\\s+(?:commitment|time|goal|budget|target|study|practice|effort))?\\s*\\**\\s*[:：\\-–—]\\s*\\**\\s*(?:~|about\\s+|around\\s+|at\\s+least\\s+)?${RANGE}\\+?\\s*(?:${HOURS}|(${MINUTES}))(?![a-z])`, 'i');
// A week said in parts: "2 hours on weekdays and 5 on weekends", "weekdays 1h, Sat 4h",
// "Mon–Fri 1.5h", "4h on Saturday and Sunday".
const DAY_NAME = '(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?';
const DAYS = `(?:week\\s?days?|work\\s?days?|week\\s?nights?|weekends?(?:\\s+days?)?|${DAY_NAME}(?:\\s*(?:[-–—]|to|through|thru)\\s*${DAY_NAME}|(?:\\s*(?:,|/|&|\\+|and)\\s*${DAY_NAME})*))(?:\\s+(?:evenings?|mornings?|nights?|afternoons?))?\\b`;
const EACH_DAY = '(\\s*(?:a|per|each|every|/)\\s*(?:day|night|evening)|\\s+each(?:\\s+day)?)';
const HOURS_ON_DAYS_RE = new RegExp(`${RANGE}\\+?\\s*${HOURS}(?![a-z])${EACH_DAY}?\\s*(?:(on|every|each|per|a|in|during|over|at|for)\\s+)?(the\\s+)?(${DAYS})`, 'gi');
const DAYS_THEN_HOURS_RE = new RegExp(`\\b(${DAYS})\\s*[:：=,-]?\\s*(?:~|about\\s+|around\\s+)?${RANGE}\\+?\\s*${HOURS}(?![a-z])${EACH_DAY}?`, 'gi');
const DAY_INDEX: Record<string, number> = { mon: 0, tue: 1, wed: 2, thu: 3, fri: 4, sat: 5, sun: 6 };
// "3 evenings a week, 2h each", "2 hours a day, 5 days a week", "90 minutes, three times a week".
const SESSIONS_RE = /\b(\d|one|two|three|four|five|six|seven)\s+(?:days?|evenings?|nights?|mornings?|sessions?|times)\s*(?:a|per|each|every|\/|in\s+a)\s*week\b/i;
const SESSION_LENGTH_RE = new RegExp(`${RANGE}\\+?\\s*(?:${HOURS}|(min(?:ute)?s?))(?![a-z])(?!\\s*(?:/|per|a|an|each|every|in\\s+a)\\s*(?:week|wk)\\b)`, 'i');
const COUNT_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

const WEEKS_RE = /(?:[x×*]|for|over|across|times)\s*(\d+(?:\.\d+)?)\s*(?:weeks?|wks?)\b/i;
const TOTAL_RE = new RegExp(`(?:=\\s*${N}\\s*(?:total\\s+)?${HOURS}(?![a-z]))|(?:${N}\\s*(?:total\\s+${HOURS}|${HOURS}\\s+(?:in\\s+)?total))|(?:total(?:\\s+of)?\\s*[:：]?\\s*(?:~|≈|about\\s+|around\\s+)?${N}\\s*${HOURS}(?![a-z]))|(?:(?:總|总)[^\\d\\n]{0,10}${N}\\s*${HOURS})`, 'i');
const SPAN_RE = new RegExp(`\\b${RANGE}\\s*[- ]?(days?|weeks?|months?|wks?|years?|yrs?|semanas?|semaines?|wochen?|meses|mes|mois|monate?|años?|anos?|ans|jahre?|d[íi]as|jours|tage|ngày|tuần|tháng|dni|tygodni[e]?|miesięcy|дней|недель|месяцев|napig?|hétig?|hónapig?|päivää|viikkoa|kuukautta|zile|săptămâni|dage|uger|dager|uker|måneder|dagen|weken|maanden|gün|hafta|hari|minggu|bulan)(?![\\p{L}])`, 'iu');
// (Or in brackets after the rate: "8h / day (10 days)".)
const SPAN_AFTER_RE = /^\s*(?:[,;]\s*|\(\s*|[,;]?\s*(?:for|over|across|during|x|×|that\s+is|that's|is|=|->|→|durante|pendant|für|por)\s+)(?:the\s+next\s+|about\s+|~)?\d/i;
const HORIZON_WORDS = /\b(?:timeline|horizon|time ?frame|within|deadline|budget|plan(?:ned)? (?:for|over)|ideally|waste|duration|target|goal|over the next|in the next|(?:days?|weeks?|months?) (?:remaining|left|to go)|remaining|countdown)\b|\b(?:weeks?|months?|days?)[- ](?:schedule|plan|program(?:me)?|bootcamp|roadmap)\b|期限|時程|时程/i;
/** A plan's name in a title, in the languages the spans are read in. */
const PLAN_TITLE_RE = /(?<![\p{L}])(?:(?:learning|study|revision|review)\s+)?(?:plan|planning|roadmap|schedule|programm?e?|curriculum|bootcamp|challenge|lernplan|studienplan|plano|planejamento|cronograma|plan de estudios|programa|révision|revision|preparação|preparación|préparation|vorbereitung|учебный план|план|计划|計劃|計画|로드맵|계획)(?![\p{L}])/iu;
const DATE_RE = /\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/;
const DATES_RE = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/g;
const MONTH_HINT_RE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|q[1-4]|year|end\s+of)/i;
// An end said in words: "Deadline: March 2027", "target: end of Q2 2027", "until June",
// "through the end of March 2027", "till 2027-06-30", "before my interview on March 3",
// "by the end of the year".
const END_DATE_RE = new RegExp(`\\b(?:deadline|due|until|till|til|through|thru|by|finish(?:ed)? by|target(?:\\s+date)?|end(?:\\s+date)?|before(?:[^.;\\n\\d]{0,40}?\\s(?:on|in|at))?)\\b\\s*[:：]?\\s*${DATE_WORDS}`, 'i');

/** Whether the last start or end word in `lead` is a start or an end word, or null if it has neither. */
function lastWord(lead: string): 'start' | 'end' | null {
  let at = -1;
  let which: 'start' | 'end' | null = null;
  for (const [kind, re] of [['start', START_WORDS_G], ['end', END_WORDS_G]] as const) {
    for (const m of lead.matchAll(re)) if (m.index >= at) { at = m.index; which = kind; }
  }
  return which;
}

/** The day an END_DATE_RE match names; a month or quarter stands for its last day. */
function endDate(m: RegExpExecArray, now: Date): string | null {
  return dateOfWords(m, 1, { today: now.toISOString().slice(0, 10), year: null });
}
const START_WORDS = /\b(?:start(?:s|ing)?(?:\s+date)?|begin(?:s|ning)?|from|kick-?off)\b|開始|开始|起始/i;
const END_WORDS = /\b(?:end(?:s)?(?:\s+date)?|deadline|due|until|target date|finish by|by)\b|結束|结束|截止|目標日期|目标日期/i;
const START_WORDS_G = new RegExp(START_WORDS.source, 'gi');
const END_WORDS_G = new RegExp(END_WORDS.source, 'gi');

/** DAILY_CJK_RE's match in DAILY_RE's groups (1 and 2 the figure, 3 minutes), or null. */
function cjkDaily(text: string): RegExpExecArray | null {
  const m = DAILY_CJK_RE.exec(text);
  if (!m || m[1] !== undefined) return m;
  const out = [m[0], m[4], m[5], m[6]] as unknown as RegExpExecArray;
  out.index = m.index;
  return out;
}

function num(s: string | undefined): number {
  return Number((s ?? '').replace(',', '.'));
}

// A range runs upward: in "Leetcode 75 — 1 hour/day" the dash separates a name from the
// figure, which is the second number alone.
function upper(a: string | undefined, b: string | undefined): number {
  // The upper end of a range is its second number; so is the figure after a name.
  return b === undefined ? num(a) : num(b);
}

function mid(a: string | undefined, b: string | undefined): number {
  return b === undefined ? num(a) : num(b) < num(a) ? num(b) : (num(a) + num(b)) / 2;
}

function isoDate(m: RegExpExecArray): string | null {
  return isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

// (Every word of HOURS and SPAN_RE that a line could hold without an English one.)
const TIME_WORD_RE = /hour|hrs|\bh\b|\dh\b|min(?:ute)?s?\b|\bdays\b|daily|week|wk|month|year|小時|小时|時|週|周|月|hora|heure|stunde|semana|semaine|woche|d[íi]as|jours|tage|giờ|ngày|tuần|tháng|godzin|dni|tygodni|miesięcy|час|дней|недель|месяцев|óra|nap|hét|hónap|tuntia|päivä|viikkoa|kuukautta|ore|zile|săptămâni|uur|dagen|weken|maanden|timmar|timer|dage|dager|uger|uker|måneder|saat|gün|hafta|jam|hari|minggu|bulan/i;

/**
 * Whether `BudgetFinder.line` could take anything from this line, whatever it has seen
 * before and whatever the line's role: the same tests it starts with, without its state.
 * Lines it says no to can be left out (a note read once and kept keeps only these).
 */
export function budgetMayRead(text: string): boolean {
  if (!/\d/.test(text) && !/\bhour\b/i.test(text)) return text.length < 160 && MONTH_HINT_RE.test(text);
  return DATE_RE.test(text) || TIME_WORD_RE.test(text) || (text.length < 160 && MONTH_HINT_RE.test(text));
}

/** What a line is to the budget: plain text, an item that has its own estimate from it, or a task or table row. */
export type LineRole = 'text' | 'estimated' | 'task';

/** What a rate line can score: 1, +2 for weeks, +1 for a total, +1 for a weekly rate. */
const MAX_SCORE = 5;

interface Candidate {
  score: number;
  line: number;
  path: string;
  hoursPerWeek?: number;
  weeks?: number;
  totalHours?: number;
  /** "10 hrs/week until June": the last day the rate runs to, when the line says no weeks. */
  until?: string;
}

/** Finds the budget in a set of notes' lines. Returns an empty budget when nothing says one. */
export class BudgetFinder {
  /** `now` dates a month named without a year ("until June") and counts the weeks to it. */
  constructor(private readonly now: Date | null = null) {}

  private best: Candidate | null = null;
  private horizon: Candidate | null = null;
  private total: Candidate | null = null;
  private start: { date: string; path: string; line: number } | null = null;
  private deadline: { date: string; path: string; line: number } | null = null;

  /**
   * The hours part can no longer change: the best candidate has every point a line can
   * earn, the total knows its rate, the horizon is a strong one. Lines then only matter
   * for a start or deadline date still missing.
   */
  private settled = false;

  /**
   * Looks at one line. Cheap: bails out unless the line has a digit and a time word.
   * `role`: a task's line (a checkbox, a keyword) or a table row says the hours and dates
   * of its task or row ("Leetcode 75 — 1 hour/day for a month", "by 2027-06-01"), so only
   * a horizon is read from it; an item's line that gave the item its estimate has that
   * item's total ("SQL course, 6 hours total"), not the budget's.
   */
  line(path: string, no: number, text: string, role: LineRole = 'text'): void {
    const task = role === 'task';
    const wantDate = !task && (!this.start || !this.deadline) && text.length < 160;
    if (this.settled && !wantDate) return;
    // "Deadline: March 2027", "done by end of Q2": a month or quarter, no digit needed.
    if (wantDate && !this.deadline && this.now && MONTH_HINT_RE.test(text)) {
      const m = END_DATE_RE.exec(text);
      const iso = m ? endDate(m, this.now) : null;
      if (iso) this.deadline = { date: iso, path, line: no };
    }
    // A figure, or an hour in words ("an hour a day").
    if (!/\d/.test(text) && !/\bhour\b/i.test(text)) return;
    if (wantDate && DATE_RE.test(text)) this.dates(path, no, text);
    if (this.settled || !TIME_WORD_RE.test(text)) return;
    this.hours(path, no, text, role);
    this.settled = this.best !== null && this.best.score >= MAX_SCORE && !!this.total?.hoursPerWeek && (this.horizon?.score ?? 0) >= 2;
  }

  /**
   * Start and end dates: each date is a start or an end by the words just before it
   * ("Start: 2027-01-04, end 2027-04-30"), else by the line's words.
   */
  private dates(path: string, no: number, text: string): void {
    for (const m of text.matchAll(DATES_RE)) {
      const iso = isoDate(m);
      if (!iso) continue;
      const lead = text.slice(Math.max(0, m.index - 24), m.index);
      const near = lastWord(lead);
      const which = near ?? (START_WORDS.test(text) ? 'start' : END_WORDS.test(text) ? 'end' : null);
      if (which === 'start' && !this.start) this.start = { date: iso, path, line: no };
      else if (which === 'end' && !this.deadline) this.deadline = { date: iso, path, line: no };
    }
  }

  private hours(path: string, no: number, text: string, role: LineRole): void {
    const task = role === 'task';
    const rate = task ? null : RATE_RE.exec(text) ?? RATE_CJK_RE.exec(text) ?? WEEKLY_LABEL_RE.exec(text);
    const parts = task || rate ? null : weekInParts(text) ?? hourWordRate(text);
    const daily = task || rate || parts ? null : DAILY_RE.exec(text) ?? DAILY_LABEL_RE.exec(text) ?? cjkDaily(text) ?? DAILY_WORDS_RE.exec(text);
    const total = task || (role === 'estimated' && !rate && !daily) ? null : TOTAL_RE.exec(text);
    if (total) {
      const hours = num(total[1] ?? total[2] ?? total[3] ?? total[4] ?? total[5]);
      if (hours > 0 && (!this.total || (rate && !this.total.hoursPerWeek))) {
        this.total = { score: 1, line: no, path, totalHours: hours, ...(rate ? { hoursPerWeek: mid(rate[1], rate[2]) } : {}) };
      }
    }
    if (rate || daily || parts) {
      const c: Candidate = { score: 1, line: no, path };
      if (rate) c.hoursPerWeek = mid(rate[1], rate[2]);
      else if (parts) c.hoursPerWeek = parts.hours;
      else if (daily) c.hoursPerWeek = (mid(daily[1], daily[2]) / (daily[3] ? 60 : 1)) * 7;
      const hit = rate ? { index: rate.index, length: rate[0].length } : parts ?? { index: daily!.index, length: daily![0].length };
      // "6 weeks at 10 h/week", "10 h/week x 6 weeks", "12 hours per week for 6 months".
      const after = text.slice(hit.index + hit.length);
      const weeks = WEEKS_RE.exec(text) ?? SPAN_RE.exec(text.slice(0, hit.index)) ?? (SPAN_AFTER_RE.test(after) ? SPAN_RE.exec(after) : null);
      if (weeks) {
        const w = weeks[3] ? spanWeeks(weeks) : num(weeks[1]);
        if (w > 0) { c.weeks = w; c.score += 2; }
      }
      const until = c.weeks === undefined && this.now ? END_DATE_RE.exec(text) : null;
      const iso = until ? endDate(until, this.now!) : null;
      if (iso) c.until = iso;
      if (total) c.score += 1;
      if (rate || parts) c.score += 1;
      if (!this.best || c.score > this.best.score) this.best = c;
      return;
    }
    // "# 12-Month Learning Plan (1 Year)", "# Planning de Révision - 4 Semaines", "# AP1 Checkliste - 7
    // Wochen Lernplan": the note's title names the plan's span (taken when nothing else named one).
    if (!this.horizon && (no <= 3 || /^#{1,2}\s/.test(text)) && text.length <= 100 && PLAN_TITLE_RE.test(text) && !HORIZON_WORDS.test(text)) {
      const span = SPAN_RE.exec(text);
      const w = span ? spanWeeks(span, true) : 0;
      if (w >= 1) this.horizon = { score: 0, line: no, path, weeks: Math.round(w * 100) / 100 };
    }
    if (HORIZON_WORDS.test(text)) {
      const span = SPAN_RE.exec(text);
      if (span) {
        const w = spanWeeks(span, true);
        if (w > 0 && (!this.horizon || this.horizon.score < 2)) {
          this.horizon = { score: /timeline|horizon|waste|deadline|ideally/i.test(text) ? 2 : 1, line: no, path, weeks: Math.round(w * 100) / 100 };
        }
      }
    }
  }

  result(): Budget {
    const b = emptyBudget();
    const best = this.best;
    if (best) {
      b.hoursPerWeek = round(best.hoursPerWeek ?? null);
      b.weeks = round(best.weeks ?? null);
      b.source = { path: best.path, line: best.line };
    }
    if (this.total) {
      b.totalHours = this.total.totalHours ?? null;
      if (b.hoursPerWeek === null && this.total.hoursPerWeek) b.hoursPerWeek = this.total.hoursPerWeek;
      b.source ??= { path: this.total.path, line: this.total.line };
    }
    if (b.weeks === null && this.horizon) {
      b.weeks = this.horizon.weeks ?? null;
      b.source ??= { path: this.horizon.path, line: this.horizon.line };
    }
    if (b.totalHours === null && best?.weeks && best.hoursPerWeek) b.totalHours = round(best.weeks * best.hoursPerWeek);
    // "Time: 10 hrs/week" and, elsewhere, "Duration: 12 weeks": the hours they allow.
    if (b.totalHours === null && b.weeks !== null && b.hoursPerWeek !== null) b.totalHours = round(b.weeks * b.hoursPerWeek);
    if (b.weeks === null && b.totalHours && b.hoursPerWeek) b.weeks = round(b.totalHours / b.hoursPerWeek);
    if (this.start) b.start = this.start.date;
    if (this.deadline) b.deadline = this.deadline.date;
    // "10 hrs/week until June": the rate runs from now to the end of June.
    if (best?.until && b.weeks === null && this.now) {
      b.deadline ??= best.until;
      const days = (Date.parse(best.until) - Date.parse(b.start ?? this.now.toISOString().slice(0, 10))) / 86_400_000;
      if (days > 0) b.weeks = Math.ceil(days / 7);
      if (b.weeks !== null && b.hoursPerWeek !== null && b.totalHours === null) b.totalHours = round(b.weeks * b.hoursPerWeek);
    }
    if (b.weeks === null && b.start && b.deadline) {
      const days = (Date.parse(b.deadline) - Date.parse(b.start)) / 86_400_000;
      if (days > 0) b.weeks = Math.ceil(days / 7);
    }
    if (!b.source && (this.start || this.deadline)) {
      const s = this.start ?? this.deadline!;
      b.source = { path: s.path, line: s.line };
    }
    return b;
  }
}

/** "an hour a day" (7 a week), "half an hour every weekday" (2.5), "one hour a week". */
function hourWordRate(text: string): { hours: number; index: number; length: number } | null {
  const m = HOUR_WORD_RATE_RE.exec(text);
  if (!m) return null;
  const each = /^half/i.test(m[1]!) ? 0.5 : 1;
  const per = m[2]!.toLowerCase();
  const days = per === 'week' ? 1 : per === 'weekday' ? 5 : 7;
  return { hours: each * days, index: m.index, length: m[0].length };
}

/** A weekly rate said in parts of the week, or by sessions a week; null when the line says neither. */
function weekInParts(text: string): { hours: number; index: number; length: number } | null {
  // A budget is said in a short line; a long one is prose (and a day list in it could backtrack).
  if (text.length > 400) return null;
  return splitWeek(text) ?? sessions(text);
}

/**
 * "2 hours on weekdays and 5 on weekends": each part's hours times its days. A lone day
 * ("Saturday: 4h") may be a block of a schedule, not a rate: one part must span days or be
 * the weekend, or two parts must be said. "Monday (7 hours)" and "Weekend (10 hours):" are
 * schedule blocks, and the hours in brackets are not read as a rate.
 */
function splitWeek(text: string): { hours: number; index: number; length: number } | null {
  if (!/week|wk|day|mon|tue|wed|thu|fri|sat|sun/i.test(text)) return null;
  const parts: { at: number; end: number; hours: number; days: number; weekend: boolean }[] = [];
  const take = (at: number, end: number, hours: number, days: string, n: number): void => {
    if (parts.some((p) => at < p.end && end > p.at)) return;
    parts.push({ at, end, hours, days: n, weekend: /^weekend/i.test(days) });
  };
  for (const m of text.matchAll(HOURS_ON_DAYS_RE)) {
    take(m.index, m.index + m[0].length, mid(m[1], m[2]), m[6]!, daysIn(m[6]!, m[3] !== undefined, m[4], m[5] !== undefined));
  }
  for (const m of text.matchAll(DAYS_THEN_HOURS_RE)) {
    take(m.index, m.index + m[0].length, mid(m[2], m[3]), m[1]!, daysIn(m[1]!, m[4] !== undefined, undefined, false));
  }
  if (parts.length === 0 || (parts.length === 1 && parts[0]!.days < 2 && !parts[0]!.weekend)) return null;
  let hours = 0;
  for (const p of parts) hours += p.hours * p.days;
  const at = Math.min(...parts.map((p) => p.at));
  const end = Math.max(...parts.map((p) => p.end));
  return hours > 0 ? { hours, index: at, length: end - at } : null;
}

/**
 * How many days a week `days` names. "Weekends" with hours for each of them counts two;
 * "every weekend" or "the weekend" one (the hours are the weekend's).
 */
function daysIn(days: string, eachDay: boolean, before: string | undefined, the: boolean): number {
  const t = days.toLowerCase();
  if (t.startsWith('weekend')) {
    if (eachDay || /days?$/.test(t)) return 2;
    const whole = the || (before !== undefined && /^(?:every|each|per|a)$/i.test(before)) || t === 'weekend';
    return whole ? 1 : 2;
  }
  if (/^(?:week|work)/.test(t)) return 5;
  const names = [...t.matchAll(/mon|tue|wed|thu|fri|sat|sun/g)].map((x) => DAY_INDEX[x[0]]!);
  if (names.length === 2 && /[-–—]|to|thr/.test(t.replace(/^[a-z]+/, '').replace(/[a-z]+$/, ''))) {
    return ((names[1]! - names[0]! + 7) % 7) + 1;
  }
  return names.length;
}

/** "3 evenings a week, 2h each": sessions a week times a session's length. */
function sessions(text: string): { hours: number; index: number; length: number } | null {
  const count = SESSIONS_RE.exec(text);
  if (!count) return null;
  const rest = text.slice(0, count.index) + ' '.repeat(count[0].length) + text.slice(count.index + count[0].length);
  const len = SESSION_LENGTH_RE.exec(rest);
  if (!len) return null;
  const n = COUNT_WORDS[count[1]!.toLowerCase()] ?? Number(count[1]);
  const each = mid(len[1], len[2]) / (len[3] ? 60 : 1);
  const at = Math.min(count.index, len.index);
  const end = Math.max(count.index + count[0].length, len.index + len[0].length);
  return n > 0 && each > 0 ? { hours: n * each, index: at, length: end - at } : null;
}

function round(n: number | null): number | null {
  return n === null ? null : Math.round(n * 100) / 100;
}

/** "4 to 6 months" → weeks; a horizon takes the upper bound, a span its midpoint. */
function spanWeeks(m: RegExpExecArray, horizon = false): number {
  const n = horizon ? upper(m[1], m[2]) : mid(m[1], m[2]);
  const unit = (m[3] ?? '').toLowerCase();
  if (/^(?:y|a[ñn]o|ans|jahr)/.test(unit)) return n * 52;
  if (/^(?:day|d[íi]as|jours|tage|ngày|dni|дней|nap|päivää|zile|dage|dager|dagen|gün|hari)/.test(unit)) return n / 7;
  return /^(?:month|mes|mois|monat|tháng|miesięcy|месяцев|hónap|kuukautta|måneder|maanden|bulan)/.test(unit) ? Math.round(n * WEEKS_PER_MONTH) : n;
}
