// Status said in structure and in prose, in other languages: a heading whose first line is a
// status alone, a run of numbered headings, a paragraph that tells what became of an item.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseNotes } from '../index.js';
import type { Roadmap } from '../../model/types.js';

const NOW = new Date('2026-11-22T10:00:00Z');

function read(text: string, path = 'notes.md'): Roadmap {
  return parseNotes([{ path, text, sha256: 'x' }], { now: NOW });
}
function statuses(r: Roadmap): [string, string][] {
  return r.items.map((i) => [i.title, i.status]);
}

test('a heading whose first line is a status alone is an item, in any language', () => {
  const cases: [string, string][] = [
    ['--Devam ediyor--', 'doing'], ['**Terminé**', 'done'], ['已完成', 'done'], ['(進行中)', 'doing'],
    ['Concluído', 'done'], ['Abandonado', 'skipped'], ['W trakcie', 'doing'], ['완료', 'done'],
  ];
  for (const [line, status] of cases) {
    assert.deepEqual(statuses(read(`# Plan\n\n## Databases Level 1\n\n${line}\n`)), [['Databases Level 1', status]], line);
  }
  // Prose under a heading is no status, whatever its words.
  assert.deepEqual(read('# Plan\n\n## Databases\n\nLe cours est terminé depuis mars, et je recommence.\n').items, []);
});

test('a run of numbered headings, one of which says its status alone: each is an item, done when its paragraph tells it in the past', () => {
  const r = read([
    '#### 01. **Programming Foundations**', '', 'Bilgisayar donanımı ve işletim sistemleri üzerinde duruldu.', '',
    '#### 02. **C++ Level 1**', '', 'Bir önceki kursta kurduğumuz mantık kodlandı. Kurs sonunda küçük programlar yazıldı.', '',
    '#### 03. **Databases Level 1**', '', '--Devam ediyor--', '',
  ].join('\n'));
  assert.deepEqual(statuses(r), [['Programming Foundations', 'done'], ['C++ Level 1', 'done'], ['Databases Level 1', 'doing']]);
  // What the paragraphs call them ("Bir önceki kursta", in the previous course) is what they all are.
  assert.deepEqual(r.items.map((i) => i.kind), ['course', 'course', 'course']);
  // Numbered headings over prose, none saying a status, stay sections.
  assert.deepEqual(read('## 1. Setup\n\nThis part was about the tools we use.\n\n## 2. Basics\n\nThe basics come after that part.\n').items, []);
});

test('a paragraph that tells what became of an item sets its status: by its link, or two words of its title', () => {
  const fr = read([
    '- [Documentation Go](https://go.dev/doc/effective_go)', '- [Exercices Exercism](https://exercism.org/tracks/go)', '- Créer un bot Discord qui annonce les matchs', '',
    "J'ai réussi à lire toute la [documentation Go](https://go.dev/doc/effective_go), où les notions clés sont expliquées.", '',
    "Je fais la piste [Exercism Go](https://exercism.org/tracks/go). Pour l'instant, j'en suis au tout début.", '',
    "Les interfaces étaient dures, donc j'ai abandonné l'idée du bot Discord.",
  ].join('\n'));
  assert.deepEqual(statuses(fr), [['Documentation Go', 'done'], ['Exercices Exercism', 'doing'], ['Créer un bot Discord qui annonce les matchs', 'skipped']]);
  const en = read('- [SICP](https://mitp-content-server.mit.edu/books/sicp/)\n- [Rust book](https://doc.rust-lang.org/book/)\n\nLast spring I gave up on [SICP](https://mitp-content-server.mit.edu/books/sicp/) after chapter two.\n');
  assert.deepEqual(statuses(en), [['SICP', 'skipped'], ['Rust book', 'todo']]);
  // A participle alone says nothing of a thing in particular; an item's own status is kept.
  const kept = read('- [x] [Go tour](https://go.dev/tour/)\n- [Effective Go](https://go.dev/doc/effective_go)\n\nUne fois cette étape terminée, je compte lire [Effective Go](https://go.dev/doc/effective_go).\n\nI gave up on the [Go tour](https://go.dev/tour/) halfway.\n');
  assert.deepEqual(statuses(kept), [['Go tour', 'done'], ['Effective Go', 'todo']]);
});

test('reading lists and course lists filed by status in other languages', () => {
  const line = (path: string, text: string) => read(text, path).items.map((i) => `${i.title}:${i.kind}:${i.status}`);
  assert.deepEqual(line('es.md', '## Libros leídos\n- El Aleph\n\n## Leyendo\n- Rayuela\n\n## Por leer\n- Ficciones\n\n## Libros abandonados\n- Ulises\n'),
    ['El Aleph:book:done', 'Rayuela:book:doing', 'Ficciones:book:todo', 'Ulises:book:skipped']);
  assert.deepEqual(line('tr.md', '## Okuduklarım\n- Suç ve Ceza\n\n## Şu an okuduklarım\n- Kürk Mantolu Madonna\n\n## Okunacaklar\n- İnce Memed\n'),
    ['Suç ve Ceza:book:done', 'Kürk Mantolu Madonna:book:doing', 'İnce Memed:book:todo']);
  assert.deepEqual(line('ja.md', '## 読了\n- リーダブルコード\n\n## 読書中\n- 達人プログラマー\n\n## 積読\n- SICP\n'),
    ['リーダブルコード:book:done', '達人プログラマー:book:doing', 'SICP:book:todo']);
  assert.deepEqual(line('ru.md', '## Прочитанные\n- Война и мир\n\n## Читаю сейчас\n- Идиот\n\n## Брошенные книги\n- Улисс\n'),
    ['Война и мир:book:done', 'Идиот:book:doing', 'Улисс:book:skipped']);
  assert.deepEqual(line('pl.md', '## Kursy\n- Algorytmy - ukończone\n- Sieci (w trakcie)\n- Bazy danych - do zrobienia\n'),
    ['Algorytmy:course:done', 'Sieci:course:doing', 'Bazy danych:course:todo']);
});

test('a heading whose first line is how far along it is, and nothing more, is an item with that progress', () => {
  const r = read('## Overall progress\n\n### Go\n1/14 lessons\n\n### Docker\n🟩🟩🟩 0/10 lessons (0%)\n\n### Notes\n1/14 of the way there, more or less, I think\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.status, i.progress?.done, i.progress?.total]), [['Go', 'doing', 1, 14], ['Docker', 'todo', 0, 10]]);
  // A bar drawn in a fence, under the heading's name said again beside its icon; the count over the share.
  const bar = read('## Progreso General\n\n### Go\n<img src="https://x/go.svg" width="20"/> **Go**\n```\n🟦🟨🟨🟨🟨🟨🟨🟨🟨🟨🟨🟨🟨🟨 1/14 días (7%)\n```\n');
  assert.deepEqual(bar.items.map((i) => [i.title, i.status, i.progress]), [['Go', 'doing', { done: 1, total: 14, unit: 'day' }]]);
  // A heading that names the measure is no thing measured; a field says what it measures.
  assert.deepEqual(read('## 진도율\n\n3/10 lessons\n').items, []);
  assert.deepEqual(read('## Progress Tracking\n\nWeek 1 Completed: ⬜ (3/7 days)\n').items.filter((i) => i.title === 'Progress Tracking'), []);
});

test('a section named by where its entries stand says so after an icon or a GitHub shortcode', () => {
  for (const heading of [':pencil2: Current - ', '✏️ Current', '📖 Currently learning']) {
    const r = read(`### ${heading}\n\n* [Complete Web Developer Path](https://github.com/x/learn/tree/master/CWD)\n* Refactoring techniques\n`);
    assert.deepEqual(r.items.map((i) => [i.kind, i.status]), [['course', 'doing'], ['topic', 'doing']], heading);
  }
});
