// The status and section vocabulary in other languages: one case per language at least, the
// boundaries each script needs, code and URLs never read, and the word-by-word scan agreeing
// with the plain pattern of every wording.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  LANGUAGES, findStatusPhrase, mayHoldInlineStatus, firstByPattern, firstByScan, proseSaysDone, sectionKindWord, sectionStatus, statusAlone, withoutCodeAndUrls, type Use,
} from './languages.js';
import { endsWithWordAt, formsAt, isMark, statusAt } from './vocabulary.js';
import { findTrailingStatus } from './entry.js';
import { findProgress, findProgressUngated, findStatusWord } from './phrases.js';
import { isDoingSection, isDoneSection, isDroppedSection, isNonWorkIntro, sectionKind } from './classify.js';

test('a status said alone on its line, in each language', () => {
  const cases: [string, string][] = [
    ['--Devam ediyor--', 'doing'], ['Tamamlandı', 'done'], ['**Terminé**', 'done'], ['En cours', 'doing'],
    ['✅ Concluído', 'done'], ['Em andamento', 'doing'], ['Pendiente', 'todo'], ['Abandonado', 'skipped'],
    ['Erledigt', 'done'], ['in Arbeit', 'doing'], ['Completato', 'done'], ['In corso', 'doing'],
    ['Selesai', 'done'], ['Sedang berjalan', 'doing'], ['Прочитано', 'done'], ['В процессе', 'doing'],
    ['Ukończone', 'done'], ['W trakcie', 'doing'], ['Đã hoàn thành', 'done'], ['Đang học', 'doing'],
    ['已完成', 'done'], ['(進行中)', 'doing'], ['未开始', 'todo'], ['読了', 'done'], ['未着手', 'todo'],
    ['완료', 'done'], ['진행 중', 'doing'], ['Afgerond', 'done'], ['Pågår', 'doing'],
    ['Hotovo', 'done'], ['Rozečteno', 'doing'], ['Dokončené', 'done'], ['Kész', 'done'], ['Folyamatban', 'doing'], ['Valmis', 'done'],
    ['Kesken', 'doing'], ['Finalizat', 'done'], ['În curs', 'doing'], ['Ολοκληρώθηκε', 'done'], ['Σε εξέλιξη', 'doing'],
    ['Виконано', 'done'], ['Færdig', 'done'], ['I gang', 'doing'], ['Fullført', 'done'], ['Pågående', 'doing'],
    ['مكتمل', 'done'], ['قيد التنفيذ', 'doing'], ['انجام شد', 'done'], ['در حال انجام', 'doing'], ['הושלם', 'done'], ['בתהליך', 'doing'],
  ];
  for (const [line, status] of cases) assert.equal(statusAlone(line), status, line);
  // A line with more words than the status says something else.
  assert.equal(statusAlone('Le cours est terminé depuis mars'), null);
  assert.equal(statusAlone('Databases Level 1'), null);
});

test('every status word is read in a field and after a title, as its status', () => {
  for (const lang of Object.values(LANGUAGES)) {
    for (const [status, words] of Object.entries(lang.status)) {
      for (const w of words) {
        assert.equal(statusAt('field', w), status, `${w} in a field`);
        assert.equal(statusAt('trailing', w), status, `${w} after a title`);
      }
    }
  }
});

test('a section that files by status, in each language', () => {
  const done = ['Přečtené knihy', 'Elolvasott könyvek', 'Luetut kirjat', 'Cărți citite', 'Læste bøger', 'Leste bøker', 'Libros leídos', 'Cursos que já terminei', 'Livres lus', 'Abgeschlossene Kurse', 'Libri letti', 'Okunan kitaplar', 'Sudah dibaca', 'Прочитанные', 'Przeczytane', 'Đã đọc', '已读', '読んだ本', '읽은 책', '주간 한 일', '오늘 한 일', 'Hal yang sudah dipahami', 'Lästa'];
  for (const s of done) assert.ok(isDoneSection(s), s);
  const doing = ['Estudiando', 'Estudando', 'In Bearbeitung', 'En lecture', 'Читаю', '正在学习', '공부 중', 'Rozečtené', 'Most olvasom', 'Citesc acum', 'Διαβάζω τώρα', 'Читаю зараз', 'Leyendo', 'Estou lendo', 'En cours', 'Lese gerade', 'In lettura', 'Devam edenler', 'Sedang dibaca', 'Читаю сейчас', 'Czytam teraz', 'Đang đọc', '在读', '読書中', '읽는 중'];
  for (const s of doing) assert.ok(isDoingSection(s), s);
  const dropped = ['Pausado', 'Брошено', '弃坑', 'Abandonados', 'En pause', 'Abgebrochen', 'Abbandonati', 'Bırakılanlar', 'Брошенные', 'Porzucone', 'Bỏ dở', '放弃', '挫折', '포기'];
  for (const s of dropped) assert.ok(isDroppedSection(s), s);
  // A sentence is no label, whatever its words.
  assert.equal(sectionStatus('Comment j\'ai fini par apprendre le Go en six semaines sans cours'), null);
  assert.equal(isDoneSection('Reading list'), false);
  // ("할 일", things to do, is one letter away from "한 일", things done.)
  assert.equal(isDoneSection('주간 할 일'), false);
  // A plural of work and a past participle, with a few words of place or kind before it.
  for (const s of ['Coursera courses completed', 'Online certificates earned', 'Books read in 2023', 'Data science courses taken so far']) assert.ok(isDoneSection(s), s);
  for (const s of ['Courses to be completed', 'Which books read best']) assert.equal(isDoneSection(s), false, s);
  // "I have read", first person, in Italian, Spanish and Portuguese ("… and recommend" after it).
  for (const s of ['Ho letto e consiglio', 'He leído', 'Já li']) assert.ok(isDoneSection(s), s);
  // Advice in other languages files no work; a word that only starts like "cons" is no list of cons.
  assert.equal(isNonWorkIntro('💡 Consejos para esta semana'), true);
  assert.equal(isNonWorkIntro('Dicas'), true);
  assert.equal(isNonWorkIntro('Ho letto e consiglio'), false);
  assert.equal(isNonWorkIntro('Considerations'), false);
  // A page's navigation links to its other pages, not to work.
  assert.equal(isNonWorkIntro('🔗 Navigation'), true);
});

test('a section that names a kind, in each language', () => {
  const cases: [string, string][] = [
    ['Libros', 'book'], ['Cursos', 'course'], ['Livres', 'book'], ['Formations', 'course'], ['Bücher', 'book'],
    ['Vorlesungen', 'course'], ['Corsi', 'course'], ['Kitaplar', 'book'], ['Kurslar', 'course'], ['Buku', 'book'],
    ['Книги', 'book'], ['Курсы', 'course'], ['Książki', 'book'], ['Kursy', 'course'], ['Khóa học', 'course'],
    ['课程', 'course'], ['書籍', 'book'], ['論文', 'paper'], ['동영상', 'video'], ['강의', 'course'], ['Projetos', 'project'],
    ['Knihy', 'book'], ['Kurzy', 'course'], ['Könyvek', 'book'], ['Tanfolyamok', 'course'], ['Kirjat', 'book'], ['Kurssit', 'course'],
    ['公开课', 'course'], ['Treinamentos', 'course'], ['Capacitaciones', 'course'], ['Charlas', 'video'], ['Palestras', 'video'], ['Vorträge', 'video'],
    ['Artículos científicos', 'paper'], ['Artigos científicos', 'paper'], ['Научные статьи', 'paper'], ['Bootcamps', 'course'], ['Cărți', 'book'], ['Cursuri', 'course'], ['Βιβλία', 'book'], ['Μαθήματα', 'course'], ['Курси', 'course'], ['Bøger', 'book'], ['Bøker', 'book'],
  ];
  for (const [title, kind] of cases) assert.equal(sectionKind(title), kind, title);
  // "Danh sách" is a list, not "sách", a book; "Danh sách đọc" is a reading list.
  assert.equal(sectionKindWord('Danh sách khóa học'), 'course');
  assert.equal(sectionKindWord('Danh sách đọc'), 'book');
  // Words inside other words are not the word: "Kursbuch" is neither "kurs" nor "buch" alone.
  assert.equal(sectionKindWord('Proyectil'), null);
});

test('an entry says where it stands in its words, in other languages too', () => {
  assert.equal(findStatusWord('java核心技术 先整体过一遍 (看了一半了)'), 'doing');
  assert.equal(findStatusWord('Rust — estoy leyendo'), 'doing');
  assert.equal(findStatusWord('SICP (devam ediyor)'), 'doing');
  assert.equal(findStatusWord('Go (lo dejé)'), 'skipped');
  // "未完成" is not "完成"; "在学校" (at school) is not "在学".
  assert.equal(findStatusPhrase('作业 未完成')?.status, 'todo');
  assert.equal(findStatusPhrase('在学校学习'), null);
  // One word that may be a title's own is not read inside an entry ("Leyendo a Borges").
  assert.equal(findStatusPhrase('Leyendo a Borges'), null);
});

test('code spans and URLs are never read for words', () => {
  assert.equal(findStatusPhrase('`en curso` flag'), null);
  assert.equal(findStatusPhrase('https://example.com/进行中/notes'), null);
  assert.equal(sectionKindWord('[notes](https://example.com/libros)'), null);
  assert.equal(withoutCodeAndUrls('a `b` c').length, 'a `b` c'.length);
});

test('half of it done, said in words, is 50 percent', () => {
  for (const t of ['java核心技术 (看了一半了)', 'Leí hasta la mitad', 'Je suis à la moitié', 'Li até a metade', 'Die Hälfte geschafft']) {
    const p = findProgress(t);
    assert.deepEqual(p && { done: p.done, total: p.total, unit: p.unit }, { done: 50, total: 100, unit: 'percent' }, t);
    assert.deepEqual(findProgressUngated(t), p, t);
  }
  for (const t of ['half an hour', '半年', 'half of the team', 'OSTEP - halfway through']) assert.equal(findProgress(t), null, t);
});

test('a paragraph that tells its subject as done', () => {
  assert.ok(proseSaysDone('Bağlı liste, yığın, kuyruk gibi veri yapıları teorik ve pratik olarak öğrenildi. Alıştırmalarla pekiştirildi.'));
  assert.ok(proseSaysDone('Zor problemler üzerinde çalışıldı (60 farklı senaryo). Kurs sonunda uygulamanın 2. versiyonu geliştirildi.'));
  assert.ok(proseSaysDone("J'ai terminé le cours en mars."));
  assert.ok(proseSaysDone('这本书已经学完了'));
  assert.equal(proseSaysDone('Bu kursta veritabanlarına giriş yapılacak.'), false);
  assert.equal(proseSaysDone('I plan to study this next year.'), false);
});

test('the word-by-word scan agrees with the pattern of all wordings', () => {
  const texts = [
    'Libros leídos', 'Cursos que já terminei', 'Danh sách đọc', 'Danh sách khóa học', 'java核心技术 (看了一半了)', '作业 未完成',
    'Rust — estoy leyendo', 'SICP (devam ediyor)', "j'ai abandonné l'idée", 'Lecture en cours', '읽는 중인 책', 'Читаю сейчас',
    'Go - terminé', 'en  curso', 'en, curso', 'Proyectil', '在学校学习', 'Kursbuch', '`en curso`', 'x https://a.b/en%20curso y',
  ];
  const uses: Use[] = ['status', 'inline', 'sections', 'kinds'];
  for (const use of uses) for (const t of texts) assert.deepEqual(firstByScan(use, t), firstByPattern(use, t), `${use}: ${t}`);
});

test('the cheap look before an inline wording never hides one that says under way or put down', () => {
  for (const lang of Object.values(LANGUAGES)) {
    for (const table of [lang.status, lang.phrases ?? {}]) {
      for (const [status, words] of Object.entries(table)) {
        if (status !== 'doing' && status !== 'skipped') continue;
        for (const w of words) {
          const text = `Some title (${w})`;
          if (findStatusPhrase(text)) assert.ok(mayHoldInlineStatus(text), w);
        }
      }
    }
  }
  assert.equal(mayHoldInlineStatus('Read the chapter on ownership'), false);
});

test('the cheap look at a line\'s last word before the trailing-status pattern passes every spelling', () => {
  for (const f of formsAt('trailing')) {
    assert.ok(endsWithWordAt('trailing', `Some title - ${f}`), f);
    if (!isMark(f)) assert.equal(findTrailingStatus(`Some title - ${f}`)?.status, statusAt('trailing', f), f);
  }
  assert.equal(endsWithWordAt('trailing', 'Designing Data-Intensive Applications'), false);
  assert.ok(endsWithWordAt('trailing', '读书已完成'));
});
