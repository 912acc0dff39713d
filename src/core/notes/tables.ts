// Markdown tables whose rows are things to learn: a course list with Duration and
// Effort columns, a status table, a deadline table.
import type { Kind, Progress, Status } from '../model/types.js';
import { isExerciseLink, kindOfLinks, sectionKind, wordCount } from './classify.js';
import { readInline } from './inline.js';
import { GENERIC_LINK_TEXT, statusOfLeadingWord, statusOfWord } from './line-rules.js';
import { statusAt } from './vocabulary.js';
import { DATE_WORDS, dateOfWords, dayAtStart, monthOfWord, numericDay } from './dates.js';
import { cjkPosition, findEstimate, findProgress, parseSpanWeeks, statusOfProgress, unitOfWord, wholeFraction } from './phrases.js';
import { clockHours } from './line-patterns.js';

/** A cell that is only a clock range: "6 PM - 8 PM", "19:00–21:00". */
const SLOT_CELL_RE = /^\s*(\d{1,2})(?::(\d{2}))?\s*(am|pm)?\s*(?:-|–|—|to)\s*(\d{1,2})(?::(\d{2}))?\s*(am|pm)?\s*$/i;

export interface TableRow {
  title: string;
  status: Status | null;
  progress: Progress | null;
  hours: number | null;
  due: string | null;
  prereqs: string[];
  links: string[];
  /** How many of `links` are the title cell's own (the rest are other cells'). */
  titleLinks: number;
  kind: Kind | null;
  /** The title column names two kinds or more ("Course\Books"): the row is one of them (its words say which; the first named when they say none of them). */
  kinds: Kind[] | null;
  /** The row's own "Type" cell says its kind ("Book", "Course"): it decides over every cue. */
  typed: boolean;
  /** The table has an Author column: a row that says no kind is a book. */
  authored: boolean;
  /** The table has a University / Platform / Instructor column: its rows are courses. */
  taught: boolean;
  /** A "Started" or "Completed" column's date (YYYY-MM-DD). */
  started: string | null;
  completed: string | null;
  /** A "Next Session" column's day: when the row is next worked on. */
  scheduled: string | null;
}

export interface TableHeader {
  /** The rows are work (courses, books, tasks); otherwise the table is skipped. */
  work: boolean;
  /** The header of the column that names each row. */
  titleHeader: string;
  /** How many columns the header has. */
  width: number;
  row(cells: string[]): TableRow | null;
}

/** A judge's difficulty in a cell: "Easy", "Medium", "Hard", with a mark or not ("🟢 Easy"). */
const DIFFICULTY_CELL_RE = /^[^\p{L}]*(?:easy|medium|hard|简单|中等|困难|簡單|困難|やさしい|ふつう|むずかしい|쉬움|보통|어려움|fácil|médio|media|difícil)[^\p{L}]*$/iu;
/** A cell giving a cost in big-O: "O(n)", "`O(log n)`", "$O(n^2)$". */
const BIG_O_CELL_RE = /^[\s`$*]*O\s*\([^)]+\)/;
const TITLE_COLS = /^(?:(?:main|primary|key|weekly|daily)\s+)?(?:図書名|書名|书名|本|タイトル|科目|学科|主题|主題|テーマ|题目|題目|題名|标题|標題|名前|名称|名稱|書籍|书籍|課程|课程|講座|教材|項目|项目|内容|タスク|任务|コース名?|講座名|教材名|课程名称?|제목|도서|책|강의|과목|주제|섹션|대주제|(?:학습\s*)?내용|자료|과제|lessons?|sessions?|sections?|chapters?|exercises?|problems?|episodes?|courses?|books?|papers?|resources?|titles?|names?|platforms?|websites?|sites?|channels?|lectures?|assignments?|projects?|proje fikirleri|proje fikri|ideas? de proyectos?|ideias? de projetos?|idées? de projets?|projektideen?|idee di progett[oi]|tasks?|topics?|subjects?|(?:skills?|fähigkeiten|kompetenz(?:en)?|habilidad(?:es)?|habilidades|compétences?|competenze|compet[êe]ncias?|技能|スキル|스킬|навыки?|umiejętności|kỹ năng|beceri(?:ler)?|yetenek(?:ler)?)(?=\s*(?:\(|$))|items?|what|modules?|videos?|materials?|classes?|units?|focus|foco|enfoque|fokus|schwerpunkt|thema|themen?|objetivos?|objectifs?|obiettivi|obiettivo|themes?|goals?|objectives?|cursos?|libros?|livros?|ejercicios?|exerc[íi]cios?|exercices?|übung(?:en)?|aufgaben?|temas?|t[íi]tulos?|nombres?|nomes?|recursos?|titre|titel|kurse?|cours|konu|başlık|kitap|ders(?:ler)?|görev|judul|topik|materi|buku|kursus|tugas|название|тема|книга|курс|задача|temat|tytuł|książka|zadanie|chủ đề|tên|sách|khóa học|titolo|argomento|libro|corso|onderwerp|boek|cursus|ämne|bok|emner?|fag|bøker|bog|bøger|n[áa]zev|n[áa]zov|naziv|nazwa|kniha|knihy|knjiga|p[řr]edm[eě]t|predmet|t[ée]ma|kurz|c[íi]m|k[öo]nyv|tant[áa]rgy|otsikko|nimi|kirja|kurssi|aihe|titlu|carte|curs|subiect|τίτλος|βιβλίο|μάθημα|θέμα|назва|книжка|pealkiri|raamat|pavadinimas|knyga|nosaukums|gr[āa]mata)(?![\p{L}])/iu;
const DESCRIPTION_COLS = /^(?:descriptions?|details|assignments?|homework|what)\b/i;
/** A header that names what a column holds the names of, in Korean, Japanese or Chinese: "클립명", "파트명", "講座名", "名称". */
const CJK_NAME_COL_RE = /^[\p{Script=Hangul}\p{Script=Han}\p{Script=Katakana}]{1,6}\s?(?:명|名|名称|名稱|이름)$|^(?:名|名称|名稱|이름)$/u;
/** … of people: a teacher's, an author's, a person's. */
const CJK_PERSON_COL_RE = /(?:강사|교수|저자|작가|선생|講師|著者|作者|教授|老师|老師|先生|人|者)\s?(?:명|名)$|^(?:氏名|姓名)$/u;
const CLASS_COLS = /^(?:class|classes|subject)\b/i;
const DUE_CELL_RE = new RegExp(`\\b${DATE_WORDS}`, 'i');
const DURATION_COL = /duration|length|weeks?\b|time\s*span/i;
const EFFORT_COL = /effort|hours|workload|time\b|estimate|horas|heures|stunden|esfuerzo|^(?:目安時間|所要時間|学習時間|予定時間|时长|時長|预计时间|預計時間|소요 ?시간|예상 ?시간)$/i;
const STATUS_COL = /status|state|progress|done\??$|completed?|^(?:check(?:ed)?|✓|✔|✅|☑)$|estado|statut|[ée]tat|zustand|^res(?:ults?)?\.?$|^verdict$|^durum$|^stato$|^статус$|^состояние$|^trạng thái$|^tình trạng$|^stan$|^keadaan$|^tila$|^tilstand$|^stav$|^[áa]llapot$|^stare$|^κατάσταση$|^стан$|^прогрес$|^прогресс$|^postęp$|^pokrok$|^előrehalad[áa]s$|^edistyminen$|^progres$|^progreso$|^progresso$|^progr[èe]s$|^fortschritt$|^πρόοδος$|^voortgang$|^fremdrift$|^framsteg$|^(?:ステータス|状態|状況|進捗|状态|進度|进度|상태|진행|완료|完了|完成|済み?)$|^[\p{Script=Han}]{1,4}(?:进度|進度|進捗|状态|狀態)$/iu;
/** The shelves a Goodreads export files each book on. */
const SHELF_STATUS: Record<string, Status> = { read: 'done', 'currently-reading': 'doing', 'to-read': 'todo', dnf: 'skipped', abandoned: 'skipped', 'did-not-finish': 'skipped' };
// A rating in a cell: "4", "4.5/5", "8/10", "★★★★☆", "⭐⭐⭐".
const RATING_CELL_RE = /^(?:\d{1,2}(?:[.,]\d)?(?:\s*\/\s*\d{1,2})?|(?:100|\d{1,2})\s*%|[★☆⭐✩✰]{1,5}\uFE0F?(?:[★☆⭐✩✰]\uFE0F?){0,4})$/u;
const STATE_COL = /status|state|estado|statut|[ée]tat|zustand|^durum$|^stato$|^статус$|^состояние$|^trạng thái$|^tình trạng$|^stan$|^keadaan$|^(?:ステータス|状態|状況|状态|상태)$/iu;
const PROGRESS_COL = /progress|^prog\.?$|done\??$|completed?|^%|%$|^percent(?:age)?$|progreso|progresso|progr[èe]s|fortschritt|avance|^진도$|^진행률?$|^[\p{Script=Han}]{0,4}(?:進捗|进度|進度)$/iu;
const DUE_COL = /\bdue\b|deadline|date/i;
/** A column named only "Date" ("日付", "Fecha") beside a book or course: the day it was finished, or a word for where it stands. */
// (A CJK header names its date last: "수강 일자", "学習日付", "学习日期".)
const PLAIN_DATE_COL = /^(?:date|dates|日付|日期|时间|時間|完了日|読了日|读完日期|fecha|data|datum|기간|날짜|period|months?|tháng|mes|mês|mois|monat|mese|miesiąc|месяц|月份?|월)$|(?:일자|날짜|日付|日期)$/i;
const PREREQ_COL = /prereq|depends|requires|requirements/i;
/**
 * A row named by its place in a sequence, as files of one course are ("01_进程与线程",
 * "04a_Lab0_TinyShell", "05-Intro"): a lesson of the course, whatever the column calls it.
 */
const SEQUENCE_FILE_RE = /^0\d[a-z]?[_-]/;
/**
 * A cell that lists the states to pick from rather than one ("読んだ / 補足した / 定着した",
 * "todo / doing / done"): three short choices or more, or two that are different statuses.
 */
function offersChoices(v: string): boolean {
  if (!v.includes('/') && !v.includes('／')) return false;
  // ("(Bestanden/Offen)": the choices in brackets, a template's cell.)
  const bracketed = /^\s*[([（].*[)\]）]\s*$/.test(v);
  const parts = (bracketed ? v.trim().slice(1, -1) : v).split(bracketed ? /\s*[/／]\s*/ : /\s+\/\s+|\s*／\s*/).map((x) => x.trim());
  if (parts.length < 2 || parts.some((x) => !x || /\d/.test(x) || wordCount(x) > 3)) return false;
  if (parts.length >= 3) return true;
  const a = statusOfWord(parts[0]!), b = statusOfWord(parts[1]!);
  return a !== null && b !== null && a !== b;
}

/** A unit named by its number alone: "Ej. 01", "Ch 3", "Lesson 2", "#4", "01". */
const BARE_UNIT_RE = /^\s*(?:\p{L}{1,10}\.?\s*)?#?\d{1,3}[a-z]?\s*$/u;
const TYPE_COL = /^(?:type|kind|category|format|medium)$/i;
// A learning dashboard's columns: "Started", "Completed" (dates; "Dates Started", "Dates Ended", "Fecha de inicio" too), "Days Done" / "Days Total", "Sessions" (3/10).
const STARTED_COL = /^(?:started|start(?:ed)?[ _](?:on|date|at)|dates?[ _](?:started|begun)|began|begun|fecha[ _]de[ _]inicio|data[ _]de[ _]in[íi]cio|date[ _]de[ _]d[ée]but|startdatum|begonnen(?:[ _]am)?|开始(?:于|於|时间|時間|日期)|開始(?:於|日|時間)|시작일)$/iu;
const SPAN_COL = /^(?:start(?:ed)?|began|from)\s*(?:[-–—/~→]|to)\s*(?:finish(?:ed)?|end(?:ed)?|done|completed?|to)\b/i;
/** A day as a span's end is written: "Nov 9", "9 Nov", "2024-03-01", "3/9", "03.09.2024". */
const SPAN_DAY_RE = /^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?\.?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)/i;
const COMPLETED_COL = /^(?:(?:completed|finished|finish|done|completion|ended|end)(?:[ _](?:on|date|at))?|finish(?:ed)?[ _](?:reading|watching)|(?:when|month|year)[ _](?:read|finished)|dates?[ _](?:finished|completed|done|read|ended)|read[ _](?:on|date)|fecha[ _]de[ _](?:fin|finalizaci[óo]n|t[ée]rmino)|data[ _]de[ _](?:conclus[ãa]o|t[ée]rmino|fim)|date[ _]de[ _]fin|enddatum|abgeschlossen[ _]am|完成(?:时间|時間|日期|日|于|於)|修了日|読了日|完了日|완료일)$/iu;
const UNIT_WORDS = 'days?|sessions?|lessons?|lectures?|chapters?|modules?|weeks?|units?|videos?|episodes?|problems?|exercises?|pages?|parts?|labs?';
const COUNT_DONE_COL = new RegExp(`^(${UNIT_WORDS})[ _]?(?:done|completed|finished|complete)$|^(?:done|completed)[ _](${UNIT_WORDS})$`, 'i');
const COUNT_TOTAL_COL = new RegExp(`^(${UNIT_WORDS})[ _]?(?:total|planned|in all)$|^total[ _](${UNIT_WORDS})$`, 'i');
const COUNT_COL = new RegExp(`^(${UNIT_WORDS})$`, 'i');
const ISO_DAY_RE = /\b(\d{4})-(\d{2})-(\d{2})\b/;
/** A transcript's "Semester" or "Term" column ("25S1", "Fall 2024"): when the course is taken. */
const TERM_COL = /^(?:semesters?|sem\.?|terms?|trimesters?|quarters?|(?:when )?taken|semestre|cuatrimestre|trimestre|学期|학기)$/i;
/** HTML's names for the ticks and crosses ("&check;", "&#10003;", "&#x2705;"), as the marks they stand for. */
const MARK_ENTITIES: Readonly<Record<string, string>> = {
  '&check;': '✓', '&checkmark;': '✓', '&#10003;': '✓', '&#x2713;': '✓', '&#10004;': '✔', '&#x2714;': '✔', '&#9989;': '✅', '&#x2705;': '✅',
  '&cross;': '✗', '&#10007;': '✗', '&#x2717;': '✗', '&#10060;': '❌', '&#x274c;': '❌',
};
/** A cell's mark as the vocabulary spells it: trimmed, an HTML entity read, the emoji variant selector dropped. */
export function markOf(cell: string): string {
  const t = cell.replace(/<br\s*\/?>/gi, '').trim();
  return (MARK_ENTITIES[t.toLowerCase()] ?? t).replace(/\uFE0F$/, '');
}

/** A column of the certificates a transcript's courses earned: "Certificate", "Certificado", "Zertifikat", "证书". */
const CERTIFICATE_COL = /^(?:certificates?|certifications?|certificados?|certificats?|zertifikate?|certificati|сертификаты?|证书|證書|修了証|수료증)$/iu;
/** A transcript's "Grade" column: a grade was given for a course that is over. */
// ("Score", "Final score", "Punkte", "점수", "得分": the mark a course's graded work earned.)
const GRADE_COL = /^(?:(?:final )?(?:grades?|scores?)|marks?|notas?|noten?|punkte|puntuaci[óo]n|pontua[çc][ãa]o|成绩|成績|学分|得分|分数|点数|得点|학점|점수)$/i;
const GRADE_CELL_RE = /^(?:[A-F][+-]?|\d{1,3}(?:[.,]\d{1,2})?\s*%?(?:\s*\/\s*\d{1,3})?|pass(?:ed)?|p|hd|cr|distinction|merit|sehr gut|gut)$/i;
// "25S1", "2024-S2", "2024 T3", "2025Q1"; "S1 2024", "Sem 2, 2025", "Term 3 2024".
const TERM_YEAR_FIRST_RE = /^(\d{2}|\d{4})\s*[-/ ]?\s*(s|sem|t|q)\s*([1-4])$/i;
const TERM_YEAR_LAST_RE = /^(s|sem(?:ester)?|t|term|trimester|q|quarter)\s*([1-4])\s*[,/-]?\s*'?(\d{2}|\d{4})$/i;
// "Fall 2024", "Spring '25", "2024 Autumn", "FA24", "SP25".
const SEASON_RE = /^(?:(fall|autumn|winter|spring|summer|fa|wi|sp|su)\s*'?(\d{2}|\d{4})|(\d{4})\s*(fall|autumn|winter|spring|summer))$/i;
const SEASON_MONTHS: Record<string, [number, number]> = { fa: [9, 12], fall: [9, 12], autumn: [9, 12], wi: [1, 3], winter: [1, 3], sp: [2, 6], spring: [2, 6], su: [6, 8], summer: [6, 8] };

/**
 * Where a course taken in the term a cell names stands on `today` (YYYY-MM-DD): done once the
 * term is over, under way while it runs, to do before; null when the cell names no term.
 */
export function termStatus(cell: string, today: string): Status | null {
  const v = cell.trim();
  let year: string | undefined;
  let months: [number, number] | undefined;
  let m = TERM_YEAR_FIRST_RE.exec(v);
  const numbered = (letter: string, n: number): [number, number] | undefined => {
    const l = letter[0]!.toLowerCase();
    if (l === 'q') return [3 * n - 2, 3 * n];
    if (l === 't' && !/^term/i.test(letter)) return n <= 3 ? [4 * n - 3, 4 * n] : undefined;
    return n === 1 ? [2, 6] : n === 2 ? [7, 12] : undefined;
  };
  if (m) { year = m[1]; months = numbered(m[2]!, Number(m[3])); }
  else if ((m = TERM_YEAR_LAST_RE.exec(v))) { year = m[3]; months = numbered(m[1]!, Number(m[2])); }
  else if ((m = SEASON_RE.exec(v))) { year = m[2] ?? m[3]; months = SEASON_MONTHS[(m[1] ?? m[4])!.toLowerCase()]; }
  if (!year || !months) return null;
  const y = year.length === 2 ? 2000 + Number(year) : Number(year);
  const now = Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7));
  if (now > y * 12 + months[1]) return 'done';
  return now >= y * 12 + months[0] ? 'doing' : 'todo';
}

/** A column that numbers a table's units: "Module", "Week", "Lesson #", "Ch.", "Problem #", "Exercise No." */
const NUMBERING_COL_RE = /^(?:(?:modules?|units?|lessons?|chapters?|ch\.?|weeks?|sessions?|sections?|lectures?|episodes?|classes?|parts?|days?)\s*(?:#|no\.?|n[°º])?|(?:problems?|exercises?|questions?|tasks?|puzzles?|katas?)\s*(?:#|no\.?|n[°º]|numbers?|ids?))$/i;
/** A column that names each row: "Topic", "Title", "Name", "Subject". */
/** A title column named for what is learned: "Topic", "Thema", "Тема", "主题". */
const TOPIC_COL_RE = /^(?:topics?|subjects?|themes?|themen?|temas?|sujets?|тема|темы|主题|主題|テーマ|주제)$/iu;
const NAMING_COL_RE = /^(?:topics?|titles?|names?|subjects?|themes?|focus|temas?|t[íi]tulos?|nombres?|nomes?|themen?|titel|titre|sujets?|название|тема|主题|主題|タイトル|テーマ|제목|주제)$/iu;

/** "课程网站:https://…", "Book: ./books/sicp.pdf": a resource's kind, then its address (a web or a file path). */
const MATERIAL_LABEL_RE = /^\s*([^:：|\[\]()]{1,16}?)\s*[:：]\s*(?:https?:\/\/|\.{0,2}\/|[\w.-]+\/)/u;

/** A day written loosely, year first: "2024/3/7", "2023-11-1", "2024年3月18", "2024년 3월 7". */
const LOOSE_DAY_RE = /(\d{4})\s*(?:[-/.年]|년)\s*(\d{1,2})\s*(?:[-/.月]|월)\s*(\d{1,2})/;

/** "2021/02", "2024-03", "03.2024", "June 2021": a month, and one that has come (by `today`, when known). */
function pastMonth(cell: string, today: string | null): boolean {
  const ym = /^(\d{4})\s*[./-]\s*(\d{1,2})\.?$/.exec(cell);
  const my = ym ? null : /^(\d{1,2})\s*[./]\s*(\d{4})$/.exec(cell);
  // ("June 2021", "Jun. 2021", "junio de 2021", "2021 June": a month by its name.)
  const named = ym || my ? null : /^(\p{L}{3,})\.?(?:\s+de)?,?\s+(\d{4})$|^(\d{4}),?\s+(\p{L}{3,})\.?$/u.exec(cell);
  const byName = named ? monthOfWord(named[1] ?? named[4]!) : 0;
  if (!ym && !my && !byName) return false;
  const year = ym ? ym[1]! : my ? my[2]! : (named![2] ?? named![3])!;
  const month = ym ? ym[2]! : my ? my[1]! : String(byName);
  const n = Number(month);
  return n >= 1 && n <= 12 && (!today || `${year}-${month.padStart(2, '0')}` <= today.slice(0, 7));
}

/** A glossary's column of the things it explains: "Function/Key", "Command", "Shortcut", "Term". */
const GLOSSARY_TERM_COL = /^(?:functions?|keys?|function\/key|key\/function|commands?|shortcuts?|keybindings?|key ?bindings?|terms?|words?|keywords?|symbols?|operators?|options?|flags?|syntax|vocabulary|abbreviations?|acronyms?|コマンド|用語|单词|術語|术语|명령어|용어)$/iu;

/** A progress cell naming the part reached ("已学完“…”", "已学到…", "读到…"): under way, whatever its verb says of the part. */
const CJK_REACHED_RE = /^\s*(?:已经?|已)?\s*[读讀看学學做刷](?:到|完\s*[“"「『])/u;

/** A column of a row's materials: "Materials", "Resources", "Lessons", "Lectures", "Slides", "Homework", "Videos", "Course page". */
const MATERIAL_COL = /^(?:materials?|resources?|备注|備考|备考|비고|説明|说明|lessons?|lectures?|slides?|homeworks?|assignments?|videos?|playlists?|course (?:page|site|website)|website|site|docs?|documentation|repo(?:sitory)?|github)$/i;

/** A yes as a circle: "O", "○", "◯", "⭕". */
const CIRCLE_YES_RE = /^(?:o|○|◯|⭕)$/u;

/** A progress-bar image in a cell ("![pb](https://progress-bar.dev/40)"): that many percent done. */
function barImage(cell: string): { done: number; total: number; unit: string } | null {
  if (!cell.includes('![')) return null;
  const percent = readInline(cell).percent;
  return percent === undefined ? null : { done: percent, total: 100, unit: 'percent' };
}

/**
 * A progress bar drawn in glyphs alone in a cell ("🟩🟩🟩⬜⬜", "█████░░░░░", "●●○○○"), with no
 * figure beside it: the filled share of its glyphs, in percent.
 */
function barGlyphs(cell: string): { done: number; total: number; unit: string } | null {
  const t = cell.replace(/\uFE0F/g, '').trim();
  const m = BAR_GLYPHS_RE.exec(t);
  if (!m) return null;
  const filled = [...(m[1] ?? '')].length;
  const total = filled + [...(m[2] ?? '')].length;
  return total >= 3 ? { done: Math.round((100 * filled) / total), total: 100, unit: 'percent' } : null;
}
const BAR_GLYPHS_RE = /^((?:🟩|🟦|🟨|🟧|🟥|🟪|🟫|⬛|█|▓|■|▰|●|⚫)*)((?:⬜|░|□|▱|○|⚪)*)$/u;

/** A Source cell's word for a video site or a book's form: "B 站", "YouTube" (videos), "电子书", "Kindle", "paperback" (books). */
function sourceKind(cell: string): Kind | null {
  const t = cell.trim().toLowerCase();
  if (/^(?:b\s*站|bilibili|哔哩哔哩|嗶哩嗶哩|youtube|yt|油管|优酷|優酷|niconico|ニコニコ動画|vimeo|网易公开课|網易公開課)$/u.test(t)) return 'video';
  if (/^(?:电子书|電子書|纸质书|紙質書|纸书|紙書|实体书|實體書|kindle|e-?books?|ebook|paperback|hardcover|print|pdf 书|多看|微信读书|豆瓣读书|豆瓣|書籍|书籍|本|책|전자책|종이책)$/u.test(t)) return 'book';
  return null;
}

/** "Course\Books", "Books / Courses", "Videos & Articles": the kinds a column's name joins, when it names two or more. */
function namedKinds(header: string): Kind[] | null {
  if (!/[\\/&+|,]|\s(?:and|or)\s/i.test(header)) return null;
  const out: Kind[] = [];
  for (const part of header.split(/\s*(?:[\\/&+|,]|\s(?:and|or)\s)\s*/i)) {
    const k = part.trim() ? sectionKind(part.trim()) : null;
    if (k && !out.includes(k)) out.push(k);
  }
  return out.length >= 2 ? out : null;
}

/** A row that sums the others: "Total", "Sum", "合计", "总计", "Gesamt". */
const SUM_ROW_RE = /^\s*(?:\*\*|__)?\s*(?:totals?|sum|overall|grand total|合计|合計|总计|總計|共计|共計|gesamt|summe|somme|suma)\s*:?\s*(?:\*\*|__)?\s*$/i;
/** A part of the day as a timetable's column: "Morning", "Afternoon", "Evening", "上午", "오후", "Tarde". */
const PART_OF_DAY_COL_RE = /^(?:early |late )?(?:mornings?|afternoons?|evenings?|nights?|noon|midday|lunch|am|pm|a\.m\.|p\.m\.|mañana|tarde|noche|manhã|noite|matin|après-midi|soir|soirée|vormittag|nachmittag|abend|mattina|pomeriggio|sera|上午|下午|晚上|早上|中午|午前|午後|夜|朝|昼|오전|오후|저녁|아침|밤|утро|день|вечер|sáng|chiều|tối|rano|popołudnie|wieczór|reggel|délelőtt|délután|este|éjjel|aamu|aamupäivä|iltapäivä|ilta|morgen|middag|avond|ochtend|morgon|eftermiddag|kväll|formiddag|eftermiddag|aften|kveld|dopoledne|odpoledne|večer|ráno|dimineața|dimineață|după-amiază|seara|πρωί|απόγευμα|βράδυ|ранок|вечір|sabah|öğle|akşam|pagi|siang|sore|malam|صباح|مساء|صبح|عصر|شب|בוקר|ערב)$/iu;
/** A part of the day given to something else than study: "Work", "Rest", "Off". */
const DAY_OFF_CELL_RE = /^(?:work|rest|off|free|busy|sleep|day off|job|trabajo|descanso|travail|repos|arbeit|ruhe|休息|工作|上班|休み|仕事|휴식|일|출근)$/iu;
/** A plan's day column: "Day", "Dzień", "Día", "Tag", "Jour", "Giorno", "День", "日", "일차". */
/** A comment that tells how an attempt went, in the past: "Solved quickly", "Got stuck early", "Didn't spot the pattern". */
const TOLD_ATTEMPT_RE = /^(?:solved|got|took|did|didn['’]?t|had|was|were|spent|needed|used|found|finished|completed|struggled|forgot|learned|learnt|managed|tried|understood|implemented|wrote|coded|passed|submitted|figured|couldn['’]?t|wasn['’]?t|messed|missed|came up|looked up|peeked|realized|realised)\b/i;
/** A column named for problems to solve, in several languages: "Problem", "Exercises", "题目", "문제". */
export const PROBLEMS_COL_RE = /^(?:problems?|exercises?|oefening(?:en)?|übung(?:en)?|ejercicios?|exerc[ií]cios?|exercices?|esercizi|esercizio|упражнени[ея]|题目|題目|题名|題名|练习|練習|문제|연습\s?문제)$/iu;
const CONSTANT_GAP_RE = /(?<=\p{Lu})_(?=\p{Lu})/gu;
export const DAY_COL_RE = /^(?:days?|dzie[nń]|d[ií]as?|tag|jour|giorno|день(?:\s*№)?|nap|päivä|dag|den|zi|ziua|ημέρα|μέρα|день|gün|hari|ngày|dia|يوم|روز|יום|日|日目|天|일|일차)$/iu;
/** A day column's cell: a day's number or a numbered day ("3", "Day 3", "第3天", "3日目"). */
const DAY_CELL_RE = /^(?:\p{L}{1,8}\s*)?\d{1,3}(?:\s*[-–]\s*\d{1,3})?(?:\s*\p{L}{1,3})?$/u;
/** A column named for numbered units: "Chapter", "Lecture", "Lesson", "Module", "章". */
const UNIT_HEADER_RE = /^(?:chapters?|ch\.?|lectures?|lessons?|units?|modules?|sessions?|parts?|sections?|episodes?|labs?|章|章节|章節|讲|講|课|課)$/i;

/** A cell that is only a mark as a link's text: "[✅](./Step/Stats(K).pdf)". */
const LINKED_MARK_RE = /^\s*\[([^\]\p{L}\p{N}]{1,8})\]\(.*\)\s*$/u;

/**
 * `markCols`: the columns whose cells, in every row that fills them (two at least), are a status
 * mark alone or linked ("✅", "[✅](./Step/Stats.pdf)"), found from the rows: when no column is
 * named for the status, they say it ("| S | R |" under "S : Status"); several are a row's stages
 * ("| Video | Homework |"): all ticked, done; some, under way.
 */
export function readTable(header: string[], nonWorkContext: boolean, year: number | null = null, today: string | null = null, markCols: readonly number[] = [], numberCols: readonly number[] = []): TableHeader {
  const h = header.map((c) => readInline(c).title);
  // (Not a column of the rows' ids, "Book Id", "Problem ID".)
  let titleCol = h.findIndex((c) => TITLE_COLS.test(c) && !/\bids?\s*$/i.test(c));
  // "| Module | Topic | Status |", "| Chapter | Title |": the first column numbers the units,
  // the one that names them holds their titles.
  if (titleCol >= 0 && NUMBERING_COL_RE.test(h[titleCol]!.trim())) {
    const naming = h.findIndex((c, i) => i > titleCol && NAMING_COL_RE.test(c.trim()));
    if (naming >= 0) titleCol = naming;
  }
  if (titleCol < 0) titleCol = h.findIndex((c) => DESCRIPTION_COLS.test(c));
  if (titleCol < 0) titleCol = h.findIndex((c) => CLASS_COLS.test(c));
  // "| 파트명 | 클립명 |", "| 講座名 | 回名 |": a column of the names of something (명, 名), the
  // finest named last (not a person's: 강사명, 著者名).
  if (titleCol < 0) titleCol = h.findLastIndex((c) => CJK_NAME_COL_RE.test(c.trim()) && !CJK_PERSON_COL_RE.test(c.trim()));
  // "| Date Finished | Activity |": a log's activities (in a timetable, "| Day | Activity |", the day leads).
  if (titleCol < 0 && !h.some((c) => /^(?:days?|weeks?|times?|when|hours?)$/i.test(c.trim()))) titleCol = h.findIndex((c) => /^activit(?:y|ies)$/i.test(c.trim()));
  // "| Link | Created | Read |" (a Notion export), "| Day | Part 1 | Part 2 |": the link or
  // the numbered unit names the row when no column says title.
  // (A day in any language the notes are written in: "| Nap | Reggel | Este |".)
  if (titleCol < 0) titleCol = h.findIndex((c) => /^(?:links?|urls?|weeks?|puzzles?)$/i.test(c.trim()) || DAY_COL_RE.test(c.trim()));
  const dayTitle = titleCol >= 0 && (/^weeks?$/i.test((h[titleCol] ?? '').trim()) || DAY_COL_RE.test((h[titleCol] ?? '').trim()));
  // "| Day | Morning | Afternoon | Evening |": a week's plan by the parts of each day; a row is
  // that day's work, named by its day and what fills its parts.
  // ("Reggel (☀️)": the part of the day, an icon after it in brackets.)
  const partsOfDay = dayTitle && h.length >= 3 && h.every((c, i) => i === titleCol || PART_OF_DAY_COL_RE.test(c.replace(/[(（][^)）]*[)）]/g, '').trim()));
  const col = (re: RegExp) => h.findIndex((c, i) => i !== titleCol && re.test(c));
  // "| Dzień | Materiał | Zadanie |", "| Day | Reading |": a plan by days, each row a day's work to do.
  const dayCol = col(DAY_COL_RE);
  const duration = col(DURATION_COL);
  const effort = col(EFFORT_COL);
  // A length in brackets in a column's name, "Mini-Ziel (≈10–15 h)", "Goal (~6 hours)": each row's.
  let headerHours: number | null = null;
  for (let c = 0; c < h.length && headerHours === null; c++) {
    const m = c !== titleCol && c !== effort && c !== duration && (h[c]!.includes('(') || h[c]!.includes('（')) ? /[(（]([^()（）]{1,20})[)）]/.exec(h[c]!) : null;
    const est = m ? findEstimate(m[1]!) : null;
    if (est && est.rate === null && est.hours > 0) headerHours = est.hours;
  }
  // A Status column and a Progress column may both be there: each says its own.
  const state = col(STATE_COL);
  const named = state >= 0 ? state : col(STATUS_COL);
  const marks = named >= 0 ? [] : markCols.filter((c) => c !== titleCol);
  const status = named >= 0 ? named : marks.length === 1 ? marks[0]! : -1;
  const stages: number[] = [];
  const progressCol = state >= 0 ? col(PROGRESS_COL) : -1;
  // (A column called Status or Progress, not one that counts what is done: "LC Problems Done".)
  const statusNamed = status >= 0 && /^(?:status|state|progress)$/i.test((h[status] ?? '').trim());
  const plainDate = col(PLAIN_DATE_COL);
  const due = plainDate >= 0 ? -1 : col(DUE_COL);
  const prereq = col(PREREQ_COL);
  const type = col(TYPE_COL);
  const started = col(STARTED_COL);
  const completed = col(COMPLETED_COL);
  // "Started - Finished" in one column ("Nov 3 - Nov 9"): a span, finished when it has an end.
  const span = started < 0 && completed < 0 ? col(SPAN_COL) : -1;
  const countDone = col(COUNT_DONE_COL);
  const countTotal = col(COUNT_TOTAL_COL);
  const countCol = col(COUNT_COL);
  const progressCol2 = col(/^(?:progress|done|read|watched|completed)$/i);
  // "Read", "Watched", "Solved", "Submitted" holding ✅ or ❌ (yes or no): whether the row is done.
  const doneFlag = status < 0 ? col(/^(?:read|watched|solved|seen|listened|finished|done|submitted|attended|studied|learned|learnt)\??$/i) : -1;
  // (Columns that say it by their names, "Read", "Completed", come first.)
  if (marks.length > 1 && doneFlag < 0 && completed < 0 && countDone < 0) stages.push(...marks);
  // "Attempted", "Tried": yes means begun (how it went may be in another column).
  // ("| Topic | Active |" with an x on the topics under way: active is being worked on.)
  const triedFlag = status < 0 && doneFlag < 0 ? col(/^(?:attempted|tried|started|begun|active|current(?:ly)?|in progress)\??$/i) : -1;
  // (There an x is the mark that picks a row, not a no.)
  const activeFlag = triedFlag >= 0 && /^(?:active|current(?:ly)?|in progress)\??$/i.test(h[triedFlag] ?? '');
  // Marks in the Korean and Japanese way: O (○) yes, X (×) no; once a flag column holds an O, its X is a no.
  let circles = false;
  const totalCol = col(/^(?:total|of|out of|length|pages|chapters|lectures|videos|episodes)$/i);
  // A Total column beside columns of counts ("Exercises", "Problems"): each row's whole, summed.
  const sumCol = progressCol2 < 0 && h.filter((c) => COUNT_COL.test(c.trim())).length >= 1 ? col(/^(?:totals?|overall|合计|合計|总计|總計|gesamt)$/i) : -1;
  // "| Rating |" holding "4", "4/5", "★★★★": a rating is given to what was read or taken.
  const rating = col(/^(?:(?:my )?ratings?|stars?|rated|score|valoraci[oó]n|avalia[cç][aã]o|bewertung|note|評価|评分|평점|hodnocen[íi]|hodnotenie|ocena|[ée]rt[ée]kel[ée]s|arvio|arvosana|not[ăa]|βαθμολογία|оцінка|оценка|рейтинг|vertinimas|hinnang|puan|đánh giá|penilaian|valutazione|voto|beoordeling|betyg|vurdering|karakter)$/iu);
  // A Goodreads export's shelf, "read", "currently-reading", "to-read": where the book stands.
  const shelf = col(/^(?:exclusive )?shelf$/i);
  const term = col(TERM_COL);
  // A dashboard's "Next Session" (when it is next worked on) and "Last Activity" (when it last was).
  const nextCol = col(/^next[ _](?:session|lesson|class|review|step|study|sitting)$/i);
  // "| Task | Comment |" beside problems: how each attempt went, told after it.
  const commentCol = col(/^(?:comments?|remarks?|notes?|thoughts?|reflections?|how it went)$/i);
  const lastCol = col(/^last[ _](?:activity|session|studied|worked(?: on)?|touched|active|reviewed|review|updated|practi[cs]ed|solved|attempt(?:ed)?)$|^(?:最近一次|最后一次|最後一次|上次|最近|最后|最後)[\p{Script=Han}]{0,4}(?:时间|時間|日期)$/iu);
  const grade = col(GRADE_COL);
  const certificate = col(CERTIFICATE_COL);
  // "| What I learned |", "| 学到的知识点 |", "| Takeaways |": what the row taught the person, written after it.
  const learnedCol = col(/^(?:(?:what\s+)?i\s+learn(?:ed|t)|(?:key\s+)?learnings?|learn(?:ed|t)|(?:key\s+)?takeaways?|学到的?(?:知识点?|内容|东西)?|收获|收穫|学んだこと|学び|배운\s*(?:것|점|내용)|lo\s+que\s+aprend[ií]|aprendizados?|ce\s+que\s+j['’]ai\s+appris|gelernt)$/iu);
  // "| Time | Space |", "| Time Complexity |", "| 时间复杂度 |": what a solution costs.
  const complexityCol = col(/^(?:time|space|runtime|memory|(?:time|space|runtime|memory)\s+complexity|complexity|big[- ]?o|(?:时间|空間|空间|時間)?(?:复杂度|複雜度|計算量)|(?:시간|공간)\s*복잡도|complejidad(?:\s+(?:temporal|espacial))?|complexidade(?:\s+(?:de\s+)?(?:tempo|espa[cç]o))?|complexit[ée](?:\s+(?:temporelle|spatiale))?|komplexit[äa]t)$/iu);
  const currentCol = col(/^(?:current\s+(?:chapter|lesson|lecture|page|section|module|unit|episode|part)|当前(?:章节|章節|页数|頁數|页码|頁碼|课程|課程|课|課|讲|講|节|節)|現在の?(?:章|ページ|講義)|현재\s*(?:챕터|장|강|페이지))$/iu);
  const linkCol = col(/^(?:links?|urls?|sources?|refs?|references?|solutions?|code|notes?|pozn[áa]mk[ay]|notatki|notas|notizen|jegyzet(?:ek)?|muistiinpanot|noti[țt]e|σημειώσεις|нотатки|заметки|anteckningar|noter|notater|aantekeningen|notities|appunti|링크|주소|链接|鏈接|連結|リンク|地址|网址|網址|enlaces?|liens?|ссылк[аи]|bağlantı|liên kết|tautan|collegament[oi]|odnośnik)$/iu);
  const difficulty = col(/^(?:difficulty|diff\.?|level|难度|難度|難易度|난이도|dificultad|dificuldade|difficult[ée]|schwierigkeit)$/iu);
  // A table of problems to solve: a Difficulty column, or a title column named for problems ("题目", "Problem").
  // ("| Exercise | Status |" over "| oefening1 | ✅ |": so is one named for exercises, in other languages too.)
  const problemTitles = PROBLEMS_COL_RE.test((h[titleCol] ?? '').trim());
  const practiceTable = difficulty >= 0 || problemTitles || /^(?:questions?|问题|問題)$/iu.test((h[titleCol] ?? '').trim());
  // "Materials", "Resources", "Lessons", "Slides": more columns that hold the row's own links.
  const moreLinks = h.map((c, i) => (i !== titleCol && i !== linkCol && MATERIAL_COL.test(c.trim()) ? i : -1)).filter((i) => i >= 0);
  const countUnit = (i: number, re: RegExp): string => {
    const m = re.exec(h[i] ?? '');
    return (m?.[1] ?? m?.[2] ?? 'unit').toLowerCase().replace(/s$/, '');
  };
  // A table of levels or ranks ("| Level | Status |", Beginner … Expert) says where the person stands, not work.
  const levels = titleCol < 0 && /^(?:levels?|ranks?|tiers?|grades?|belts?)$/i.test(h[0] ?? '');
  // A legend: "| Status | Meaning |", "| Icon | Means |": what each mark stands for, not work.
  // (Or a scale: "| 점수 | 설명 |", "| Score | Description |" over "⭐⭐☆☆☆ (2) | Easy — …": what each rating means.)
  const legend = h.length <= 3 && h.some((c) => /^(?:meanings?|means|legend|description|explanation|significado|bedeutung|signification|설명|의미|説明|意味|说明|說明|含义|含義)$/iu.test(c.trim()))
    && h.some((c) => /^(?:status|state|symbols?|icons?|emojis?|marks?|signs?|keys?|labels?|scores?|ratings?|stars?|점수|평점|별점|点数|評価|评分|分数)$/iu.test(c.trim()));
  // A glossary: "| Function/Key | Description |", "| Command | What it does |", "| Term | Meaning |": what
  // things mean, learned or to look up, with no status of its own.
  const glossary = status < 0 && progressCol < 0 && h.some((c) => GLOSSARY_TERM_COL.test(c.trim())) && h.some((c) => /^(?:descriptions?|meanings?|what it does|explanation|definition|usage|purpose|説明|意味|说明|含义|含義|설명|의미|beschreibung|bedeutung|descripci[oó]n|significado|descri[cç][aã]o)$/i.test(c.trim()));
  // A job hunt's tracker: "| Company | Role | Through | Status |", "| Empresa | Vaga |": the
  // applications sent, not work to learn (its first column names employers, and another the job).
  const applications = /^(?:compan(?:y|ies)|employers?|firma|firmen|unternehmen|empresas?|entreprises?|soci[ée]t[ée]|azienda|公司|会社|企業|회사|기업)$/iu.test((h[0] ?? '').trim())
    && h.some((c) => /^(?:roles?|positions?|jobs?|job titles?|titles?|vaga|cargo|puesto|poste|stelle|岗位|職種|ポジション|직무|applied(?: on| via)?|applied date|through|via|source|stage)$/iu.test(c.trim()));
  const work = !nonWorkContext && !levels && !legend && !glossary && !applications && (titleCol >= 0 || status >= 0 || due >= 0 || duration >= 0 || completed >= 0);
  if (titleCol < 0) {
    titleCol = 0;
    // "| Woche | Hausaufgaben | Status |" over "| 1.1 | Schau dir Kapitel 4 an | ✅ |": no header
    // names the titles, and the first column holds bare numbers (`numberCols`): they number the
    // rows, and the first column of words that no header gave another use names them.
    if (numberCols.includes(0)) {
      const used = new Set([status, due, duration, effort, dayCol, linkCol, rating, shelf, grade, certificate, type, started, completed, span, countDone, countTotal, countCol, progressCol, progressCol2, plainDate, term, difficulty, learnedCol, complexityCol, prereq, lastCol, nextCol, currentCol, totalCol, ...marks]);
      const words = h.findIndex((_, i) => i > 0 && !numberCols.includes(i) && !markCols.includes(i) && !used.has(i));
      if (words > 0) titleCol = words;
    }
  }
  // A table with an Author column lists works: books, unless a row says otherwise.
  const kinds = namedKinds(h[titleCol] ?? '');
  const kind = kinds ? null : sectionKind(h[titleCol] ?? '');
  // "| Day | Topic | File | Completed |": a plan by days whose title column names what each day
  // is about; a row is that topic to learn, not a task the day's number made it.
  const topicTitles = TOPIC_COL_RE.test((h[titleCol] ?? '').trim());
  // A table with an Author column lists works: a row that says no more is a book.
  // (A Cover column too: what has a cover is a book.)
  // (So does a title column named for books, "书籍名称", "Book title": its rows are books whatever course words they hold, "Perl 语言入门".)
  const authored = h.some((c) => /^(?:authors?|autor(?:es|en)?|auteurs?|autore|a[uŭ]toro|verfasser(?:in)?|автор|yazar|pengarang|penulis|tác giả|författare|forfatter|schrijver|by|writer|covers?|book covers?|표지|저자|表紙|著者|封面|作者|capa|portada|couverture)$/iu.test(c.trim()))
    || (kind === 'book' && /^(?:books?\s+(?:titles?|names?)|[\p{Script=Han}]{2,3}(?:名称|名稱|名))$/iu.test((h[titleCol] ?? '').trim()));
  // A University, Platform or Instructor column: what is taught somewhere is a course.
  // "| 来源 |" holding "B 站" or "电子书", "| Source |" holding "YouTube" or "Kindle": where the row was found says what it is.
  const source = col(/^(?:来源|來源|出处|出處|媒体|媒體|source|medium|format|出典|媒体名)$/iu);
  const taught = h.some((c) => /^(?:universit(?:y|ies)|school|college|institution|platform|provider|instructors?|teachers?|professors?|lecturers?|offered by|mooc|universidad|universidade|université|hochschule|plataforma|lehrende|dozent(?:in|en|innen)?|lehrbeauftragte[rn]?|professor(?:in|en|innen)|profesor(?:es)?|professeurs?|enseignants?|docentes?)$/i.test(c.trim()));
  return {
    work,
    titleHeader: header[titleCol] ?? '',
    width: header.length,
    row(cells) {
      // "| | Slide Decks | | |": one filled cell in a wide table names a group of the rows below.
      // (A lone cell that links somewhere is a row whose other cells are still empty, and so is
      // one numbered as a part of a part, "| 2.4 Conditional Operator | | |": a group has no such number.)
      // ("| 2024 | |": a year alone in a row, the rows below it of that year, however narrow the table.)
      if (h.length >= 2 && cells.filter((c) => c.trim()).length <= 1 && /^\W*(?:19|20)\d\d\W*$/.test(cells[titleCol] ?? '')) return null;
      if (h.length >= 3 && cells.filter((c) => c.trim()).length <= 1 && !(cells[titleCol] ?? '').includes('](') && !/^\s*\d{1,3}(?:\.\d{1,3})+\.?\s+\p{L}/u.test(cells[titleCol] ?? '')) return null;
      // A table that names things at two levels ("| subj | topic |", the topic left empty where
      // the row is about the subject as a whole): an empty title cell takes the row's name from
      // the nearest filled cell to its left.
      // ("nan", "null", "-": an export's empty cell.) Failing that, the next filled cell to its right.
      // ("*e.g., Assignments*": a form's example, not the person's words.)
      const blank = (c: string): boolean => /^\s*(?:nan|null|none|n\/a|[-–—]+)?\s*$/i.test(c) || /^[\s*_]*e\.g\./i.test(c);
      // "| Monday | | 6 PM - 8 PM |": a timetable's row of study slots, a block as long as they are.
      let slots = 0;
      for (let i = 0; i < cells.length; i++) {
        const c = cells[i]!;
        const m = i !== titleCol && c.length <= 24 && /\d/.test(c) ? SLOT_CELL_RE.exec(c) : null;
        const hours = m ? clockHours(m) : null;
        if (hours) slots += hours;
      }
      const named = (i: number): boolean => {
        const c = (cells[i] ?? '').trim();
        return i !== status && i !== effort && i !== duration && i !== plainDate && i !== due && !blank(c) && /\p{L}/u.test(c) && !/^\d/.test(c);
      };
      let raw = cells[titleCol] ?? '';
      // (A slot row with no words of its own is named by its first cell, its day.)
      if (blank(raw) && slots > 0 && titleCol > 0 && named(0)) raw = cells[0]!;
      if (blank(raw)) {
        raw = '';
        for (let i = titleCol - 1; i >= 0 && !raw; i--) if (named(i)) raw = cells[i]!;
        for (let i = titleCol + 1; i < cells.length && !raw; i++) if (named(i)) raw = cells[i]!;
      }
      // "| Form Completion | Ej. 01 |": a unit named by its number alone is the unit of the
      // thing named to its left, "Form Completion Ej. 01" (the same number under two names is
      // two units).
      else if (titleCol > 0 && raw.length <= 16 && BARE_UNIT_RE.test(raw)) {
        // (Not a cell that links to the thing's own page, "[[STAT-GU4203|Probability Theory]]": the row is filed under it.)
        for (let i = titleCol - 1; i >= 0; i--) {
          if (!named(i) || BARE_UNIT_RE.test(cells[i]!)) continue;
          if (!cells[i]!.includes('[')) raw = `${cells[i]!.trim()} ${raw.trim()}`;
          break;
        }
      }
      // ("| Monday | Code review | NLP Course Week 3 | Work |": the day's activities, not what keeps it from study.)
      if (partsOfDay) {
        const acts = cells.filter((c, i) => i !== titleCol && !blank(c) && !DAY_OFF_CELL_RE.test(c.trim())).map((c) => c.trim());
        if (!acts.length) return null;
        raw = `${raw.trim()}: ${acts.join(' / ')}`;
      }
      // A Day or Week column names a row only when it links or marks something ("✔ [Day 1](01)
      // - [Trebuchet](…)"), or when its Status cell says something ("| week1 | … | ![](…/100) |");
      // "Monday" over an activity is a schedule's.
      if (dayTitle && !partsOfDay && !(statusNamed && /[\p{L}\p{N}\p{So}]/u.test(cells[status] ?? '')) && !raw.includes('](') && !raw.includes('://') && !/^\s*(?:[^\p{L}\p{N}\s]|:[a-z_]+:)/u.test(raw)) return null;
      // "| Total | 64/177 | …": the sum of the rows above, not one more entry.
      if (SUM_ROW_RE.test(raw)) return null;
      // "| [주제 추가] |", "| [Add topic] |": a template's blank in brackets that says to fill it in
      // (not a title in brackets whose link is on the next line: "| [Models of Computation] |").
      if (raw.includes('[') && /^\s*\[[^[\]()]{0,30}(?:(?<!\p{L})(?:add|insert|enter|fill in|type)(?!\p{L})|추가|입력|添加|填写|追加|記入)[^[\]()]{0,20}\]\s*$/iu.test(raw)) return null;
      // "| 1 | 26/26 | …" under "| Chapter |": a unit named by its number alone is that numbered unit, "Chapter 1".
      if (/^\s*\d{1,3}\s*$/.test(raw) && UNIT_HEADER_RE.test((h[titleCol] ?? '').trim())) raw = `${(h[titleCol] ?? '').trim().replace(/s$/i, '')} ${raw.trim()}`;
      let f = readInline(raw);
      if (!f.title || /^[-–—]+$/.test(f.title)) return null;
      // "| [1](./Daily_Records/Day1.md) | 3 | 栈 ——— 括号匹配 |" under "| Day | … | 学到的知识点 |": a day
      // named by its number alone is that day, and the first cell of words says what it held.
      if (dayTitle && /^\d{1,3}$/.test(f.title.trim())) {
        const about = cells.findIndex((_, i) => i !== titleCol && named(i) && !(cells[i] ?? '').includes('://'));
        const unit = (h[titleCol] ?? '').trim().replace(/s$/i, '');
        raw = `${unit} ${raw.trim()}${about >= 0 ? `: ${cells[about]!.trim()}` : ''}`;
        f = readInline(raw);
      }
      // "| Book | [Eloquent JavaScript](…) |": a title cell that only says the kind, the Link
      // column naming the thing. The link's words are the title; the kind word its kind.
      let cellKind: Kind | null = null;
      if (linkCol >= 0 && f.title.length <= 24 && (cellKind = sectionKind(f.title)) !== null) {
        const named = readInline(cells[linkCol] ?? '');
        if (/\p{L}/u.test(named.title) && !GENERIC_LINK_TEXT.test(named.title.trim())) {
          f = named;
          raw = cells[linkCol] ?? '';
        }
        else cellKind = null;
      }
      const links = [...f.links];
      // A Link column beside the title: the row's link.
      if (linkCol >= 0) for (const l of readInline(cells[linkCol] ?? '').links) if (!links.includes(l)) links.push(l);
      for (const i of moreLinks) if ((cells[i] ?? '').includes('](') || (cells[i] ?? '').includes('://')) for (const l of readInline(cells[i]!).links) if (!links.includes(l)) links.push(l);
      // (The certificate the course earned, as a list entry's "[Certificate](…)" is kept.)
      if (certificate >= 0 && certificate !== titleCol && (cells[certificate] ?? '').includes('](')) for (const l of readInline(cells[certificate]!).links) if (!links.includes(l)) links.push(l);
      // "| [CPLT](https://github.com/me/cs61c-projects) |": a status that links to the work done is the row's link too.
      if (status >= 0 && status !== titleCol && (cells[status] ?? '').includes('](')) for (const l of readInline(cells[status]!).links) if (!links.includes(l)) links.push(l);
      // "课程网站:https://…", "书籍目录：./C++/Effective C++.pdf", "Course page: …": a label in a
      // remarks or materials cell saying what the row's resource is, before its address.
      let labelKind: Kind | null = null;
      for (const i of moreLinks) {
        const m = MATERIAL_LABEL_RE.exec(cells[i] ?? '');
        if (m && (labelKind = sectionKind(m[1]!.trim())) !== null) break;
      }
      let hours: number | null = null;
      const weeks = duration >= 0 ? parseSpanWeeks(cells[duration] ?? '') : null;
      const eff = effort >= 0 ? findEstimate(cells[effort] ?? '') : null;
      if (weeks !== null && eff) hours = eff.rate === 'day' ? weeks * 7 * eff.hours : eff.rate === 'week' || /week|wk/i.test(cells[effort] ?? '') ? weeks * eff.hours : eff.hours;
      else if (eff && eff.rate === null) hours = eff.hours;
      // An "Hours" column holds bare numbers.
      else if (effort >= 0 && /hour|\bh\b|hrs|horas|heures|stunden/i.test(h[effort] ?? '') && /^\s*~?\d+(?:\.\d+)?\s*$/.test(cells[effort] ?? '')) hours = Number((cells[effort] ?? '').replace('~', ''));
      else if (duration >= 0) {
        const est = findEstimate(cells[duration] ?? '');
        if (est && est.rate === null) hours = est.hours;
      }
      if (hours === null && slots > 0) hours = slots;
      // ("| Skill | Resource | Mini goal (≈10–15 h) |": a length in a column's name is each row's.)
      if (hours === null && headerHours !== null) hours = headerHours;
      let st: Status | null = null;
      let said: Status | null;
      let progress: Progress | null = null;
      if (status >= 0) {
        // ("[✅](./Step/Stats(K).pdf)": a mark that links to the proof is the mark.)
        // ("&check;" as HTML writes a tick: the tick.)
        // ("NOT_STARTED", "IN_PROGRESS": a status written as a constant is its words.)
        const raw = (cells[status] ?? '').replace(LINKED_MARK_RE, '$1').replace(CONSTANT_GAP_RE, ' ');
        const cell = raw.includes('&') ? markOf(raw) : raw;
        const v = cell.toLowerCase();
        // "2/3 courses", "Lecture 4/16", "40%", a progress-bar image ("![](https://progress-bar.dev/40)"): progress says the status.
        const p = barImage(cell) ?? barGlyphs(cell) ?? findProgress(cell) ?? wholeFraction(cell);
        // "🚧 In Progress (3/5)": a status word, then how many of how many in brackets.
        const count = p ? null : /\((\d{1,4})\s*\/\s*(\d{1,4})\)\s*$/.exec(cell);
        if (count && Number(count[2]) > 0 && Number(count[1]) <= Number(count[2])) progress = { done: Number(count[1]), total: Number(count[2]), unit: 'part' };
        if (p) {
          progress = { done: p.done, total: p.total, unit: p.unit };
          st = statusOfProgress(p);
        } else if (CJK_REACHED_RE.test(cell)) {
          // "已学完“栈的顺序存储实现”", "已学到“1.2 离子反应”": the part reached is named, so the whole is under way.
          st = 'doing';
        } else if (offersChoices(v)) {
          // "読んだ / 補足した / 定着した", "todo / doing / done": the states to pick from, none picked.
          st = null;
        } else if ((said = statusOfWord(v.trim()) ?? statusAt('cell-mark', v.trim().replace(/\uFE0F$/, ''))
          // "⏳ Planlanıyor", "✅ Done": the word after a mark says it (a mark's sense varies by note, the word's does not).
          ?? (v.charCodeAt(0) > 0x2000 ? statusOfWord(v.replace(/^[^\p{L}\p{N}]+/u, '').trim()) : null)
          // "完了(6/3)", "Devam ediyor (3/10)", "done (2024)": a status word, then what it adds.
          ?? statusOfLeadingWord(cell.replace(/^[^\p{L}\p{N}]+/u, '').trim())) !== null) st = said;
        else if (/\bnot (?:yet )?(?:started|begun)|\bto ?do\b|\b(?:yet )?to (?:start|begin)\b|planned|backlog|later|queued|someday/.test(v)) st = 'todo';
        else if (/done|complete|finished|✅|✔|🟢|\[\s*[x✓✔]\s*\]|^yes$|^y$|^(?:ok|okay|pass(?:ed)?|accepted|ac)\b/u.test(v)) st = 'done';
        else if (/progress|ongoing|doing|started|reading|current|🚧|⏳|🟡|🟠|🔄/u.test(v)) st = 'doing';
        else if (/skip|drop|abandon|cancel/.test(v)) st = 'skipped';
        // "?" where a result goes: tried, not yet sure it holds.
        else if (/^\?+$/.test(v.trim())) st = 'doing';
        else if (v.trim()) st = 'todo';
      }
      if (progressCol >= 0 && !progress) {
        const cell = cells[progressCol] ?? '';
        const p = barImage(cell) ?? barGlyphs(cell) ?? findProgress(cell) ?? wholeFraction(cell);
        if (p) {
          progress = { done: p.done, total: p.total, unit: p.unit };
          if ((st === null || st === 'todo') && statusOfProgress(p) !== 'todo') st = statusOfProgress(p);
        }
      }
      // "Progress 8 | Total 14": a bare count beside the whole.
      if (progressCol2 >= 0 && totalCol >= 0 && !progress) {
        const done = (cells[progressCol2] ?? '').trim();
        // "14", "05 pg": the whole, and the unit when the cell says it; else a cell of the row
        // that is a unit word alone ("Chapters" in Remarks), else the Total column's own name.
        const total = /^(\d+)\s*([\p{L}.]+)?$/u.exec((cells[totalCol] ?? '').trim());
        if (/^\d+$/.test(done) && total && Number(total[1]) > 0 && Number(done) <= Number(total[1]) && (!total[2] || unitOfWord(total[2]))) {
          const unit = (total[2] ? unitOfWord(total[2]) : null) ?? cells.map((c) => unitOfWord(c)).find((u) => u !== null) ?? unitOfWord(h[totalCol] ?? '') ?? 'part';
          progress = { done: Number(done), total: Number(total[1]), unit };
        }
      }
      // "| Discussion 26/26 | Exercises 48/48 | … | Total 74/120 |", "| … | Total 61.2% |": the row's
      // whole is its Total column's, not its first count's.
      if (sumCol >= 0 && !progress) {
        const cell = cells[sumCol] ?? '';
        const p = wholeFraction(cell) ?? (/%/.test(cell) ? findProgress(cell) : null);
        if (p && p.total !== null && p.total > 0) progress = { done: p.done, total: p.total, unit: p.unit === 'percent' ? 'percent' : 'part' };
      }
      // "Days Done 7 | Days Total 25", "Sessions 3/10": a count of the units the topic is made of.
      if (countDone >= 0 && countTotal >= 0) {
        const done = Number((cells[countDone] ?? '').trim());
        const total = Number((cells[countTotal] ?? '').trim());
        if (/\d/.test(cells[countDone] ?? '') && Number.isFinite(done) && Number.isFinite(total) && total > 0) progress = { done, total, unit: countUnit(countDone, COUNT_DONE_COL) };
      } else if (countCol >= 0 && !progress) {
        const p = wholeFraction(cells[countCol] ?? '');
        if (p && p.total !== null) progress = { done: p.done, total: p.total, unit: countUnit(countCol, COUNT_COL) };
      }
      // "| 当前章节 |", "| Current chapter |": where the reader is; a number there says it is under
      // way ("6.3", "第 7 讲"), and a numbered unit how far.
      if (currentCol >= 0 && /\d/.test(cells[currentCol] ?? '')) {
        const at = !progress ? cjkPosition(cells[currentCol]!) : null;
        if (at) progress = { done: at.done, total: null, unit: at.unit };
        if (st === null || st === 'todo') st = 'doing';
      }
      const dateIn = (i: number): string | null => (i >= 0 ? ISO_DAY_RE.exec(cells[i] ?? '')?.[0] ?? dayAtStart(cells[i] ?? '') ?? numericDay(cells[i] ?? '') : null);
      const startedOn = dateIn(started);
      let completedOn = dateIn(completed);
      // "5/12", "0/9 chapters" where the finish date will go: how far along it is so far.
      if (completed >= 0 && !completedOn && !progress) {
        const p = wholeFraction(cells[completed] ?? '') ?? findProgress(cells[completed] ?? '');
        if (p && p.total !== null) progress = { done: p.done, total: p.total, unit: p.unit };
      }
      // Columns of marks that are a row's stages: all ticked, done; some, under way.
      if (stages.length && st === null) {
        const ticked = stages.filter((c) => statusAt('cell-mark', (cells[c] ?? '').replace(LINKED_MARK_RE, '$1').trim().replace(/\uFE0F$/, '')) === 'done').length;
        st = ticked === stages.length ? 'done' : ticked > 0 ? 'doing' : 'todo';
      }
      // A plain Date column: a day on or before today is when it was finished ("2024/02/03"),
      // a later one when it is due; a word there ("reading", "TBD") says where it stands.
      let plainDue: string | null = null;
      if (plainDate >= 0 && status < 0) {
        const cell = (cells[plainDate] ?? '').trim();
        const day = LOOSE_DAY_RE.exec(cell);
        const iso = day ? `${day[1]}-${day[2]!.padStart(2, '0')}-${day[3]!.padStart(2, '0')}` : null;
        // "24.03.", "2024/03": a month, finished then when it has come.
        const month = iso ? null : /^(\d{2}|\d{4})[./-](\d{1,2})\.?$/.exec(cell);
        // ("01-2024", "3/2024": the month first, then its year.)
        const monthFirst = iso || month ? null : /^(\d{1,2})[./-](\d{4})$/.exec(cell);
        const ym = month ? `${month[1]!.length === 2 ? `20${month[1]}` : month[1]}-${month[2]!.padStart(2, '0')}`
          : monthFirst && Number(monthFirst[1]) >= 1 && Number(monthFirst[1]) <= 12 ? `${monthFirst[2]}-${monthFirst[1]!.padStart(2, '0')}` : null;
        if (iso && (!today || iso <= today)) completedOn = iso;
        else if (iso) plainDue = iso;
        else if (ym && (monthFirst !== null || (Number(month![2]) >= 1 && Number(month![2]) <= 12)) && (!today || ym <= today.slice(0, 7))) st = 'done';
        else if (cell) st = statusOfWord(cell.toLowerCase()) ?? (/\b(?:tbd|tba|later|someday)\b/i.test(cell) ? 'todo' : null);
      }
      if (triedFlag >= 0 && st === null && !progress) {
        const v = (cells[triedFlag] ?? '').trim().toLowerCase();
        if (CIRCLE_YES_RE.test(v)) circles = true;
        if (CIRCLE_YES_RE.test(v) || (!circles && /^(?:yes|y|true|✅|✔|✓|\[x\])$/u.test(v)) || (activeFlag && /^[x×]$/.test(v))) st = 'doing';
        else if (v === '' || /^(?:no|n|false|x|×|✗|-)$/u.test(v)) st = 'todo';
      }
      if (doneFlag >= 0 && st === null && !progress) {
        const v = (cells[doneFlag] ?? '').trim().toLowerCase();
        if (CIRCLE_YES_RE.test(v)) { circles = true; st = 'done'; }
        else if (circles && /^(?:x|×)$/.test(v)) st = 'todo';
        else {
          const said = statusAt('cell-mark', v.replace(/\uFE0F$/, '')) ?? statusOfWord(v);
          // A no in a yes-or-no column is not yet, not dropped.
          if (said === 'done' || /^(?:yes|y|true|x|\[x\]|1)$/.test(v)) st = 'done';
          else if (said !== null || /^(?:no|n|false|\[ \]|0|-)?$/.test(v)) st = 'todo';
        }
      }
      // A date in the Completed column: finished that day. A Status column said to-do only by
      // having some text (the Completed column's "-") says nothing. ("2021/02": that month.)
      if (completedOn || (completed >= 0 && pastMonth((cells[completed] ?? '').trim(), today))) st = 'done';
      // ("| Section 01 | Getting Started | ✓ |", "&check;" as HTML writes it: a tick where the finish date would go.)
      else if (st === null && completed >= 0 && completed !== status && statusAt('cell-mark', markOf(cells[completed] ?? '')) === 'done') st = 'done';
      // "Work In Progress" where the finish date will go: the words say where it stands.
      else if (st === null && completed >= 0 && completed !== status && /\p{L}/u.test(cells[completed] ?? '')) {
        const v = (cells[completed] ?? '').trim();
        st = statusOfWord(v.toLowerCase()) ?? statusOfLeadingWord(v) ?? (/\b(?:in progress|ongoing|wip|under way|started)\b/i.test(v) ? 'doing' : null);
      }
      else if (status >= 0 && status === completed && st === 'todo' && !/\p{L}/u.test(cells[status] ?? '')) st = null;
      if (progress && (st === null || st === 'todo') && statusOfProgress(progress) !== 'todo') st = statusOfProgress(progress);
      // "已学完“05 文件权限管理”" beside a video site's link: the lessons reached are its videos.
      if (progress?.unit === 'lesson' && kindOfLinks(links) === 'video') progress = { ...progress, unit: 'video' };
      // (An empty Finished column, read as a yes-or-no one, says only that it is not finished yet.)
      const unfinished = st === 'todo' && doneFlag >= 0 && doneFlag === completed && !(cells[doneFlag] ?? '').trim();
      if ((st === null || unfinished) && startedOn) st = 'doing';
      // Worked on lately, not finished: under way.
      // (A problem last practised on a day was solved then, at least once: "| 9.回文数 | 简单 | 3/3 | 2023-11-1 |".)
      if (st === null && lastCol >= 0 && (dateIn(lastCol) || LOOSE_DAY_RE.test(cells[lastCol] ?? ''))) st = practiceTable ? 'done' : 'doing';
      // ("| [152. Maximum Product Subarray](…) | Didn't spot the pattern |", "| … | Solved quickly |": a
      // problem's attempt told in the past in its comment was made.)
      if (st === null && commentCol >= 0 && (practiceTable || isExerciseLink(links)) && TOLD_ATTEMPT_RE.test((cells[commentCol] ?? '').trim())) st = 'done';
      if (st === null && shelf >= 0) st = SHELF_STATUS[(cells[shelf] ?? '').trim().toLowerCase()] ?? null;
      // (Not a rating of 0: Goodreads writes it for a book not rated.)
      if (st === null && rating >= 0 && RATING_CELL_RE.test((cells[rating] ?? '').trim()) && (cells[rating] ?? '').trim() !== '0') st = 'done';
      // A row with what it taught written down ("| 2 | 3 | 栈 ——— 单调栈 |" under "| Day | 题目数 | 学到的知识点 |") is behind the person.
      if (st === null && learnedCol >= 0 && learnedCol !== titleCol && /[\p{L}\p{N}]/u.test(cells[learnedCol] ?? '')) st = 'done';
      // "| Jump Game | Greedy | O(n) | O(1) |": a row that gives what its solution costs in time or
      // space was solved (the cost is known once there is a solution).
      if (st === null && complexityCol >= 0 && complexityCol !== titleCol && BIG_O_CELL_RE.test(cells[complexityCol] ?? '')) st = 'done';
      // A transcript: a grade is given for a course that is over; a term says when it runs.
      // ("Ongoing" where the grade will stand: no grade yet, a status word in its place.)
      if (st === null && grade >= 0) {
        const g = readInline(cells[grade] ?? '').title.trim();
        st = GRADE_CELL_RE.test(g) ? 'done' : g ? statusOfWord(g) : null;
      }
      // "| Certificate |" holding a link to one, "[Certificate](…/certificates/…)": a certificate is
      // given for a course finished.
      if (st === null && certificate >= 0 && certificate !== titleCol && /\]\(|https?:\/\//.test(cells[certificate] ?? '')) st = 'done';
      // (Only where no column says how far along a row is: there the term is a plan.)
      if (st === null && term >= 0 && today && status < 0 && completed < 0 && progressCol < 0 && progressCol2 < 0 && countDone < 0 && doneFlag < 0) st = termStatus(readInline(cells[term] ?? '').title, today);
      if (st === null && span >= 0) {
        const [from, to] = (cells[span] ?? '').replace(/<[^>]*>/g, ' ').split(/\s+(?:[-–—→]|to)\s+/, 2).map((x) => x.trim());
        if (to !== undefined && SPAN_DAY_RE.test(to)) st = 'done';
        else if (from && SPAN_DAY_RE.test(from)) st = 'doing';
      }
      // "| Lectures | 26 / 39 | **67%** |": a share and, in another cell, the count it was worked
      // out from: the count says more (how many of what). Its unit is the row's when the title is one.
      if (progress?.unit === 'percent' && progress.total === 100) {
        for (let i = 0; i < cells.length; i++) {
          if (i === titleCol) continue;
          const c = wholeFraction(cells[i] ?? '');
          if (c && Math.abs((100 * c.done) / c.total - progress.done) <= 1) {
            progress = { done: c.done, total: c.total, unit: unitOfWord(f.title) ?? 'part' };
            break;
          }
        }
      }
      const dueText = due >= 0 ? cells[due] ?? '' : '';
      // (A day's row whose title cell names no resource by a link: that day's work, whatever it reads.)
      const dayRow = partsOfDay || (dayCol >= 0 && !topicTitles && DAY_CELL_RE.test(readInline(cells[dayCol] ?? '').title.trim()) && links.length === 0);
      // "2027-01-10", "Jan 10", "10 January 2027", "end of Q1": the day, read as due dates in words are.
      const dm = dueText ? DUE_CELL_RE.exec(dueText) : null;
      const iso = dm ? dateOfWords(dm, 1, { today, year }) : null;
      const prereqs = prereq >= 0
        ? (readInline(cells[prereq] ?? '').title).split(/\s*(?:,|;|\/| and )\s*/).map((x) => x.trim()).filter((x) => x && !/^(?:none|-|–|n\/a)$/i.test(x))
        : [];
      // "| Two Sum | 2025-03-09 | Easy |": a judge's difficulty says the row is a problem to solve.
      // ("Podcast" in a Type column: an episode to listen to, kept with what is watched.)
      const typed = type >= 0 ? readInline(cells[type] ?? '').title : '';
      const own = (type >= 0 ? sectionKind(typed) ?? (/^\W*podcasts?\W*$/i.test(typed) ? 'video' : null) : difficulty >= 0 && DIFFICULTY_CELL_RE.test((cells[difficulty] ?? '').trim()) ? 'task' : null)
        ?? (source >= 0 ? sourceKind(readInline(cells[source] ?? '').title) : null)
        // ("| 2020.03.02 | two sum | 哈希表存差值 |" under "| 时间 | 题名 | 解题要点 |": a title column named for problems holds problems to solve.)
        ?? (problemTitles ? 'task' : null);
      return { title: raw, status: st, progress, hours, due: iso ?? plainDue, prereqs, links, titleLinks: f.links.length, kind: own ?? cellKind ?? labelKind ?? (slots > 0 || dayRow ? 'task' : kind === 'course' && SEQUENCE_FILE_RE.test(raw) ? null : kind), kinds, typed: own !== null || cellKind !== null || slots > 0 || dayRow, started: startedOn, completed: completedOn, scheduled: nextCol >= 0 ? dateIn(nextCol) : null, authored, taught };
    },
  };
}
