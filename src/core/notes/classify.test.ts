// The named cues of a title (what the kind-model experiment weighs, scripts/fit-kind.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyKind, isDoneSection, isNonWorkIntro, isPlainReadingList, isProse, kindOfLinks, readingListKind, sectionKind, titleCues, withoutAccents } from './classify.js';

test('titleCues names each piece of evidence in a title on its own', () => {
  assert.deepEqual(titleCues('Read chapter 4 of the Rust Book'), ['book', 'verb:article', 'words:6-10', 'case:title']);
  assert.deepEqual(titleCues('Watch the Andrej Karpathy talk (video)'), ['video', 'verb:video', 'words:6-10', 'case:title']);
  assert.ok(titleCues('build a compiler from scratch').includes('case:lower'));
  assert.ok(titleCues('How does the borrow checker work?').includes('question'));
  assert.ok(titleCues('📄 Attention Is All You Need, 2017').includes('icon:paper'));
  assert.ok(titleCues('Изучить синтаксис').includes('script:other'));
});

test('a section says its kind with the word cut short ("Proj ideas"), and a judge\'s link is a problem even with a course word in its path', async () => {
  const { sectionKind, kindOfLinks } = await import('./classify.js');
  assert.equal(sectionKind('PROJ IDEAS (GO)'), 'project');
  assert.equal(sectionKind('Projection methods'), null);
  assert.equal(kindOfLinks(['https://leetcode.com/problems/course-schedule/']), 'task');
  assert.equal(kindOfLinks(['https://www.coursera.org/learn/algorithms']), 'course');
});

test('the sites people learn from: a track of exercises is a course, one exercise of it a task, a drill repository a task, an online book a book', async () => {
  const { kindOfLinks } = await import('./classify.js');
  assert.equal(kindOfLinks(['https://exercism.org/tracks/python']), 'course');
  assert.equal(kindOfLinks(['https://github.com/exercism/ocaml']), 'course');
  assert.equal(kindOfLinks(['https://exercism.org/tracks/python/exercises/two-fer']), 'task');
  assert.equal(kindOfLinks(['https://github.com/rust-lang/rustlings']), 'task');
  assert.equal(kindOfLinks(['https://www.kaggle.com/learn']), 'course');
  assert.equal(kindOfLinks(['https://developers.google.com/machine-learning/clustering']), 'course');
  assert.equal(kindOfLinks(['https://doc.rust-lang.org/rust-by-example/']), 'book');
  assert.equal(kindOfLinks(['https://www.kaggle.com/competitions']), null);
});

test('a title that names problems to solve last is a task wherever it links; open problems are questions', async () => {
  const { classifyKind } = await import('./classify.js');
  assert.equal(classifyKind('JavaScript Practice Problems', ['https://github.com/kyle116/web-dev/tree/master/week1'], null), 'task');
  assert.equal(classifyKind("exercism's rust problems", ['https://github.com/exercism/rust'], null), 'task');
  assert.equal(classifyKind('Gophercises Go exercises', [], null), 'task');
  assert.notEqual(classifyKind('Open problems', [], null), 'task');
});

test('a series of tutorials is a course, as one tutorial is; a course on a platform named by the platform ("… (Cloud Skills Boost)")', async () => {
  const { classifyKind } = await import('./classify.js');
  assert.equal(classifyKind('Basic PostgreSQL Tutorials', [], null), 'course');
  assert.equal(classifyKind('Tutorials: GraphQL Fundamentals', [], null), 'course');
  assert.equal(classifyKind('Google Cloud Fundamentals (Cloud Skills Boost)', [], null), 'course');
  assert.equal(classifyKind('Intro to SQL - Kaggle Learn', [], null), 'course');
});

test('a label over exercises names things to solve, in English and other languages; a mention of problems does not', async () => {
  const { sectionKind } = await import('./classify.js');
  for (const label of ['Exercises', 'Practice problems:', 'Problem sets (week 2)', '📌 Bài tập:', 'Ejercicios', 'Übungen', '练习题', '실습', 'Exams', 'Concepts to practice (60–90 min)', 'Things to drill']) assert.equal(sectionKind(label), 'task', label);
  assert.equal(sectionKind('Common problems with borrowing'), null);
  assert.equal(sectionKind('Open problems'), 'question');
});

test('a course\'s reading ("Reading 3", "Readings: ch. 2") is to read; "Reading a Schema" is a skill named by its gerund', async () => {
  const { classifyKind } = await import('./classify.js');
  assert.equal(classifyKind('Reading 3', [], null), 'article');
  assert.equal(classifyKind('Readings: ch. 2', [], null), 'article');
  assert.equal(classifyKind('Slides', [], null), 'article');
  assert.equal(classifyKind('Reading a Schema', [], null), 'topic');
  assert.equal(classifyKind('Reading Errors', [], null), 'topic');
});

test('a bookshop\'s link or an author says a book over a word in its name; a book\'s part is a step even with words after a colon', async () => {
  const { classifyKind } = await import('./classify.js');
  assert.equal(classifyKind('Compilers from Scratch', ['https://www.amazon.com/dp/123456'], null), 'book');
  assert.equal(classifyKind('Compilers from Scratch', ['https://github.com/someone/compilers'], null), 'project');
  assert.equal(classifyKind('Project Nightfall by Ada Morrow', [], null), 'book');
  assert.equal(classifyKind('Appendix B: @dana', [], 'book'), 'task');
  assert.equal(classifyKind('Preface : @dana, @lee', [], 'book'), 'task');
  assert.equal(classifyKind('Appendix of Wonders', [], 'book'), 'book');
});

test('an icon after a title says its kind as one in front does ("… workshops 🎓", "read some [[Legacy Code]] 📚")', async () => {
  const { classifyKind } = await import('./classify.js');
  assert.equal(classifyKind('rust async workshops 🎓', [], null), 'course');
  assert.equal(classifyKind('read some Refactoring Legacy Systems 📚', [], null), 'book');
  assert.equal(classifyKind('tidy the desk 🧹', [], 'task'), 'task');
});

test('a numbered seminar of a course is a sitting to attend, a task, in any of its spellings', async () => {
  const { classifyKind } = await import('./classify.js');
  for (const t of ['Seminar 2', 'Seminarie 1', 'Seminario 3']) assert.equal(classifyKind(t, [], null), 'task', t);
  assert.equal(classifyKind('Seminar on category theory', [], null), 'topic');
});

test('a list of readings holds things to read; a school\'s academy page or a career track is a course', async () => {
  const { classifyKind, sectionKind } = await import('./classify.js');
  assert.equal(sectionKind('Checklist of readings'), 'article');
  assert.equal(sectionKind('Checklist'), 'task');
  assert.equal(classifyKind('Dasar Pemrograman Web', ['https://www.example-school.id/academies/123'], null), 'course');
  assert.equal(classifyKind('Data Engineer Career Track', ['https://learn.example.com/tracks/data'], null), 'course');
});

test('a Japanese title says its kind by its nouns and its last verb', () => {
  assert.equal(classifyKind('家計簿アプリを作る', [], null), 'project');
  assert.equal(classifyKind('Python実践入門を読む', [], null), 'book');
  assert.equal(classifyKind('『Webを支える技術』', [], null), 'book');
  assert.equal(classifyKind('SQL超入門コース', [], null), 'course');
  assert.equal(classifyKind('課題提出用のレポジトリ作成', [], null), 'task');
  assert.equal(classifyKind('ruffについて調べて適用する', [], null), 'task');
  assert.notEqual(classifyKind('プロを目指す人のためのTypeScript入門', [], null), 'course');
});

test('a code host\'s link says what the repository is by its name and path: a guide or a document in it is to read, a book repository a book, any other a project', () => {
  assert.equal(kindOfLinks(['https://github.com/acme-go/guide']), 'article');
  assert.equal(kindOfLinks(['https://github.com/someone/python-style-guide']), 'article');
  assert.equal(kindOfLinks(['https://github.com/someone/awesome-compilers']), 'article');
  assert.equal(kindOfLinks(['https://github.com/someone/tool/blob/main/docs/DESIGN.md']), 'article');
  assert.equal(kindOfLinks(['https://github.com/acme-lang/book']), 'book');
  assert.equal(kindOfLinks(['https://github.com/someone/guided-tour-cli']), 'project');
  assert.equal(kindOfLinks(['https://github.com/someone/tiny-raytracer']), 'project');
});

test('a page of notes on a code host is the person\'s notes on a subject, as a relative link is: the entry is what it studies, not a page to read', () => {
  assert.equal(classifyKind('DNS', ['https://github.com/someone/notes/blob/master/Web%20Developer/dns.md'], null), 'topic');
  assert.equal(classifyKind('Attention and transformers', ['https://github.com/someone/NLP_Notes/blob/main/Course3/note/week1.md'], null), 'topic');
  // (A document of a project's own is still a page to read, and so are a release's notes.)
  assert.equal(classifyKind('Architecture overview', ['https://github.com/someone/tool/blob/main/docs/DESIGN.md'], null), 'article');
  assert.equal(classifyKind('What changed', ['https://github.com/someone/tool/blob/main/release-notes/v2.md'], null), 'article');
});

test('a publishing site of another language is an article\'s: qiita, zenn, note, Habr, velog, CSDN …', () => {
  for (const url of ['https://qiita.com/someone/items/0a1b2c', 'https://zenn.dev/someone/articles/intro-to-x', 'https://note.com/someone/n/n1234', 'https://habr.com/ru/articles/123456/', 'https://velog.io/@someone/post', 'https://blog.csdn.net/someone/article/details/1', 'https://juejin.cn/post/7000']) assert.equal(kindOfLinks([url]), 'article', url);
});

test('among courses or videos, an entry whose own words name a book ("… 3rd Edition", "… Handbook") is a book; "A First Course in …" among books stays a book', () => {
  assert.equal(classifyKind('Operating Systems: Three Easy Pieces, 2nd Edition', [], 'course'), 'book');
  assert.equal(classifyKind('The Site Reliability Handbook', [], 'video'), 'book');
  assert.equal(classifyKind('Distributed Systems lectures', [], 'course'), 'course');
  assert.equal(classifyKind('A First Course in Abstract Algebra', [], 'book'), 'book');
});

test('on a plain reading list, a linked blog post is an article even with a dash in its title; a book by its author stays a book wherever it links', () => {
  assert.equal(readingListKind('Queues Are Not Free - Revisited', ['https://example.com/blog/2019/3/4/queues-are-not-free.html']), 'article');
  assert.equal(readingListKind('Consensus Explained - Again', ['https://www.example.org/2012/07/consensus-explained.html']), 'article');
  assert.equal(readingListKind('Leo Tolstoy - War and Peace', ['https://en.wikipedia.org/wiki/War_and_Peace']), null);
  assert.equal(kindOfLinks(['https://example.org/reports/2012/07/']), null);
});

test('a Chinese title says its kind by its leading verb or its title marks: 刷/做/复习 … a task, 《…》 a book, 看 … 视频 a video; a bare subject stays a topic', () => {
  const cases: [string, string][] = [['刷力扣热题一百道', 'task'], ['复习操作系统笔记', 'task'], ['把算法题的解法都搞懂', 'task'], ['读完《编译原理》', 'book'], ['看数据库的讲解视频', 'video'], ['计算机网络', 'topic']];
  for (const [t, kind] of cases) assert.equal(classifyKind(t, [], null), kind, t);
});

test('a verb done again ("Reinstall …", "Redesign …", "re-run …") is that verb; "Research", "Recursion", "Redis", "Regular expressions" are no verbs', () => {
  assert.equal(classifyKind('reinstall Arch on the old laptop', [], null), 'task');
  assert.equal(classifyKind('Redesign the landing page', [], null), 'task');
  assert.equal(classifyKind('re-run the benchmarks', [], null), 'task');
  assert.equal(classifyKind('Reimplement the parser', [], null), 'project');
  assert.notEqual(classifyKind('Review These Patterns', [], null), 'video');
  for (const t of ['Research methods', 'Recursion', 'Redis', 'Regular expressions', 'React hooks', 'Red-black trees']) assert.equal(classifyKind(t, [], null), 'topic', t);
});

test('"YT", "YT channels" over a list: YouTube as people shorten it, a list of videos; "ytt" or "yt-dlp setup" is not one', () => {
  assert.equal(sectionKind('YT'), 'video');
  assert.equal(sectionKind('YT channels'), 'video');
  assert.equal(sectionKind('yt-dlp setup'), null);
});

test('a pronoun is a word in any script: the "i" after an accented letter ("dèi", "tôi") or before one ("işletim") is no "I"', () => {
  assert.equal(isProse('Sapiens. Da animali a dèi Yuval Noah Harari'), false);
  assert.equal(isProse('işletim sistemleri dersi notları'), false);
  assert.equal(isProse('tôi học Rust mỗi ngày với sách'), false);
  assert.equal(isProse('I want to learn Rust properly this year'), true);
  assert.equal(isProse('Then I rewrote the parser from scratch'), true);
});

test('"Behavioral" alone over an interview plan\'s list names the questions to prepare, things to do; "Behavioral economics" does not', () => {
  assert.equal(sectionKind('Behavioral'), 'task');
  assert.equal(sectionKind('Behavioural (ongoing)'), 'task');
  assert.equal(sectionKind('Behavioral interviews'), 'task');
  assert.equal(sectionKind('Behavioral economics'), null);
});

test('"Readinglist", "reading-list", "reading_queue" written as one word name a reading list as "Reading list" does', () => {
  for (const t of ['Readinglist', 'reading-list', 'reading_queue', 'My Readinglist']) {
    assert.equal(sectionKind(t), 'book', t);
    assert.equal(isPlainReadingList(t), true, t);
  }
  assert.equal(sectionKind('Readings'), 'article');
});

test('a heading that names one numbered project ("Days 1-3: Foundations & Project 1") is no list of projects; "Projects", "Project ideas" are', () => {
  assert.equal(sectionKind('Days 1-3: Foundations & Project 1 (Daily Sales Report)'), null);
  assert.equal(sectionKind('Project #2: URL shortener'), null);
  assert.equal(sectionKind('Projects'), 'project');
  assert.equal(sectionKind('Side projects 2024'), 'project');
  assert.equal(sectionKind('Project ideas'), 'project');
});

test('a field named for a kind before a title ("Docs: …", "Book: …", "Paper: …") says what the thing is, over the list\'s kind', () => {
  assert.equal(classifyKind('Docs: Kafka Documentation - Consumer groups', [], null), 'article');
  assert.equal(classifyKind('Reference: the official examples', [], 'topic'), 'article');
  assert.equal(classifyKind('Book: Database Internals', [], 'course'), 'book');
  assert.equal(classifyKind('Paper: Spanner, Google\'s globally distributed database', [], null), 'paper');
  assert.equal(classifyKind('Course: Nand to Tetris', [], null), 'course');
  assert.equal(classifyKind('Booking: hotel for the conference', [], null), 'topic');
});

test('a discussion thread (Hacker News, Reddit comments, Lobsters) is a page to read, whatever its title names; the site\'s front page is not one', () => {
  assert.equal(classifyKind('Build a tiny B-tree in 300 lines | Hacker News', ['https://news.ycombinator.com/item?id=123'], null), 'article');
  assert.equal(classifyKind('Operating Systems, 3rd Edition', ['https://www.reddit.com/r/compsci/comments/abc/ostep/'], 'book'), 'article');
  assert.equal(classifyKind('Crafting a compiler', ['https://lobste.rs/s/xyz/crafting_a_compiler'], null), 'article');
  assert.equal(classifyKind('Build a tiny B-tree', ['https://github.com/someone/tiny-btree'], null), 'project');
});

test('"Book the exam", "Open a PR": verbs before what they act on; a citation\'s publisher ("…, MIT Press.") says a book', () => {
  assert.equal(classifyKind('Book the certification exam', [], null), 'task');
  assert.equal(classifyKind('Open a PR with the new test', [], null), 'task');
  assert.equal(classifyKind('Open source contributions', [], null), 'topic');
  assert.equal(classifyKind('Book of Proof', [], null), 'book');
  assert.equal(classifyKind('Information Theory and Learning, Cambridge University Press.', [], null), 'book');
  assert.equal(classifyKind('Pattern Languages, Jane Doe, Addison Wesley (2019)', [], null), 'book');
  assert.equal(classifyKind('Press coverage of the launch', [], null), 'topic');
});

test('"Hands-on project work", "Project tasks" over a list name a project\'s steps; on a reading list, a citation with its publisher or a link to one\'s own notes stays a book', () => {
  assert.equal(sectionKind('Hands-On Project Work (Project 1 Start)'), 'task');
  assert.equal(sectionKind('Project tasks'), 'task');
  assert.equal(sectionKind('Side projects'), 'project');
  assert.equal(readingListKind('Release It!, Michael Nygard, Pragmatic Bookshelf (2019)', ['https://example.org/release-it']), null);
  assert.equal(readingListKind('Working Effectively with Legacy Code', ['legacy-code']), null);
  assert.equal(readingListKind('Working Effectively with Legacy Code', ['https://example.org/legacy']), 'article');
});

test('a course by its term ("18.06 Spring 2010 - Linear Algebra") or a degree ("Pursuing a B.S. in Statistics") is a course; "Spring cleaning", "Spring Boot" are not', () => {
  assert.equal(classifyKind('18.06 Spring 2010 - Linear Algebra with Gilbert Strang', [], null), 'course');
  assert.equal(classifyKind('Pursuing a B.S. in Statistics', [], null), 'course');
  assert.equal(classifyKind('MSc in Computer Science', [], null), 'course');
  assert.equal(classifyKind('Spring Boot basics', [], null), 'topic');
  assert.equal(classifyKind('2.10 Spring cleaning of the notes', [], null), 'task');
});

test('a section named in words run together ("Readinglist", "ReadingList", "reading_list", "booklist") is named by those words', () => {
  for (const t of ['Readinglist', 'ReadingList', 'reading_list', 'booklist', 'Reading list']) assert.equal(sectionKind(t), 'book', t);
  assert.equal(sectionKind('CourseLog'), 'course');
  assert.equal(sectionKind('Dialog'), null);
});

test('a task said by its verb: "Book the exam" is no book, "Open a PR", "Show why …", "Sort out …"', () => {
  for (const t of ['Book the Analytics Engineering exam', 'Open a PR with the new freshness test', 'Show why a surrogate key is needed here', 'Sort out the source freshness warnings']) assert.equal(classifyKind(t, [], null, null, 'topic'), 'task', t);
  assert.equal(classifyKind('Book of Proof', [], null, null, 'topic') === 'task', false);
});

test('English words are found whole next to accented letters: "Postęp" holds no "post", "Doğru" no "do", "Testé" no "test"; "get_min" no "get"', () => {
  assert.equal(withoutAccents('Postęp w nauce, Łódź, Doğru'), 'Postep w nauce, Lodz, Dogru');
  for (const t of ['Postęp w nauce', 'Doğru kitap seçimi', 'Testé ceci', 'Dokumentacja React']) assert.equal(classifyKind(t, [], null, null, 'topic'), 'topic', t);
  assert.equal(classifyKind('get_min // returns the minimum', [], null, null, 'topic') === 'task', false);
  assert.equal(classifyKind('Post a review of the course', [], null, null, 'topic'), 'task');
  assert.equal(classifyKind('Résumé d\'un article', [], null, null, 'topic'), 'article');
  // (Writing one is a task, as "Write an article" is.)
  assert.equal(classifyKind('Écrire un article', [], null, null, 'topic'), 'task');
});

test('a section named for a course platform alone lists its courses ("DataCamp:", "My Coursera courses"); a course on one is not a shelf', () => {
  for (const t of ['DataCamp:', 'My Coursera courses', 'Udemy', 'freeCodeCamp']) assert.equal(sectionKind(t), 'course', t);
  assert.equal(sectionKind('Coursera Machine Learning'), null);
});

test('a step told in the past ("Installed the core libraries", "Created GitHub repository") is a task; "Fixed-width integers" is no verb', () => {
  for (const t of ['Installed the core libraries', 'Created GitHub repository', 'Decided on a git branching workflow', 'Trained first ML model']) assert.equal(classifyKind(t, [], null, null, 'topic'), 'task', t);
  assert.equal(classifyKind('Fixed-width integers: u8 to u64', [], null, null, 'topic'), 'topic');
});

test('section and intro words end where a letter of any Latin script does, not only an ASCII one', async () => {
  const { sectionKind, isNonWorkIntro, isWorkIntro } = await import('./classify.js');
  // Polish "Postęp" (progress) holds no English "post"; the English words still count.
  assert.equal(sectionKind('Postęp'), null);
  assert.equal(sectionKind('Blog posts'), 'article');
  assert.equal(isWorkIntro('Plan for May'), true);
  // Foreign words written without accents in the word lists still match their accented spelling.
  assert.equal(isNonWorkIntro('Légende'), true);
  // What a project is made of, in two or three parts; "Tools" or "Languages and Tools" alone may be what is to be learned.
  for (const h of ['Technologies & Libraries', 'Tools and Frameworks used', 'Libraries / Dependencies', '📂 Useful Files in This Repo', 'Repository structure']) assert.equal(isNonWorkIntro(h), true, h);
  for (const h of ['Tools', 'Languages and Tools', 'Languages']) assert.equal(isNonWorkIntro(h), false, h);
  // A Japanese day's review: what was learned, where it got stuck, a KPT and its parts; not a shelf of books that were good.
  for (const h of ['今日学んだこと', '今日ハマったこと', '個人のKPT', 'Keep よかったー', 'Problem ダメだったー']) assert.equal(isNonWorkIntro(h), true, h);
  assert.equal(isNonWorkIntro('よかった本'), false);
  // "Create" a step is a task; "create" a thing built is a project.
  for (const t of ['Create a diagram for the attention RNN', 'Create an AWS Organization with a sensible account layout']) assert.equal(classifyKind(t, [], null), 'task', t);
  assert.equal(classifyKind('Create a todo app with React', [], null), 'project');
  // A credential to earn is a milestone; its study guide is a book, a course towards it a course.
  for (const t of ['AWS Solutions Architect Associate', 'Prometheus Certified Associate', 'GCP Associate Cloud Engineer', 'Certified Kubernetes Administrator']) assert.equal(classifyKind(t, [], null), 'milestone', t);
  assert.notEqual(classifyKind('Certified Kubernetes Application Developer (CKAD) Study Guide', [], null), 'milestone');
  // Projects of a sort, named last, are projects; a step that does something to projects is that step.
  for (const t of ['Side projects', 'Beginner Automation Projects', 'Machine Learning with Python Projects']) assert.equal(classifyKind(t, [], null), 'project', t);
  assert.equal(classifyKind('Tidy GitHub profile and pin 3 projects', [], null), 'task');
  // A title in Chinese title marks names a book, whatever script follows the mark.
  for (const t of ['《rust原子操作与锁》', '《Rust服务端开发实战》: 基础，异步，gRPC', '- 《深入理解计算机系统》']) assert.equal(classifyKind(t, [], null), 'book', t);
  // A Roman numeral numbering an entry is no first person.
  assert.equal(isProse('I - Découvrez le métier de développeur'), false);
  assert.equal(isProse('I think this is a good course to take'), true);
  // A technical topic whose name holds one of those words is a topic, not a page's part.
  for (const h of ['Job queue', 'Rules engine', 'Index structures', 'Log compaction', 'Raft log replication', 'Contents of a JWT', 'Profile-guided optimization', 'CSS position and z-index']) assert.equal(isNonWorkIntro(h), false, h);
  for (const h of ['Index', 'Rules', 'Study rules', 'Logs', 'Learning log', 'Contents', 'Profile']) assert.equal(isNonWorkIntro(h), true, h);
  // Preparing for job interviews or a job search is work; a job's own page is not.
  for (const h of ['Job interview prep', 'Job search plan']) assert.equal(isNonWorkIntro(h), false, h);
  // A job posting copied into the notes: its duties and requirements, as "Requirements" in English.
  for (const h of ['具体职责', '工作职责', '职位要求', '任职要求', '応募資格', '자격 요건', 'Job requirements']) assert.equal(isNonWorkIntro(h), true, h);
  assert.equal(isNonWorkIntro('学习要求'), false);
  // Rules to follow, in Korean and Japanese, are no work; "규칙적인 공부" (regular study) is no rule.
  assert.equal(isNonWorkIntro('독서로 성장하기 위한 규칙'), true);
  assert.equal(isNonWorkIntro('勉強のルール'), true);
  assert.equal(isNonWorkIntro('규칙적인 공부'), false);
  assert.equal(isNonWorkIntro('Observações'), true);
  assert.equal(isNonWorkIntro('Dedicación semanal'), true);
});

test('a verb before an acronym is still a verb; a when-label before the entry is not its first word', async () => {
  const { classifyKind } = await import('./classify.js');
  // "Draft STAR stories", "Review PRs", "Practice SQL joins": tasks; "Clean Code", "Design Patterns": names.
  assert.equal(classifyKind('Draft STAR stories for behavioral questions', [], null), 'task');
  assert.equal(classifyKind('Review PRs from the team', [], null), 'task');
  assert.equal(classifyKind('Design Patterns', [], null) === 'task', false);
  // "Make It Stick" is a book's name; "Make a budget app" work to do.
  assert.equal(classifyKind('Make It Stick', [], 'book'), 'book');
  assert.notEqual(classifyKind('Make a budget app', [], null), 'book');
  // "🎯 Next: Start the API module", "Today: write the parser tests": the verb after the label decides.
  assert.equal(classifyKind('🎯 Next: Write the parser tests', [], null), 'task');
  assert.equal(classifyKind('Today: watch lecture 3', [], null), 'video');
});

test('a volume names a book in other languages too', async () => {
  const { classifyKind } = await import('./classify.js');
  for (const t of ['Основы математического анализа, том 1', 'Les Misérables, Tome 2', 'Gesammelte Werke Band 3', '算法导论 第2卷']) assert.equal(classifyKind(t, [], null), 'book', t);
  assert.notEqual(classifyKind('Marching band 2026 rehearsal', [], null), 'book');
});

test('a book by its address (an ISBN, a path that says book) and by its author before a colon; a post- prefix is no post', async () => {
  const { classifyKind, kindOfLinks } = await import('./classify.js');
  assert.equal(kindOfLinks(['https://www.example-verlag.de/werke/ein-titel/taschenbuch/9783548062358']), 'book');
  assert.equal(kindOfLinks(['https://someone.github.io/ml-book/book1.html']), 'book');
  assert.equal(kindOfLinks(['https://shop.example.com/item?isbn=0131103628']), 'book');
  assert.equal(kindOfLinks(['https://example.com/2024/03/notebook-tips']), null);
  assert.equal(classifyKind('Dune by Frank Herbert: a desert planet epic', [], null), 'book');
  assert.equal(classifyKind('The Road by Cormac McCarthy — a post-apocalyptic walk', [], null), 'book');
  assert.equal(classifyKind('A sprawling post-apocalyptic story', [], null) === 'article', false);
});

test('course words in Chinese and Korean name a course', async () => {
  const { classifyKind } = await import('./classify.js');
  for (const t of ['网络协议入门', 'Destinos 西班牙语入门', '데이터베이스 강의', '機器學習課程']) assert.equal(classifyKind(t, [], null), 'course', t);
});

test('finishing or starting a project is project work', async () => {
  const { classifyKind } = await import('./classify.js');
  assert.equal(classifyKind('Finish a data visualization project', [], null), 'project');
  assert.equal(classifyKind('Start the side project on weekends', [], null), 'project');
  assert.equal(classifyKind('Finish an NLP project in Python and in R', [], null), 'project');
  assert.equal(classifyKind('Finish the project report', [], null) === 'project', false);
  assert.equal(classifyKind('Finish chapter 3', [], null) === 'project', false);
});

test('an author and a title cited with a full stop between them is something to read', async () => {
  const { classifyKind } = await import('./classify.js');
  assert.equal(classifyKind('S5 - Verón. La semiosis social', [], null, null, 'task'), 'article');
  assert.equal(classifyKind('Galtung. Violencia cultural', [], null, null, 'task'), 'article');
  assert.equal(classifyKind('Dr. Smith office hours', [], null, null, 'task'), 'task');
  assert.equal(classifyKind('Fix the bug. Then ship', [], null, null, 'task'), 'task');
});

test('a web page whose title asks is a page to read; a question of one\'s own is a question', async () => {
  const { classifyKind } = await import('./classify.js');
  assert.equal(classifyKind('What is software-defined networking?', ['https://www.example.com/topics/sdn'], null), 'article');
  assert.equal(classifyKind('How does a B-tree split its pages?', [], null), 'question');
  assert.equal(classifyKind('Why does the query planner skip my index?', ['./notes/indexes.md'], null), 'question');
});

test('a plan line\'s leading verb says its kind in Polish, Dutch, Swedish, Indonesian and Vietnamese as in English', () => {
  const cases: [string, string][] = [
    ['Przeczytać Czysty kod', 'article'], ['Rozwiązać 10 zadań z grafów', 'task'], ['Obejrzeć wykład o sieciach', 'video'],
    ['Oefenen met recursie', 'task'], ['Bouwen van een todo-app', 'project'], ['Läsa om index i databaser', 'article'],
    ['Kerjakan latihan bab 3', 'task'], ['Pelajari dasar Git', 'topic'], ['Luyện gõ code', 'task'], ['Học ngữ pháp', 'topic'],
    ['Escribir el informe de la práctica', 'task'], ['Schreiben der Zusammenfassung', 'task'],
  ];
  for (const [title, kind] of cases) assert.equal(classifyKind(title, [], null), kind, title);
});

test('a Chinese or Japanese sentence ended by "。" is prose; a short label or an entry without one is not', () => {
  assert.equal(isProse('配列の先頭がルート、それ以降は左から右の順にノードを割り当てていく。'), true);
  assert.equal(isProse('lambda式を使った1行関数。FizzBuzz出力の生成にはリスト内包表記を組み合わせて構成。'), true);
  assert.equal(isProse('每天刷两道力扣题，周末复习本周的错题。'), true);
  for (const t of ['完了。', '『リーダブルコード』を読む', '第3章の練習問題を解く', '深入理解计算机系统']) assert.equal(isProse(t), false, t);
});

test('a title in a publisher\'s formula is a book, in English and in Chinese', () => {
  for (const t of ['Kubernetes in Action', 'Kafka: The Definitive Guide', 'Head First Java', 'Kubernetes: Up and Running', 'JavaScript: The Good Parts', 'java核心技术', 'Linux命令行大全', '深入理解java虚拟机', '大话设计模式', 'Python核心编程', 'TCP/IP详解']) {
    assert.equal(classifyKind(t, [], null, null, 'topic'), 'book', t);
  }
  for (const t of ['Thinking in Steps', 'Action items', 'Dynamic programming', '详解']) assert.notEqual(classifyKind(t, [], null, null, 'topic'), 'book', t);
});

test('a step told in the past ("Made a virtual environment"), an assessment, and an instruction after a clause of where or for what are tasks; a title is not', async () => {
  const { classifyKind } = await import('./classify.js');
  for (const t of ['Made a virtual environment (cf-py-main).', 'Exported a requirements.txt file with pip freeze.', 'Assess chapter understanding', 'For each SOLID principle, jot a one-sentence definition.']) assert.equal(classifyKind(t, [], null), 'task', t);
  for (const t of ['Made in Abyss', 'In Search of Lost Time']) assert.equal(classifyKind(t, [], null), 'topic', t);
});

test('in a reading list, a journal or DOI link is a paper and a blog post by its path an article', async () => {
  const { classifyKind } = await import('./classify.js');
  assert.equal(classifyKind('Model Reduction for Nonlinear Systems', ['https://epubs.siam.org/doi/full/10.1137/22M1513228'], 'book'), 'paper');
  assert.equal(classifyKind('Reservoir computing', ['https://journals.aps.org/prl/pdf/10.1103/PhysRevLett.120.024102'], 'book'), 'paper');
  assert.equal(classifyKind('Data imputation using autoencoders', ['https://curiousily.com/posts/data-imputation-using-autoencoders/'], 'book'), 'article');
  assert.equal(classifyKind('Atomic Habits', ['https://www.goodreads.com/book/show/40121378-atomic-habits'], 'book'), 'book');
});

test('a "Tutorial:" that links a blog\'s post is an article; a tutorial series by its name is a course', () => {
  assert.equal(classifyKind('Tutorial: How to containerise an Express app step by step', ['https://geshan.com.np/blog/2020/11/how-to-containerise/'], null), 'article');
  assert.equal(classifyKind('Flask Mega-Tutorial', ['https://blog.miguelgrinberg.com/post/the-flask-mega-tutorial-part-i-hello-world'], null), 'course');
});

test('the schools people teach themselves from are course platforms by their links, famous free books\' sites books; "The Odin Project" is a curriculum\'s name, not a project to build', () => {
  for (const url of ['https://www.theodinproject.com/paths/foundations', 'https://fullstackopen.com/en/part3', 'https://missing.csail.mit.edu/', 'https://scrimba.com/learn/introtocss', 'https://www.alura.com.br/curso-online-logica']) {
    assert.equal(kindOfLinks([url]), 'course', url);
  }
  assert.equal(kindOfLinks(['https://frontendmasters.com/blog/some-post/']), 'article');
  // (And the famous books free on their own sites.)
  for (const url of ['https://craftinginterpreters.com/contents.html', 'https://dataintensive.net/', 'https://www.braveclojure.com/clojure-for-the-brave-and-true/', 'https://pages.cs.wisc.edu/~remzi/OSTEP/']) {
    assert.equal(kindOfLinks([url]), 'book', url);
  }
  assert.notEqual(classifyKind('The Odin Project: HTML basics', [], null), 'project');
  assert.notEqual(classifyKind('The Odin Project', [], null), 'project');
  assert.equal(classifyKind('Build a URL shortener project', [], null), 'project');
});

test('a textbook\'s subtitle ("…: A First Course for Self-Study") is no course', () => {
  assert.equal(classifyKind('Topology: A First Course for Self-Study', [], 'book'), 'book');
  assert.equal(classifyKind('Introduction to Probability: A First Course', [], 'book'), 'book');
  assert.equal(classifyKind('A first course in machine learning (Coursera)', [], null), 'course');
});

test('a reflection\'s label says what follows is no work, in the languages the reader knows; "Problems" or "Challenges" alone may be work', () => {
  for (const label of ['关键收获：', '遇到的问题：', '踩坑记录', '学び', '배운 점', 'Problems encountered', 'Aprendizados', 'Ce que j\'ai appris']) assert.equal(isNonWorkIntro(label), true, label);
  for (const label of ['Problems', 'Challenges', '学习计划', 'Week 1']) assert.equal(isNonWorkIntro(label), false, label);
});

test('tips and advice are no work in the languages whose words a word boundary cannot find; a suggested plan ("面試時程建議") may be', () => {
  for (const label of ['벼락치기 합격 필수 팁', '勉強のコツ', '進め方のヒント', 'Советы по изучению', 'Study tips']) assert.equal(isNonWorkIntro(label), true, label);
  for (const label of ['面試時程建議', '팁스터 만들기', 'Rust 学习计划']) assert.equal(isNonWorkIntro(label), false, label);
});

test('a subject whose name begins like a non-work word is a subject ("Biology", "Logistic Regression", "Indexing"); the word itself is none ("Bio", "Logs", "Index")', () => {
  for (const t of ['Biology', 'Molecular Biology', 'Logistic Regression', 'Logic', 'Database Indexing']) assert.equal(isNonWorkIntro(t), false, t);
  for (const t of ['Bio', 'Daily logs', 'Index']) assert.equal(isNonWorkIntro(t), true, t);
});

test('a question in a to-do list is a question ("What is `ppx`, `Obj.repr`?"); a lesson titled as one, in capitals, among a course\'s steps is not', () => {
  assert.equal(classifyKind('What is `ppx`, `Obj.repr`, `Lazy.force`?', [], 'task'), 'question');
  assert.equal(classifyKind('How does the borrow checker decide lifetimes', [], 'task'), 'question');
  assert.equal(classifyKind('What Is a Dataset?', [], 'task'), 'task');
  assert.equal(classifyKind('What is ML?', [], 'topic'), 'topic');
});

test('more verbs of doing lead a task ("Integrate a payment SDK", "Mentor 5 people", "Give a talk"), a project among project ideas; a title in capitals or a sentence about a book that opens with one is not a task', () => {
  assert.equal(classifyKind('Integrate a payment provider SDK (Stripe or Mercado Pago sandbox)', [], null), 'task');
  assert.equal(classifyKind('Mentor 5 people who are new to programming', [], null), 'task');
  assert.equal(classifyKind('Give a talk at a conference you\'ve never been to', [], null), 'task');
  assert.equal(classifyKind('Convert between YAML and TOML', [], 'project'), 'project');
  assert.equal(classifyKind('Automate the Boring Stuff', [], null), 'topic');
  assert.equal(classifyKind('Automate the Boring Stuff is the free online Python book by Al Sweigart', [], null), 'book');
});

test('verbs of doing in more languages lead a step: Japanese and Korean say them last, Vietnamese first in one or two syllables', () => {
  for (const t of ['次に作るアプリの構成を検討', '睡眠リズムの見直し', '毎日シャドーイング20分を継続', 'Django 실습', 'Python 정리 + 실습', 'Khởi tạo kho mã trên GitHub', 'Chạy thử', 'Đưa ứng dụng lên máy chủ', 'Cài Memrise, tạo 2 khoá', 'Tìm hiểu tổng quan về Bootstrap 5', 'Mua 1 quyển vở', 'Chọn 1 app Pomodoro', 'Refatorar código', 'Démarrer Docker en pratique', 'Aggiornare le note']) {
    assert.equal(classifyKind(t, [], null), 'task', t);
  }
  // (The word alone is a label; a description after a colon is not what the entry is: "… 전략 : 문제 푸는 방법 연습" is a book's.)
  assert.notEqual(classifyKind('실습', [], null), 'task');
  assert.notEqual(classifyKind('알고리즘 문제 해결 전략 : 문제 푸는 방법 연습', [], null), 'task');
  // (A noun of doing names a syllabus's topic as often as a step: "Installation von Hardware".)
  assert.notEqual(classifyKind('Installation von Hardware', [], null), 'task');
  // (Nor a topic whose noun opens with a verb's syllable: "Tìm kiếm nhị phân", binary search.)
  assert.notEqual(classifyKind('Tìm kiếm nhị phân', [], null), 'task');
});

test('the verbs of a data project lead a task: "Calculate CTC loss …", "Train a deeper RNN", "Plot the results"', () => {
  for (const t of ['Calculate CTC loss and greedy decode for transcripts', 'Train a deeper RNN', 'Plot the results', 'Fine-tune the base checkpoint']) assert.equal(classifyKind(t, [], null), 'task', t);
});

test('a Chinese name that ends in what it is: "…视频" videos, "…教程" a tutorial to follow', () => {
  assert.equal(classifyKind('翁恺C语言视频', [], null), 'video');
  assert.equal(classifyKind('廖雪峰的Git教程', [], null), 'course');
  assert.equal(classifyKind('生成对抗网络', [], null), 'topic');
});

test('a numbered part of a course and its name after a colon is to do, however long the name: "Lab 06: Mutability, Lists and Dictionaries"', () => {
  assert.equal(classifyKind('Lab 06: Mutability, Lists and Dictionaries', [], null), 'task');
  assert.equal(classifyKind('Disc 05: Data Abstraction, Dictionaries', [], null), 'task');
  assert.notEqual(classifyKind('Labs are where the course teaches you the most', [], null), 'task');
});

test('a label that says what each unit of the plan holds is the form of the units, not work', async () => {
  const { isNonWorkIntro } = await import('./classify.js');
  assert.equal(isNonWorkIntro('Each week includes:'), true);
  assert.equal(isNonWorkIntro('Every session has:'), true);
  assert.equal(isNonWorkIntro('Cada semana incluye:'), true);
  assert.equal(isNonWorkIntro('Jede Woche enthält:'), true);
  // A unit of the plan itself, or a plan over its work, is not.
  assert.equal(isNonWorkIntro('Week 1 includes'), false);
  assert.equal(isNonWorkIntro('Each morning: read one chapter'), false);
});

test('exercises counted or put first are practice, a task, after a topic or a site name', async () => {
  const { classifyKind } = await import('./classify.js');
  assert.equal(classifyKind('Strings - 20 easy problems from LC', [], null), 'task');
  assert.equal(classifyKind('Exercism : 5 exercices niveau facile', [], null), 'task');
  assert.equal(classifyKind('Premiers exercices sur les opérateurs', [], null), 'task');
  // Problems named last are to solve, whatever their site's name says ("Project Euler"); a number that is not a count is no exercise.
  assert.equal(classifyKind('Project Euler problems', [], null), 'task');
  assert.notEqual(classifyKind('Web 2.0 challenges', [], null), 'task');
});

test('a numbered practical in French, Spanish, Portuguese or Italian is coursework to do, as a numbered lab is', async () => {
  const { classifyKind } = await import('./classify.js');
  assert.equal(classifyKind('TP00 — Diagnostic', [], null), 'task');
  assert.equal(classifyKind('Práctica 3: Listas enlazadas', [], null), 'task');
  assert.equal(classifyKind('TD 2 - Graphes', [], null), 'task');
  // Not the letters alone, nor a word that starts with them.
  assert.notEqual(classifyKind('TP', [], null), 'task');
  assert.notEqual(classifyKind('Tipps und Tricks', [], null), 'task');
  // Wherever they stand: problem sheets redone, a quiz, past exam papers, the book's exercises.
  for (const t of ['Refaire les TDs 1-6', 'Refaire les QCM 1-4', 'Traiter les 3 annales', 'Revoir les TDs', 'résoudre les exos du livre']) assert.equal(classifyKind(t, [], null), 'task', t);
  assert.notEqual(classifyKind('TP 站', [], null), 'task');
});

test('homework and practice sheets by their one-noun names, wherever they stand', () => {
  for (const t of ['1. Hausaufgabe – Pivot-Tabellen', 'Übungsquiz zu Session 1', 'Übungsblatt 4', 'Entregar primera tarea', 'compiti di fisica', 'Домашнее задание 3']) assert.equal(classifyKind(t, [], null), 'task', t);
  // Not a tutorial hour, nor any list of tasks, nor Korean's "homework" put off for years.
  assert.notEqual(classifyKind('Übung', [], null), 'task');
  assert.notEqual(classifyKind('누구나 자료 구조와 알고리즘 : 미뤄둔 숙제', [], null), 'task');
});

test('German and Dutch steps written verb-last are tasks', () => {
  for (const t of ['Docker installieren', 'Skript durcharbeiten', 'GitHub-Profil einrichten', 'Formelsammlung (DIN-A4 beidseitig) erstellen', 'Opdracht 2 afmaken']) assert.equal(classifyKind(t, [], null), 'task', t);
  // Not a word that only ends so, nor a verb of learning, whose kind is the thing's.
  assert.equal(classifyKind('Machine learning', [], null), 'topic');
  assert.equal(classifyKind('Neuronale Netze verstehen', [], null), 'topic');
});

test('verbs of using, applying and extending lead steps in French, Spanish, Portuguese, Italian and German; Vietnamese verbs of building and integrating too', () => {
  for (const t of ['Utiliser les méthodes info(), warn(), error()', 'Étendre la classe AbstractProcessingHandler', 'Formater les sorties en JSON', 'Usar flashcards do Quizlet', 'Comparar con al menos dos modelos', 'Tích hợp RabbitMQ Consumer', 'Xây dựng Notification Service Core', 'Kiểm thử và Hoàn thiện']) assert.equal(classifyKind(t, [], null), 'task', t);
  // (A Vietnamese word that only starts as a verb does is no verb: "Thi cuối kỳ", an exam; "Thông tin chung", general information.)
  assert.notEqual(classifyKind('Thi cuối kỳ', [], null), 'task');
  assert.notEqual(classifyKind('Thông tin chung', [], null), 'task');
});

test('a mini project, in the languages that say it in one word, is a project', () => {
  for (const t of ['Dia 14: Mini-projeto combinando estruturas de controle', 'Mini-projeto OOP', 'Miniprojekt Wetter-App', 'mini proyecto de listas']) assert.equal(classifyKind(t, [], null), 'project', t);
});

test('a work by two authors named by their surnames is a book; a method "by doing and teaching" is not', () => {
  assert.equal(classifyKind('Introduction to Real Analysis by Bartle and Sherbert', [], null), 'book');
  assert.equal(classifyKind('The C Programming Language by Kernighan & Ritchie', [], null), 'book');
  assert.notEqual(classifyKind('Learn Python by doing and teaching', [], null), 'book');
});

test('a video named with its accent ("… videó") is a video even on a course platform\'s lesson page; Hungarian practice tasks and numbered exercises ("Ex26 …") are tasks', () => {
  assert.equal(classifyKind('Python története videó', ['https://e-learning.training360.com/courses/take/python-alapok/lessons/20814466-python-tortenete'], null), 'video');
  assert.equal(classifyKind('Python interpreter telepítése gyakorlati feladat', [], null), 'task');
  assert.equal(classifyKind('Ex26 Blocs impl', [], null), 'task');
  assert.equal(classifyKind('Ex. 3: Closures', [], null), 'task');
  // (Not a word that starts so: "Express basics", "Exam prep".)
  assert.notEqual(classifyKind('Express basics', [], null), 'task');
});

test('the schools of other languages are course platforms, by their sites and by name', () => {
  for (const url of ['https://app.rocketseat.com.br/journey/node', 'https://www.dio.me/bootcamp/java', 'https://hexlet.io/programs/python', 'https://www.icourse163.org/course/PKU-1001', 'https://www.fun-mooc.fr/fr/cours/python/', 'https://practicum.yandex.ru/python-developer/']) {
    assert.equal(kindOfLinks([url]), 'course', url);
  }
  assert.equal(classifyKind('Curso de Python en Platzi', [], null), 'course');
});

test('bookshops, reading logs and video sites of other countries say what a link is', () => {
  for (const [url, kind] of [['https://book.douban.com/subject/1148282/', 'book'], ['https://www.yes24.com/Product/Goods/123', 'book'], ['https://www.labirint.ru/books/123/', 'book'],
    ['https://www.gutenberg.org/ebooks/1342', 'book'], ['https://www.nicovideo.jp/watch/sm9', 'video'], ['https://rutube.ru/video/abc/', 'video'], ['https://segmentfault.com/a/1190000012', 'article']] as const) {
    assert.equal(kindOfLinks([url]), kind, url);
  }
});

test('a chapter by its name or its number alone is a topic to read; its exercises are a step through the book', () => {
  // (A chapter by its number alone was a step, a task, until the labelled set's golds said otherwise: of the `dev` entries
  // "- [x] Chapter 1", 29 in two notes are parts to read, book or topic; 4 in one note are tasks only, 3 allow either.)
  for (const [t, k] of [['Chapter 4 – Slices and Maps', 'topic'], ['Chapter 02: Variables and Simple Data Types', 'topic'], ['Kapitel 3 Funktionen', 'topic'], ['Chapter 4', 'topic'], ['Chapter 4 exercises', 'task'], ['Ch. 5', 'topic'], ['Lesson 2', 'task']] as const) {
    assert.equal(classifyKind(t, [], null), k, t);
  }
});

test('a section of rewards, in English or another language, holds no work; a topic named for rewards does', () => {
  for (const t of ['Rewards', 'Reward system', '6. 🎲 HỘP QUÀ NGẪU NHIÊN', 'Belohnungen', 'Récompenses:']) assert.equal(isNonWorkIntro(t), true, t);
  for (const t of ['Reward learning in RL', 'Reward shaping', 'Rewarded ads']) assert.equal(isNonWorkIntro(t), false, t);
});

test('films and documentaries are watched: a section of them lists videos, in several languages', () => {
  for (const t of ['Movies', 'Films to watch', 'Documentaries', '分享电影', '映画', '영화', 'Películas', 'Фильмы']) assert.equal(sectionKind(t), 'video', t);
});

test('who a note is for, its licence and where to write are no work, in other languages too', () => {
  for (const t of ['Zielgruppe', 'Lizenz', 'Feedback oder Fragen?', 'Licença', 'Público-alvo', 'Лицензия']) assert.equal(isNonWorkIntro(t), true, t);
  assert.equal(isNonWorkIntro('Licensing costs of cloud databases'), false);
});

test('steps to take are tasks: a "Step" column, a "Next steps" section', () => {
  for (const t of ['Step', 'Steps', 'Next steps']) assert.equal(sectionKind(t), 'task', t);
});

test('common mistakes are no work in Chinese, Japanese and Korean too', () => {
  for (const t of ['高频错误 Top 5', '常见错误', 'よくある間違い', '흔한 실수']) assert.equal(isNonWorkIntro(t), true, t);
  assert.equal(isNonWorkIntro('错题本'), false);
});

test('"Topics I covered" lists what a session went over, done; a syllabus\'s "Topics covered" (what a course covers) and "Topics to be covered" do not', () => {
  assert.equal(isDoneSection('👓 Topics I covered'), true);
  assert.equal(isDoneSection('Topics covered'), false);
  assert.equal(isDoneSection('Topics to be covered'), false);
});

test('a numbered exercise in another language ("Άσκηση 1,2", "Übung 2", "Упражнение 3", "Bài tập 2") is one to do, as "Exercise 2" is', () => {
  for (const t of ['Άσκηση 1,2', 'Übung 2', 'Esercizio 5', 'Oefening 3', 'Упражнение 3', 'Ćwiczenie 1', 'Alıştırma 2', 'Cvičení 2', 'Harjoitus 3', 'Bài tập 2', 'Övning 4', 'Øvelse 2']) assert.equal(classifyKind(t, [], null), 'task', t);
  assert.equal(classifyKind('Ubuntu 22 setup', [], null), 'topic');
});

test('on a book list, a title of Han characters only that opens as a verb does is a book; a step that says more stays a task', () => {
  assert.equal(classifyKind('实现领域驱动设计', [], 'book'), 'book');
  assert.equal(classifyKind('调试九法', [], null, 'book'), 'book');
  assert.equal(classifyKind('实现领域驱动设计', [], null), 'task');
  assert.equal(classifyKind('读完第3章', [], 'book'), 'task');
});

test('a part on how to use the note itself holds no work; how to use a tool is a topic', () => {
  assert.deepEqual(['How to Use This Tracker', 'Using this template', 'Cómo usar esta plantilla', '使い方', 'Como atualizar', 'How to use Git', 'Como usar o Git'].map(isNonWorkIntro), [true, true, true, true, true, false, false]);
});

test('an exercise by its number in Portuguese, Spanish or French is coursework, wherever it links', () => {
  assert.deepEqual([classifyKind('Exercício - 01', ['https://bit.ly/3kQ7vTr'], null), classifyKind('Ejercicio 3', [], null), classifyKind('Exercice 2 : les boucles', [], null)], ['task', 'task', 'task']);
});

test('"message", "pin", "push" and "enter" are verbs before a person or an object, not before a technical noun', () => {
  assert.deepEqual(['Message queues', 'Message brokers: Kafka or RabbitMQ', 'Message John about the study group', 'Pin down requirements (users, scale)', 'Pin top repos with a link'].map((t) => classifyKind(t, [], null)), ['topic', 'topic', 'task', 'task', 'task']);
  assert.deepEqual(['Push to GitHub at least 3x this week', 'Enter the Kaggle House Prices competition', 'Push notifications', 'Enter key handling'].map((t) => classifyKind(t, [], null)), ['task', 'task', 'topic', 'topic']);
});

test('"Learning TODO" lists things to learn; "Список книг" lists books; "Why Python?" is a motivation, not work', () => {
  assert.deepEqual(['Learning TODO', 'Study to-do list', 'Todo', 'Список книг по программированию', 'Список курсов'].map(sectionKind), ['topic', 'topic', 'task', 'book', 'course']);
  assert.deepEqual(['Why Python?', '🐍 Pourquoi Python ?', '¿Por qué Rust?', 'Why does the borrow checker reject this?'].map(isNonWorkIntro), [true, true, true, false]);
  assert.deepEqual(['🚧 Challenges/Blockers:', 'Challenges faced', 'Coding challenges', 'Challenges'].map(isNonWorkIntro), [true, true, false, false]);
});

test('a Korean step says its verb last, as a noun of doing: 개발, 추가, 자동화, 클리어, or a last word in -기 after others', () => {
  assert.deepEqual(['태그별로 글을 모아 보는 사이드바 개발', '비밀 글 작성과 복호화 기능 추가', 'Night in the Woods 모든 엔딩 보기', '헤일로 3 클리어', '일기'].map((t) => classifyKind(t, [], null)), ['task', 'task', 'task', 'task', 'topic']);
});
