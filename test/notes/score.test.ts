// The labelled set as a guard: the `dev` half's pooled scores may not fall below what they
// were when this file was last set (npm run score prints them). The `test` half is measured,
// never tuned on, and not held to a floor here: its figures go in each stop's notes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseNotes } from '../../src/core/notes/index.js';
import { decodeNote } from '../../src/edge/decode-note.js';
import { notePath, roundOf, halfOf, pooled, scoreNote, type Gold } from './scoring.js';

const DIR = import.meta.dirname;
// Each collection round's dev notes, pooled, may not fall below these (set from `npm run score`,
// less a little room). Round 1 set on 2026-12-04 (0.985 0.972 0.953 1.000 1.000); round 2 (the
// 52 notes collected on 2026-12-04) at the end of that session (0.935 0.964 0.819 0.985 0.941),
// raised at the end of the next (0.984 0.977 0.885 0.991 0.943); round 3 (E's 19 and F's 22
// notes, 20 in dev; E's came at the session's end, unread by any rule) then (0.901 0.936 0.730 0.974 0.923),
// raised a session later (0.901 0.936 0.914 0.974 0.923); round 4 (G's 21 and H's 20 notes, 23 in
// dev) at the end of the session they came in (0.954 0.962 0.922 0.980 0.727); round 3 raised again
// and round 5 (I's and J's 20 notes each, 18 in dev, unread by any rule) set at the end of the
// session they came in (0.926 0.962 0.927 0.983 1.000; 0.854 0.920 0.699 0.739 1.000); rounds 2 to 5
// raised and round 6 (K's 17 notes, 6 in dev) set at the end of the session they came in; rounds 3
// to 6 raised and rounds 7 (L's 20 and M's 15 notes, 19 in dev) and 8 (N's 15, 8 in dev) set at
// the end of the session they came in; rounds 7 and 8 raised a session later (precision and status, kind);
// round 9 (O's 14, P's 1 and R's 15 notes, 18 in dev) set at the end of the session they came in;
// round 10 (S's and T's 15 notes each, 16 in dev) set on arrival; rounds 9 and 10 raised and round
// 11 (V's 15 notes less two already in ../shared/corpus, and U's 15; 20 in dev) set at the end of the session they
// came in (U's on arrival, unread by any rule: their progress is not yet read, floor 0); round 11
// raised a session later, once rules were written for U's dev errors (0.991 0.984 0.884 0.989 1.000),
// and round 9's kind (0.891); round 12 (X's 7 and W's 10 notes, 9 in dev) set on arrival, unread by
// any rule (0.984 0.984 0.844 0.852, progress 0: W's stated progress is not yet read); round 12
// raised and rounds 13 (Y's 10 and Z's 8 notes, 10 in dev) and 14 (ZA's and ZB's 10 each, 8 in
// dev) set at the end of the session they came in, once rules were written for their dev errors
// (round 14's progress stays low: zb-apraga's series counts, '10/10' after a title, are not read);
// round 15 (ZC's and ZD's 15 each, 18 in dev) set at the end of the session it came in (its progress
// stays low: zc-lepperm's counts are of freeCodeCamp's "challenges", a unit the note never names);
// rounds 16 (ZE's 15 and ZF's 13 notes, 15 in dev) and 17 (ZG's 3 and ZH's 15, 7 in dev) set at
// the end of the session they came in; round 16's kind and status set lower (0.919, 0.976) and its
// recall and progress higher (0.971, 0.800) when zf-battieststone4's weekly report went from no item
// read to ten, a few of them of the wrong kind or status; round 18 (ZI's 14, ZJ's 14 and ZK's 5
// notes, 17 in dev; arrival 0.915 0.936 0.816 0.910 0.379) set at the end of the session it came
// in (its progress stays low: scorecard marks, '3/6 курс' and unit-less lecture numbers); round 19
// (ZL's and ZM's 12 each, 10 in dev) set on arrival (0.777 0.996 0.854 0.825 1.000 at the session's
// start, 0.780 0.993 0.866 0.825 1.000 at 178a4f9, before any rule looked at it), raised at the
// end of that session once four of its dev notes had rules (0.959 0.997 0.885 0.937 1.000); round 20
// (ZN's and ZO's 15 each, 19 in dev; arrival 0.836 0.764 0.786 0.841 0.300, the same at the session's
// start and at e5b7674, before any rule looked at it) set at the end of the session it came in
// (0.943 1.000 0.904 0.973 1.000: a diary's exercises named in prose stay unread); round 21 (ZP's
// and ZQ's 15 each, 15 in dev; arrival 0.777 0.938 0.749 0.937 0.000, the same at the session's
// start and at d22e180) set at the end of the session it came in (0.931 0.962 0.800 0.978 0.500:
// units the notes never name, "7/60" days, stay "part"); round 22 (ZR's and ZS's 12 each, 13 in
// dev; arrival 0.876 0.750 0.885 0.911 1.000 at the session's start, d7c9e95, and at e6bfd31,
// after that session's reader changes, before any rule looked at it) set at the end of the
// session it came in (0.904 0.826 0.901 0.948 1.000: a page of grammar topics each ending in a
// full stop, a life-goals checklist and a tips list stay misread), raised the session after
// (0.961 0.842 0.942 0.978 1.000: the grammar topics read); round 23 (ZT's 11 and ZU's 12, 12
// in dev; arrival 0.856 0.760 0.597 0.923 0.000 at the session's start, 3fb8164, and at 88c5a57)
// set on arrival, raised at that session's end (0.886 0.898 0.818 0.956 0.667: a tracker pasted
// twice reads each entry once, the gold twice; 'Session 1' headings over plain lists stay sections);
// round 24 (ZV's 2 and ZW's 10, 6 in dev; arrival 0.742 0.969 0.674 0.558 1.000 at 3fb8164 and at
// 5683817, after ten reader changes of the session it came in) set at that session's end (0.836
// 0.973 0.645 0.944 1.000: a table cell of several books, '- a<br>- b', reads as one entry; a ticked
// week's parts, '**Gündüz:** …', now read, half of them of the wrong kind), raised the session after
// (0.961 0.976 0.683 0.951 1.000: the table cell of several books reads as that many); round 25
// (ZX's 12 and ZY's 10, 11 in dev; arrival 0.829 0.898 0.446 0.723 1.000 at 6562ae4, the session's
// start, and at af1e16f, after two of its reader changes) set at that session's end (0.995 0.917
// 0.842 0.982 1.000: an exam's structure table and its cautions read as work, notes pages linked
// from a course read as articles, a lecture's steps, '시청 완료', read as topics); round 26 (ZZA's
// 12 and ZZB's 10, 10 in dev; arrival 0.685 0.952 0.400 0.940 0.000 at f0028cf, the session's
// start, and at 741fc43, after its first reader change) set at that session's end (0.959 0.972
// 0.614 0.950 0.000: a book's chapters the gold calls topics read as tasks, a page of the
// person's own OCaml links read as the books its heading names, the one figure of progress,
// '69/200' of a pile of unread books, read as parts, not pages); round 27 (ZZC's 12 and ZZD's 10, 6
// in dev; arrival 0.833 0.948 0.418 0.727 0.000 at c57ec0f, the session's start, and at 494435f,
// after its first two reader commits) set at that session's end (0.977 0.970 0.581 0.969 1.000:
// a Rust Book's chapters the gold calls books read as tasks, a CS61A tracker's assignments,
// 'Hog', 'Pig Latin', read as topics); rounds 14 and 15 raised that session (a count with no unit
// counts what the title names: 'Projects (1/5)', a book's few dozen parts its chapters); round 28
// (ZZE's 12 and ZZF's 10, 12 in dev; arrival 0.706 0.960 0.813 0.993 1.000 at 976d304, the
// session's start) set at that session's end (0.877 0.984 0.844 0.994 1.000: a book's remaining
// sections as 'Name: count' lines, a German diary's modules with prose under them, a Russian
// lecture diary's days, still unread); round 29 (ZZG's 10 and ZZH's 10, 9 in dev; arrival 0.743
// 0.836 0.922 0.601 1.000 at 8748f75, and the same at 976d304) set at that session's end (0.903
// 0.954 0.952 0.968 1.000: a master's plan told in one paragraph, a log line that finishes a
// lecture its box leaves open, a job hunt's boards and referees, still read as entries or not);
// round 30 (ZZI's 9 and ZZJ's 10, 7 in dev; arrival 0.935 0.713 0.791 0.729 0.000 at 6f4b132, the
// session's start) set at that session's end (0.935 0.827 0.845 0.953 0.000: a calculus course's
// topics with their error notes and its study-error list still read as entries, '50/52' counts of
// freeCodeCamp-like units the note never names stay parts); round 31 (ZZK's and ZZL's 10 each, 10
// in dev; arrival 0.900 0.633 0.716 1.000 1.000, the same at b87eace and at 178579a) set at that
// session's end (0.900 0.659 0.716 1.000 1.000: a book's chapter notes and a study log's facts under
// their topic headings still read as entries, a course's lecture summaries beside its roadmap too);
// round 32 (ZZM's 10 and ZZN's 8, 7 in dev; arrival 0.985 1.000 0.665 0.772 1.000, the same at
// b87eace and at f689bee) set at that session's end (0.995 1.000 0.884 0.995 1.000); round 33 (ZZO's
// 10 and ZZP's 10, 11 in dev; arrival 0.934 0.847 0.573 0.824 1.000 at 4e17a8c) set at that
// session's end (0.962 0.884 0.463 0.961 1.000: a 21-day plan table, now read as a table, has its
// rows titled by their dates and taken for topics; a German homework table's rows are kinded by
// their words, not as the golds' tasks); round 34 (ZZQ's 10 and ZZR's 10, 9 in dev; collected at
// that session's end, arrival 0.887 0.891 0.750 0.979 1.000 at d471c85, the same as at its start,
// a445970) set then; rounds 33 and 34 raised at the next session's end (round 33's date-keyed
// plan rows now tasks: kind 0.566; round 34: 0.934 0.961 0.818 0.990 1.000). Round 35 (ZZS's 10
// and ZZT's 10, 10 in dev; arrival 0.902 0.749 0.753 0.881 0.000 at 3263938, the same as at the
// session's start, 27a2a4c) set at that session's end (0.907 0.848 0.779 0.969 1.000). Round 36
// (ZZU's 10 and ZZV's 10, 12 in dev; arrival 0.949 0.920 0.738 0.954 1.000 at ec4d144, the
// session's start, and at 2bb5aa1 alike) set at that session's end (0.971 0.957 0.829 0.993 1.000).
// Round 37 (ZZW's 10 and ZZX's 10, 12 in dev; arrival 0.894 0.831 0.577 0.864 1.000 at ec4d144 and
// at 9db20dd alike) set at the same session's end (0.900 0.845 0.885 0.955 1.000).
const FLOORS: Record<number, { recall: number; precision: number; kind: number; status: number; progress: number }> = {
  1: { recall: 0.98, precision: 0.97, kind: 0.95, status: 0.99, progress: 0.99 },
  2: { recall: 0.98, precision: 0.97, kind: 0.90, status: 0.98, progress: 0.94 },
  3: { recall: 0.98, precision: 0.97, kind: 0.91, status: 0.97, progress: 0.98 },
  4: { recall: 0.99, precision: 0.97, kind: 0.95, status: 0.98, progress: 0.78 },
  5: { recall: 0.99, precision: 0.96, kind: 0.94, status: 0.96, progress: 0.98 },
  6: { recall: 0.99, precision: 0.95, kind: 0.96, status: 0.99, progress: 0.98 },
  7: { recall: 0.96, precision: 0.92, kind: 0.91, status: 0.97, progress: 0.98 },
  8: { recall: 0.99, precision: 0.92, kind: 0.90, status: 0.98, progress: 0.98 },
  9: { recall: 0.96, precision: 0.94, kind: 0.87, status: 0.95, progress: 0.98 },
  10: { recall: 0.97, precision: 0.90, kind: 0.93, status: 0.95, progress: 0.84 },
  11: { recall: 0.98, precision: 0.97, kind: 0.86, status: 0.98, progress: 0.98 },
  12: { recall: 0.98, precision: 0.98, kind: 0.98, status: 0.98, progress: 0.99 },
  13: { recall: 0.98, precision: 0.99, kind: 0.92, status: 0.99, progress: 0.84 },
  14: { recall: 0.99, precision: 0.99, kind: 0.93, status: 0.98, progress: 0.37 },
  15: { recall: 0.97, precision: 0.98, kind: 0.95, status: 0.96, progress: 0.15 },
  16: { recall: 0.97, precision: 0.97, kind: 0.91, status: 0.97, progress: 0.80 },
  // (Round 17's precision 0.99 → 0.98 when "Thema" named a title column: a German study plan's one row more, not a gold entry.)
  17: { recall: 0.95, precision: 0.98, kind: 0.90, status: 0.98, progress: 0.99 },
  18: { recall: 0.97, precision: 0.98, kind: 0.91, status: 0.98, progress: 0.46 },
  // (Round 19's precision 0.99 → 0.98 when short names under an entry, a line each, became its parts: a Chinese plan's three remarks under a topic.)
  19: { recall: 0.95, precision: 0.98, kind: 0.88, status: 0.93, progress: 0.99 },
  20: { recall: 0.93, precision: 0.99, kind: 0.89, status: 0.96, progress: 0.99 },
  21: { recall: 0.92, precision: 0.95, kind: 0.79, status: 0.97, progress: 0.49 },
  22: { recall: 0.96, precision: 0.84, kind: 0.94, status: 0.97, progress: 0.99 },
  23: { recall: 0.88, precision: 0.89, kind: 0.81, status: 0.95, progress: 0.66 },
  24: { recall: 0.96, precision: 0.97, kind: 0.68, status: 0.95, progress: 0.99 },
  25: { recall: 0.99, precision: 0.91, kind: 0.84, status: 0.98, progress: 0.99 },
  26: { recall: 0.95, precision: 0.97, kind: 0.61, status: 0.95, progress: 0 },
  27: { recall: 0.97, precision: 0.96, kind: 0.58, status: 0.96, progress: 0.99 },
  28: { recall: 0.87, precision: 0.98, kind: 0.84, status: 0.99, progress: 0.99 },
  // (Round 29's kind 0.952 → 0.947 when a Korean roadmap's lines wrapped in <b> and <h3> were read: six entries found, their kinds not all right.)
  29: { recall: 0.90, precision: 0.95, kind: 0.94, status: 0.96, progress: 0.99 },
  30: { recall: 0.93, precision: 0.82, kind: 0.84, status: 0.95, progress: 0 },
  31: { recall: 0.90, precision: 0.65, kind: 0.71, status: 0.99, progress: 0.99 },
  32: { recall: 0.99, precision: 0.99, kind: 0.88, status: 0.99, progress: 0.99 },
  33: { recall: 0.96, precision: 0.92, kind: 0.57, status: 0.96, progress: 0.99 },
  34: { recall: 0.93, precision: 0.96, kind: 0.81, status: 0.98, progress: 0.99 },
  35: { recall: 0.90, precision: 0.84, kind: 0.77, status: 0.96, progress: 0.99 },
  36: { recall: 0.96, precision: 0.95, kind: 0.82, status: 0.99, progress: 0.99 },
  37: { recall: 0.89, precision: 0.84, kind: 0.88, status: 0.95, progress: 0.99 },
  // (Round 38's dev progress entries are read in no unit the golds name: 0 for now.)
  38: { recall: 0.93, precision: 0.99, kind: 0.79, status: 0.98, progress: 0 },
  39: { recall: 0.72, precision: 0.96, kind: 0.84, status: 0.79, progress: 0.99 },
  // (Round 40's one dev progress entry, a course's percentage in a 100-days log's record, is not read yet.)
  40: { recall: 0.87, precision: 0.87, kind: 0.84, status: 0.96, progress: 0 },
  // (Round 41: ZZZE's 10 and ZZZF's 10, 8 in dev; arrival 0.771 0.929 0.808 0.720 1.000 at 3c1983b, set at that session's end.)
  41: { recall: 0.95, precision: 0.98, kind: 0.93, status: 0.88, progress: 0.99 },
  // (Round 42: ZZZG's 10 and ZZZH's 10, 9 in dev; arrival 0.686 0.836 0.676 0.883 1.000 at 5030f18, set at that session's end.)
  42: { recall: 0.84, precision: 0.86, kind: 0.78, status: 0.91, progress: 0.99 },
  // (Round 43: ZZZI's 10 and ZZZJ's 10, 12 in dev; arrival 0.780 0.964 0.709 0.915 1.000 at 5030f18 and ebcaef9, set at that session's end.)
  43: { recall: 0.90, precision: 0.96, kind: 0.78, status: 0.95, progress: 0.99 },
  // (Round 44: ZZZK's 10 and ZZZL's 10, 9 in dev; arrival 0.662 0.936 0.769 0.891 1.000 at 1cf5cf4, set at that session's end.)
  44: { recall: 0.97, precision: 0.98, kind: 0.78, status: 0.93, progress: 0.99 },
  // (Round 45: ZZZM's 10 and ZZZN's 10, 10 in dev; arrival 0.606 0.762 0.575 0.463 0.000 at 1cf5cf4 and a2810e9 alike, set at that
  // session's end. Its one dev progress entry group, a learning path's per-category counts "0/4" beside bars at 50%, reads the bars.)
  45: { recall: 0.88, precision: 0.96, kind: 0.86, status: 0.84, progress: 0 },
  // (Round 46: ZZZO's 10 and ZZZP's 10, 9 in dev; arrival 0.623 0.853 0.929 0.960 0.042 at 2d6052b, set at that session's end.)
  46: { recall: 0.96, precision: 0.96, kind: 0.92, status: 0.97, progress: 0.99 },
  // (Round 47: ZZZQ's 9 and ZZZR's 8, 7 in dev; arrival 0.927 0.918 0.614 0.950 1.000 at f27b0c3, set at the next session's end.)
  47: { recall: 0.92, precision: 0.94, kind: 0.94, status: 0.95, progress: 0.99 },
  // (Round 48: ZZZS's 10 and ZZZT's 10, 11 in dev; arrival 0.808 0.935 0.827 0.822 0.000 at 63ccdba, set at that session's end.)
  48: { recall: 0.94, precision: 0.96, kind: 0.85, status: 0.95, progress: 0.72 },
  // (Round 49: ZZZU's 10 and ZZZV's 10, 10 in dev; arrival 0.817 0.928 0.918 0.986 0.000 at d199ac3, set at that session's end.)
  49: { recall: 0.84, precision: 0.97, kind: 0.92, status: 0.99, progress: 0.99 },
  // (Round 50: ZZZW's 10 and ZZZX's 10, 13 in dev; arrival 0.912 0.944 0.526 0.875 1.000 at 871fc71, set at that session's end.)
  50: { recall: 0.90, precision: 0.96, kind: 0.91, status: 0.96, progress: 0.99 },
  // (Round 51: ZZZY's 10 and ZZZZ's 10, 10 in dev; arrival 0.870 0.915 0.564 0.943 0.000 at 5876f73, set at that session's end. Its dev progress entries all name a unit the reader does not: floor 0.)
  51: { recall: 0.90, precision: 0.97, kind: 0.82, status: 0.94, progress: 0 },
};

test('the dev half of the labelled notes reads at least as well as it did, round by round', () => {
  const scores = readdirSync(join(DIR, 'gold')).filter((f) => f.endsWith('.gold.json')).map((f) => JSON.parse(readFileSync(join(DIR, 'gold', f), 'utf8')) as Gold)
    .filter((g) => halfOf(g.file) === 'dev')
    .map((g) => {
      // (As Waymark reads a note: UTF-8, or the legacy encoding it can tell.)
      const decoded = decodeNote(readFileSync(join(DIR, g.file)));
      const text = 'text' in decoded ? decoded.text : '';
      const roadmap = parseNotes([{ path: notePath(g.file), text, sha256: createHash('sha256').update(text).digest('hex') }], { now: new Date('2026-12-01T12:00:00Z') });
      return { round: roundOf(g.file), score: scoreNote(g, roadmap) };
    });
  assert.ok(scores.length >= 20, `dev half has ${scores.length} notes`);
  for (const [round, floors] of Object.entries(FLOORS)) {
    const part = scores.filter((s) => s.round === Number(round)).map((s) => s.score);
    assert.ok(part.length >= 5, `round ${round}'s dev half has ${part.length} notes`);
    const p = pooled(part);
    for (const [k, floor] of Object.entries(floors)) {
      const got = p[k as keyof typeof floors];
      assert.ok(got >= floor, `round ${round}: dev ${k} ${got.toFixed(3)} fell below ${floor} (npm run score -- --verbose shows each miss)`);
    }
  }
});
