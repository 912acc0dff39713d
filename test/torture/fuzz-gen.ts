// The notes the fuzz part reads, each a pure function of (seed, number): random bytes,
// invalid UTF-8, NUL, very long lines, 10,000-deep nesting, CRLF mixes, BOMs, every checkbox
// spelling, token soup, and mutations of the corpus notes.
import { seeded } from './common.js';

const BOXES = ['- [ ]', '- [x]', '- [X]', '* [ ]', '+ [-]', '- [/]', '- [>]', '- [~]', '1. [ ]', '- ☐', '- ☑', '- ✅', '- ⬜', '- ❌', '- 🔄', '- 🟢', '- 🟡', '- 🔴', '- TODO', '- DONE', '* TODO', '** DONE', '- LATER', '- NOW', 'x 2026-11-18', '(A)', '- [ ] ~~', '[ ]', '-[ ]', '- [ ]\t'];
const WORDS = ['Read', 'SICP', 'chapter 3 of 12', '(3/10)', '40%', '2h', '~3h', 'due:2026-12-01', '📅 2026-12-05', '#tag', '[[link]]', 'https://x.y/z', 'done', 'in progress', 'Status: In progress', '| a | b |', '```', '# Heading', '## Week 1', ':PROPERTIES:', 'SCHEDULED: <2026-11-20>', 'Lec 1 done out of 20', '✓', '—', '→', '\t', '  ', '**bold**', '>', '---'];

export interface FuzzNote {
  kind: string;
  ext: '.md' | '.txt' | '.org';
  bytes: Buffer;
}

export function generateNote(seed: number, n: number, bases: Buffer[]): FuzzNote {
  const rand = seeded(seed * 1_000_003 + n);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const ext = pick(['.md', '.md', '.txt', '.org'] as const);
  const r = rand();
  const soup = (lines: number) => Array.from({ length: lines }, () => {
    const parts = [' '.repeat(Math.floor(rand() * 3) * 2), pick(BOXES)];
    for (let k = Math.floor(rand() * 5); k >= 0; k--) parts.push(pick(WORDS));
    return parts.join(' ');
  });
  if (r < 0.001) {
    // 10,000-deep nesting: indentation climbing to 10,000 columns, then quotes and list markers 10,000 deep on one line.
    const climb = Array.from({ length: 200 }, (_, i) => ' '.repeat(i * 50) + pick(BOXES) + ' item ' + i);
    return { kind: 'deep nesting', ext, bytes: Buffer.from([...climb, '> '.repeat(10_000) + 'quoted', '- '.repeat(10_000) + '[ ] listed', '['.repeat(10_000) + ']'.repeat(10_000)].join('\n')) };
  }
  if (r < 0.002) {
    // One very long line (about 200 KB).
    return { kind: 'long line', ext, bytes: Buffer.from(pick(BOXES) + ' ' + Array.from({ length: 20_000 }, () => pick(WORDS)).join(' ')) };
  }
  if (r < 0.1) {
    const b = Buffer.alloc(Math.floor(rand() * 2048));
    for (let i = 0; i < b.length; i++) b[i] = Math.floor(rand() * 256);
    return { kind: 'random bytes', ext, bytes: b };
  }
  if (r < 0.2) {
    // Text with invalid UTF-8 and NUL bytes spliced in.
    const t = Buffer.from(soup(20).join('\n'));
    for (let k = 0; k < 5; k++) t[Math.floor(rand() * t.length)] = pick([0x00, 0xff, 0xc3, 0x80, 0xed, 0xa0]);
    return { kind: 'invalid UTF-8 and NUL', ext, bytes: t };
  }
  if (r < 0.35) {
    // CRLF mixes and a BOM.
    const lines = soup(30);
    const text = lines.map((l) => l + pick(['\n', '\r\n', '\r\n', '\r', '\n\r'])).join('');
    return { kind: 'CRLF mix and BOM', ext, bytes: Buffer.from((rand() < 0.5 ? '\ufeff' : '') + text) };
  }
  if (r < 0.65 || bases.length === 0) {
    return { kind: 'token soup', ext, bytes: Buffer.from(soup(10 + Math.floor(rand() * 60)).join('\n')) };
  }
  // A corpus note, mutated: bytes flipped, lines duplicated, deleted or swapped.
  const base = pick(bases);
  const start = Math.floor(rand() * Math.max(1, base.length - 4096));
  let lines = base.subarray(start, start + 4096).toString('utf8').split('\n');
  for (let k = Math.floor(rand() * 8); k >= 0; k--) {
    const at = Math.floor(rand() * lines.length);
    const m = rand();
    if (m < 0.25) lines.splice(at, 1);
    else if (m < 0.5) lines.splice(at, 0, lines[Math.floor(rand() * lines.length)] ?? '');
    else if (m < 0.75) lines[at] = (lines[at] ?? '').slice(0, Math.floor(rand() * 40)) + pick(WORDS);
    else lines = [...lines.slice(at), ...lines.slice(0, at)];
  }
  const bytes = Buffer.from(lines.join(pick(['\n', '\r\n'])));
  if (rand() < 0.2) bytes[Math.floor(rand() * bytes.length)] = Math.floor(rand() * 256);
  return { kind: 'mutated corpus note', ext, bytes };
}
