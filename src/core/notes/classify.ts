// Judgements a careful reader makes about one entry: what kind of thing it names
// (book, course, video …), whether a section or intro line announces a kind, and whether
// a plain line reads like prose or like a thing to learn or do.
import type { Kind } from '../model/types.js';
import { sectionKindWord, sectionStatus } from './languages.js';
import { codeAt } from './chars.js';

const VIDEO_HOSTS = /(?<![\w-])(?:youtube\.com|youtu\.be|vimeo\.com|twitch\.tv|bilibili\.com|b23\.tv|loom\.com|ted\.com|videolectures\.net|archive\.org\/details|youku\.com|ixigua\.com|nicovideo\.jp|rutube\.ru|vk\.com\/video|vkvideo\.ru|dailymotion\.com|tv\.naver\.com)/i;
const PAPER_HOSTS = /(?:arxiv\.org|openreview\.net|aclanthology\.org|dl\.acm\.org|ieeexplore|semanticscholar|papers\.nips|proceedings\.|\.pdf(?:$|[?#]))/i;
const CODE_HOSTS = /(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org|sr\.ht)/i;
// (With the schools people teach themselves from: The Odin Project, Full Stack Open, App Academy Open, Launch School, …)
const COURSE_HOSTS = /(?:coursera\.org|edx\.org|udemy\.com|udacity\.com|ocw\.mit\.edu|khanacademy|freecodecamp\.org\/learn|openlearninglibrary|cs50|pluralsight|datacamp|codecademy|\/academ(?:y|ies)\/|fast\.ai|deeplearning\.ai|course|\/learn\/|classroom|mooc|theodinproject\.com|fullstackopen\.com|appacademy\.io|launchschool\.com|scrimba\.com|boot\.dev|hyperskill\.org|stepik\.org|inflearn\.com|nptel\.ac\.in|swayam\.gov\.in|openclassrooms\.com|alura\.com\.br|platzi\.com|futurelearn\.com|egghead\.io|frontendmasters\.com\/courses|educative\.io\/courses|linkedin\.com\/learning|online\.stanford\.edu|missing\.csail\.mit\.edu|dotinstall\.com|nand2tetris\.org|kaggle\.com\/learn|developers\.google\.com\/machine-learning|cloudskillsboost\.google|skillbuilder\.aws|learn\.microsoft\.com\/[\w-]+\/training|trailhead\.salesforce\.com|sololearn\.com|brilliant\.org|fun-mooc\.fr|miriadax\.net|rocketseat\.com\.br|dio\.me|nomadcoders\.co|domestika\.org|dataquest\.io|zerotomastery\.io|netology\.ru|skillbox\.ru|practicum\.yandex|hexlet\.io|geekbrains\.ru|xuetangx\.com|icourse163\.org|imooc\.com|progate\.com|open\.hpi\.de|opensap\.com|codecool\.com|academy\.hackthebox\.com|tryhackme\.com\/(?:paths?|module)|scaler\.com\/academy|thinkific\.com|teachable\.com|skillshare\.com)/i;
// (Also an address that says so in its path, "probml.github.io/pml-book/", or holds an ISBN,
// "…/taschenbuch/9783548062358", "?isbn=…".)
// (A book's own site: "interpreterbook.com", "compilerbook.com"; not a notebook's, a Facebook page, a MacBook's.)
// (And the famous books free on their own sites: Crafting Interpreters, DDIA, Brave Clojure, OSTEP, …)
// (With the bookshops and reading logs of other countries: Douban and WeRead, Ridibooks, Aladin, YES24, Kyobo, Dangdang, Labirint, LitRes, Kosmas, Bookline, Moly, Lubimyczytać, Skoob, Babelio, Booklog, Bookmeter; Open Library and Project Gutenberg.)
const BOOK_HOSTS = /(?:amazon\.|goodreads|oreilly\.com|manning\.com|pragprog|nostarch|leanpub|books\.google|craftinginterpreters\.com|dataintensive\.net|braveclojure\.com|eloquentjavascript\.net|learnyouahaskell\.com|learnyousomeerlang\.com|automatetheboringstuff\.com|greenteapress\.com|htdp\.org|\/~remzi\/OSTEP|gameprogrammingpatterns\.com|neuralnetworksanddeeplearning\.com|d2l\.ai|exploringjs\.com|elementsofprogramminginterviews\.com|sarabander\.github\.io\/sicp|jeffe\.cs\.illinois\.edu\/teaching\/algorithms|rust-by-example|\/nomicon\b|\/books?\/|\/buch\/|\/livros?\/|\/libros?\/|\/[\w.]+-(?:e?book|textbook)s?(?:[/.?#]|$)|[/=_-]97[89]\d{10}(?!\d)|[?&]isbn=|\/\/(?:www\.)?(?!face|note|work|mac|chrome|log|guest|play|hand|web|code|year)[a-z]{2,}book\.(?:com|org|io|dev|net)\b|book\.douban\.com|weread\.qq\.com|ridibooks\.com|aladin\.co\.kr|yes24\.com|kyobobook\.co\.kr|dangdang\.com|labirint\.ru|litres\.ru|kosmas\.cz|bookline\.hu|moly\.hu|lubimyczytac\.pl|skoob\.com\.br|babelio\.com|booklog\.jp|bookmeter\.com|openlibrary\.org|gutenberg\.org|casadellibro\.com|bol\.com\/[\w-]+\/[\w-]+\/p\/)/i;
/** Judges and exercise sites: a link there is a problem to solve, a task. */
const EXERCISE_HOSTS = /(?:leetcode\.(?:com|cn)|neetcode\.io|hackerrank\.com|codewars\.com|exercism\.org|projecteuler\.net|codeforces\.com|atcoder\.jp|spoj\.com|kattis\.com|geeksforgeeks\.org\/problems|codility\.com|cses\.fi\/problemset|adventofcode\.com|sqlzoo\.net|sqlbolt\.com|programmers\.co\.kr\/learn\/courses\/30\/lessons|acmicpc\.net\/problem|swexpertacademy\.com|nowcoder\.com\/practice|luogu\.com\.cn\/problem|rustlings|ziglings)/i;
// (With the publishing sites of other languages: qiita, zenn and note in Japanese, Habr in
// Russian, velog and tistory in Korean, CSDN, cnblogs, juejin, jianshu and zhihu's columns in Chinese.)
const ARTICLE_HOSTS = /(?:medium\.com|substack|dev\.to|blog|wikipedia\.org|hbr\.org|news\.ycombinator|towardsdatascience|qiita\.com|zenn\.dev|note\.com|habr\.com|velog\.io|tistory\.com|csdn\.net|cnblogs\.com|juejin\.cn|jianshu\.com|zhuanlan\.zhihu|segmentfault\.com|infoq\.(?:com|cn)|blog\.naver\.com|brunch\.co\.kr|\/post\/|\/posts\/|\/articles?\/|\/news\/)/i;
/**
 * A repository kept to be read, by its name or the file linked in it: a guide, a handbook,
 * docs, notes, a cheat sheet, an awesome-list ("uber-go/guide", "python-style-guide"), or a
 * markdown or text file in it ("…/blob/main/docs/DESIGN.md"). (The group is the repository's name.)
 */
const DOC_REPO_RE = /^[a-z]+:\/\/[^/]+\/[^/]+\/(?:(?:[\w.-]*[-_.])?(?:guides?|styleguide|handbook|docs|notes|cheat-?sheets?)|awesome[-_][\w.-]*)(?:[/?#]|$)|\/blob\/[^?#]*\.(?:md|markdown|rst|txt|adoc|org)(?:[?#]|$)/i;
/**
 * A markdown or org page under a folder or repository named for notes, on a code host
 * ("…/aTmb405/notes/blob/master/web/dns.md", "…/NLP_Notes/blob/main/Course3/note/week1.md"): a
 * page of someone's notes. (Not notes of a release: "release-notes/…".)
 */
const NOTES_PAGE_RE = /^https?:\/\/[^/]+\/(?:[^?#]*?[/_-])?(?:notes?|笔记|筆記|ノート|노트|notizen|apuntes|anota[cç][oõ]es|notas)(?:[/_-][^?#]*)?\/[^?#/]+\.(?:md|markdown|org)(?:[?#]|$)/i;
function isNotesPage(url: string): boolean {
  return CODE_HOSTS.test(url) && NOTES_PAGE_RE.test(url) && !/release[-_]notes?\b/i.test(url);
}
/** A credential's name: "Certified …", "… Associate", "Associate Cloud Engineer". */
const CREDENTIAL_RE = /\b(?:certified|associate)\b/i;
/** A repository that holds a book ("rust-lang/book", "…/the-book"). */
const BOOK_REPO_RE = /^[a-z]+:\/\/[^/]+\/[^/]+\/(?:[\w.-]*[-_.])?book(?:[/?#]|$)/i;

/** Latin letters with accents or strokes ("ę", "ğ", "è", "ô", "ł"): where a copy without them is wanted. */
const LATIN_ACCENTED_RE = /[\u00C0-\u024F\u1E00-\u1EFF]/;
const STROKED: Record<string, string> = { ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ı: 'i', ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', þ: 'th', ð: 'd', ħ: 'h', ŧ: 't' };
/** "Postęp" → "Postep", "Doğru" → "Dogru", "Łódź" → "Lodz": Latin letters as their base letters (for English word tests only). */
export function withoutAccents(s: string): string {
  return s.replace(/[\u00C0-\u024F\u1E00-\u1EFF]/g, (c) => STROKED[c] ?? c.normalize('NFD').charAt(0));
}

const MORE_TASK_VERBS_RE = /^(?:integrate|calculate|compute|plot|visuali[sz]e|train|fine-?tune|preprocess|scrape|attempt|optimi[sz]e|automate|validate|verify|enable|replace|convert|extract|simplify|rewrite|improve|reduce|polish|finali[sz]e|harden|debug|troubleshoot|tweak|adjust|customi[sz]e|provision|extend|hook up|refine|gather|curate|shortlist|negotiate|reach out|volunteer|mentor|handle|clarify|define|prioriti[sz]e|brainstorm|discuss|proofread|annotate|give (?:a|an|the|my)|pair (?:with|up|program)|mock interview)\b/i;

/** A line that says it is to learn about something: "Study …", "Learn …", "Dig into …". */
export const TOPIC_VERB_RE = /^(?:study|learn|understand|research|explore|investigate|master|get familiar|familiarize|dig into|deep dive|revisit|brush up)\b/i;

/** Kind said by a leading activity word: "Read:", "Watch:", "Hands-on:" … (each word ends where letters of any script do: see below). */
const VERB_KINDS_ASCII: [RegExp, Kind][] = [
  [/^(?:watch|view)\b/i, 'video'],
  [/^(?:read|skim|re-?read)\b/i, 'article'],
  // ("Create a diagram", "Create an AWS Organization": a step; "Create a todo app": a thing built.)
  [/^(?:hands[- ]on|code|coding|implement|build|rebuild|recreate|clone|create(?=.*\b(?:apps?|applications?|websites?|site|games?|tools?|bots?|clones?|cli|apis?|librar(?:y|ies)|portfolio|projects?|services?|dashboards?|blog|extensions?|plugins?)\b)|develop|make|write code|program|prototype|port|ship|deploy)\b/i, 'project'],
  [/^(?:experiment|practice|practise|exercise|drill|solve|do|try|complete|finish|submit|follow|create|work through|prepare|set up|setup|ensure|refresh|sketch|highlight|answer|fetch|jot(?: down)?|compare|identify|document|describe|analy[sz]e|prep|(?:set|use|keep|show|draw|map)(?=\s+(?:a|an|the|your|my|our|up|each|every|all|one|two|three|it|them|this|that|these|those)\b)|install|configure|join|attend|contribute|apply|publish|post|write|review|revise|draft|schedule|look into|clean|fix|refactor|benchmark|measure|test|design|pick|choose|explain|check|run|record|rehearse|memori[sz]e|repeat|redo|present|teach|send|email|call|update|add|remove|rename|migrate|upgrade|organi[sz]e|plan|outline|summari[sz]e|list|note down|sign up|register|renew|pay|buy|order|ask|find|get|make a|start|begin|continue|resume|finish up|wrap up|go over|work on|grade|tell|pack|upload|download|reply|respond|meet|visit|print|sign|move|return|collect|pick up|drop off|cancel|reserve|back ?up|archive|tidy|decide|confirm|follow up|push(?=\s+(?:to|the|my|a|an|code|changes|commits?|it|them)\b)|enter(?=\s+(?:a|an|the|my|one|two|three)\b)|pin(?=\s+(?:down|the|a|an|my|our|your|top)\b)|message(?!\s+(?:queues?|queuing|queueing|brokers?|bus(?:es)?|passing|formats?|protocols?|systems?|broker|driven|-driven|delivery|ordering|streams?))|invite|share|book a|charge|wash|cook|file (?:a|the|my)|hand in|turn in|grade|book (?:an?|the|my|our|your|some)|open (?:an?|the|my|up)|show (?:why|how|that|the|an?)|sort(?:ed)? out|expense|(?:installed|created|decided|trained|configured|deployed|fixed|added|updated|submitted|solved|refactored|tested|implemented|published|practi[cs]ed|reviewed|wrote|built)(?=\s+(?:a|an|the|my|first|on|to|\p{Ll}+))|(?:made|exported|imported|migrated|ran|wired)(?=\s+(?:a|an|the|my|our|first|second|two|three|\d))|assess|evaluate|(?:set up))\b/iu, 'task'],
  // More verbs of doing that lead a plan's line ("Integrate a payment SDK", "Mentor 5 people"): a
  // task, or a project in a list of projects; not a title in capitals ("Automate the Boring Stuff").
  // (Not "merge": "Merge sort code" names an algorithm.)
  [MORE_TASK_VERBS_RE, 'task'],
  [/^(?:tutorial|course|take(?!\s+(?:notes?|a\s+break|breaks|time|care|a\s+look|stock)\b)|enroll|enrol|audit)\b/i, 'course'],
  [TOPIC_VERB_RE, 'topic'],
];

/**
 * The verbs end where a letter of any script does: with JavaScript's `\b` (ASCII letters only),
 * Turkish "Doğru …" began with "do" and Polish "Postęp …" with "post".
 */
/** Where MORE_TASK_VERBS_RE stands among VERB_KINDS. */
const MORE_TASK_VERBS_AT = VERB_KINDS_ASCII.findIndex(([re]) => re === MORE_TASK_VERBS_RE);
const VERB_KINDS: [RegExp, Kind][] = VERB_KINDS_ASCII.map(([re, kind]) => [new RegExp(re.source.replace(/\\b$/, '(?![\\p{L}\\p{N}_])'), 'iu'), kind]);

/**
 * VERB_KINDS in Spanish, Portuguese, French, German, Italian and Russian: the infinitive a
 * plan's line starts with ("Estudiar …", "Lire …", "Изучить …"), and Russian's verbal nouns
 * ("Решение задач", "Чтение …"), by kind.
 */
const OTHER_VERB_KINDS: ReadonlyMap<string, Kind> = new Map(([
  ['video', 'ver mirar assistir ansehen anschauen schauen regarder guardare посмотреть смотреть просмотреть просмотр obejrzeć bekijken titta nonton menonton xem'],
  ['article', 'leer ler lesen lire leggere прочитать прочесть читать почитать чтение przeczytać czytać lezen läsa baca membaca đọc'],
  ['project', 'construir implementar crear criar desarrollar desenvolver programar armar bauen implementieren entwickeln programmieren erstellen construire implémenter créer développer coder costruire implementare creare sviluppare zaimplementować zbudować stworzyć bouwen bygga buat membuat реализовать написать сделать создать построить разработать реализация написание создание разработка'],
  ['task', 'practicar praticar terminar completar preparar configurar instalar revisar hacer fazer resolver escribir escrever repasar entregar concluir treinar montar üben lösen beenden abschließen vorbereiten einrichten installieren wiederholen schreiben machen bearbeiten durcharbeiten abgeben pratiquer résoudre terminer finir préparer configurer réviser faire écrire revoir rendre praticare risolvere finire completare preparare installare ripassare fare scrivere esercitarsi zrobić rozwiązać powtórzyć przerobić przygotować ukończyć skonfigurować zainstalować oefenen afmaken oplossen herhalen schrijven maken öva lösa repetera skriva installera latihan mengerjakan kerjakan menyelesaikan selesaikan menulis làm luyện giải viết'
    // (Verbs of fixing, checking, adding and shipping: "Refatorar código", "Démarrer Docker en pratique", "Aggiornare le note".)
    + ' démarrer lancer déployer vérifier ajouter corriger nettoyer finaliser rédiger planifier probar desplegar corregir añadir agregar comprobar actualizar limpiar subir refactorizar verificar publicar refatorar corrigir testar adicionar atualizar implantar prüfen überprüfen korrigieren aufräumen hinzufügen aktualisieren einreichen veröffentlichen anlegen aufsetzen configurare testare correggere verificare aggiungere aggiornare pubblicare consegnare sistemare fichamento'
    // (Verbs of using, applying and extending: "Utiliser le MDC pour …", "Étendre la classe …", "Usar flashcards do Quizlet", "Comparar con dos modelos".)
    + ' utiliser étendre formater installer appliquer intégrer comparer documenter utilizar usar aplicar integrar comparar documentar ejecutar executar instalar utilizzare usare applicare integrare confrontare documentare verwenden nutzen benutzen anwenden integrieren vergleichen dokumentieren'
    + ' решить решать подготовить настроить установить выбрать составить получить повторить решение подготовка настройка установка выбор составление получение повторение'
    // (And the nouns of doing other languages start a step with, as Russian does: "Verifica delle soglie", "Revisión de los apuntes", "Powtórka rozdz. 3".)
    + ' revisión repaso preparación resolución redacción revisão preparação resolução redação révision préparation vérification rédaction résolution wiederholung vorbereitung überprüfung verifica preparazione controllo ripasso revisione esercitazione stesura risoluzione powtórka powtórzenie przygotowanie sprawdzenie rozwiązanie rozwiązywanie'],
  ['course', 'cursar suivre belegen seguire'],
  ['topic', 'estudiar estudar aprender entender investigar explorar dominar pesquisar lernen verstehen studieren erforschen beherrschen étudier apprendre comprendre explorer maîtriser approfondir studiare imparare capire approfondire esplorare nauczyć poznać zrozumieć leren begrijpen lära förstå pelajari memahami học изучить изучать освоить разобраться понять выучить учить познакомиться изучение освоение научиться освежить'],
  // ("Уметь писать оконные функции", "Знать агрегатные функции": to be able to, to know: a skill.)
  ['skill', 'уметь знать'],
] as [Kind, string][]).flatMap(([kind, words]) => words.split(' ').map((w) => [w, kind] as [string, Kind])));

/**
 * A review of how the work went, in the languages whose words \b cannot bound: "良かったこと",
 * "振り返り", "잘한 점", "复盘", "今日学んだこと" (what I learned today), "ハマったこと" (where I got
 * stuck), a KPT's parts ("Keep よかったー", "Problem ダメだったー").
 */
const RETRO_CJK_RE = /(?:良かった|悪かった|よかった|ダメだった|だめだった)(?=こと|点|ー|！|!|\s|$)|学んだこと|わかったこと|分かったこと|ハマったこと|(?<![A-Za-z])KPT(?![A-Za-z])|反省点?|振り返り|ふりかえり|うまくいった(?:こと)?|できなかった(?:こと)?|좋았던\s?점|잘한\s?점|아쉬운\s?점|아쉬웠던\s?점|회고|做得好的|不足之处|复盘|復盤|反思/u;
/** Tips, advice and rules to follow in the languages whose words \b cannot bound ("팁", "コツ", "советы", "규칙", "ルール"). */
const TIPS_CJK_RE = /(?<![\p{L}])규칙(?![\p{L}])|ルール|(?:^|[\s\p{P}])(?:꿀)?팁(?:$|[\s\p{P}])|요령|조언|コツ|ヒント|アドバイス|窍门|竅門|小贴士|小貼士|(?:^|[\s\p{P}])советы?(?:$|[\s\p{P}])/iu;
/** A reflection's label, whole: takeaways and problems met, in the languages the reader knows. */
const REFLECTION_LABEL_RE = /^[^\p{L}\p{N}]*(?:(?:关键|主要|今日|今天|本周|本週|本日|重要)?(?:收获|收穫)|遇到(?:的)?(?:问题|問題|困难|困難)|问题与解决|問題與解決|问题和解决|踩坑(?:记录|記錄)?|学到(?:的|了)(?:东西|東西|内容|內容)?|感悟|学び|気づき|ハマった(?:こと|点|ところ)|つまずいた(?:こと|点|ところ)|배운\s?(?:점|것)|느낀\s?점|어려웠던\s?(?:점|것)|(?:problems|issues|challenges|difficulties)\s+(?:i\s+)?(?:encountered|faced|met|ran into|hit)|aprendizados|aprendizajes|lo que aprend[ií]|o que aprendi|dificuldades|dificultades|problemas encontrados|ce que j['’]ai appris|difficult[ée]s rencontr[ée]es|probl[èe]mes rencontr[ée]s|erkenntnisse|gelerntes|was ich gelernt habe|what i (?:struggled|had (?:a hard time|trouble)|had difficulty) with|what (?:was|i found) (?:hard|difficult|tricky)|lo que (?:me )?cost[oó](?: trabajo)?|lo que (?:me )?result[oó] dif[ií]cil|o que (?:me )?custou|o que (?:foi|achei) dif[ií]cil|ce qui m['’]a (?:pos[ée] probl[èe]me|(?:sembl[ée]|paru) difficile)|was mir schwer ?fiel|was schwierig war)[^\p{L}\p{N}]*$/iu;

/** The first three letters of OTHER_VERB_KINDS' words. */
const OTHER_VERB_HEADS: ReadonlySet<string> = new Set([...OTHER_VERB_KINDS.keys()].map((w) => w.slice(0, 3)));

/**
 * Steps Vietnamese leads with a verb of one or two syllables ("Khởi tạo kho mã", "Cài đặt Node",
 * "Chạy thử", "Đưa ứng dụng lên máy chủ", "Tích hợp RabbitMQ", "Xây dựng Notification Service"). (Not a noun of doing, as "Installation de Node.js":
 * a syllabus names its topics so too, "Installation von Hardware".)
 */
const VI_TASK_LEAD_RE = /^(?:khởi tạo|cài đặt|cài|tìm hiểu|tìm(?! kiếm)|mua|chọn|tải|đăng ký|chuẩn bị|chạy thử|chạy|triển khai|hoàn thành|hoàn thiện|hoàn tất|ôn tập|ôn lại|thực hành|kiểm tra|kiểm thử|cấu hình|tạo|thêm|sửa|dựng|đưa|nộp|tích hợp|xây dựng|phát triển|nâng cao|thiết kế|viết|tối ưu)(?![\p{L}\p{N}])/iu;
/** The first three letters of VI_TASK_LEAD_RE's verbs. */
const VI_TASK_HEADS: ReadonlySet<string> = new Set(['khở', 'cài', 'tìm', 'mua', 'chọ', 'tải', 'đăn', 'chu', 'chạ', 'tri', 'hoà', 'ôn ', 'thự', 'kiể', 'cấu', 'tạo', 'thê', 'sửa', 'dựn', 'đưa', 'nộp', 'tíc', 'xây', 'phá', 'nân', 'thi', 'viế', 'tối']);

/**
 * German and Dutch write a step with its verb last, in the infinitive: "Docker installieren",
 * "Skript durcharbeiten", "GitHub-Profil einrichten", "Opdracht 2 afmaken"; Turkish as well, in
 * the imperative ("Menü component ekle"). A verb of doing there
 * makes the line a step, as one leading an English line does. (Not the verbs of reading, watching
 * or learning, whose kind is the thing's: "Kapitel 3 lesen".)
 */
const VERB_LAST_TASK: ReadonlySet<string> = new Set(('üben lösen beenden abschließen vorbereiten einrichten installieren wiederholen schreiben machen bearbeiten durcharbeiten abgeben erstellen '
  + 'implementieren bauen entwickeln programmieren prüfen überprüfen korrigieren aufräumen hinzufügen aktualisieren einreichen veröffentlichen anlegen aufsetzen konfigurieren '
  + 'ausprobieren umsetzen fertigstellen zusammenfassen aufschreiben nachholen testen '
  + 'oefenen afmaken oplossen herhalen schrijven maken installeren bouwen configureren inleveren voorbereiden samenvatten uitwerken afronden '
  // (Turkish too, in the imperative, "Layout'a Menü component ekle", or told as done, "Ana sayfa oluşturuldu".)
  + 'ekle oluştur bitir tamamla incele pekiştir tekrarla düzelt güncelle hazırla uygula gönder yükle ayarla tasarla geliştir kodla '
  + 'eklendi oluşturuldu tamamlandı yapıldı yazıldı kuruldu çözüldü bitirildi güncellendi hazırlandı uygulandı yüklendi edildi').split(' '));
/** The last word of a step written verb-last, after its number or name: small letters, then marks at most. */
const LAST_WORD_RE = /^\p{Ll}{4,}[^\p{L}\p{N}]*$/u;

function verbLastKind(lead: string): Kind | null {
  // (Looked up from the last space on: the pattern is tried on the last word alone, not at every place in the line.)
  const at = lead.lastIndexOf(' ');
  if (at <= 0) return null;
  const last = lead.slice(at + 1);
  if (!LAST_WORD_RE.test(last)) return null;
  return VERB_LAST_TASK.has(last.replace(/[^\p{L}]+$/u, '')) ? 'task' : null;
}

/** The kind a leading verb in another language says, if one does: its first word, looked up. */
function otherLanguageVerbKind(lead: string): Kind | null {
  // (Most lines start with none of the words: their first three letters say so without a match.)
  const c0 = codeAt(lead, 0);
  const head = lead.slice(0, 3).toLowerCase();
  if (VI_TASK_HEADS.has(head) && VI_TASK_LEAD_RE.test(lead)) return 'task';
  if (!(c0 >= 0x400 && c0 <= 0x4ff) && !OTHER_VERB_HEADS.has(head)) return null;
  const first = /^\p{L}+/u.exec(lead)?.[0];
  if (!first || first.length < 3) return null;
  const known = OTHER_VERB_KINDS.get(first.toLowerCase());
  if (known) return known;
  // "Применить полученные знания", "Разобраться как …", "Уметь писать …": a Russian infinitive, as a
  // plan writes its steps, by its ending (not the nouns that end the same way: "Память", "Сеть").
  return c0 >= 0x400 && c0 <= 0x4ff && first.length >= 5 && RU_INFINITIVE_RE.test(first) && !RU_NOUNS_LIKE_VERBS.has(first.toLowerCase()) ? 'task' : null;
}
const RU_INFINITIVE_RE = /^[А-ЯЁа-яё]+(?:[аяиеуы]ть|ться|тись|чь)$/u;
const RU_NOUNS_LIKE_VERBS: ReadonlySet<string> = new Set(['память', 'печать', 'тетрадь', 'кровать', 'благодать']);

/** Any of VERB_KINDS' leading words: one test before trying them in turn. */
const ANY_VERB = new RegExp(`^(?:${VERB_KINDS_ASCII.map(([re]) => re.source.replace(/^\^/, '').replace(/\\b$/, '')).join('|')})(?![\\p{L}\\p{N}_])`, 'iu');

/** A word each of sectionKind's tests needs: most headings have none, and skip the twelve tests. */
const SECTION_CUE = /roadmap|bootcamps|done (?:when|if|khi|cuando|quand|wenn|quando|se)\b|criteri|critères|kriterien|tiêu chí|to practi|to drill|leseliste|lektüre|lesestoff|libro|livro|livre|bücher|buch|lectura|leitura|curso|cours|kurs|formation|aula|vídeo|artículo|artigo|proyecto|projeto|projet|projekt|tarea|tarefa|tâche|aufgabe|pendiente|vorlesung|lehrveranstaltung|seminar|asignatura|materias?|disciplina|checkliste|書|本|図書|书|課程|课程|講座|コース|論文|论文|動画|视频|記事|文章|プロジェクト|项目|タスク|任务|criteria|milestone|achievement|logros|conquistas|erfolge|réussites|traguardi|достижения|osiągnięcia|成就|実績|업적|definition of done|checkpoint|outcome|deliverable|output|artifact|artefact|book|reading|to read|currently reading|reading now|library|paper|exam|mock|practice test|publication|research reading|course|mooc|classes|lecture|tutorials|curriculum|speciali|certific|video|talk|movies|films|documentaries|playlist|youtube|^\W*yt(?![\w-])|watch list|to watch|article|blog|post|essay|proj|build list|to build|to make|to create|question|behavio|open problems|want to know|faq|skill|task|steps?\W*$|to-?do|exercises|problem|psets|katas|drills|chore|action items|checklist|topic|area|subject|concept/;

/**
 * A reading list that names no kind ("Reading list", "To read", "Leseliste"): its entries are
 * books unless a link says otherwise — a web page on it is an article, a PDF a paper.
 */
export function isPlainReadingList(title: string): boolean {
  return /\b(?:reading[ _-]?(?:list|queue|backlog|pile)|to read)\b|leseliste|lista de le(?:c|i)tura|liste de lecture/i.test(title) && !/\b(?:books?|textbooks?|bücher|libros?|livros?|livres)\b/i.test(title);
}

/** What a linked entry on a plain reading list is, by its link and words: null when it is a book after all. */
export function readingListKind(title: string, links: readonly string[]): Kind | null {
  // (Nor a citation with its publisher, nor a link to the person's own page on it: "(goos)", "./notes/ddia.md".)
  if (!links.length || BOOK_CUE.test(title) || PUBLISHER_RE.test(title) || links.some((l) => BOOK_HOSTS.test(l)) || !links.some((l) => /^[a-z][a-z0-9+.-]*:/i.test(l))) return null;
  // "The Pragmatic Programmer by Andrew Hunt", "Carolin Emcke - Gegen den Hass": a book, wherever it links.
  // ("Tolstoi - Krieg und Frieden": a surname alone before the title, too.)
  // (Unless the link is a blog's post: "Elements Of Scale - Not a silver bullet!" on …/blog/2015/5/4/….)
  const site = kindOfLinks(links);
  // (Nor a web page's own title, "Overview — Liquid Prompt documentation", "Terminator – A tool … |
  // terminator-gnome.org": the page, then its site or its documentation, or a link into a
  // project's documentation.)
  const webPage = WEB_PAGE_TITLE_RE.test(title) || links.some((l) => DOCS_URL_RE.test(l));
  if (!webPage && !links.some((l) => POST_URL_RE.test(l) || PUBLISHING_HOSTS.test(l)) && (/\bby\s+\p{Lu}\p{L}+\s+\p{Lu}/u.test(title) || /^\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+){0,3}\s+[-–—]\s+\p{Lu}/u.test(title))) return null;
  return site ?? 'article';
}
/** A web page's title: its site's name or address after a bar, or "… documentation" last. */
const WEB_PAGE_TITLE_RE = /\s\|\s*[\w.-]+\.[a-z]{2,}\s*$|\b(?:documentation|docs)\s*$/i;
/** A page of a project's documentation: readthedocs, a docs. host, a /docs/ path. */
const DOCS_URL_RE = /^https?:\/\/(?:[\w-]+\.)*(?:readthedocs\.(?:io|org)\/|docs\.[\w-]+\.[\w.-]+\/)|^https?:\/\/[^/\s]+\/(?:[^\s]*\/)?docs?\//i;

/** Kind announced by a heading or label: "Essential Books", "Deliverables:", "Week 1 Success Criteria". */
/**
 * Whether a list's name says its entries are things achieved ("Achievements", "🏆 Logros",
 * "Erfolge", "成就", "実績"): `e` the name lower-cased without accents, `t` lower-cased.
 */
export function achievementsIn(e: string, t: string): boolean {
  return /\b(?:achievements?|logros|conquistas|erfolge|reussites|traguardi)\b/.test(e) || /достижения|osiągnięcia|成就|実績|업적/.test(t);
}

/** A term of a school year, by its name and its number or year: "Fall Semester 2019", "Semestr Letni 2017/2018", "Semestre 3", "Term 2", "2학기", "第一学期". */
const ACADEMIC_TERM_RE = /^[^\p{L}\p{N}]*(?:(?:(?:fall|autumn|spring|summer|winter)\s+(?:semester|term|quarter)|semesters?|terms?|trimesters?|quarters?|semestr(?:\s+(?:zimowy|letni))?|semestre|semestres|semestro|wintersemester|sommersemester|ws|ss|termin|семестр|semestri|lukukausi|félév|dönem|học kỳ|hoc ky)\s*[:\-–—]?\s*(?:\d{1,4}(?:\s*[/-]\s*\d{2,4})?|[ivx]{1,4})\b|\d{1,2}\.?\s*(?:semester|semestre|semestr|félév|dönem|학기)|\d\s*학기|(?:大[一二三四]|研[一二三])?\s*(?:第[一二三四五六七八]|[上下])学期)[^\p{L}]*(?:\s+(?:fall|spring|autumn|winter|summer|zimowy|letni|\d{4}(?:\s*[/-]\s*\d{2,4})?))?[^\p{L}\p{N}]*$/iu;
export function sectionKind(title: string): Kind | null {
  // "### DataCamp:", "Coursera", "Udemy courses": a course platform's name alone lists its courses.
  if (PLATFORM_NAME_RE.test(title)) return 'course';
  // "### Semestr Zimowy 2017/2018", "Fall Semester 2019", "Wintersemester 2018", "2학기", "大二上学期":
  // a term of study lists the courses taken in it.
  if (ACADEMIC_TERM_RE.test(title)) return 'course';
  // Words run together ("Readinglist", "ReadingList", "reading_list", "booklist") are the same words.
  let t = title.toLowerCase();
  if (title.includes('_') || /[a-z][A-Z]/.test(title) || /(?:list|log|queue|shelf)\b/.test(t)) {
    t = title.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').toLowerCase().replace(/_+/g, ' ')
      .replace(/\b(reading|book|todo|watch|course|paper|video|study|learning)(list|log|queue|shelf)\b/g, '$1 $2');
  }
  // "Course progress", "Progreso del curso", "课程进度", "课程（共 30 节）": one course's parts (its lessons, counted or
  // tracked), not a shelf of courses; its entries are judged by their own words.
  if (ONE_COURSES_PARTS_RE.test(t) || ONE_NUMBERED_COURSE_RE.test(t)) return null;
  if (!SECTION_CUE.test(t)) return otherLanguageKind(t);
  // English words are tested in a copy without accents: JavaScript's \b knows only ASCII letters,
  // so in "Postęp" it would find the word "post" ("Postep" holds no such word).
  const e = withoutAccents(t);
  // "Outside the curriculum", "Beyond the books", "Other than courses": what is not of that kind.
  if (/^\W*(?:outside(?: of)?|beyond|besides|apart from|other than|not (?:in|part of)|extra-?)\s/.test(e)) return null;
  // "额外阅览（Non-Book）", "Non-fiction"… : "non-book" says what they are not.
  if (/\bnon[- ]?(?:books?|courses?|videos?|papers?|technical)\b/.test(e)) return null;
  // ("Done when:", "Exit criteria", "🎯 DONE khi:", "Critères de réussite": what says a step is done, its criteria.)
  if (/success criteria|milestones?\b|acceptance criteria|definition of done|checkpoints?\b|outcomes?\b|\bdone (?:when|if|khi|cuando|quand|wenn|quando|se)\b|\b(?:exit|completion|done) criteria\b|criterios de (?:exito|aceptacion)|criterios de exito|criterios de sucesso|criterios de aceitacao|criteres de (?:reussite|succes)|erfolgskriterien|abnahmekriterien|tieu chi (?:hoan thanh|dat)/.test(e)) return 'milestone';
  if (/deliverables?|outputs?\b|artifacts?\b|artefacts?\b/.test(e)) return 'deliverable';
  // (A programming language's "Standard Library", a "UI library": code, not a shelf of books.)
  if (/\b(?:books?|textbooks?|bookshelf|library|bibliography)\b/.test(e) && !CODE_LIBRARY_RE.test(e)) return 'book';
  // The same kinds in Spanish, Portuguese, French and German.
  const other = otherLanguageKind(t);
  if (other) return other;
  // "Past papers", "Mock exams", "Exam papers": exams to sit for practice, not papers to read.
  if (PAST_EXAMS_RE.test(e)) return 'task';
  if (/\b(?:papers?|publications|research reading)\b/.test(e)) return 'paper';
  // "Papers to read" is papers; a reading list or queue of no named kind ("Reading") is books.
  if (/\b(?:reading[ _-]?(?:list|queue|backlog|pile)|to read|currently reading|reading now)\b|^\W*(?:my )?reading\W*$/.test(e) && !/\b(?:articles?|blogs?|posts?|essays?)\b/.test(e)) return 'book';
  if (/\b(?:courses?|moocs?|classes|lectures|curriculum|specializations?|certifications?|tutorials|bootcamps)\b/.test(e)) return 'course';
  // ("YT", "YT channels": YouTube, as people shorten it.)
  if (/\b(?:videos?|talks|playlists?|youtube|watch list|to watch|movies|films|documentaries)\b|^\W*yt(?![\w-])/.test(e)) return 'video';
  // ("Readings", "Checklist of readings": a course's or a plan's pieces to read.)
  if (/\b(?:articles?|blogs?|posts?|essays?|readings)\b/.test(e)) return 'article';
  // "Hands-on project work", "Project tasks": the steps of one project, things to do.
  if (/\bproject\s+(?:work|tasks?|steps?|checklist|to-?dos?)\b/.test(e)) return 'task';
  // ("Proj ideas": the word cut short. "Foundations & Project 1 (Sales Report)" names one
  // numbered project, whose entries are its steps and what they read, not more projects.)
  // ("The Odin Project", "The Linux Documentation Project": one named project, a curriculum or a body of work, not a list of projects.)
  // "Things I would like to build", "Stuff I want to make": what the person means to build.
  if (/\b(?:things|stuff|what|ideas)\b[^.]{0,25}\bto (?:build|make|create|code|ship|hack on)\b|^\W*(?:to build|build ideas)\W*$/.test(e)) return 'project';
  if (/\b(?:projects|projs?|project(?!\s*#?\d{1,2}\b)|project ideas|side projects|build list)\b/.test(e) && !NAMED_PROJECT_RE.test(title)) return 'project';
  // "Coding round questions", "Interview questions": problems to solve, not things to wonder about.
  // ("Behavioral", "Behavioural (ongoing)" alone over an interview plan's list: the questions to prepare.)
  if (/\b(?:interview|coding|leetcode|practice|round|technical|behavioral|behavioural)\b[^.]{0,20}\bquestions?\b|^\W*behaviou?ral(?:\s+interviews?)?\W*(?:\([^)]*\))?\W*$/.test(e)) return 'task';
  if (/\b(?:questions?|open problems|things i want to know|faq)\b/.test(e)) return 'question';
  // "Skills to learn" are topics to study; "Skills" a job asks for are skills.
  if (/\b(?:skills?)\b/.test(e)) return /\bskills?\s+(?:to|i want to|i need to)\s+(?:learn|acquire|build|master|improve|develop|pick up)\b/.test(e) ? 'topic' : 'skill';
  // A roadmap's checklist is of things to learn.
  if (/\broadmap\b/.test(e) && !/\b(?:tasks?|to-?dos?)\b/.test(e)) return 'topic';
  // "Learning TODO", "Study to-do list", "To-learn list": a to-do list of things to learn, topics.
  if (/\b(?:learning|learn|study|studying)\s+to-?dos?\b|\bto-?learn\s+(?:list|to-?dos?)\b/.test(e)) return 'topic';
  // ("| Step | Status |", "Steps": steps to take are tasks.)
  if (/\b(?:tasks?|to-?dos?|chores|action items|checklists?|checkliste)\b|^\W*(?:next\s+)?steps?\W*$/.test(e)) return 'task';
  // "Exercises", "Practice problems", "Problem sets": things to solve (a label of them, not "Common problems with X").
  if (EXERCISES_LABEL_RE.test(e)) return 'task';
  // "Concepts to practice", "Things to drill": what is listed is done, as exercises are.
  if (/\bto (?:practi[cs]e|drill)\b/.test(e)) return 'task';
  if (/\b(?:topics?|areas?|subjects?|concepts?)\b/.test(e)) return 'topic';
  // ("🏆 Logros", "Achievements", "Erfolge", "成就": the goals reached or to reach, one by one,
  // when nothing else is named: "Courses, Achievements & Conferences" lists courses.)
  if (achievementsIn(e, t)) return 'milestone';
  return null;
}

/** A label over one course's parts: "Course progress", "Course outline", "课程进度", "(共 30 节)", "(30 lessons)". */
const ONE_COURSES_PARTS_RE = /\bcourse\s+(?:progress|outline|contents?|schedule|syllabus|structure|overview|modules|tracking|tracker)\b|(?<![a-zà-öø-ÿ])(?:progreso|progresso|progrès|avance|avancement|contenidos?|conteúdos?|contenu|temario|programa|programme|calendario|cronograma|estructura|estrutura|structure|plan|fortschritt|inhalte?|ablauf|aufbau)\s+(?:del|do|da|du|dello|della|des|de la|di|dei)\s+(?:curso|cours|corso|kurses|kurs)(?![a-zà-öø-ÿ])|(?:课程|課程)(?:进度|進度|大纲|大綱|安排|内容|內容|目录|目錄)|[(（]\s*(?:共\s*)?\d+\s*(?:节|節|课|課|讲|講|回|lessons|lectures|sessions|modules|units|parts)\s*[)）]/;

/**
 * A heading that names one numbered course or subject ("Course 2 review", "Subject 3",
 * "2과목 개념 보강", "第3门课", "1 курс ООП", "Curso 2"): its entries are that course's parts, judged by their own words,
 * as a numbered project's are ("Project 1"); a shelf of courses names them in the plural.
 */
const ONE_NUMBERED_COURSE_RE = /\b(?:course|class|subject)\s*(?:#|no\.?\s*|[-–:]\s*)?\d{1,2}(?![\d.,/:-]\d)\b|(?<![\d.])\d{1,2}\s*과목|(?<![\p{L}\d.])\d{1,2}(?:-?[йи]й?)?\s+курс(?!\p{L})|(?<!\p{L})(?:курс|curso|cours|kurs|corso)\s*(?:№\s*|n[º°o.]\s*)?\d{1,2}(?![\d.,/:-]\d)(?!\d)|第\s*[\d一二三四五六七八九十]+\s*(?:门|門)(?:课|課)/u;

/** Exams to sit for practice: "Past papers", "Past exam papers", "Mock exams", "Practice tests". */
const PAST_EXAMS_RE = /\b(?:past|previous|old|mock|practice|sample)\s+(?:exam\s+)?(?:papers|exams|tests|question papers)\b|\bexam papers\b|^\W*(?:exams|quizzes)\W*$/;

/** An exam's paper: "Paper 2", "past paper", "exam paper", "question paper". */
const EXAM_PAPER_RE = /\b(?:past|exam|mock|question|specimen|sample)\s+papers?\b|\bpaper\s+[1-4][ab]?\b(?!\.\d)/i;

/** A label over exercises: "Exercises", "Practice problems", "Coding problems:", "Problem sets (week 2)". */
// ("Good Problems Without a Category", "Classic interview problems": a few words of praise or kind before them.)
const EXERCISES_LABEL_RE = /^\W*(?:(?:my|practice|coding|programming|homework|extra|more|daily|good|great|classic|favou?rite|top|hard|easy|medium|key|must[- ]do|essential|interview|leetcode|selected|recommended|important|useful)\s+){0,2}(?:exercises|problems|problem sets|psets|katas|drills)\b(?:\W*$|\s*\(|\s*[:：]|\s+(?:without|to (?:solve|do|practi[cs]e|redo)|i (?:liked|loved|recommend))\b)/;

/**
 * A section kind named in another language ("Libros", "Cursos", "Aufgaben", "Kitaplar",
 * "Книги", "课程", "図書"): languages.ts's tables.
 */
function otherLanguageKind(t: string): Kind | null {
  const kind = sectionKindWord(t);
  if (kind !== null || !HANGUL_COMPOUND_RE.test(t)) return kind;
  // "오픈강의", "추천도서", "유튜브영상": Korean joins nouns into one word, the last naming the
  // thing ("open" + "lecture"); a kind word of two syllables or more ends it (not one of one
  // syllable: "정책", policy, ends in 책).
  for (const m of t.matchAll(HANGUL_WORD_RE)) {
    const word = m[0];
    for (let i = 1; i + 2 <= word.length; i++) {
      const head = sectionKindWord(word.slice(i));
      if (head !== null) return head;
    }
  }
  return null;
}

// (A word of three Hangul syllables or more.)
const MISTAKES_CJK_RE = /(?:常见|常見|高频|高頻|典型)(?:错误|錯誤)|易错|易錯|踩坑|よくある(?:間違い|ミス)|흔한\s?실수|자주\s?하는\s?실수/u;
const HANGUL_COMPOUND_RE = /\p{Script=Hangul}{3}/u;
const HANGUL_WORD_RE = /\p{Script=Hangul}{3,}/gu;

const TAG_KINDS: Record<string, Kind> = {
  book: 'book', books: 'book', course: 'course', courses: 'course', mooc: 'course', paper: 'paper', papers: 'paper',
  video: 'video', videos: 'video', talk: 'video', article: 'article', articles: 'article', blog: 'article',
};

/**
 * The kind a tag names ("#book", org's ":course:"), if one does. Not "#project": people tag
 * the work that belongs to a project (PARA's "Projects") that way, whatever it is.
 */
export function kindOfTags(tags: readonly string[]): Kind | null {
  for (const t of tags) {
    const k = TAG_KINDS[t.toLowerCase()];
    if (k) return k;
  }
  return null;
}

/** The kind the sites of an entry's links say: a video site, arXiv or a PDF, a course platform, a code host … */
/** A link to a judge or exercise site: the entry is a problem to solve, whatever its name says ("Course Schedule"). */
export function isExerciseLink(links: readonly string[]): boolean {
  for (const l of links) if (mayBeExercise(l) && EXERCISE_HOSTS.test(l)) return true;
  return false;
}

/** A cheap look before EXERCISE_HOSTS: every host it names has one of these letters' pairs. */
function mayBeExercise(url: string): boolean {
  return /leet|neet|hacker|codew|exerc|euler|codef|atcod|spoj|katt|geeks|codil|cses|advent|sqlz|sqlb|programmers|acmicpc|swexpert|nowcoder|luogu|lings/i.test(url);
}

const EXERCISE_TRACK_RE = /exercism\.org\/tracks\/[\w-]+\/?(?:[?#]|$)|github\.com\/exercism\/[\w-]+\/?(?:[?#]|$)/i;

export function kindOfLinks(links: readonly string[]): Kind | null {
  for (const url of links) {
    if (VIDEO_HOSTS.test(url)) return 'video';
    if (PAPER_HOSTS.test(url)) return 'paper';
    // (A track of exercises as a whole, "exercism.org/tracks/python", "github.com/exercism/ocaml", is a course.)
    if (EXERCISE_TRACK_RE.test(url)) return 'course';
    // (Before the course platforms: "leetcode.com/problems/course-schedule" is a problem.)
    if (mayBeExercise(url) && EXERCISE_HOSTS.test(url)) return 'task';
    if (COURSE_HOSTS.test(url)) return 'course';
    if (BOOK_HOSTS.test(url)) return 'book';
    if (CODE_HOSTS.test(url)) return BOOK_REPO_RE.test(url) ? 'book' : DOC_REPO_RE.test(url) ? 'article' : 'project';
    if (ARTICLE_HOSTS.test(url)) return 'article';
  }
  return null;
}

/** Kind from the entry's own words and links. `hint` is the enclosing section's kind. */
/**
 * What a thing counted in `unit` is, when its words say no more: lectures are a course's,
 * chapters and pages a book's, episodes a video series'. Null for units any kind has.
 */
export function kindOfUnit(unit: string): Kind | null {
  switch (unit) {
    case 'lecture': case 'lesson': case 'module': case 'week': case 'lab': case 'assignment': case 'problem set': return 'course';
    case 'chapter': case 'page': return 'book';
    case 'video': case 'episode': return 'video';
    default: return null;
  }
}

// A title as a publishing site writes it: "Understanding Lifetimes | by Tom Wu | Better
// Programming", "Why impl Trait - DEV Community", "Error Handling - Andrew's Blog".
const PUBLISHED_TITLE_RE = /\|\s*by\s+\p{Lu}|[-–—|]\s*(?:DEV Community|Medium|Substack|Hacker Noon|HackerNoon|freeCodeCamp|Towards Data Science)\s*$|\b(?:blog|newsletter)\s*$/iu;
/**
 * A title as a publishing site writes it (PUBLISHED_TITLE_RE), looked for only where one of the
 * pattern's words or its '|' stands ('ſ' and the Kelvin sign: letters its 'iu' flags fold to 's' and 'k').
 */
function publishedTitle(t: string): boolean {
  return PUBLISHED_TITLE_NEEDS_RE.test(t) && PUBLISHED_TITLE_RE.test(t);
}
const PUBLISHED_TITLE_NEEDS_RE = /[|\u017f\u212a]|community|medium|substack|noon|freecodecamp|science|blog|newsletter/i;

/** A blog's post by its address: under /blog/ or a blog. host, or filed under a year and a month ("/2008/12/…"). */
const POST_URL_RE = /\/blog\/|\/\/blog\.|\/(?:19|20)\d\d\/(?:0?[1-9]|1[0-2])\/[^/?#]*[a-z]/i;
const ACADEMIC_HOSTS = /(?:arxiv\.org|openreview\.net|aclanthology\.org|dl\.acm\.org|ieeexplore|semanticscholar|papers\.nips|biorxiv|ssrn\.com|journals\.|\/doi\/(?:abs\/|full\/|pdf\/)?10\.|doi\.org\/10\.)/i;
// (And a blog's post by its path: "…/posts/data-imputation-using-autoencoders/", "…/blog/…".)
const PUBLISHING_HOSTS = /(?:medium\.com|substack\.com|dev\.to|hashnode|hackernoon|towardsdatascience|\.pub\/|itnext\.io|blog\.|:\/\/[^/]+\/(?:[\w-]+\/)?(?:posts?|blog|articles?)\/[\w-]{6,})/i;

/** A file's name: words joined by underscores ("Clean_Code_Prinzipien"), or a note's extension ("Datenschutz DSGVO.md"). */
const OWN_FILE_NAME_RE = /^[\p{L}\p{N}]+(?:_[\p{L}\p{N}]+)+(?:\.[a-z]{1,4})?$|\.(?:md|org|txt)$/u;

export function iconKind(t: string): Kind | null {
  // (A page icon before a file's name, "📄 Unit_Tests_Mocking.md", marks the person's own note.)
  if (/^[^\p{L}\p{N}]*(?:📄|📃|📑|🧾)/u.test(t)) return OWN_FILE_NAME_RE.test(t.replace(/^[^\p{L}\p{N}]+/u, '').trim()) ? null : 'paper';
  if (/^[^\p{L}\p{N}]*(?:🎧|🎙|📻|🎬|📹|🎞|📺|🎥|📽)/u.test(t)) return 'video';
  if (/^[^\p{L}\p{N}]*(?:🎓|🏫)/u.test(t)) return 'course';
  if (/^[^\p{L}\p{N}]*(?:📚|📖|📕|📗|📘|📙)/u.test(t)) return 'book';
  return null;
}

/** iconKind's icons at the end of a title. */
function trailingIconKind(t: string): Kind | null {
  const m = /(\p{Extended_Pictographic})\uFE0F?\s*$/u.exec(t);
  return m ? iconKind(m[1]!) : null;
}

const KANA_RE = /[\u3040-\u30ff]/;
const HANGUL_RE = /[\uac00-\ud7a3]/;
/** A Korean step: a judge's problems (백준, 프로그래머스), or a verb made a noun of doing at the end (풀기, 정리하기, 제출, 개발, 추가, 자동화, 클리어; a last word in -기 after others, "모든 엔딩 보기"; "Django 실습", practice, after what is practised). */
const KOREAN_TASK_RE = /백준|프로그래머스|리트코드|(?:풀기|풀이|하기|만들기|작성|정리|복습|제출|구현|개발|추가|자동화|개선|도입|구축|클리어|달성|정주행)\s*$|\S\s+[가-힣]*[가-힣]기\s*$|^[^:：]*\S\s*(?:실습|연습|설치|설정|배포|적용)\s*$/u;
/** A discussion thread: a Hacker News item, a Reddit post's comments, a Lobsters or Tildes story. */
const THREAD_URL_RE = /^https?:\/\/(?:news\.ycombinator\.com\/item\b|(?:www\.|old\.|new\.)?reddit\.com\/r\/[^/]+\/comments\/|lobste\.rs\/s\/|tildes\.net\/~)/i;
/** A library of code, not of books: "Standard Library", "std library", "UI library", "Python libraries". */
const CODE_LIBRARY_RE = /\b(?:standard|std|stdlib|class|component|ui|code|software|client|runtime|third[- ]party|c\+\+|python|java(?:script)?|rust|go|node|react)\s+librar(?:y|ies)\b/;
/** A field named for a kind before a title: "Book: …", "Course: …", "Video: …", "Paper: …", "Docs: …", "Article: …". */
const KIND_FIELD_RE = /^(?:(books?|textbooks?)|(courses?|moocs?)|(videos?|talks?|playlists?|podcasts?)|(papers?)|(articles?|posts?|blog posts?|docs|documentation|reference|references))\s*[:：]\s*\S/i;
/** A Japanese verb of doing, last in its clause: "…を作成", "…をやる", "…を試してみる". */
const JA_TASK_VERB_RE = /(?:作成|提出|設定|適用|調べ|対策|登録|準備|練習|模写|整理|書き足す|やる|する|化|検討|調査|見直し|棚卸し|継続|確認|復習|実装|導入|構築|改善|修正|解消|演習|試す|試して(?:みる)?)(?:$|[、。，\s)）])/;
/** A Japanese verb of making or reading, last: "アプリを作る", "…を読む". */
const JA_MAKE_READ_VERB_RE = /(?:作る|作成|開発|制作|実装|を読む|を読了)(?:$|[、。，\s)）])/;
/** What a Japanese title's words and final verb say it is: something to make, to read, a course, or a task. */
function japaneseKind(t: string): Kind | null {
  // "アプリを作る", "ゲームを作る", "自作サービス作成": a thing of one's own to build.
  if (/(?:アプリ|ゲーム|サービス|サイト|ツール|ボット|システム)(?:を|の)?(?:作る|作成|開発|制作|実装)/.test(t)) return 'project';
  // "『Webを支える技術』", "…を読む": a book.
  if (/『[^』]+』|を読む|を読了/.test(t)) return 'book';
  // "…コース", "…講座": a course.
  if (/コース|講座/.test(t)) return 'course';
  // "…を作成", "…を提出", "…の設定", "…について調べる", "…をやる": a task.
  // ("…を検討", "…の調査", "…の見直し", "…を継続", "…を試してみる": to weigh, look into, go over again, keep up, try.)
  if (JA_TASK_VERB_RE.test(t)) return 'task';
  // "螺旋本の例題全部", "E問題の精進", "過去問を解く": a book's worked problems, a judge's problems, past papers: problems to solve.
  if (/例題|過去問|問題/.test(t)) return 'task';
  // (Not "入門" alone: "TypeScript入門" names books as often as courses.)
  return null;
}

/**
 * "每天30页" (30 pages a day), "每天做1套" (a set a day), "每天看3题" (three problems a day): a
 * daily quota in Chinese says what is worked through, pages of a book or problems to solve.
 */
const CJK_QUOTA_RE = /每[天日周週][^\d]{0,2}\d+\s*(?:(页|頁)|[题題道套])/;
/** A Chinese character first, or 把 (the object before its verb): a cheap look before chineseKind. */
const HAN_LEAD_RE = /^[\u4e00-\u9fff]/;
/**
 * What a Chinese title's leading verb or its title marks say it is: 《…》 names a book; 刷 (to
 * drill problems), 做, 完成, 准备, 整理, 复习, 练习, 提交, and 把 … 搞懂 / 做完 (to get something
 * done) are tasks; 看 or 读 a book (书) is a book, 看 videos (视频) a video.
 */
/** A Chinese entry led by a verb of doing: "刷题", "完成…", "编写…", "修复…", "实现…". */
// ("封装常用服务", "梳理常见第三方服务", "整合第三方库", "总结利弊", "对常用第三方库的封装": wrapping,
// sorting out, integrating, summing up; not "生成", which also names generative models.)
const ZH_TASK_LEAD_RE = /^(?:刷|做|完成|准备|準備|整理|复习|複習|练习|練習|练|練|提交|编写|編寫|修复|修復|实现|實現|搭建|部署|调试|調試|配置|安装|安裝|运行|運行|打开|打開|记录|記錄|重写|重寫|写完|寫完|封装|封裝|梳理|整合|总结|總結|重构|重構|对[^，。,.]{1,20}的(?:封装|封裝|整合|重构|重構|改造))/;
const ZH_BUILD_LEAD_RE = /^(?:实现|實現|构建|構建|搭建|开发|開發|参与|參與|尝试用|嘗試用|做一个|做一個|写一个|寫一個|完成一个|完成一個)/;
const ZH_BUILT_THING_RE = /项目|項目|系统|系統|库|庫|工具|应用|應用|网站|網站|服务|服務|搜索器|存储|存儲|编译器|編譯器|解释器|解釋器|插件|框架|CLI|app|App/;

const HAN_TITLE_ONLY_RE = /^\p{Script=Han}{2,12}$/u;

function chineseKind(t: string): Kind | null {
  if (/《[^》]+》/.test(t)) return 'book';
  if (/^(?:看|读|阅读|讀|閱讀)[^，。,.]{0,12}(?:书|書)/.test(t)) return 'book';
  if (/^看[^，。,.]{0,12}(?:视频|視頻)/.test(t)) return 'video';
  // "翁恺C语言视频", "李宏毅机器学习视频": a name, then what it is, videos; "廖雪峰的Git教程": a tutorial, a course to follow.
  if (/(?:视频|視頻)\s*$/.test(t)) return 'video';
  if (/(?:教程|教學|教学)\s*$/.test(t)) return 'course';
  // "实现一个 Axum + SQLite 的完整项目", "参与 ripgrep 项目…", "尝试用 Rust 实现简化的 KV 存储": something built.
  if (ZH_BUILD_LEAD_RE.test(t) && ZH_BUILT_THING_RE.test(t)) return 'project';
  // "记账小程序设计", "天气App实现", "个人网站搭建": a thing to build, then its making (the verb as a noun,
  // last). (Not a field's name, "系统设计" system design, "框架应用开发": a system or an application in general.)
  if (/\p{Script=Han}(?:小程序|app|网站|網站|脚本|腳本|插件|机器人|機器人|游戏|遊戲)\s*(?:的)?(?:设计|設計|开发|開發|实现|實現|制作|製作|搭建)$/iu.test(t)) return 'project';
  // "Vue3项目实战", "react项目实战": a project built hands-on (a course's name for one, too).
  if (/项目实战|項目實戰|实战项目|實戰項目/.test(t)) return 'project';
  if (ZH_TASK_LEAD_RE.test(t) || /^用[^，。,.]{1,24}(?:实现|實現|写|寫|做)/.test(t) || /^把[^，。,.]{1,24}(?:搞懂|弄懂|做完|写完|寫完|整理好|准备好|準備好)/.test(t)) return 'task';
  return null;
}

/** A label of when, before an entry's own words: "Next:", "Up next:", "Then:", "Today:", "Tomorrow:". */
const WHEN_LABEL_RE = /^(?:(?:up\s+)?next(?:\s+up)?|then|today|tomorrow|this week)\s*[:：]\s*/i;

const VIDEO_SITE_LEAD_RE = /^(?:youtube|yt|bilibili|b\s?站|哔哩哔哩|油管|vimeo|nicovideo|ニコニコ)\s*[:：]\s*\S/iu;

export function classifyKind(title: string, links: string[], hint: Kind | null, fileHint: Kind | null = null, fallback: Kind = 'topic'): Kind {
  if (hint === 'deliverable' || hint === 'milestone') return hint;
  // A page of notes on a code host is the person's own notes on the thing, as a relative link
  // to one is: it says where their work on it is, not that it is a page to read.
  if (links.length && links.some(isNotesPage)) links = links.map((l) => (isNotesPage(l) ? l.slice(l.lastIndexOf('/') + 1) : l));
  // The tests run case-insensitively on the title itself: lower-casing it first costs more.
  // A page name's underscores ("The_Rust_book") separate its words (not a code name's in a sentence).
  const t = title.includes('_') && !/\s/.test(title) ? title.replace(/_/g, ' ') : title;
  // ("🎯 Next: Start the ML module": the words after a when-label are the entry's.)
  const lead = t.replace(/^[^\p{L}\p{N}]+/u, '').replace(WHEN_LABEL_RE, '');
  // English words are looked for in a copy without accents: JavaScript's \b takes "ę" or "ğ" for
  // a non-letter, so Polish "Postęp" held the word "post" and Turkish "Doğru" the word "do".
  const en = LATIN_ACCENTED_RE.test(t) ? withoutAccents(t) : t;
  const enLead = en === t ? lead : withoutAccents(lead);
  // "YouTube: NeetCode", "bilibili: 代码随想录": a video site named first, then the channel or series on it.
  if (VIDEO_SITE_LEAD_RE.test(lead)) return 'video';
  // An icon in front says what the thing is, as a tag would, whatever the section: "📄 Attention
  // Is All You Need", "📚 The Rust Book" under "Courses".
  if (codeAt(t, 0) > 0x2000) {
    const icon = iconKind(t);
    if (icon) return icon;
  }
  // … or after it, as a tag: "total typescript workshops 🎓", "read some [[Legacy Code]] 📚".
  if (codeAt(t, t.length - 1) > 0x2000) {
    const icon = trailingIconKind(t);
    if (icon) return icon;
  }
  // "Build your own LSM tree | Hacker News", "Readings in Database Systems, 5th Edition | Hacker
  // News": a discussion thread is a page to read, whatever it discusses.
  if (links.length && links.every((l) => THREAD_URL_RE.test(l))) return 'article';
  // "Docs: Airflow Documentation", "Book: Designing Data-Intensive Applications", "Video: …":
  // a field that names what the thing after it is.
  if (t.includes(':') || t.includes('：')) {
    const field = KIND_FIELD_RE.exec(lead);
    if (field) return field[1] ? 'book' : field[2] ? 'course' : field[3] ? 'video' : field[4] ? 'paper' : 'article';
    // ("Vídeo extra no YouTube: “…”", "Livro: …", "Видео: …": the same field in another language, a few words before the colon.)
    const colon = t.search(/[:：]/);
    if (colon > 0 && colon <= 40 && !t.startsWith('http', colon - 4) && wordCount(t.slice(0, colon)) <= 4) {
      const named = otherLanguageKind(t.slice(0, colon));
      if (named === 'book' || named === 'course' || named === 'video' || named === 'paper' || named === 'article') return named;
    }
  }
  // "GWT … - Olivier Gerardin - Editions Dunod", "Clean Code, Prentice Hall": a publisher named
  // after the title, as a book is cited.
  if ((t.includes(' - ') || t.includes(', ') || t.includes(' – ')) && PUBLISHED_BY_RE.test(t)) return 'book';
  // A recording's file ("0101 Welcome.mov") is a video; a school or platform in front of a
  // title ("MIT - Linear Algebra", "Stanford: CS229") names a course.
  if (t.includes('.') && VIDEO_FILE_RE.test(en)) return 'video';
  // "Tutorial: How to containerise an Express app" linking a blog's post: a tutorial written as a post is read as an article is.
  // (A tutorial series by its name, "Flask Mega-Tutorial", is a course however it is published.)
  if (/^tutorial\s*[:：]/i.test(enLead) && links.some((l) => POST_URL_RE.test(l) || PUBLISHING_HOSTS.test(l))) return 'article';
  if (/^[A-Z]/.test(lead) && /\s[-–—:|]\s|:\s/.test(lead) && TAUGHT_BY_RE.test(lead)) return 'course';
  // "Chapter 1: 17/52", "Lecture 3", "Week 2 — graphs", "Day 12": one numbered unit of
  // something larger, a step through it, whatever its section or file is a shelf of.
  // "… を読む 2章", "第3章", "Appendix B", "Preface", "#17": a chapter or a back part of a
  // book, an issue of a tracker: a step, not the book.
  if ((bookPart(t) || (codeAt(t, 0) === 35 /* # */ && /^#\d+\b/.test(en))) && !hasCourseCue(t)) return 'task';
  // "Lecture 3: Join the course Discord", "Lec 10: Subtype Polymorphism": one lecture of a
  // course, to watch or attend, whatever course words its title holds.
  if (NUMBERED_LECTURE_LEAD_RE.test(lead) && !PLATFORM.test(en)) return 'video';
  if (NUMBERED_UNIT_LEAD_RE.test(lead) && !PLATFORM.test(en) && !/\b(?:courses?|moocs?|specialization|nanodegree|bootcamp)\b/i.test(en)) {
    // ("Chapter 4 – Slices and Maps": a chapter by its name is what it is about, a topic to read;
    // "Chapter 4", "Chapter 4 exercises" are steps through the book.)
    // ("Chapter 4" alone, one of a book's chapters to read, is a part of it as a named one is.)
    return NAMED_CHAPTER_RE.test(lead) || BARE_CHAPTER_RE.test(lead) ? 'topic' : 'task';
  }
  // "2.1", "2.7 Exterior derivative", "7.1 - 7.3": a numbered section or exercise of a book or
  // course (not a course's own number, "6.824 Distributed Systems", nor a linked course's).
  if (SECTION_NUMBER_RE.test(t) && !hasCourseCue(t) && !(links.length && kindOfLinks(links) === 'course')) return 'task';
  // "JavaScript Practice Problems", "Gophercises Go exercises", "exercism's rust problems": things
  // to solve, named last, wherever they link (a repository of them, a track's page). (Not "Open
  // problems", questions; nor a course that says it is one, "Exercises in Python course".)
  if (PROBLEMS_END_RE.test(en) && !/\bopen problems\W*$/i.test(en) && !hasCourseCue(t)) return 'task';
  // The resource named decides over the verb: "Read EfficientNet paper" is a paper.
  // (Without accents too: Hungarian "… videó".)
  if (RESOURCE_CUE.test(t) || (en !== t && RESOURCE_CUE.test(en))) {
    if (/\.pdf\b/i.test(en)) return 'book';
    // ("Implement the allocators in Bonwick's slab paper" builds something.)
    // ("2019 May Paper 1", "past paper", "mock exam paper": an exam's paper, sat for practice.)
    // ("Rock Paper Scissors over the terminal" among project ideas: a word of the title, no paper.)
    if (/\b(?:paper|arxiv)\b/i.test(en)) return /^(?:implement|build|code|reproduce|replicate|port)\b/i.test(enLead) ? 'project' : EXAM_PAPER_RE.test(en) ? 'task' : hint === 'project' && !links.length && /\bpaper\s+(?!(?:on|about|by|for|in|of|and|or)\b)\p{L}/iu.test(en) && !/^(?:read|skim|re-?read|review|study)\b/i.test(enLead) ? 'project' : 'paper';
    // A video is what is named, not what a word describes ("Complete the video interview").
    if ((/\(video\)|\[video\]|\bvideos?\s*(?:[-–—:(]|$)|📽|🎥|📺|\bplaylist\b|\bwebinar\b|\btalks?\s*(?:[-–—:(]|$)/i.test(en) || (/^(?:watch|view|rewatch)\b/i.test(lead) && /\b(?:videos?|talks?)\b/i.test(t))) && !/^(?:code|implement|build)\b/i.test(lead)) return 'video';
  }
  // The generic parts of a course: "Slides", "Lecture notes" are to read; "Instructions", "Homework 2", "Lab 3" to do.
  // ("Reading 3", "Readings: ch. 2", not "Reading a Schema", "Reading Errors": a skill by its gerund.)
  if (/^(?:lecture )?(?:slides?|handouts?|lecture notes)\b|^readings?(?:\s+\d[\d.]*)?\s*(?:$|[:(\-–—])/i.test(lead)) return 'article';
  // "Two Sum - Easy", "LRU Cache (Medium)", "[Hard] Median of Two Sorted Arrays": a problem, by the
  // difficulty a judge gives it.
  if (DIFFICULTY_WORD_RE.test(t) && DIFFICULTY_RE.test(t)) return 'task';
  // ("Lab02 Debugging", "HW01 Arrays", "Disc 04", "proj0 2048": numbered as a course numbers them.)
  // ("Lab 06: Mutability, Lists and Dictionaries": a numbered part and its name after a colon, however long.)
  if (COURSEWORK_RE.test(enLead) && (t.split(/\s+/).length <= 4 || NUMBERED_COURSEWORK_RE.test(enLead))) return 'task';
  if (/^proj(?:ect)?\s*\d+\b/i.test(enLead) && t.split(/\s+/).length <= 4) return 'project';
  // A section that names a resource kind ("Books", "Online Courses") decides over verbs; a
  // link's site that names another ("medium.com" in a reading list) decides over the section.
  if (hint === 'book' || hint === 'course' || hint === 'paper' || hint === 'video' || hint === 'article') {
    // ("[Flashcards](./flash/ladr.apkg)", "Solutions to Exercises" under a book: the practice done on it.)
    if (wordCount(en) <= 4 && practiceNamed(en)) return 'task';
    const site = links.length ? kindOfLinks(links) : null;
    // (A course's lectures on YouTube are the course's; a book's Wikipedia page is the book's.)
    if ((hint === 'book' || hint === 'article') && (site === 'course' || site === 'video')) return site;
    if (hint === 'book' && links.some((l) => ACADEMIC_HOSTS.test(l))) return 'paper';
    if (hint === 'book' && (publishedTitle(t) || links.some((l) => PUBLISHING_HOSTS.test(l)))) return 'article';
    // The entry's own noun for a book decides over the list's: "The Pragmatic Programmer, 20th
    // Anniversary Edition" among courses is a book. (Not the other way: "A First Course in
    // General Relativity" is a book's title; nor a part of one: "Chapter 3" was a step above.)
    // (Nor a publisher's formula or name: "Marko Luksa - Kubernetes in Action", "…, O'Reilly".)
    if ((hint === 'course' || hint === 'video') && ((OWN_BOOK_NEEDS_RE.test(t) && OWN_BOOK_RE.test(t)) || PUBLISHER_RE.test(t) || bookFormula(t)) && !COURSE_WORD.test(t) && !TAUGHT_WORDS_RE.test(t)) return 'book';
    return hint;
  }
  // "Certified Kubernetes Administrator", "Prometheus Certified Associate", "GCP Associate Cloud
  // Engineer": a credential to earn, a milestone (not its study guide, nor a course towards it, nor
  // the studying for it, "AWS Solutions Architect Associate cert (~80h)").
  if (CREDENTIAL_RE.test(en) && !/\b(?:guide|book|course|prep|preparation|training|path|cert|certification)\b/i.test(en)) return 'milestone';
  // "《rust原子操作与锁》", "《Rust服务端开发实战》: 基础": a title in Chinese title marks, first, names a
  // book, whatever script follows the mark (after a verb, "看完《…》", below).
  if (t.includes('《') && /^[^\p{L}\p{N}]*《[^》]+》/u.test(t)) return 'book';
  // Japanese says the verb last: "家計簿アプリを作る" (make an app), "Python実践入門を読む" (read), "記事を作成、提出" (write, submit).
  if (KANA_RE.test(t)) {
    const ja = japaneseKind(t);
    if (ja) return ja;
  } else if (HANGUL_RE.test(t)) {
    // Korean says the verb last, as a noun of doing: "백준 실버 문제 30개 풀기" (solve), "… 정리하기".
    if (KOREAN_TASK_RE.test(t)) return 'task';
  } else if (HAN_LEAD_RE.test(lead)) {
    // Chinese says the verb first, without a space: "刷剑指offer" (drill problems), "看完《深入理解计算机系统》".
    const zh = chineseKind(lead);
    // ("实现领域驱动设计", "刻意练习", "调试九法" on a book list: a book's title that opens as a verb
    // does, Han characters only, no more; a step says more, "读完第3章", "整理《SICP》笔记".)
    if (zh === 'task' && (hint ?? fileHint) === 'book' && HAN_TITLE_ONLY_RE.test(lead)) return 'book';
    if (zh) return zh;
  }
  const quota = t.includes('每') ? CJK_QUOTA_RE.exec(t) : null;
  if (quota) return quota[1] ? 'book' : 'task';
  // "For each SOLID principle, jot a definition", "In route.ts, export a handler": the verb after a clause of where or for what.
  const clause = (codeAt(lead, 0) | 32) >= 97 && LEAD_CLAUSE_RE.exec(lead);
  const verbLead = clause && ANY_VERB.test(lead.slice(clause[0].length)) ? lead.slice(clause[0].length) : lead;
  if (ANY_VERB.test(verbLead) && !NAMED_LIKE_A_VERB.test(verbLead === lead ? enLead : verbLead)) {
    for (const [re, kind] of VERB_KINDS) {
      if (re.test(verbLead)) {
        if (kind === 'article' && /\b(?:books?|chapters?|ch\.?\s*\d|pages?|textbook|edition)\b/i.test(en)) return namesNoWork(t) ? 'task' : 'book';
        if (kind === 'article' && /"[^"]+"\s*\((?:ch|chapter)/i.test(title)) return 'book';
        if (kind === 'topic' && /\b(?:book|chapters?|ch\.?\s*\d)\b/i.test(en)) return 'book';
        if (kind === 'task' && /^(?:design|write)\b/i.test(enLead) && hint === 'project') return 'project';
        if (re === VERB_KINDS[MORE_TASK_VERBS_AT]![0]) {
          // (Nor a sentence about a book or a course that opens with its title: "Automate the Boring Stuff is the free online Python book".)
          // ("Automate The News - Headless mode": a title's capitals after the verb, a part's name;
          // not an acronym's, "Calculate CTC loss".)
          if (titleCased(verbLead) || /^\p{L}+\s+\p{Lu}\p{Ll}/u.test(verbLead) || BOOK_CUE.test(t) || hasCourseCue(t)) break;
          if (hint === 'project') return 'project';
        }
        // "Finish CLRS ch. 3", "Complete the fast.ai course": working through a resource.
        if (kind === 'task' && /^(?:finish|complete|start|begin|continue|resume|work through|go through|keep (?:up )?(?:with|going with|pace with)|move (?:on|forward) with|get (?:further )?through|pick up)\b/i.test(enLead)) {
          if (hasCourseCue(t) && !BOOK_CUE.test(t)) return 'course';
          if (BOOK_CUE.test(t) || (BY_AUTHOR_RE.test(t) && !TAUGHT_WORDS_RE.test(t))) return 'book';
          // "Finish a machine learning project", "Start the side project": working on a project.
          if (/\b(?:an?|the|my|one|this|that)\s+(?:[\w-]+\s+){0,4}project(?=\s*$|\s*[,.;:(–—-]|\s+(?:in|on|with|for|using|about|by|at)\b)/i.test(en)) return 'project';
        }
        return kind;
      }
    }
  }
  // "Reinstall Void", "Redesign the landing page", "re-run the benchmarks": a verb done again is
  // that verb ("Research", "Recursion", "Redis" name no verb after their "re").
  if ((codeAt(lead, 0) | 32) === 114 /* r */ && /^re-?[a-z]{3}/i.test(lead) && !ANY_VERB.test(lead)) {
    const again = lead.replace(/^re-?/i, '');
    if (ANY_VERB.test(again)) for (const [re, kind] of VERB_KINDS) if (re.test(again)) return kind;
  }
  const foreignVerb = (codeAt(lead, 0) > 0x60 || /^[A-ZÀ-ÿ]/.test(lead) ? otherLanguageVerbKind(lead) : null) ?? verbLastKind(lead);
  if (foreignVerb && !BOOK_CUE.test(t)) return foreignVerb === 'task' && hint === 'project' ? 'project' : foreignVerb;
  if ((BOOK_CUE.test(t) && !namesNoWork(t)) || PUBLISHER_RE.test(t) || bookFormula(t)) return 'book';
  if (hasCourseCue(t)) return 'course';
  // A "Projects" section names what its entries are, over a word that sounds like an article ("Blog").
  if (hint === 'project') return 'project';
  // A link to a bookshop, a paper, a video or a course platform says what the thing is, over a
  // word in its name ("[Machine Learning from Scratch](amazon…)" is a book, not a project).
  const resource = links.length ? kindOfLinks(links) : null;
  // "sdf zine issue 3", "Pipe Dreams Issue 12" (a PDF): an issue of a periodical is read as an article is, not as a paper.
  if ((resource === null || resource === 'paper') && PERIODICAL_RE.test(t)) return 'article';
  if (resource === 'book' || resource === 'paper' || resource === 'video' || resource === 'course') return resource;
  // A title as a publishing site writes it ("… | by Lee Park | Medium") is an article too.
  // ("post-apocalyptic", "post-mortem": a prefix, not a post.)
  if (/\b(?:article|blog|post(?!-)|essay|newsletter)\b/i.test(en) || t.includes('📝') || publishedTitle(t)) return 'article';
  // "Project Hail Mary by Andy Weir": a work and its author, whatever its name's words.
  if ((hint === null || hint === 'topic') && BY_AUTHOR_RE.test(t) && !TAUGHT_WORDS_RE.test(t)) return 'book';
  // ("The Odin Project: HTML basics": the name of one, a curriculum to follow, is no project to build.)
  // ("Side projects", "Beginner Automation Projects": projects of a sort, named last, are projects too;
  // not a word alone, a list's name, nor a course's title led by what it teaches, "Structuring Machine Learning Projects".)
  // ("Mini-projeto com funções", "mini proyecto", "Miniprojekt": a small project, in the languages that say so in one word.)
  // (The pattern cannot match without one of PROJECT_NEEDS_RE's words: a cheap scan first.)
  if (PROJECT_NEEDS_RE.test(en) && /\b(?:project|build|implement|clone|from scratch|app|portfolio|mini[- ]?(?:projeto|proyecto|projet|projekt|progetto)s?)\b|^(?![^\p{L}\p{N}]*\p{L}+ing\b)[^\p{L}\p{N}]*\p{L}.*\s\S*projects[^\p{L}\p{N}]*$/iu.test(en.includes('Project') ? en.replace(NAMED_PROJECT_RE, ' ') : en)) return 'project';
  if (hint && hint !== 'task' && hint !== 'topic') return hint;
  const site = kindOfLinks(links);
  if (site) return site;
  // "Flow by Mihaly Csikszentmihalyi", "Kindred by Octavia E. Butler": a work and its author
  // (not a class "by" its teacher: "ECE 5545 … Spring 2022, by Mohamed Abdelfattah").
  if ((hint === null || hint === 'topic') && BY_AUTHOR_RE.test(t) && !TAUGHT_WORDS_RE.test(t)) return 'book';
  // "What is `ppx`, `Obj.repr`?" in a to-do list: a question asked in it is still a question.
  // (Not a lesson's title, written in capitals as titles are: "What Is a Dataset?")
  // (It opens as a question does, and ends with a question mark or opens with "what", "how", "why":
  // "Is a recurring task" names a filter, "Took notes during?" checks a habit.)
  const asks = !links.length && ASKS_RE.test(enLead) && (/\?\s*$/.test(en) || /^(?:how|why|what|when|where)\b/i.test(enLead)) && t.split(/\s+/).length > 2 && !/^\p{L}+\s+\p{Lu}\p{Ll}/u.test(enLead);
  // (Among a course's topics a lesson titled as a question, "What Is a Dataset?", is a topic.)
  if (hint) return asks && hint === 'task' ? 'question' : hint;
  if (fileHint) return practiceNamed(en) ? 'task' : asks && fileHint === 'task' ? 'question' : fileHint;
  // "[What is software-defined networking?](https://…)": a page that asks in its title is a page to read.
  if (links.length && links.every((l) => /^https?:/i.test(l))) return 'article';
  if (/\?\s*$/.test(en)) return 'question';
  if (ASKS_RE.test(enLead) && t.split(/\s+/).length > 3) return 'question';
  // A web page is something to read; a link to the person's own note or code
  // ("[pastebin](./pastebin.md)", "./LeakyBucket.java") says only where their work on it is.
  if (links.some((l) => /^[a-z][a-z0-9+.-]*:/i.test(l) && !/^file:/i.test(l))) return 'article';
  // "S5 - Verón. La semiosis social", "Galtung. Violencia cultural": an author's name, a full
  // stop, a title, as a reading list cites a text: something to read.
  if (t.includes('. ') && CITED_RE.test(t)) return 'article';
  // "Arch: Drills", "short quiz on decorators": a kind of practice, done, not a subject learned.
  if (fallback === 'topic' && practiceNamed(en)) return 'task';
  return fallback;
}

/** Practice by its name, at either end of a short title: "Drills", "OOD: Drills", "quiz on decorators", "Homework 3", "HS19 exam" (a past exam, sat for practice). */
const PRACTICE_END_RE = /(?:^|[:\s])(?:drills?|quiz(?:zes)?|flash ?cards?|anki|homework|(?:solutions to |the )?exercises|problem sets?|psets?|mock (?:interviews?|exams?|tests?)|practice (?:problems?|tests?|exams?|questions?)|exams?|past papers?)\W*$/i;
const PRACTICE_START_RE = /^\W*(?:a\s+)?(?:short\s+)?(?:drills?|quiz(?:zes)?|flash ?cards?|anki|homework|problem sets?|mock (?:interviews?|exams?)|ejercicios?|exerc[ií]cios?|exercices?|esercizi|übung(?:en)?|aufgaben|examens? blancs?|simulados?|simulacros?)(?![\p{L}])/iu;
// (In Chinese, Japanese and Korean anywhere in the title: "道德（15%）刷题", "模考 1 + 复盘", "模擬試験1回目", "考前每日一练", "판다스 연습 80제", "기출 복원".)
const CJK_PRACTICE_RE = /刷题|刷題|精刷|作业|作業|模考|模拟考|模擬考|模擬試験|模試|模拟题|模擬題|练习|練習|演習|习题|習題|真题|真題|做题|一练|過去問|모의\s?고사|모의\s?시험|기출|연습\s?문제|(?<!\d)\d{1,4}\s?제(?![\p{L}\p{N}])/u;
/** A mock exam anywhere in the line, in the languages whose words for it follow a number or an ordinal ("Prima prova simulata completa", "Egzamin próbny nr 1", "Due prove simulate"). */
const MOCK_EXAM_RE = /(?<!\p{L})(?:prov[ae]\s+simulat[ae]|simulazion[ei]\s+d['’]esame|egzamin\p{L}*\s+pr[oó]bn\p{L}*|pr[oó]bn\p{L}*\s+egzamin\p{L}*|probe(?:klausur|pr[uü]fung|examen)\p{L}*|пробн\p{L}+\s+(?:экзамен|тест)\p{L}*|deneme\s+s[ıi]nav\p{L}*)/iu;
/** What MOCK_EXAM_RE cannot match without: one cheap scan first. */
const MOCK_EXAM_NEEDS_RE = /[\u017f\u212a\u0400-\u04ff]|simula|egzamin|probe|deneme/i;
/**
 * Exercises counted or put first: "Strings - 20 easy problems from LC", "Exercism : 5 exercices
 * niveau facile", "Premiers exercices sur les opérateurs", "First exercises on loops".
 */
const PRACTICE_COUNT_RE = /(?<![\p{L}\p{N}.,(])\d{1,4}\s+(?:[\p{L}-]+\s+){0,2}?(?:problems|exercises|exercices|ejercicios|exerc[ií]cios|esercizi|aufgaben|übungen|katas|kata|challenges)(?![\p{L}])|^\W*(?:the\s+)?(?:first|premi(?:er|ère)s|primeros|primeiros|primi|erste[n]?)\s+(?:problems|exercises|exercices|ejercicios|exerc[ií]cios|esercizi|aufgaben|übungen)(?![\p{L}])/iu;
/**
 * French coursework by its names, wherever it stands: tutorials' and labs' problem sheets ("Refaire
 * les TDs 1-6", "TP03 — Graphiques"), a quiz ("les QCM 1-4"), past exam papers ("Traiter les 3
 * annales"), exercises ("les exos du livre"). (The sheets by their capitals and a number or plural:
 * not "TP 站", "TP-Link".)
 */
const FR_PRACTICE_RE = /(?<![\p{L}\p{N}])(?:TD|TP|QCM)(?:s(?![\p{L}])|\s*\d)|(?<![\p{L}])(?:annales|exos)(?![\p{L}])/u;
/**
 * Homework and practice sheets by their names, wherever they stand, in the languages whose word
 * for them is one noun: "1. Hausaufgabe – Pivot-Tabellen", "Übungsquiz zu Session 1", "Entregar
 * primera tarea", "compiti di fisica". (Not "Übung" alone, a class's tutorial hour, nor "Aufgaben"
 * alone, which is any list of tasks; nor Korean 숙제, said of anything long put off: "미뤄둔 숙제".)
 */
const HOMEWORK_RE = /(?<![\p{L}])(?:hausaufgabe\p{L}*|[üu]bungs(?:blatt|blätter|aufgabe|aufgaben|quiz|zettel|serie|serien)(?![\p{L}])|tareas?(?![\p{L}])|compiti|домашн\p{L}*\s+(?:задани|работ)\p{L}*|lista\s+de\s+exerc[ií]cios|(?:gyakorlati\s+|h[aá]zi\s+)?feladat\p{L}*|gyakorlat\p{L}*)/iu;
/** What HOMEWORK_RE cannot match without: one cheap scan first. */
const HOMEWORK_NEEDS_RE = /[\u017f\u212a\u0400-\u04ff]|hausaufgabe|bungs|tarea|compiti|lista|feladat|gyakorlat/i;
/** A title whose last word names problems to solve ("… practice problems", "… exercises", "… katas"). */
const PROBLEMS_END_RE = /(?:^|[\s'’])(?:problems|exercises|katas)\W*$/i;

function practiceNamed(t: string): boolean {
  // ("Jour 1-2: Exercices de base", "Day 3: Drills": after a label of when.)
  const c = t.indexOf(':');
  return PRACTICE_START_RE.test(t) || PRACTICE_COUNT_RE.test(t) || (c > 0 && c <= 20 && PRACTICE_START_RE.test(t.slice(c + 1))) || PRACTICE_END_RE.test(t.length > 32 ? t.slice(-32) : t) || CJK_PRACTICE_RE.test(t) || (MOCK_EXAM_NEEDS_RE.test(t) && MOCK_EXAM_RE.test(t)) || FR_PRACTICE_RE.test(t) || (HOMEWORK_NEEDS_RE.test(t) && HOMEWORK_RE.test(t));
}

/** An author and a title as cited: a capitalised name (or two) ending in a full stop, then the title. (Not "Dr.", "Vol.", "St." …) */
const CITED_RE = /(?:^|[-–—:]\s+)(?!(?:Mr|Mrs|Ms|Dr|St|Vol|No|Ch|Pt|Fig|Sr|Jr|Prof|Ep|Lec|Part|Week|Day|Step)\.)\p{Lu}[\p{L}'’-]{2,}(?:\s+(?:et al|y|and|und|et|e|&)\s+\p{Lu}[\p{L}'’-]+)?\.\s+(?:¿|¡)?\p{Lu}\p{Ll}/u;

// ("Landing page" is no book: pages count only with a figure, "300 pages", "page 40"; "Vol. 2",
// "Volume 3" is one book of a series.)
/**
 * A book's publisher named after its title, as a citation gives it: "Gaussian Processes for
 * Machine Learning, MIT Press.", "Refactoring, Martin Fowler, Addison Wesley".
 */
/** Publishers' names, as a citation gives them after a title. */
const PUBLISHER_NAMES = "O'Reilly(?: Media)?|Addison[- ]Wesley|Apress|No Starch(?: Press)?|Pragmatic Bookshelf|Packt(?: Publishing)?|Manning Publications|Springer|Wiley|Prentice[- ]Hall|McGraw[- ]Hill|Hanser|dpunkt(?:\\.verlag)?|Rheinwerk|Eyrolles|Dunod";
/** A publisher's name after a separator: "- Editions Dunod", "- Eyrolles", ", O'Reilly Media", "- Rheinwerk Verlag". */
const PUBLISHED_BY_RE = new RegExp(`(?:\\s[-–—]\\s|,\\s)(?:(?:[ÉE]ditions|Editorial|Editora|Edizioni)\\s+\\p{Lu}|\\p{Lu}[\\p{L}-]+\\s+Verlag\\b|(?:${PUBLISHER_NAMES})\\s*(?:$|[,(\\[-]))`, 'u');
const PUBLISHER_RE = new RegExp(`,\\s*(?:[\\p{Lu}][\\p{L}.&' ]{0,40}\\s)?Press\\b|\\b(?:${PUBLISHER_NAMES})\\b`, 'u');
// (A volume in other languages too: "Основы анализа, том 1", "Tome 2", "Band 3", "第2卷".)
/**
 * The formulas publishers title books with: "Kubernetes in Action", "… : The Definitive Guide",
 * "Head First Java", "… for Dummies", "… : Up and Running", "… : The Good
 * Parts", "… Pocket Reference", "Learn C the Hard Way", and the Chinese ones ("深入理解java虚拟机",
 * "java核心技术", "大话设计模式", "Linux命令行大全", "…权威指南", "…编程思想", "…从入门到精通", "Python核心编程", "TCP/IP详解",
 * "Redis设计与实现", "MySQL是怎样运行的", "Go语言圣经"; not "…实战", which names video courses as often as books).
 */
const BOOK_FORMULA_END_RE = /(?:\S\s+in\s+action|the\s+definitive\s+guide|for\s+dummies|:?\s+up\s+and\s+running\W*$|the\s+good\s+parts|pocket\s+(?:reference|guide)|the\s+hard\s+way)(?![\p{L}])|核心技术|核心技術|核心编程|核心編程|权威指南|權威指南|编程思想|[\p{Script=Han}\w/]详解\W*$|[\p{Script=Han}\w/]詳解\W*$|從入門到精通|从入门到精通|入门经典|[\p{Script=Han}a-z]大全\W*$|设计与实现|設計與實現|是怎样运行的|是怎樣運行的|是如何运行的|语言圣经|語言聖經/iu;
// What BOOK_FORMULA_END_RE cannot match without, in any case: one cheap scan first. (Here and
// below, 'ſ' and the Kelvin sign are the letters the 'iu' flags fold to 's' and 'k'.)
const BOOK_FORMULA_END_NEEDS_RE = /[\u017f\u212a\u4e00-\u9fff]|action|definitive|dummies|running|parts|pocket|way/i;
// ("Programming in Haskell", "Programming in Lua": the publishers' formula too; "Reading "C Programming
// Language" by K&R": a title in quotes after reading it; "Zenn本 Django 入門": a site's book, in Japanese.)
const BOOK_FORMULA_START_RE = /^\W*(?:head\s+first\s+\S|深入理解|深入浅出|大话|programming\s+in\s+[\p{L}#+]+\W*$|(?:re-?)?read(?:ing)?\s+["“][^"”]{3,80}["”]|[A-Za-z]+本\s)/iu;
/** Whether a title is in one of those formulas (the end's are looked for in its last words only). */
function bookFormula(t: string): boolean {
  return BOOK_FORMULA_START_RE.test(t) || (BOOK_FORMULA_END_NEEDS_RE.test(t) && BOOK_FORMULA_END_RE.test(t.length > 40 ? t.slice(-40) : t));
}

/**
 * "Read assigned pages", "Assess chapter understanding", "review the next chapter": a routine
 * step that mentions chapters or pages but names no work (nothing capitalised after its first
 * word, no number, no quotes): a task, not a book.
 */
function namesNoWork(t: string): boolean {
  const rest = t.replace(/^\s*\S+\s*/, '');
  return rest.length > 0 && !/[\p{Lu}\d"“”«»「『《]/u.test(rest) && !/\b(?:book|textbook|handbook|cookbook|edition)\b/i.test(rest);
}

const BOOK_CUE = /\d\s*pp?\.?\s*$|\b(?:book|textbook|vol\.\s*\d+|volume\s+\d+|chapters?|ch\.?\s*\d+|\d+\s*pages?|pages?\s*\d+|pp?\.\s*\d+|edition|ed\.|handbook|cookbook|libro|livro|livre|buch|cap[íi]tulos?|chapitres?|kapitel)\b|📖|📚|(?:^|[\s,(])(?:том|tome|tomo|band|bd\.)\s*\d{1,2}(?!\d)|第[一二三四五六七八九十\d]{1,3}[卷巻]/i;
/**
 * A title's own noun for a book: "… Handbook", "… Cookbook", "… 2nd edition", "Vol. 2". (Not
 * "book" alone, nor a course's "2021-2022 edition": a course list says "(with book)", "online book".)
 */
// ("Data visualisation book": the word last, what the entry is.)
const OWN_BOOK_RE = /\b(?:textbook|handbook|cookbook|\d+(?:st|nd|rd|th)\s+(?:\p{L}+\s+)?edition|vol\.\s*\d+|volume\s+\d+)\b|\bbook\W*$/iu;
/** What OWN_BOOK_RE cannot match without, in any case (the Kelvin sign: a letter its 'iu' flags fold to 'k'). */
const OWN_BOOK_NEEDS_RE = /\u212a|book|edition|vol/i;
// Course words and course numbers ("CS 61A", "6.824", "15-445").
// (A term, "Spring 2010", "Fall 2023", is when a course ran; a degree, "B.S. in Data Science",
// "MSc", a diploma, is a course of study: not "degree", which measures angles and heat too.)
const COURSE_WORD = /\b(?:lectures?|courses?|moocs?|specialization|nanodegree|bootcamp|masterclass|(?:from )?zero to (?:hero|mastery)|beginners? to (?:advanced|expert|pro)|class|curriculum|certification|certificate|cert|certifica[çc][ãa]o|certificaci[óo]n|certificat|zertifizierung|zertifikat|career tracks?|skill tracks?|(?:learning|career|skill|developer|engineer|engineering|web developer|web development|data science|frontend|front-end|backend|back-end|full[- ]?stack) paths?|cs\s?\d{2,4}[a-z]?|\d\.\d{3,4}|\d{1,2}-\d{3}|tutorials?|cursos?|cours|kurs|kurse|corso|corsi|kursus|kursu|kursy|(?:fall|spring|summer|winter|autumn)\s+(?:19|20)\d\d|diploma|bachelor(?:'s)?|bsc|msc)\b|\b[bm]\.s\.(?!\w)|курс|khóa học|入门|講座|讲座|课程|課程|视频课|網課|网课|公开课|公開課|강의|강좌/i;
/** "The Odin Project", "The Linux Documentation Project": one project's name (a curriculum, a body of work), not a project to build. */
/**
 * Words the project pattern in classifyKind cannot match without (any case; 'ſ' and the Kelvin
 * sign are letters the 'iu' flags fold to 's' and 'k'). Cutting a named project out of a title
 * puts a space where it was, which makes none of them.
 */
const PROJECT_NEEDS_RE = /[\u017f\u212a]|project|build|implement|clone|scratch|app|portfolio|mini/i;
const NAMED_PROJECT_RE = /\b[Tt]he\s+(?:\p{Lu}[\p{L}\d-]*\s+){1,3}Project\b(?!s)/u;
// The platforms people name courses by: "Coursera ML", "fast.ai Part 2". The name alone
// ("[Khan Academy](…)") says where, not what, and a sentence that mentions one ("show dad
// the Khan Academy quiz") is about something else: both are left to the other cues.
// (And the schools of other languages: Rocketseat, Alura, DIO in Portuguese; Platzi, Domestika, Miríadax in Spanish; OpenClassrooms, FUN MOOC in French; Stepik, Hexlet, Skillbox, Нетология, Яндекс Практикум in Russian; 学堂在线, 中国大学MOOC, 慕课网 in Chinese; Progate, ドットインストール in Japanese; 인프런, 노마드코더 in Korean.)
const PLATFORM = /\b(?:coursera|udemy|edx|udacity|khan academy|fast\.ai|ocw|datacamp|pluralsight|freecodecamp|deeplearning\.ai|nptel|kaggle learn|cloud skills boost|skill builder|trailhead|sololearn|rocketseat|alura|platzi|domestika|miriadax|openclassrooms|fun mooc|stepik|hexlet|skillbox|geekbrains|dataquest|zero to mastery|codecademy|scrimba|progate|openhpi|opensap)\b|нетологи[яи]|яндекс[ .]практикум|学堂在线|中国大学mooc|慕课网|ドットインストール|인프런|노마드\s?코더|패스트\s?캠퍼스|fastcampus|코드잇/i;
/** A section named for a course platform and nothing more: "DataCamp:", "My Coursera courses", "Udemy", "인프런". */
const PLATFORM_NAME_RE = new RegExp(`^\\W*(?:my\\s+)?(?:${PLATFORM.source}|mit ocw|linkedin learning|skillshare|inflearn|educative|frontend masters|egghead|brilliant|mooc)(?:\\s+(?:courses?|classes|tracks?|certificates?))?\\W*$`, 'i');
const PLATFORM_ONLY = new RegExp(`^\\W*(?:${PLATFORM.source})\\W*$`, 'i');
/** A platform's name alone ("Coursera", "edX"): a group of its courses when it is over them. */
export function isPlatformName(s: string): boolean {
  return s.length <= 40 && PLATFORM_ONLY.test(s);
}

/** "…: A First Course", "…: A Gentle Course in …": how textbooks subtitle themselves. */
const TEXTBOOK_SUBTITLE_RE = /[:：]\s*(?:an?\s+)?(?:first|second|third|gentle|short|brief|modern|concise|graduate|undergraduate)\s+course\b/i;
/** A course word or number, or a platform named in a short title of more than its name. */
/**
 * A course's code: "MATH 2400", "XM310", "ECE-5545", edX's "8.04x", "18.01.1x", "Stat110x" (not a
 * standard's or a product's number, nor a year: "RFC 2616", "ISO 8601", "RTX 3090", "AI 2025").
 */
const COURSE_CODE_RE = /\b(?!(?:RFC|ISO|PEP|ES|RTX|GTX|IEEE|ANSI|UTF|ECMA|CVE|SHA|MD|AES|HTTP|TLS|SSL|DDR|USB|GPT|COVID|RX|GT|MX|NT|XP)\b)[A-Z]{2,5}[ -]?(?!(?:19|20)\d\d\b)\d{3,4}[A-Z]?x?\b|\b\d{1,2}\.\d{2,3}(?:\.\d)?x\b|\b[A-Z][a-z]{2,4}\d{2,3}x\b/;

export function hasCourseCue(t: string): boolean {
  // ("Topology: A First Course for Self-Study", "Probability: A Second Course in …": a textbook's subtitle, not a course.)
  if (t.includes('ourse') && TEXTBOOK_SUBTITLE_RE.test(t)) return false;
  return COURSE_WORD.test(t) || (/\d/.test(t) && COURSE_CODE_RE.test(t)) || (PLATFORM.test(t) && !PLATFORM_ONLY.test(t) && wordCount(t) <= 6);
}

/**
 * Titles whose first word could be a verb but, capitalised before another capitalised word,
 * names a thing: "Clean Architecture", "Design Patterns", "Code Complete", "Test Driven Development".
 */
/** A clause of where or for what before an instruction's verb: "For each SOLID principle, ", "In `route.ts`, ". */
const LEAD_CLAUSE_RE = /^(?:for (?:each|every|all)|in|on|at|after|before|using|with|once)\s+[^,;:]{1,40},\s+(?=\p{Ll})/iu;
/** A heading of two or three kinds of what a project is made of: "Technologies & Libraries", "Tools and frameworks used". */
const TECH_PART = '(?:tech(?:nolog(?:y|ies))?|tools?|librar(?:y|ies)|frameworks?|dependenc(?:y|ies)|packages?|languages?|stack)';
const TECH_PARTS_RE = new RegExp(`^\\W*(?:the |my |our )?${TECH_PART}(?:\\s*(?:,|&|\\+|/|and)\\s*${TECH_PART}){1,2}(?:\\s+used)?\\W*$`, 'i');
const NAMED_LIKE_A_VERB = /^(?:Clean|Design|Test|Code|Program|Practice|Review|Post|Port|Draft|Schedule|Drill|Make|Document|Map|Sketch|Highlight|Answer|Fetch|Compare|Prep|Show|Keep|Set|Use|Describe|Identify|Analy[sz]e)[ \t-]+[A-Z][a-z]/;

// (Not its slides or notes: "Lecture 1 slides" is read, not watched.)
const NUMBERED_LECTURE_LEAD_RE = /^(?:lectures?|lec\.?)\s*#?\d+(?:\.\d+)*(?![\p{L}\d])(?!\s*(?:slides?|notes?|handouts?|transcripts?|readings?|pdf)\b)/iu;
/** A chapter, its number, then its name after a mark or a space: "Chapter 4 – Slices and Maps", "Chapter 02: Variables", "Kapitel 3 Funktionen". */
const NAMED_CHAPTER_RE = /^(?:chapters?|ch\.?|kapitel|cap[íi]tulos?|chapitres?|глава|rozdział)\s*#?\d+(?:\.\d+)*\s*(?:[:：.)\-–—|]\s*)?(?!(?:exercises?|problems?|questions?|notes?|quiz|summary|review|homework|hw|assignments?|solutions?|slides?|reading|read|done|finished|completed?)\b)\p{L}[\p{L}'’-]*(?:\s+\S+)*/iu;
/** "Chapter 4", "Ch. 12", "Kapitel 3" and nothing more. */
export const BARE_CHAPTER_RE = /^(?:chapters?|ch\.?|chap\.?|kapitel|cap[íi]tulos?|chapitres?|глава|rozdział)\s*#?\d+(?:\.\d+)*\s*[.:]?\s*$/iu;
const NUMBERED_UNIT_LEAD_RE = /^(?:chapters?|ch\.?|lessons?|modules?|units?|parts?|sections?|weeks?|days?|episodes?|sessions?|kapitel|cap[íi]tulos?|chapitres?|глава|lekcja|rozdział)\s*#?\d+(?:\.\d+)*(?![\p{L}\d])/iu;
// ("by Stephen King", "by Donald L. Miller", "by T. R. Whitcomb": a person's name, initials as they come.)
const AUTHOR_NAME = "(?:\\p{Lu}\\.\\s*){1,3}\\p{Lu}[\\p{L}'’-]+|\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}\\.)*(?:\\s+(?:van |von |de |da |del |le )?\\p{Lu}[\\p{L}'’-]+){1,2}";
/** A zine, a magazine, a newsletter, or a numbered issue of one ("Pipe Dreams Issue 12"). */
const PERIODICAL_RE = /\b(?:fanzines?|zines?|magazines?|newsletters?|revistas?|revues?|zeitschrift(?:en)?)\b|\bissue\s+(?:no\.?\s*)?\d{1,4}\s*$/i;
/** Two authors by their surnames: "Bartle and Sherbert", "Kernighan & Ritchie". */
const TWO_SURNAMES = "\\p{Lu}[\\p{Ll}'’-]+\\s+(?:and|&)\\s+\\p{Lu}[\\p{Ll}'’-]+";
const BY_AUTHOR_RE = new RegExp(`\\S\\s+by\\s+(?:${AUTHOR_NAME}|${TWO_SURNAMES})\\s*(?:[.,;:)(]|\\s[-–—]\\s|$)`, 'u');
/** A line that ends with its author: "The Story of the Great War by Donald L. Miller". */
const CITED_WORK_RE = new RegExp(`^([\\p{Lu}\\d"“'‘].*?)\\s+by\\s+(?:${AUTHOR_NAME})\\s*$`, 'u');

const ITALIC_CITED_RE = new RegExp(`^[^\\p{L}\\p{N}*_]*(?:\\*(?!\\*)[^*]{2,150}\\*|_(?!_)[^_]{2,150}_)\\s*(?:[—–-]|,|by)\\s*(?:${AUTHOR_NAME})\\s*$`, 'u');

/** "*Automate the Boring Stuff with Python* — Al Sweigart": a title in italics, as a book's is written, and its author. */
export function citesItalicWork(raw: string): boolean {
  return (raw.includes('*') || raw.includes('_')) && ITALIC_CITED_RE.test(raw.trim());
}

/**
 * "Madison and His Age, Vol 2: Framer of the Compact by Harold Winslow": a work cited as a
 * reading list writes it, its title (subtitle and volume included) and then its author. Such a
 * line names one thing however long its title is; it is no sentence (the part before "by" has
 * no full stop between words and does not open as a clause does).
 */
export function isCitedWork(s: string): boolean {
  const t = s.trim();
  if (t.length > 200 || !t.includes(' by ')) return false;
  const m = CITED_WORK_RE.exec(t);
  if (!m) return false;
  const title = m[1]!;
  if (PRONOUN_START.test(title) || wordCount(title) > 25) return false;
  // ("Written by Jane Doe", "Photo by …", "Maintained by …": a credit line, no work's title.)
  if (/^(?:written|photographed|maintained|curated|compiled|created|made|built|designed|developed|edited|translated|illustrated|powered|inspired|hosted|posted|published|recommended|shared|suggested|drawn|taken|shot|kept|run|photos?|art|brought to you)$/i.test(title)) return false;
  return !/[.!?]\s+\S/.test(title.includes('.') ? title.replace(/\b(?:e\.g|i\.e|etc|vs|Vol|Vols|No|Pt|Ed|St|Dr|Mr|Mrs|Ms|Jr|Sr)\./g, '') : title);
}
const TAUGHT_WORDS_RE = /\b(?:universit\w*|college|institute|school|academy|lectures?|videos?|youtube|playlist|talks?|podcast|course|class|workshop|(?:fall|spring|summer|winter|autumn)\s+\d{4}|\p{Lu}{2,6}[ /-]?\d{2,4}[A-Z]?)\b/iu;
const BOOK_PART_CJK_RE = /(?:\d+\s*[章節节]|付録|附录)$/u;
// ("Appendix B: @marta-v", "Preface : notes": the part, then what is said of it after a colon.)
const BOOK_PART_RE = /^(?:preface|foreword|prologue|epilogue|afterword|appendix(?:\s+[A-Z\d]+)?|appendices|glossary|bibliography|acknowledge?ments)\s*(?:$|[:：])/i;

/** "… 2章", "付録", "Appendix B", "Preface: …": a part of a book by its name (a cheap look at the ends first). */
function bookPart(title: string): boolean {
  const t = title.trim();
  const last = t.charCodeAt(t.length - 1);
  if (last > 0x3000) return BOOK_PART_CJK_RE.test(t);
  return BOOK_PART_RE.test(t);
}
const SECTION_NUMBER_RE = /^\d{1,2}\.\d{1,2}(?:\.\d{1,2})*(?:[a-z])?(?=$|[\s:.)–—-])/;
const VIDEO_FILE_RE = /\.(?:mov|mp4|m4v|mkv|avi|webm|wmv|flv)\s*$/i;
const TAUGHT_BY_RE = /^(?:MIT|CMU|UCLA|UCSD|UCB|NYU|IIT\w*|KAIST|Stanford|Harvard|Berkeley|Yale|Princeton|Caltech|Oxford|Cambridge|ETH|EPFL|Coursera|edX|Udemy|Udacity|Lynda|Pluralsight|Khan Academy|NPTEL|(?:\p{Lu}\p{L}+ )?(?:University|College|Institute)(?: of \p{Lu}\p{L}+)?)\s*[-–—:|]\s+\S/u;

/** The generic parts of a course that are to be done: "Homework 2", "Lab02", "HW01", "Disc 04", "Problem set 3", "Seminar 2" ("Seminarie 2", "Seminario 2"). */
/** A numbered part of a course, then its name: "Lab 06: …", "HW 2 - …", "Disc 05: …", "TP00 — Diagnostic", "Práctica 3: …", "Übung 2 – …". */
const NUMBERED_COURSEWORK_RE = /^(?:assignment|homework|hw|problem set|pset|lab|quiz|disc(?:ussion)?|tp|td|tpe|pr[aá]ctica|pr[aá]tica|esercitazione|übung|uebung|laborat[oó]rio|laboratorio)\s*\d+\s*[:：\-–—]/i;
// ("Ex26 Blocs impl", "Ex. 3: …": an exercise by its number.)
const COURSEWORK_RE = /^(?:ex\.?\s*\d+|(?:exercicios?|ejercicios?|exercices?)\s*(?:[-–—#:.]\s*)?\d+|tp\s*\d+|td\s*\d+|tpe\s*\d+|pr[aá]cticas?\s*\d+|pr[aá]ticas?\s*\d+|esercitazion[ei]\s*\d+|[üu]bung(?:en)?\s*\d+|esercizi[oi]\s*\d+|oefening(?:en)?\s*\d+|cwiczeni[ae]\s*\d+|al[iı]st[iı]rma\s*\d+|cviceni[ea]?\s*\d+|harjoitus\s*\d+|bai tap\s*\d+|ovning(?:ar)?\s*\d+|[øo]velser?\s*\d+|exercitii?\s*\d+|exercitiu\s*\d+|gyakorlat\s*\d+|упражнени[ея]\s*\d+|вправ[аи]\s*\d+|[άα]σκηση\s*\d+|ασκήσεις\s*\d+|laborat[oó]rio\s*\d+|instructions|assignments?\s*\d*|homework\s*\d*|hw\s*\d+|exercises?|problem sets?|psets?\s*\d*|labs?\s*\d*|quiz(?:zes)?\s*\d*|exams?|disc(?:ussion)?\s*\d+|semina(?:r|rie|rio|ire)\s*\d+)\b/i;

// (Not after a pipe: "… | by Lee Park | Medium" names the site.)
const DIFFICULTY_RE = /(?:\s[-–—:]\s*|[([]\s*)(?:easy|medium|hard)\s*[)\]]?\s*$|^[([]\s*(?:easy|medium|hard)\s*[)\]]/i;
/** A word DIFFICULTY_RE cannot match without: one cheap scan first. */
const DIFFICULTY_WORD_RE = /easy|medium|hard/i;

/** A word every one of the three resource tests in classifyKind needs. */
const RESOURCE_CUE = /\.pdf|paper|arxiv|video|📽|🎥|📺|playlist|webinar|talk/i;

// (Ended by a non-letter in any script: "işletim sistemleri" does not open with "i".)
const PRONOUN_START = /^(?:i|i'm|i've|i'd|we|we're|you|you'll|you're|your|he|she|they|it|it's|its|this|that|these|those|there|here|my|our|his|her|their|if|when|while|because|since|so|but|and|or|also|then|as|although|though|however|note(?=\s*[:,—–-]|\s+that\b)|p\.s\.|ps|please|feel free|don't|do not|make sure|remember|keep in mind)(?![\p{L}\p{N}_])/iu;
// (Bounded by letters in any script: JavaScript's \b takes "è" for a non-letter, so the "i" of
// Italian "dèi" was a word "I".)
const FIRST_PERSON = /(?<![\p{L}\p{N}_'’])(?:i|i'm|i've|we|we're|you'll|you're)(?![\p{L}\p{N}_])/iu;

/** Words in a line: runs of letters or digits (any script), joined by ' . + # / -. */
export function wordCount(s: string): number {
  // (A third of the calls count the words just counted: the last answer is kept.)
  if (s === lastCount.s) return lastCount.n;
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const alnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xd800 && c <= 0xdfff) && c !== 0xfe0f);
    if (alnum) {
      if (!inWord) n++;
      inWord = true;
    } else if (!(inWord && (c === 39 || c === 0x2019 || c === 46 || c === 43 || c === 35 || c === 47 || c === 45))) {
      inWord = false;
    }
  }
  lastCount.s = s;
  lastCount.n = n;
  return n;
}
const lastCount = { s: '', n: 0 };

/** Leading words that make a line an instruction to oneself ("look into …", "read …"). */
export function startsWithActionVerb(s: string): boolean {
  if (s === lastLead) return lastLeads;
  lastLeads = leadsWithVerb(s);
  lastLead = s;
  return lastLeads;
}
// The last line asked about and its answer: several rules ask about the same line in a row. (A
// memo of every line cost more than it saved: most lines are asked about on one visit only.)
let lastLead: string | null = null;
let lastLeads = false;
function leadsWithVerb(s: string): boolean {
  const lead = s.replace(/^[^\p{L}]+/u, '');
  // (In other languages too: "Menyelesaikan freeCodeCamp project", "Terminar el curso", "Lösen der Aufgaben".)
  // (And in Japanese, whose verb comes last: "典型パターン15個やる", "アプリを作る".)
  return ANY_VERB.test(lead) || ZH_TASK_LEAD_RE.test(lead) || ZH_BUILD_LEAD_RE.test(lead) || /^(?:go through|work through|finish|start|continue|revise|learn)(?![\p{L}\p{N}_])/iu.test(lead) || otherLanguageVerbKind(lead) !== null
    // (Not a sentence that gives its reason first: "1章のissueを作ったのでクローズする", "…から…する".)
    || (KANA_RE.test(lead) && (JA_TASK_VERB_RE.test(lead) || JA_MAKE_READ_VERB_RE.test(lead)) && !/ので|から|けど|けれど|ため[、に]/.test(lead));
}

/**
 * How much a plain line (no list marker) reads like an entry rather than prose.
 * Short noun phrases and instructions score high; sentences score low.
 */
export function isPhraseLike(s: string): boolean {
  const t = s.trim();
  if (!t || t.length > 120) return false;
  const words = wordCount(t);
  if (words === 0 || words > 12) return false;
  if (PRONOUN_START.test(t)) return false;
  if (/[.!]\s*$/.test(t) && !startsWithActionVerb(t)) return false;
  // ("…変換するプログラムです．": a sentence in Chinese or Japanese, one run of characters ended by a full stop.)
  if (cjkSentence(t)) return false;
  if (/[.!?]\s+\S/.test(t.includes('.') ? t.replace(/\b(?:e\.g|i\.e|etc|vs|al|Dr|Mr|Ms|St|No)\./g, '') : t)) return false; // two sentences ("et al." is none)
  if (words > 8 && !startsWithActionVerb(t)) return false;
  return true;
}

/**
 * A phrase too long for isPhraseLike, nine to sixteen words, that is still no sentence: no full
 * stop, no pronoun to open it, one clause ("TCP deep dive (handshake, retransmits, windows,
 * congestion control)"). A title only where the lines around it are titles too.
 */
export function isLongPhrase(s: string): boolean {
  const t = s.trim();
  if (!t || t.length > 160) return false;
  const words = wordCount(t);
  if (words < 9 || words > 16) return false;
  if (PRONOUN_START.test(t) || /[.!?。！？:：;]\s*$/.test(t) || cjkSentence(t)) return false;
  return !/[.!?]\s+\S/.test(t.includes('.') ? t.replace(/\b(?:e\.g|i\.e|etc|vs|al|Dr|Mr|Ms|St|No)\./g, '') : t);
}

/**
 * A line that opens as a question does ("Is …", "How does …", "What is …", "How many …"). ("How to
 * write tests with unittest": a skill to learn, named; "How the program is organized", "What a web
 * developer does": a clause that names a lesson's subject, its verb after its subject, asks nothing.)
 */
const ASKS_RE = /^(?:is|are|can|does|do|should|which)\b|^(?:how|why|what|when|where)\s+(?:is|are|was|were|do|does|did|can|could|should|would|will|has|have|had|might|must|may|i|we|you)\b|^how\s+(?:much|many|long|often|far|well)\b/i;

/** Verbs that make a line a statement about things ("… is …", "… are defined by", "… ist …"), in the languages the reader knows. */
const STATEMENT_VERBS = new Set([
  'is', 'are', 'was', 'were', 'can', 'cannot', 'will', 'would', 'should', 'must',
  'ist', 'sind', 'wird', 'werden', 'wurde', 'kann', 'können', 'muss',
  'est', 'sont', 'peut', 'peuvent', 'es', 'son', 'está', 'están', 'puede', 'pueden',
  'é', 'são', 'estão', 'pode', 'podem', 'è', 'sono', 'può',
]);

/**
 * A statement of fact, as lecture notes and knowledge pages hold them ("The datasets are defined
 * by", "Gradient descent is slow on flat regions", "Ein Vektorraum ist eine Menge"): a verb such as
 * "is" or "are" after the first word of the line's head (before a colon, a dash or a bracket), in
 * sentence case ("The World Is Flat" is a title). A head that opens with a verb is an
 * instruction ("make sure the sign is right"), not a statement.
 */
export function isStatement(s: string): boolean {
  // (A question is asked, not stated: "How large is your team?")
  if (/[?？]\s*$|^\W*(?:how|what|why|when|where|which|who|whose|wie|was|warum|wann|wo|welche[rsnm]?|comment|pourquoi|quand|où|quel(?:le)?s?|cómo|qué|por qué|cuándo|dónde|cuál|como|quando|onde|qual)\s/i.test(s)) return false;
  const head = s.split(/[:：(（]|\s[-–—]\s|=>|→/, 1)[0]!.trim();
  const words = head.split(/\s+/);
  if (words.length < 3) return false;
  // (The verb as written: "The World Is Flat", a title in capitals, has no "is".)
  // (Last in the head only when more follows: "The format is (Exercise-Chapter-Question)".)
  const last = head.length < s.trim().length ? words.length : words.length - 1;
  for (let i = 1; i < last; i++) if (STATEMENT_VERBS.has(words[i]!)) return !startsWithActionVerb(head);
  return false;
}

/** A sentence written in the first person, advice or a statement: not an entry. */
export function isProse(s: string): boolean {
  // ("I - Découvrez le métier", "I. Introduction": a Roman numeral numbering the entry, not the pronoun.)
  const t = codeAt(s, s.search(/\S/)) === 73 /* I */ ? s.trim().replace(/^I{1,3}\s*[-–—.)]\s+/, '') : s.trim();
  // "※気が向いたら更新します": a line opened by the reference mark is a remark.
  if (codeAt(t, 0) === 0x203b) return true;
  const words = wordCount(t);
  if (words > 28) return true;
  if (words > 3 && PRONOUN_START.test(t) && !titleCased(t)) return true;
  // "Write a blog post about what I learned" is an instruction, not a sentence about oneself.
  if (words > 6 && FIRST_PERSON.test(t) && !(words <= 14 && startsWithActionVerb(t)) && !titleCased(t)) return true;
  if (words > 14 && /[.!]\s*$/.test(t)) return true;
  // "配列の先頭をルートとし、左右の子を順に割り当てる。": Chinese and Japanese write a sentence
  // as one run of characters, ended by "。"; a plan's entry is a name or a verb without one.
  if (cjkSentence(t)) return true;
  return false;
}
/**
 * A title's capitals: every word of four letters or more starts with one, three such words at least,
 * and some letters are small ("You Don't Know JS Yet: Get Started", "I Will Teach You to Be Rich"):
 * a name, however it begins. (A sentence in capitals, "I AM LEARNING RUST", is not.)
 */
function titleCased(t: string): boolean {
  if (!/\p{Ll}/u.test(t)) return false;
  let long = 0;
  for (const w of t.split(/\s+/)) {
    const m = /^[^\p{L}]*(\p{L})[\p{L}'’-]{3,}/u.exec(w);
    if (!m) continue;
    if (!/\p{Lu}/u.test(m[1]!)) return false;
    long++;
  }
  return long >= 3;
}
/** A sentence in Chinese or Japanese: a dozen characters or more, ended by "。" (or "．", the full-width stop some Japanese writers use). */
function cjkSentence(t: string): boolean {
  const end = t.charCodeAt(t.length - 1);
  if (end !== 0x3002 && end !== 0xff0e) return false;
  // ("慢慢读，也是一种读法。": a clause, a comma, another: a sentence however short.)
  return CJK_SENTENCE_RE.test(t) || (/[，、]/.test(t) && CJK_SHORT_SENTENCE_RE.test(t));
}
/** Six Han or kana characters or more. */
const CJK_SHORT_SENTENCE_RE = /(?:[\u3040-\u30ff\u3400-\u9fff][^\u3040-\u30ff\u3400-\u9fff]{0,6}){6}/;
/** At least a dozen Han or kana characters: a sentence's length, not a short label's ("完了。"). */
const CJK_SENTENCE_RE = /(?:[\u3040-\u30ff\u3400-\u9fff][^\u3040-\u30ff\u3400-\u9fff]{0,12}){12}/;

/** Intro lines ("I am looking for opportunities where I can:") that announce wishes, not work. */
export function isNonWorkIntro(line: string): boolean {
  // (Its words are tested without accents, so that \b, which knows only ASCII letters, ends a
  // word where a letter of any Latin script does; the foreign words are written without theirs.)
  const s = withoutAccents(line);
  // A greeting over a profile ("Hi, I'm Ana 👋") and a week's summary or recap: about the person or the past.
  if (/^\W*(?:hi|hello|hey|hola|bonjour|hallo)(?:\s+there)?(?:\s*[,!]|\s+i(?:['’]m|\s+am)\b|\W*$)|👋|^\W*(?:(?:weekly|daily|monthly|week(?:'s)?|sprint|month(?:'s)?)\s+(?:summary|recap|review|reflections?)|recap)\W*$/i.test(s.trim())) return true;
  // A heading that is only "Notes", "Highlights", "Summary": what was written down, not work.
  // ("💡 Notes:", "Notas", "Notizen", "Observaciones": the same, after an icon or in another language.)
  if (/^\W*(?:my |book |reading |lecture |course |class )?(?:notes|highlights?|summary|quotes?|key (?:ideas|points|concepts|takeaways)|info(?:rmation)?|details|notas|apuntes|observaciones|observacoes|notizen|anmerkungen|remarques|appunti)\W*$/i.test(s.trim())) return true;
  // "感じたこと", "振り返り", "メモ", "心得", "总结", "备注": impressions, a look back, memos.
  // "基本信息", "基本情報", "プロフィール", "기본 정보": the person and the plan's frame, not work.
  // "一些鼓励自己的话", "座右铭", "Motivation", "Mantras": words to keep going, not work.
  if (/鼓励|鼓勵|座右铭|座右銘|名言|格言|励志|勵志|^\W*(?:(?:my|some|daily)\s+)?(?:mantras?|affirmations?|motivation(?:al quotes)?|words to live by|reminders? to self)\W*$/iu.test(s.trim())) return true;
  if (/感じたこと|感想|所感|振り返り|反省|心得|总结|總結|小结|小結|备注|備註|회고|소감|^[^\p{L}\p{N}]*(?:基本信息|基本資訊|基本情報|个人信息|個人資料|プロフィール|기본\s?정보|프로필)[^\p{L}\p{N}]*$/u.test(s) || /^[^\p{L}\p{N}]*(?:他の?)?(?:メモ|笔记|筆記|메모)[^\p{L}\p{N}]*$/u.test(s)) return true;
  // "Areas of Strength:", "My strengths", "Stärken", "强项": what the person already does well, a self-assessment, not work.
  if (/^\W*(?:(?:my|areas? of|current|key)\s+)?(?:strengths?|strong (?:points|areas|suits?)|what i(?:['’]m| am) good at|fortalezas|pontos fortes|points forts|st[aä]rken)\W*$|^\W*(?:我的)?(?:强项|強項|优势|優勢|長所|強み|강점)\W*$/iu.test(s.trim())) return true;
  // "If Behind Schedule", "When stuck", "In case I fall behind": what to do should something
  // happen, advice held in reserve, not work planned.
  if (/^\W*(?:if|when|in case|should i|si|wenn|falls|se|caso)\s+(?:(?:i|you|we)\s+)?(?:(?:am|are|get|fall|falls|feel|run)\s+)?(?:behind|ahead|stuck|blocked|overwhelmed|short on time|out of time|lost|atrasad[oa]s?|adelantad[oa]s?|en retard|en avance|im r[uü]ckstand)/i.test(s.trim())) return true;
  // "Each week includes:", "Every session has:", "Cada semana incluye:": what each unit of the plan
  // is made of, the form the units take, not work of its own.
  if (/^\W*(?:each|every|cada|chaque|jede[rs]?|ogni)\s+[a-z]+\s+(?:includes?|contains?|has|consists? of|is made (?:up )?of|will (?:include|have|contain)|incluye|inclui|contient|comprend|enthalt|besteht aus|include|contiene)\b/i.test(s.trim())) return true;
  // "Weekly Time Commitment", "Time budget", "Availability": the time the person has, not work.
  if (/\b(?:time (?:commitment|budget|available|availability)|availability|hours (?:available|per week|a week)|weekly hours|tiempo (?:disponible|total(?: estimado)?|semanal)|dedicacion semanal|disponibilidad|temps disponible|zeitbudget|verfugbare zeit)\b/i.test(s)) return true;
  // "Key Learnings", "Struggles", "Commits", "Target Audience", "Common Pitfalls": a day's look
  // back, who a plan is for, what to avoid (the whole label says so, not a word in a sentence);
  // "Zielgruppe", "Lizenz", "Feedback oder Fragen?": who it is for, its licence, where to write, in
  // other languages too; "About This Repository", "Notice": what the page is, a word to readers;
  // "Enfoque Pedagógico", "Approach": how the plan teaches, not what it teaches.
  if (/^\W*(?:(?:key |main |today'?s )?learnings|struggles?|blockers?|pain points?|(?:git )?commits|(?:target )?audience|who (?:this|it) is for|zielgruppe|p[uú]blico(?:[- ]alvo| objetivo)|public cible|doelgroep|m[aå]lgrupp(?:e|en)?|grupa docelowa|hedef kitle|целевая аудитория|для кого|lizenz|licencia|licen[cç]a|licence|licenza|licentie|licens|licencja|lisans|лицензия|feedback(?: (?:or|oder|und|and|y|o|ou|et) (?:questions|fragen|preguntas|perguntas))?|(?:(?:core|learning|guiding|key) )*principles|(?:common |typical )?(?:pitfalls|mistakes|gotchas)|anti-?patterns|about(?: (?:this|the|my|our))?(?: (?:repository|repo|project|page|site|blog|me|us))?|notices?|(?:teaching |learning |pedagogical )?(?:approach|methodology)|pedagogy|enfoque(?: pedag[oó]gico| did[aá]ctico)?|metodolog[ií]a|abordagem(?: pedag[oó]gica)?|approche(?: p[ée]dagogique)?|m[ée]thodologie|methodik|didaktik|metodologia)\W*$/i.test(s.trim())) return true;
  // "6. Common Mistakes & Misconceptions", "Cheat Sheet — Review Only", "Pitfalls and gotchas":
  // a lesson's warnings and summary, in a short heading that names them.
  // ("Errores importantes", "Erreurs fréquentes", "Häufige Fehler": the same in other languages; not
  // "Errores y excepciones", a lesson on them.)
  if (/\b(?:mistakes|misconceptions|pitfalls|gotchas|cheat ?sheets?|common errors|errores (?:importantes|comunes|frecuentes|t[ií]picos|cometidos)|erros (?:comuns|frequentes|importantes|cometidos)|erreurs (?:courantes|fr[ée]quentes|importantes|classiques)|errori (?:comuni|frequenti)|h[äa]ufige fehler|typische fehler)\b/i.test(s) && wordCount(s) <= 6) return true;
  // ("高频错误 Top 5", "常见错误", "易错点", "よくある間違い", "흔한 실수": the same in Chinese, Japanese and Korean.)
  if (MISTAKES_CJK_RE.test(s) && s.length <= 40) return true;
  // "关键收获：", "遇到的问题：", "学び", "배운 점", "Problems encountered", "Aprendizados": what the
  // person took from the work or ran into doing it, a reflection told after it, not work.
  if (REFLECTION_LABEL_RE.test(s.trim())) return true;
  // "Tech Stack", "Built with", "Technologies used", "Project structure": what a project is made
  // of, not work to do.
  if (/^\W*(?:(?:the |my |our )?tech(?:nology)? stack|built with|made with|technologies(?: used)?|tools used|project (?:structure|layout|files)|file structure|folder structure|directory structure|(?:(?:useful|important|key|the|other) )?files (?:in|of) (?:this|the) (?:repo|repository|folder|directory|project)|repo(?:sitory)? (?:structure|contents|layout)|(?:folder|directory) contents|tecnologias(?: utilizadas| usadas)?|tecnologias e ferramentas|stack tecnologica|tecnologias del proyecto|herramientas utilizadas|ferramentas utilizadas|technologies utilisees|outils utilises|verwendete technologien|technologien|tech-stack|tecnologie utilizzate|uzyte technologie|kullanilan teknolojiler|teknolojiler|cong nghe su dung)\W*$/i.test(s.trim())) return true;
  // "Technologies & Libraries", "Tools and Frameworks", "Libraries / Dependencies": the same named
  // in two or three parts ("Tools" alone may be tools to learn).
  if (TECH_PARTS_RE.test(s.trim()) && /technolog|librar|framework|dependenc|stack/i.test(s)) return true;
  // (In scripts \W does not know: "Используемые технологии", "技术栈", "기술 스택"; written as withoutAccents leaves them, "й" as "и".)
  if (/^[^\p{L}\p{N}]*(?:технологии|используемые технологии|стек технологи[йи]|技术栈|技術スタック|使用技術|使用技术|기술\s?스택|사용\s?기술)[^\p{L}\p{N}]*$/iu.test(s.trim())) return true;
  // ("プロジェクトの構成", "ディレクトリ構成", "项目结构", "目录结构": the same in Japanese and Chinese.)
  if (/^[^\p{L}\p{N}]*(?:(?:プロジェクト|ディレクトリ|フォルダ|ファイル|リポジトリ)の?構成|(?:项目|項目|目录|目錄|文件|仓库|倉庫)(?:结构|結構)|프로젝트\s?구조|디렉토리\s?구조)[^\p{L}\p{N}]*$/u.test(s)) return true;
  // "Tags", "Aliases", "Related", "See also", "Backlinks": a page's filing, not work.
  if (/^\W*(?:tags?|aliases|related(?: notes| pages)?|see also|backlinks|linked references|links to this (?:note|page))\W*$/i.test(s.trim())) return true;
  // "Szabályok, amiket mostantól betartok", "Pravidla", "Reglas", "Règles", "Regeln": rules kept, in
  // other languages, as "Rules" is below; "Insights", "Felismerések", "Erkenntnisse": what was
  // understood along the way, a reflection.
  if (/^[^\p{L}\p{N}]*(?:(?:a|az|the|my|moje|meine|mis|mes|le|les|i|le mie|minhas|meus)\s+)?(?:szabalyok|pravidla|saannot|reguli|κανονες|правила|regler|regels|reglas|regras|regles|regeln|regole|kurallar|zasady|quy tac)(?:[^\p{L}\p{N}]*$|\s*[,:;(—–-]|\s+(?:i|we|to|that|which|que|a seguir|a suivre|die|da|amiket|amelyeket|ktere|jotka|care|που|которые|som|di)(?![\p{L}\p{N}]))/iu.test(s.trim()) && wordCount(s) <= 8) return true;
  if (wordCount(s) <= 6 && /(?:^|\s)(?:insights|felismeresek|poznatky|oivallukset|inzichten|spostrzezenia|erkenntnisse)[^\p{L}\p{N}]*$|^[^\p{L}\p{N}]*(?:(?:key|my)\s+)?insights?\s+(?:while|from|during|gained|learned)\b/iu.test(s.trim())) return true;
  // "Rewards", "Reward system", "🎲 Hộp quà ngẫu nhiên", "Belohnungen": what the person gives
  // themselves for the work, not work ("Listen to 2 songs", "An ice cream"). (Without accents, as above.)
  if (wordCount(s) <= 6 && (/^[^\p{L}\p{N}]*(?:\d+(?:\.\d+)*\.?\s+)?[^\p{L}\p{N}]*(?:(?:my|the|a)\s+)?(?:rewards?(?:\s+(?:system|box|list|ideas|jar|menu))?|treats|prizes)[^\p{L}\p{N}]*$/iu.test(s.trim())
    || /^[^\p{L}\p{N}]*(?:\d+(?:\.\d+)*\.?\s+)?[^\p{L}\p{N}]*(?:recompensas|premios|recompenses|belohnungen|ricompense|beloningen|beloningar|nagrody|награды|oduller|hadiah|phan thuong|hop qua|ご褒美|ごほうび|奖励|獎勵|보상)(?![\p{L}\p{N}])/iu.test(s.trim()))) return true;
  // "Anti-patterns to avoid", "Things to avoid", "Do not:", "Don'ts": rules kept, not work.
  if (/\b(?:anti-?patterns|(?:things |mistakes |pitfalls )?to avoid|don['’]?ts|dos and don)\b|^\W*do not\W*$/i.test(s.trim())) return true;
  // "🚧 Challenges/Blockers:", "Challenges and difficulties", "Challenges faced": what stood in the way, not challenges to solve.
  if (/\bchallenges?\s*(?:[/&,+]|and)\s*(?:blockers?|obstacles?|difficult(?:y|ies)|struggles?|issues?|problems?|solutions?)\b|\b(?:challenges?|difficulties)\s+(?:faced|encountered|i\s+faced|i\s+had|i\s+met)\b/i.test(s)) return true;
  // "Why Python?", "🐍 Pourquoi Python ?", "Pourquoi les plateformes … m'ont convaincu", "¿Por qué Rust?": why the person
  // learns it, a motivation, not work (not a question to study: "Why does the borrow checker reject this?").
  if (WHY_RE.test(s.trim())) return true;
  // "How to Use This Tracker", "Como usar este roadmap", "使い方": how to keep the note itself, not work.
  if (USING_THE_NOTE_RE.test(s.trim())) return true;
  // "Legend:", "Key:", "Symbols": what the marks mean.
  // ("Легенда статусов", "Status legend", "Legenda dos status": a legend of the marks.)
  if (/^\W*(?:legend|key|symbols|marks|notation|legenda|legende|leyenda|légende|легенда|凡例|图例|圖例|범례)\W*$/i.test(s.trim())
    || /^\W*(?:(?:status|mark|symbol)s?\s+(?:legend|key)|(?:legend|legenda|leyenda|légende|легенда)\s+\p{L}+(?:\s+\p{L}+)?)\W*$/iu.test(s.trim())) return true;
  // (In a sentence, a word far inside it names nothing of the list: "…challenges that support this
  // week's demo", "…what I should practise": only its first words say what follows.)
  const head = wordCount(s) > 8 ? s.trim().split(/\s+/).slice(0, 4).join(' ') : s;
  // "벼락치기 합격 필수 팁", "勉強のコツ", "Советы": tips and advice, as "Tips" and "Consejos" are below. (Not "建议", which heads a suggested plan as often as advice.)
  if (TIPS_CJK_RE.test(head)) return true;
  // "良かったこと", "悪かったこと", "振り返り", "잘한 점", "아쉬운 점", "复盘": a review of how the week went, as "What went well" and "Retro" are below.
  if (RETRO_CJK_RE.test(head)) return true;
  // ("具体职责", "职位要求", "応募資格", "자격 요건": a job's duties and requirements, as "job" and "requirements" below.)
  // (A word of a page's part followed by a technical noun names a topic: "Job queue", "Rules engine",
  // "Log compaction", "Index structures", "Contents of a JWT", "Profile-guided optimization",
  // "CSS position and z-index"; "Index", "Rules", "Learning log" alone are still the page's parts.)
  return /背景|簡介|简介|自我介紹|个人简介|职责|職責|(?:职位|職位|任职|任職|岗位|崗位)要求|招聘|応募資格|募集要項|必須スキル|歓迎スキル|자격\s?요건|우대\s?사항|\b(?:background(?!\s+(?:reading|material|knowledge|papers?|books?|courses?|topics?|math))|profile(?![-\s]*(?:queues?|engines?|structures?|compaction|replication|scheduling|schedulers?|rotation|levels?|aggregation|management|internals|shipping|tables?|of\s+an?\b|guided|optimi[sz]ation|properties|and\s+(?:z-index|overflow|display|layout|logging|monitoring)))|bio\b|logs?\b(?![-\s]*(?:queues?|engines?|structures?|compaction|replication|scheduling|schedulers?|rotation|levels?|aggregation|management|internals|shipping|tables?|of\s+an?\b|guided|optimi[sz]ation|properties|and\s+(?:z-index|overflow|display|layout|logging|monitoring)))|logbook|journal|diary|time ?log|timesheet|changelog|notes to self|reminders?|note to self|opportunit|hiring|hire me|job(?!\s*(?:interview|search|hunt|prep|applications?|offers?\s+(?:prep|practice)))(?![-\s]*(?:queues?|engines?|structures?|compaction|replication|scheduling|schedulers?|rotation|levels?|aggregation|management|internals|shipping|tables?|of\s+an?\b|guided|optimi[sz]ation|properties|and\s+(?:z-index|overflow|display|layout|logging|monitoring)))|position(?![-\s]*(?:queues?|engines?|structures?|compaction|replication|scheduling|schedulers?|rotation|levels?|aggregation|management|internals|shipping|tables?|of\s+an?\b|guided|optimi[sz]ation|properties|and\s+(?:z-index|overflow|display|layout|logging|monitoring)))|salary|reach out|contact me|looking for (?:a|an|opportunit|work|roles?)|benefits?|pros\b|cons\b|why (?:this|i)|requirements?|must\b|should\b|rules?\b(?![-\s]*(?:queues?|engines?|structures?|compaction|replication|scheduling|schedulers?|rotation|levels?|aggregation|management|internals|shipping|tables?|of\s+an?\b|guided|optimi[sz]ation|properties|and\s+(?:z-index|overflow|display|layout|logging|monitoring)))|criteria for|tips?\b|advice|(?:consejos|consigli|conselhos|dicas|conseils|astuces|tipps|ratschlage)\b|notes? on|disclaimer|license|credits?|thanks|acknowledg|how i work|about me|contributing|faq|table of contents|contents(?![-\s]*(?:queues?|engines?|structures?|compaction|replication|scheduling|schedulers?|rotation|levels?|aggregation|management|internals|shipping|tables?|of\s+an?\b|guided|optimi[sz]ation|properties|and\s+(?:z-index|overflow|display|layout|logging|monitoring)))|(?<![-\w])index\b(?![-\s]*(?:queues?|engines?|structures?|compaction|replication|scheduling|schedulers?|rotation|levels?|aggregation|management|internals|shipping|tables?|of\s+an?\b|guided|optimi[sz]ation|properties|and\s+(?:z-index|overflow|display|layout|logging|monitoring)))|navigation|quick links|^\W*(?:community|support|sponsors?)\b|translations?|i (?:noticed|learned|learnt|realized|realised|liked|loved|hated|felt)|companies|contacts?|people to (?:contact|meet|ask|follow)|recruiters?|referrals?|tools i use|my (?:setup|stack|tools)|observations?|reflections?|takeaways?|lessons? learned|what (?:worked|didn['’]?t(?: work)?|went (?:well|wrong))|retro(?:spective)?|not included|excluded|won['’]?t (?:read|do|finish)|not (?:going to|gonna) (?:read|do))/i.test(head);
}

/** A heading that says why: "Why Python?", "Pourquoi …", "Por qué …", "Warum …", "Perché …" (not with a verb of a question after it). */
const WHY_RE = /^[^\p{L}\p{N}]*(?:why|pourquoi|por\s*qu[eé]|warum|perch[eé]|waarom|dlaczego|neden|почему|зачем)(?![\p{L}\p{N}])(?!\s+(?:is|are|was|were|do|does|did|can|could|should|would|will|has|have|had|might|must|may|est|sont|ist|sind|es|son)\b)[^.!]{0,80}$/iu;
const NOTE_NOUN = '(?:tracker|template|checklist|list|plan|planner|roadmap|note|page|repo(?:sitory)?|guide|board|sheet|file|document|log|journal)';
/** A part on how to use or update the note itself: "How to use this tracker", "Using this template", "Como atualizar", "Cómo usar esta plantilla", "使い方". */
const USING_THE_NOTE_RE = new RegExp(`^[^\\p{L}\\p{N}]*(?:(?:how to use|using)(?:\\s+(?:this|the|my))?\\s+${NOTE_NOUN}|how to (?:use|update)|how to update (?:this|the|my)\\s+${NOTE_NOUN}|(?:c[oó]mo|como) (?:usar|actualizar|atualizar)|comment (?:utiliser|mettre [àa] jour)|(?:c[oó]mo usar|como usar|modo de uso de|comment utiliser)\\s+(?:este|esta|esse|essa|o|a|el|la|ce|cette|le)\\s+(?:roadmap|plantilla|modelo|template|gu[ií]a|lista|checklist|tracker|reposit[oó]rio|repositorio|documento|arquivo|archivo|plan|plano|mod[eè]le|fichier|page|p[aá]gina)|使い方|使用方法|使用说明|使用說明|사용\\s?방법|사용법)[^\\p{L}\\p{N}]*$`, 'iu');

/** Intro lines that announce a list of things to learn or do. */
export function isWorkIntro(s: string): boolean {
  // (In a copy without accents, as isNonWorkIntro.)
  return /\b(?:roadmap|learn|learning|study|studying|read|reading|watch|exploring|explore|focus|plan|planned|todo|to-?do|to do|backlog|next|goals?|curriculum|courses?|books?|papers?|resources?|topics?|areas?|projects?|tasks?|deliverables?|practice|prepare|cover|centered on|build|building|implement|master|schedule|week|day|morning|afternoon|evening|session|level|layer|track|phase|module|unit|objectives?|syllabus|ideas?)\b/i.test(withoutAccents(s))
    // Goals, next steps and things to do in other languages: "Prochains objectifs", "Próximos pasos", "Nächste Ziele", "Цели", "目标";
    // what comes next, as English "next" says it: "Próximos bloques", "Prochains modules".
    || OTHER_WORK_INTRO_RE.test(withoutAccents(s));
}
// (A goal in the singular only where the label opens with it: "Objectif :", not "Banda objetivo: _ / 9", a target.)
const OTHER_WORK_INTRO_RE = /^[^\p{L}\p{N}]*(?:objectif|objetivo|meta|ziel|obiettivo|цель|hedef)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:objectifs|objetivos|metas|ziele|obiettivi|цели|cele|hedefler|muc tieu|prochaines? etapes?|proximos pasos|proximas? etapas?|proximos passos|nachste schritte|proxim[oa]s|prochain(?:e?s)|nachsten?|prossim[ie]|следующие|kolejne|volgende|nasta|a faire|por hacer|a fazer|zu erledigen|da fare|задачи|планы?|목표|할 일)(?![\p{L}\p{N}])|目标|目標|下一步|次のステップ|やること/iu;

/** A heading or label that files work under way ("In progress", "Currently reading", "Doing", "WIP"). */
export function isDoingSection(s: string): boolean {
  // "Estou fazendo", "En cours", "Lese gerade", "読書中", "在读": languages.ts's tables.
  if (sectionStatus(s) === 'doing') return true;
  if (hasStem(s, DOING_STEMS)) {
    // "Courses I'm doing", "Books I'm reading", "Current curriculum", "What I'm currently learning".
    if (/\bi(?:['’]m| am) (?:currently )?(?:doing|reading|taking|learning|studying|watching|working on|following)\b|^current\b|\bcurrently (?:reading|learning|studying|taking|watching|doing|working)|\b(?:in progress|ongoing|under way|underway)\b/i.test(s.trim())) return true;
  }
  // ("## ing": the suffix alone, as Korean and Japanese developers write "in progress".)
  return /^(?:in[- ]progress|doing|ing|wip|ongoing|now|active|started|currently(?:\s+(?:on|reading|learning|studying|watching|taking|working on|doing))?|working on(?: now)?|what i(?:'|’)?m (?:reading|learning|doing|working on)(?: now)?)\b\W*$/i.test(s.trim());
}

/**
 * A heading or label over a template, a blank form to copy ("Template", "Daily note template",
 * "Example entry", "Format"): what is under it is a pattern, not work.
 */
export function isTemplateSection(s: string): boolean {
  return /^\W*(?:(?:[\w-]+\s+){0,3}templates?|example (?:entry|entries|day|week|log|note)|format|blank (?:entry|form|template))\W*$|^\W*examples?\s*(?:[:–—-]|of\b|$)/i.test(s.trim())
    // The word in other languages, as the whole heading: "模板：", "テンプレート", "템플릿", "Plantilla", "Vorlage", "Шаблон".
    || /^[^\p{L}]*(?:模板|模版|范本|範本|テンプレート|ひな形|雛形|템플릿|양식|plantillas?|vorlagen?|шаблоны?|szablony?|şablon(?:u|lar)?)[^\p{L}]*$/iu.test(s.trim());
}

/** A heading or label over work that may be left out ("Stretch goals", "Nice to have", "Someday / maybe"). */
export function isOptionalSection(s: string): boolean {
  // ("Electives", "Here is a sample of options", "Pick one of:", "You may choose": choices, one or some of which are taken.)
  return /\b(?:optional|stretch(?: goals?)?|bonus|nice[- ]to[- ]haves?|maybe(?: later)?|someday|if time(?: permits)?|extras?|electives?|(?:a )?sample of (?:options|courses)|options to choose|(?:pick|choose) (?:one|any|two|from|among)|may (?:choose|pick)|alternatives)\b/i.test(s);
}

/**
 * Words that say a list is of things the person finished and what they did to them: "Each of
 * these books changed something in me", "Books that shaped my thinking", "My favourite reads",
 * "i libri che più mi hanno formato", "książki, które mnie ukształtowały".
 */
const PAST_SHELF_INTRO_RE = /\b(?:books?|reads?|courses?|papers?|talks?|things)\b[^.!?]{0,30}\b(?:that|which|who)\s+(?:have\s+|has\s+)?(?:changed|shaped|influenced|inspired|transformed|stuck with|stayed with)\b|\b(?:changed|shaped|influenced|transformed)\s+(?:something\s+in\s+)?(?:me|my\s+(?:life|thinking|mind|career|work))\b|\bmy\s+(?:all[- ]time\s+)?favou?rite\s+(?:books?|reads|courses?|papers?)\b|\bbooks?\s+i(?:['’]ve|\s+have)?\s+(?:loved|enjoyed|read and (?:loved|liked))\b|(?:поменял|изменил|повлиял)[аио]?(?!\p{L})|(?:книги|книг),?\s+которые\s+(?:изменили|повлияли)|любимые\s+книги|(?:libros|livros)\s+que\s+(?:me\s+)?(?:cambiaron|marcaron|formaron|inspiraron|mudaram|marcaram|transformaram|formaram|inspiraram)|(?:mi|m['’]|ci)\s*hanno\s+(?:formato|cambiato|segnato|influenzato|ispirato|trasformato)(?!\p{L})|(?:które|ktore)\s+mnie\s+(?:ukształtowały|zmieniły|zainspirowały)|die\s+mij\s+(?:gevormd|veranderd|beïnvloed|geïnspireerd)|(?:mis|meus)\s+(?:libros|livros)\s+favoritos|bücher,?\s+die\s+mich\s+(?:verändert|geprägt|beeinflusst)|lieblingsbücher|livres\s+qui\s+m['’]ont\s+(?:changé|marqué|formé|inspiré)|(?:改变|影响)(?:了)?我的书|私を変えた本|나를\s*(?:바꾼|변화시킨)\s*책/iu;
/**
 * Whether `t` says its list is of things the person finished (PAST_SHELF_INTRO_RE). The pattern
 * costs some microseconds a line; it cannot match without one of these words or characters (as
 * written, in capitals, or as the two non-ASCII letters 'ſ' and the Kelvin sign that the 'iu'
 * flags fold to 's' and 'k'), which one cheap scan looks for first.
 */
export function saysPastShelf(t: string): boolean {
  return PAST_SHELF_NEEDS_RE.test(t) && PAST_SHELF_INTRO_RE.test(t);
}
const PAST_SHELF_NEEDS_RE = /[\u017f\u212a\u0400-\u04ffü书本책]|that|which|who|changed|shaped|influenced|transformed|favo|book|ros\s|livres|hanno|mnie|mij/i;

/**
 * A sentence over a list that says its entries are what the person has finished: "Each link
 * leads to one of the courses I have completed", "los cursos que he completado en EDteam", "os
 * livros que já li", "les cours que j'ai suivis", "Kurse, die ich abgeschlossen habe", "книги,
 * которые я прочитал".
 */
/** "…the courses I have completed:", "Los contenidos que vi fueron:": a sentence that says the list after it is done. */
export function introducesDoneList(plain: string): boolean {
  return plain.length <= 300 && DONE_LIST_GATE_RE.test(plain) && DONE_LIST_INTRO_RE.test(plain);
}
/** What DONE_LIST_INTRO_RE needs in every language it reads, looked for first (it is costly where it runs): "I", "que", "ich", "я". */
const DONE_LIST_GATE_RE = /\bi(?:['’]ve|\s)|\bque\s|\bich\s|\sя\s/i;
export const DONE_LIST_INTRO_RE = /\b(?:courses|books|classes|tutorials|certifications|certificates|papers|modules|lessons|things|topics|contents|chapters|videos|units)\s+(?:that\s+|which\s+)?i(?:['’]ve|\s+have)?\s+(?:already\s+)?(?:completed|finished|read|taken|done|watched|passed|earned|covered|saw|seen|studied|learned|learnt|went through|gone through)\b|(?<!\p{L})(?:cursos|libros|clases|certificaciones|lecciones|contenidos|temas|cap[ií]tulos|v[ií]deos)\s+que\s+(?:ya\s+)?(?:(?:he|hemos)\s+(?:completado|terminado|tomado|le[ií]do|hecho|realizado|aprobado|finalizado|cursado|visto|estudiado|aprendido)|vi|vimos|estudi[ée]|aprend[ií]|le[ií]|complet[ée]|termin[ée]|hice)(?!\p{L})|(?<!\p{L})(?:cursos|livros|aulas|certifica[çc][õo]es|conte[úu]dos|temas|cap[ií]tulos|v[ií]deos)\s+que\s+(?:j[áa]\s+)?(?:terminei|conclu[ií]|completei|fiz|li|assisti|finalizei|cursei|vi|estudei|aprendi)(?!\p{L})|(?<!\p{L})(?:cours|livres|formations|certifications)\s+que\s+j['’]ai\s+(?:d[ée]j[àa]\s+)?(?:termin[ée]e?s?|suivie?s?|lue?s?|finie?s?|compl[ée]t[ée]e?s?|valid[ée]e?s?|obtenue?s?)(?!\p{L})|(?<!\p{L})(?:kurse|bücher|zertifikate),?\s+die\s+ich\s+(?:bereits\s+|schon\s+)?(?:abgeschlossen|beendet|gelesen|absolviert|gemacht|bestanden)\s+habe(?!\p{L})|(?<!\p{L})(?:курсы|книги),?\s+которые\s+я\s+(?:уже\s+)?(?:прош[её]л|прошла|прочитал|прочитала|закончил|закончила|окончил)(?!\p{L})/iu;

/** A heading or label that files finished work ("Done so far:", "Completed", "Archive"). */
export function isDoneSection(s: string): boolean {
  const t = s.trim();
  // "Cursos que já terminei", "Libros leídos", "Abgeschlossene Kurse", "読了", "已读": languages.ts's tables.
  if (sectionStatus(t) === 'done') return true;
  // "Problem Log", "Reading log", "## Learning log (auto-generated)": a record of what was done.
  if (WORK_LOG_RE.test(t) || PROGRESS_REPORT_RE.test(t)) return true;
  // "Books that changed my life", "My favourite reads".
  if (saysPastShelf(t)) return true;
  // ("Reviews", "Book reviews": what was reviewed was read or taken.)
  if (/^\W*(?:my\s+)?(?:(?:book|course|reading)\s+)?reviews\W*$/i.test(t)) return true;
  // "Topics practiced", "Temas practicados": what a session went over, done.
  if (PRACTISED_TOPICS_RE.test(t)) return true;
  // "**Accomplishments:** Got through the inheritance videos", "What I accomplished": what was done.
  if (/^\W*(?:(?:today['’]?s|this week['’]?s|weekly|daily|key|my)\s+)?accomplishments?\W*$|^\W*(?:what\s+(?:i|we)\s+)?(?:accomplished|got done)(?:\s+today|\s+this week)?\W*$/i.test(t)) return true;
  // "What I built", "Things I've shipped", "What I can do now": a look back at work done.
  if (/^\W*(?:what|things)\s+(?:i|we)(?:['’]ve| have)?\s+(?:built|made|shipped|created)(?:\s+(?:so far|this week|this month|today))?\W*$|^\W*what\s+i\s+(?:can do|know)\s+now\W*$/i.test(t)) return true;
  // "Today's Progress", "What I did today", "Done today": a day's record of what was done (the #100DaysOfCode log's label).
  if (/^\W*(?:today['’]?s progress|progress (?:made )?today|(?:what i )?(?:did|done|worked on|accomplished|completed) today|today i (?:did|worked on|studied|completed|finished))\W*$/i.test(t)) return true;
  // ("Done when:", "Done if", "DONE khi:": the criteria a step is done by, not what is done.)
  if (/^\W*done (?:when|if|khi|cuando|quand|wenn|quando|se)\b|^\W*(?:done|completion) criteria\b/i.test(t)) return false;
  return /^(?:(?:recently |just |lately )?(?:done|completed?|finished|solved)|already (?:done|finished|read|solved)|archived?|what i(?:'|’)?ve (?:done|finished|read|watched|solved))\b/i.test(t) ||
    // "Books I've read", "Read in 2024", "Finished in 2023", "Courses I have completed", "Coursera courses completed"
    /\bi(?:'|’)?ve (?:read|watched|finished|completed|taken)\W*$|\b(?:books?|courses?|papers?|articles?|things) i (?:read|watched|finished|completed|took)\b|\b(?:have|has) been (?:read|watched|finished|completed|done|taken)\W*$|^(?:[\w.&+-]+\s+){0,3}(?:courses?|classes|books?|moocs?|papers?|certifications?|certificates?|tutorials?|lectures?|specializations?) (?:participated|attended|taken|completed|finished|done|read|watched|passed|earned)(?: (?:so far|to date|in \d{4}|this year|last year))?\W*$|\bi have (?:read|watched|finished|completed|taken)\W*$|^(?:read|watched|finished|completed) (?:in )?(?:\d{4}|this year|last year)\b/i.test(t);
}

/**
 * "Topics practiced", "Things we studied", "Temas practicados", "Thèmes révisés", "Geübte Themen":
 * what a session went over. (Not "Topics covered", "Sujets abordés": what a course's syllabus covers.)
 */
const PRACTISED_TOPICS_RE = /^[^\p{L}\p{N}]*(?:(?:topics?|topic\(s\)|concepts?|subjects?|things|skills?|material)\s+(?:i\s+|we\s+)?(?:practi[cs]ed|studied|reviewed|revised|went over)|(?:topics?|topic\(s\)|things)\s+(?:i|we)\s+covered|what (?:i|we) (?:practi[cs]ed|studied|went over|covered)|(?:temas|conceptos|contenidos)\s+(?:practicados|estudiados|vistos|repasados)|(?:temas|conceitos|conte[úu]dos)\s+(?:praticados|estudados|vistos|revisados)|(?:sujets|th[èe]mes|notions)\s+(?:pratiqu[ée]s|[ée]tudi[ée]s|r[ée]vis[ée]s)|(?:ge[üu]bte|gelernte)\s+themen)[^\p{L}\p{N}]*$/iu;

/** A log of work, by its heading: a kind of work or "learning", then "log" (not a backlog, a changelog or a time log). */
export function isWorkLog(title: string): boolean {
  return WORK_LOG_RE.test(title);
}
const WORK_LOG_RE = /^\W*(?:my |daily |weekly )?(?:problems?|reading|learning|study|studying|leetcode|practice|book|course|progress|solutions?|solved problems?)\s+log\b/i;
/** A report of the work done, in other languages too: "Progress report", "Báo cáo tiến độ", "Relatório de progresso", "学习周报". */
const PROGRESS_REPORT_RE = /^[^\p{L}\p{N}]*(?:(?:weekly|daily|monthly)\s+)?progress\s+report\b|^[^\p{L}\p{N}]*b[áa]o\s+c[áa]o\s+ti[ếe]n\s+[đd][ộo]|^[^\p{L}\p{N}]*relat[óo]rio\s+de\s+progresso|^[^\p{L}\p{N}]*informe\s+de\s+(?:progreso|avance)|^[^\p{L}\p{N}]*rapport\s+d['’]avancement|^[^\p{L}\p{N}]*fortschrittsbericht|^[^\p{L}\p{N}]*(?:学习|學習)?(?:周报|週報|日报|日報|进度报告|進度報告)[^\p{L}\p{N}]*$/iu;

/** Pieces every English "doing" phrase above holds: a cheap look first. */
const DOING_STEMS = ["i'm", 'i’m', 'i am', 'current', 'progress', 'ongoing', 'under way', 'underway'];

function hasStem(s: string, stems: readonly string[]): boolean {
  const l = s.toLowerCase();
  for (const x of stems) if (l.includes(x)) return true;
  return false;
}

/** A heading or label that files work put down ("Shelved", "Paused", "Abandoned", "Gave up", "DNF"). */
export function isDroppedSection(s: string): boolean {
  // "Abandonados", "En pause", "Bırakılanlar", "挫折", "放弃": languages.ts's tables.
  if (sectionStatus(s) === 'skipped') return true;
  // ("Recently threw on the DNF pile": the same word later in the label.)
  return /^(?:shelved|paused|on hold|delay(?:ed)?|postponed|abandoned|gave up|given up|dropped|dnf|did not finish|didn(?:'|’)?t finish|quit|cancel(?:l)?ed|graveyard|not (?:doing|pursuing)|won(?:'|’)?t (?:do|read|finish|watch|take|pursue)|will not (?:do|read|finish|watch|take|pursue))\b/i.test(s.trim())
    || /\bdnf\b/i.test(s)
    || (/\b(?:skipped|dropped|abandoned|gave|not|didn|chose|decided)\b/i.test(s) && DROPPED_INTRO_RE.test(s));
}
/**
 * "Exercises I skipped", "The exercises that were not completed due to personal reasons are
 * recorded as follows:", "Problems we chose not to do": a label telling that what follows was
 * put down on purpose (not yet done would say no reason).
 */
const DROPPED_INTRO_RE = /\b(?:(?:i|we)\s+(?:have\s+|had\s+)?(?:skipped|dropped|abandoned|gave up(?:\s+on)?)|(?:were|was|are|have been)\s+(?:not\s+(?:completed|finished|done)\s+(?:due to|because|for)\b|skipped|dropped|abandoned)|(?:i|we)\s+(?:did not|didn['’]?t|chose not to|decided not to)\s+(?:do|finish|complete)\b(?!\s+yet))/i;

/**
 * The evidence in an entry's own title, as named cues (for the fitted kind model, which
 * weighs them against the section's and the links' say): the same tests classifyKind
 * runs in turn, each reported on its own.
 */
export function titleCues(title: string): string[] {
  const t = title.includes('_') && !/\s/.test(title) ? title.replace(/_/g, ' ') : title;
  // ("🎯 Next: Start the ML module": the words after a when-label are the entry's.)
  const lead = t.replace(/^[^\p{L}\p{N}]+/u, '').replace(WHEN_LABEL_RE, '');
  const en = LATIN_ACCENTED_RE.test(t) ? withoutAccents(t) : t;
  const enLead = en === t ? lead : withoutAccents(lead);
  const out: string[] = [];
  const icon = codeAt(t, 0) > 0x2000 ? iconKind(t) : null;
  if (icon) out.push(`icon:${icon}`);
  if (BOOK_CUE.test(t)) out.push('book');
  if (hasCourseCue(t)) out.push('course');
  if (/\b(?:paper|arxiv)\b/i.test(en)) out.push('paper');
  if (/\.pdf\b/i.test(en)) out.push('pdf');
  if (/\b(?:videos?|playlist|webinar|talks?)\b|📽|🎥|📺/i.test(t)) out.push('video');
  if (/\b(?:article|blog|post(?!-)|essay|newsletter)\b/i.test(en) || t.includes('📝') || publishedTitle(t)) out.push('article');
  if (/\b(?:project|build|implement|clone|from scratch|app|portfolio)\b/i.test(en)) out.push('project');
  if (COURSEWORK_RE.test(enLead)) out.push('coursework');
  if (/^(?:lecture )?(?:slides?|handouts?|lecture notes|reading(?: \d[\d.]*)?)\b/i.test(enLead)) out.push('handout');
  if (ANY_VERB.test(lead) && !NAMED_LIKE_A_VERB.test(enLead)) {
    for (const [re, kind] of VERB_KINDS) {
      if (re.test(lead)) {
        out.push(`verb:${kind}`);
        break;
      }
    }
  }
  if (/\?\s*$/.test(en) || (/^(?:how|why|what|when|where|which|is|are|can|does|do|should)\b/i.test(enLead) && wordCount(t) > 3)) out.push('question');
  if (/\bby\s+\p{Lu}\p{L}+/u.test(t) || /^\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+){1,3}\s+[-–—]\s+\S/u.test(t)) out.push('byline');
  if (/\b(?:19|20)\d\d\b/.test(en)) out.push('year');
  const words = wordCount(t);
  out.push(words <= 2 ? 'words:1-2' : words <= 5 ? 'words:3-5' : words <= 10 ? 'words:6-10' : 'words:11+');
  // Names of books and courses are written in title case; things to do, as sentences.
  const ws = t.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && w.length > 3);
  if (ws.length >= 2) {
    const caps = ws.filter((w) => /^\p{Lu}/u.test(w)).length / ws.length;
    out.push(caps >= 0.75 ? 'case:title' : caps <= 0.25 ? 'case:lower' : 'case:mixed');
  }
  if (/^\p{Ll}/u.test(enLead)) out.push('lead:lower');
  if (/[:：]\s*\S/.test(t)) out.push('colon');
  if (/\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}|\p{Script=Hangul}|\p{Script=Cyrillic}/u.test(en)) out.push('script:other');
  return out;
}

/**
 * The books self-taught engineers name most, by title or by the short name they go by
 * ("SICP", "CLRS", "DDIA", "OSTEP", "K&R"): world knowledge, as the sites of books and courses
 * are. Only the name, then nothing or what a book's name takes after it (an edition, its author,
 * a count, a chapter), names the book: "SICP MIT video lectures", "DDIA: a review" do not. Not a
 * title that is also a subject or a course's name ("Design Patterns", "Refactoring", "Clean Code",
 * "Introduction to Algorithms"): a roadmap lists those as topics to learn as often as books.
 */
const KNOWN_BOOK_RE = /^\W*(?:the\s+)?(?:sicp|structure and interpretation of computer programs|clrs|ddia|designing data[- ]intensive applications|(?:the\s+)?pragmatic programmer|code complete|cracking the coding interview|ctci|ostep|operating systems:? three easy pieces|csapp|computer systems:? a programmer['’]?s perspective|c programming language|k&r|hands[- ]on machine learning(?: with scikit[- ]learn)?|eloquent javascript|you don['’]?t know js|effective (?:java|c\+\+|python|modern c\+\+)|grokking algorithms|elements of programming interviews|crafting interpreters|rust programming language|programming pearls|mythical man[- ]month|learn you a haskell|fluent python|python crash course|thinking in java|java concurrency in practice|database internals|computer networking:? a top[- ]down approach|computer organization and design|artificial intelligence:? a modern approach|pattern recognition and machine learning|elements of statistical learning|an introduction to statistical learning|linear algebra done right|how to design programs|htdp|art of computer programming|taocp|working effectively with legacy code|phoenix project|algorithm design manual|deep learning with python|programming rust|go programming language|javascript:? the good parts|linux command line|elements of computing systems|code:? the hidden language(?: of computer hardware and software)?)(?=\s*(?:$|[,:(\[–—-]\s|\(|\[|\d|(?:by|vol\.?|volume|chapters?|ch\.?|part|edition|ed\.|[1-9](?:st|nd|rd|th))\b|$))/i;
/** What after a known book's name says the entry is about it but is something else: a review, its video lectures, a course of it. */
const NOT_THE_BOOK_RE = /\b(?:review|reviews|summary|video|videos|lectures?|course|specialization|talk|podcast|techniques|guru|hacker news|aulas|notes on|exercises? solutions?)\b/i;

export function isKnownBook(title: string): boolean {
  return KNOWN_BOOK_RE.test(title) && !NOT_THE_BOOK_RE.test(title);
}
