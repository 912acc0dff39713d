// Property/fuzz tests for the notes reader: random bytes, random Unicode, token soup and
// random mutations of every corpus file, read as .md, .txt and .org, never throw, always give
// items whose lines lie inside the file, and never hang; 200 KB pathological inputs parse in
// well under a few seconds (a quadratic regex shows up here).
//
// The parsing runs in a worker thread, so a hang (a synchronous loop the test runner cannot
// interrupt) is caught by a watchdog, reported with the input that caused it, and the worker
// is terminated. Inputs that fail are written to test-output/fuzz/ for a look.
// FUZZ_SEED=n and FUZZ_SCALE=k (runs × k) explore further than the default fixed seed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import fc from 'fast-check';
import { parseNotes } from '../src/core/notes/index.js';
import type { Roadmap } from '../src/core/model/types.js';
import { CORPUS, corpusFiles } from './corpus-files.js';
import { corpusNeed, skipUnless } from './needs.js';

const OUT = fileURLToPath(new URL('../test-output/fuzz/', import.meta.url));
const NOW = new Date('2026-11-22T10:00:00Z');
const SEED = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : 20261122;
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const EXTS = ['.md', '.txt', '.org'] as const;

// ---------------------------------------------------------------------------------
// The invariants, checked on every parse

/** Lines as the reader counts them: split on LF (a lone CR stays inside its line). */
function lineCount(text: string): number {
  return text.split('\n').length;
}

function checkRoadmap(rm: Roadmap, path: string, text: string): void {
  const n = lineCount(text);
  assert.ok(Array.isArray(rm.items), 'items is an array');
  const inFile = (line: number, what: string) =>
    assert.ok(Number.isInteger(line) && line >= 1 && line <= n, `${what} ${line} outside 1..${n}`);
  for (const it of rm.items) {
    assert.equal(typeof it.title, 'string');
    assert.equal(it.source.path, path);
    inFile(it.source.line, `"${it.title.slice(0, 40)}": line`);
    inFile(it.source.endLine, `"${it.title.slice(0, 40)}": endLine`);
    assert.ok(it.source.endLine >= it.source.line, `"${it.title.slice(0, 40)}": endLine ${it.source.endLine} before line ${it.source.line}`);
    if (it.progressLine !== null) inFile(it.progressLine, 'progressLine');
    for (const m of it.mentions) inFile(m.line, 'mention line');
    for (const l of it.logged) inFile(l.line, 'logged line');
  }
  const ids = new Set(rm.items.map((i) => i.id));
  assert.equal(ids.size, rm.items.length, 'item ids are unique');
  for (const it of rm.items) {
    if (it.parent !== null) assert.ok(ids.has(it.parent), `"${it.title.slice(0, 40)}": parent ${it.parent} is not an item`);
    for (const d of it.dependsOn) assert.ok(ids.has(d), `"${it.title.slice(0, 40)}": dependsOn ${d} is not an item`);
  }
  for (const w of rm.warnings) if (w.line !== null) inFile(w.line, `warning ${w.code} line`);
  if (rm.budget.source) inFile(rm.budget.source.line, 'budget line');
  JSON.stringify(rm); // no cycles, nothing unserialisable
}

function parseOne(path: string, text: string): Roadmap {
  const rm = parseNotes([{ path, text, sha256: '' }], { now: NOW });
  checkRoadmap(rm, path, text);
  return rm;
}

// ---------------------------------------------------------------------------------
// Inputs

/** Syntax the reader reacts to, spliced into text. */
const TOKENS = [
  '```', '```python', '~~~', '- [ ] ', '- [x] ', '- [X] ', '* [ ] ', '1. [x] ', 'a. - [ ] ', '[ ]  ', '- [-] ', '- [/] ',
  '- ', '* ', '+ ', '1. ', '1) ', 'iv. ', '| a | b |', '|---|---|', 'Courses | Duration | Effort', ':-- | :--:', '|',
  '# ', '## ', '###### ', '##**Week 1: x**', '* ', '** TODO ', '*** DONE [#A] ', '**** [1/3] ', '* HOLD ',
  'CLOCK: [2024-09-16 Mon 07:58]--[2024-09-16 Mon 08:50] =>  0:52', ':LOGBOOK:', ':PROPERTIES:', ':Effort: 1:30', ':END:',
  'SCHEDULED: <2016-02-19 Fri 11:30>', 'CLOSED: [2015-10-27 Tue 18:43]', 'DEADLINE: <2026-13-45>', '#+title: x',
  '📅 2024-01-01', '⏳ 2024-02-30', '🛫 ', '➕ 2023-04-13', '✅ 2023-04-17', '❌ ', '🔺', '⏫', '🔼', '🔽', '⏬', '🔁 every day when done',
  '🆔 abc', '⛔ abc', '⛔ ', '🆔 ', '[due:: 2024-01-01]', '[estimate:: 3h]', '[[wikilink|x]]', '[link](http://x)', '[x](',
  'https://arxiv.org/abs/1905.11946', 'https://www.youtube.com/watch?v=x', 'book.pdf', 'Designing_Data_lntensive_Applications.pdf',
  '(3 hours)', 'Monday (7 hours): ', 'Morning (3 hours):', '(optional)', '(IMP)', 'bonus', '~6h', '2h30m', '1.5 hrs',
  'a week full time', '4+ weeks full time', '3 - 6 weeks full time', '35 hours/week x 6 weeks = 210 total hours',
  'ideally the timeline is 4 to 6 months', 'Lec 3 done out of 20', 'done upto and including chapter 12', 'page 120 of 600',
  '40%', '3/10 videos', 'Upto and including week 2 done', 'finished', 'in progress', 'Week 1: ', 'Infra level:', 'Day 7 (light)',
  '\t', '    ', '\u00a0', '\u3000', '\uFEFF', '\r', '\r\n', '\n', '\u0000', '\u200b', '\u2028', 'Ã‰va', 'âœ¦', '✦', '<!--', '-->',
  '<div>', '%%', '---', '***', '===', '> ', '**', '__', '~~', '==', '[', ']', '(', ')', '{', '}', '`', '\\', '#tag', '#', ':', '::',
  '0', '9999999999999999999', '-1', '1e309', 'NaN', '\ud800', '\udfff', '😀', '👩‍👩‍👧',
] as const;

const token = fc.constantFrom(...TOKENS);
const ext = fc.constantFrom(...EXTS);

/** Random text assembled from tokens, words and line breaks: reaches deeper into the reader than bytes do. */
const soup = fc
  .array(fc.oneof({ weight: 5, arbitrary: token }, { weight: 2, arbitrary: fc.string({ maxLength: 12 }) }, { weight: 3, arbitrary: fc.constantFrom('\n', '\n', '  ', ' ', 'Read ', 'chapter ', 'lecture ', 'x') }), { maxLength: 400 })
  .map((xs) => xs.join(''));

/** Any UTF-16 unit, lone surrogates included. */
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

type Mutation =
  | { op: 'insert'; at: number; text: string }
  | { op: 'delete'; at: number; count: number }
  | { op: 'duplicate'; at: number; count: number }
  | { op: 'swap'; at: number }
  | { op: 'inject'; at: number; col: number; text: string }
  | { op: 'longLine'; at: number; text: string; times: number }
  | { op: 'indent'; at: number; depth: number; tabs: boolean }
  | { op: 'loneCR'; at: number }
  | { op: 'crlf' }
  | { op: 'bom' }
  | { op: 'truncate'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(token, soup) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('inject' as const), at: fc.nat(), col: fc.nat(200), text: token }),
  fc.record({ op: fc.constant('longLine' as const), at: fc.nat(), text: token, times: fc.integer({ min: 100, max: 5000 }) }),
  fc.record({ op: fc.constant('indent' as const), at: fc.nat(), depth: fc.integer({ min: 1, max: 300 }), tabs: fc.boolean() }),
  fc.record({ op: fc.constant('loneCR' as const), at: fc.nat() }),
  fc.constant({ op: 'crlf' as const }),
  fc.constant({ op: 'bom' as const }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
);

export function mutate(text: string, muts: Mutation[]): string {
  let lines = text.split('\n');
  for (const m of muts) {
    const at = 'at' in m ? m.at % Math.max(1, lines.length) : 0;
    switch (m.op) {
      case 'insert': lines.splice(at, 0, ...m.text.split('\n')); break;
      case 'delete': lines.splice(at, m.count); break;
      case 'duplicate': lines.splice(at, 0, ...lines.slice(at, at + m.count)); break;
      case 'swap': {
        const t = lines.join('\n');
        const i = m.at % Math.max(1, t.length - 1);
        lines = (t.slice(0, i) + t.charAt(i + 1) + t.charAt(i) + t.slice(i + 2)).split('\n');
        break;
      }
      case 'inject': {
        const l = lines[at] ?? '';
        const c = m.col % (l.length + 1);
        lines[at] = l.slice(0, c) + m.text + l.slice(c);
        break;
      }
      case 'longLine': lines.splice(at, 0, m.text.repeat(m.times)); break;
      case 'indent': lines[at] = (m.tabs ? '\t' : '  ').repeat(m.depth) + (lines[at] ?? ''); break;
      case 'loneCR': {
        if (lines.length > 1) lines.splice(at, 2, `${lines[at] ?? ''}\r${lines[at + 1] ?? ''}`);
        break;
      }
      case 'crlf': lines = lines.map((l) => (l.endsWith('\r') ? l : l + '\r')); break;
      case 'bom': lines[0] = '\uFEFF' + (lines[0] ?? ''); break;
      case 'truncate': lines = lines.slice(0, at); break;
    }
  }
  return lines.join('\n');
}

/** The corpus notes (not its list of sources), relative to the corpus, with their text. */
function corpusNotes(): { rel: string; text: string }[] {
  return corpusFiles().filter((p) => basename(p) !== 'SOURCES.md').map((p) => ({ rel: relative(CORPUS, p), text: readFileSync(p, 'utf8') }));
}

// ---------------------------------------------------------------------------------
// Pathological inputs: ~200 KB each (a size passed in, so the check below can also read a quarter of
// it); a linear reader does each in a fraction of a second.

const K200 = 200 * 1024;
/** Reading 4× the input may take at most this many times as long (linear is 4, quadratic 16)… */
const GROWTH = 8;
/** …once the whole takes this long (below it, timer noise decides the ratio). */
const MIN_MS_FOR_GROWTH = 300;
/** A hard cap, whatever the growth: 200 KB of any shape is read in well under this. */
const MAX_MS = 10_000;
const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const lines = (f: (i: number) => string, size: number) => {
  const out: string[] = [];
  let len = 0;
  for (let i = 0; len < size; i++) {
    const l = f(i);
    out.push(l);
    len += l.length + 1;
  }
  return out.join('\n');
};

export interface Pathological {
  name: string;
  ext: (typeof EXTS)[number];
  /** The input, about `size` characters long. */
  make: (size: number) => string;
  /** Set when the reader is known to fail on it: the test is skipped with this reason. */
  known?: string;
}

export const PATHOLOGICAL: Pathological[] = [
  { name: '200k "["', ext: '.md', make: (n) => fill('[', n) },
  { name: '200k "*" (one org headline of stars)', ext: '.org', make: (n) => fill('*', n) },
  { name: '200k "*" in markdown', ext: '.md', make: (n) => fill('*', n) },
  { name: '200k "`"', ext: '.md', make: (n) => fill('`', n) },
  { name: '200k "|"', ext: '.md', make: (n) => fill('|', n) },
  { name: '200k "#"', ext: '.md', make: (n) => fill('#', n) },
  { name: '200k "("', ext: '.txt', make: (n) => fill('(', n) },
  { name: '200k ":"', ext: '.org', make: (n) => fill(':', n) },
  { name: '200k digits', ext: '.txt', make: (n) => fill('1234567890', n) },
  { name: '200k "- " on one line', ext: '.md', make: (n) => fill('- ', n) },
  { name: '200k "- [ ] " on one line', ext: '.md', make: (n) => fill('- [ ] ', n) },
  { name: '200k "[x](" on one line', ext: '.md', make: (n) => fill('[x](', n) },
  { name: '200k "**a" on one line', ext: '.md', make: (n) => fill('**a', n) },
  { name: '200k "[[" on one line', ext: '.md', make: (n) => fill('[[', n) },
  { name: '200k "1." on one line', ext: '.txt', make: (n) => fill('1.', n) },
  { name: '200k "1/" on one line', ext: '.txt', make: (n) => fill('1/', n) },
  { name: '200k "done out of " on one line', ext: '.txt', make: (n) => fill('done out of ', n) },
  { name: '200k "1 hour " on one line', ext: '.txt', make: (n) => fill('1 hour ', n) },
  { name: '200k "📅 " on one line', ext: '.md', make: (n) => fill('📅 ', n) },
  { name: '200k "Ã" (mojibake repair)', ext: '.md', make: (n) => '- [ ] ' + fill('Ã‰', n) },
  { name: '200k word on a list line', ext: '.md', make: (n) => '- [ ] ' + fill('a', n) },
  { name: '200k spaces then x', ext: '.md', make: (n) => fill(' ', n) + 'x' },
  { name: '200k tabs then a list marker', ext: '.md', make: (n) => fill('\t', n) + '- [ ] x' },
  { name: '200k spaces between a word and "[done"', ext: '.md', make: (n) => '- x' + fill(' ', n) + '[done' },
  { name: '200k spaces then stars', ext: '.md', make: (n) => '- x' + fill(' ', n) + '★' },
  { name: '200k "mon, " before hours', ext: '.txt', make: (n) => fill('mon, ', n) + ' 2h a week' },
  { name: '200k "2h on weekdays "', ext: '.txt', make: (n) => fill('2h on weekdays ', n) },
  { name: '200k spaces in a todo.txt line', ext: '.txt', make: (n) => '(A) x due:2026-01-01\n(B) y\n(C) ' + fill(' ', n) + 'z pri:A' },
  { name: '200k URL', ext: '.md', make: (n) => '- https://' + fill('a', n) },
  { name: '200k lone CR', ext: '.txt', make: (n) => fill('x\r', n) },
  { name: '200k "| a " table row', ext: '.md', make: (n) => 'a | b\n--|--\n' + fill('| a ', n) },
  { name: 'nested "- " lists, one level deeper each line', ext: '.md', make: (n) => lines((i) => ' '.repeat(i) + '- x' + i, n) },
  { name: 'nested checkboxes, 2 spaces deeper each line', ext: '.md', make: (n) => lines((i) => '  '.repeat(i % 400) + `- [ ] item ${i}`, n) },
  { name: 'nested org headlines, one star deeper each line', ext: '.org', make: (n) => lines((i) => '*'.repeat(i + 1) + ` TODO x${i}`, n) },
  { name: '100k lines "x"', ext: '.txt', make: (n) => lines(() => 'x', n) },
  { name: '50k lines "-"', ext: '.md', make: (n) => lines(() => '-', n) },
  { name: '30k lines "```"', ext: '.md', make: (n) => lines(() => '```', n) },
  { name: '20k identical checkbox lines', ext: '.md', make: (n) => lines(() => '- [ ] Read Designing Data-Intensive Applications', n) },
  { name: '20k distinct checkbox lines', ext: '.md', make: (n) => lines((i) => `- [ ] Read book number ${i}`, n) },
  { name: '15k headings', ext: '.md', make: (n) => lines((i) => `## Week ${i}: topic ${i}`, n) },
  { name: '10k Monday (7 hours) blocks', ext: '.txt', make: (n) => lines((i) => (i % 3 === 0 ? 'Monday (7 hours): x' : i % 3 === 1 ? 'Morning (3 hours):' : `- Read paper ${i}`), n) },
  { name: '10k Obsidian tasks with dependencies', ext: '.md', make: (n) => lines((i) => `- [ ] task ${i} 🆔 t${i} ⛔ t${i + 1} 📅 2026-01-01`, n) },
  { name: '10k org CLOCK lines under one headline', ext: '.org', make: (n) => '* TODO x\n:LOGBOOK:\n' + lines(() => 'CLOCK: [2024-09-16 Mon 07:58]--[2024-09-16 Mon 08:50] =>  0:52', n) },
  { name: '5k-line table', ext: '.md', make: (n) => 'Courses | Duration | Effort\n:-- | :--: | :--:\n' + lines((i) => `[Course ${i}](https://x.org/${i}) | ${i % 14} weeks | 2-5 hours/week`, n) },
  { name: 'one item with 20k link lines under it', ext: '.md', make: (n) => '- [ ] Course\n' + lines((i) => `    - https://example.org/${i}`, n) },
];

// ---------------------------------------------------------------------------------
// Worker side: runs a job and reports each input before parsing it, so a hang names its input.

type Job =
  | { kind: 'property'; name: 'bytes' | 'unicode' | 'units' | 'soup' | 'mutations'; runs: number; seed: number }
  | { kind: 'pathological'; names: string[] };

type Msg =
  | { t: 'input'; path: string; text: string }
  | { t: 'case'; name: string }
  | { t: 'caseDone'; name: string; ms: number; quarterMs: number; items: number }
  | { t: 'caseError'; name: string; message: string }
  | { t: 'fail'; message: string }
  | { t: 'end' };

function post(m: Msg): void {
  parentPort!.postMessage(m);
}

function guarded(path: string, text: string): void {
  post({ t: 'input', path, text });
  parseOne(path, text);
}

function propertyJob(job: Extract<Job, { kind: 'property' }>): void {
  const params = { numRuns: job.runs, seed: job.seed, endOnFailure: false };
  const utf8 = new TextDecoder('utf-8'); // lossy: bad bytes become U+FFFD
  try {
    if (job.name === 'bytes') {
      fc.assert(fc.property(fc.uint8Array({ maxLength: 4096 }), ext, (bytes, e) => guarded(`f${e}`, utf8.decode(bytes))), params);
    } else if (job.name === 'unicode') {
      fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), ext, (s, e) => guarded(`f${e}`, s)), params);
    } else if (job.name === 'units') {
      fc.assert(fc.property(fc.string({ unit: anyUnit, maxLength: 2000 }), ext, (s, e) => guarded(`f${e}`, s)), params);
    } else if (job.name === 'soup') {
      fc.assert(fc.property(soup, ext, (s, e) => guarded(`notes/f${e}`, s)), params);
    } else {
      // Every corpus file, each with fewer runs the bigger it is, to keep the test minutes short.
      for (const f of corpusNotes()) {
        const runs = Math.max(3, Math.min(40, Math.round((job.runs * 4000) / Math.max(4000, f.text.length))));
        fc.assert(
          fc.property(fc.array(mutation, { minLength: 1, maxLength: 8 }), ext, (muts, e) => guarded(f.rel.replace(/\.\w+$/, e), mutate(f.text, muts))),
          { ...params, numRuns: runs },
        );
      }
    }
  } catch (err) {
    post({ t: 'fail', message: err instanceof Error ? err.message : String(err) });
  }
}

/** CPU time of one read, in ms (the worker's process: other test files run in other processes). */
function cpuMs(path: string, text: string): { ms: number; items: number } {
  const c0 = process.cpuUsage();
  const rm = parseOne(path, text);
  const c = process.cpuUsage(c0);
  return { ms: (c.user + c.system) / 1000, items: rm.items.length };
}

function pathologicalJob(job: Extract<Job, { kind: 'pathological' }>): void {
  for (const name of job.names) {
    const p = PATHOLOGICAL.find((x) => x.name === name)!;
    const path = `patho${p.ext}`;
    const full = p.make(K200);
    const quarter = p.make(K200 / 4);
    post({ t: 'case', name });
    try {
      // A quarter of the input twice (the first also warms the JIT), then the whole: the better of
      // each. The whole is read again only when the first reading looks superlinear, so a burst of
      // other work on the machine during one reading does not fail the test.
      const q = Math.min(cpuMs(path, quarter).ms, cpuMs(path, quarter).ms);
      let f = cpuMs(path, full);
      if (f.ms / Math.max(q, 1) > GROWTH || f.ms > MAX_MS) {
        const again = cpuMs(path, full);
        if (again.ms < f.ms) f = again;
      }
      post({ t: 'caseDone', name, ms: f.ms, quarterMs: q, items: f.items });
    } catch (err) {
      post({ t: 'caseError', name, message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
    }
  }
}

if (!isMainThread && (workerData as { fuzzJob?: Job } | null)?.fuzzJob) {
  const job = (workerData as { fuzzJob: Job }).fuzzJob;
  if (job.kind === 'property') propertyJob(job);
  else pathologicalJob(job);
  post({ t: 'end' });
}

// ---------------------------------------------------------------------------------
// Main side: starts a worker per job with a watchdog.

interface JobResult {
  messages: Msg[];
  /** Set when the worker went quiet for longer than the watchdog allows. */
  hung: { lastInput: { path: string; text: string } | null; lastCase: string | null } | null;
  error: Error | null;
}

function saveInput(label: string, text: string): string {
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, `${label.replace(/[^\w.-]+/g, '_').slice(0, 60)}.txt`);
  writeFileSync(file, text);
  return relative(process.cwd(), file);
}

/** Runs a job in a worker; `quietMs` is how long one input may take before it counts as a hang. */
function runJob(job: Job, quietMs: number): Promise<JobResult> {
  const api = import.meta.resolve('tsx/esm/api');
  const self = import.meta.url;
  const boot = `import(${JSON.stringify(api)}).then((m) => m.tsImport(${JSON.stringify(self)}, ${JSON.stringify(self)}))`;
  const worker = new Worker(boot, { eval: true, workerData: { fuzzJob: job } });
  const messages: Msg[] = [];
  let lastInput: { path: string; text: string } | null = null;
  let lastCase: string | null = null;
  return new Promise((resolve) => {
    let timer: NodeJS.Timeout;
    const finish = (r: JobResult) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(r);
    };
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => finish({ messages, hung: { lastInput, lastCase }, error: null }), quietMs);
    };
    arm();
    worker.on('message', (m: Msg) => {
      arm();
      if (m.t === 'input') lastInput = { path: m.path, text: m.text };
      else {
        messages.push(m);
        if (m.t === 'case') lastCase = m.name;
        if (m.t === 'end') finish({ messages, hung: null, error: null });
      }
    });
    worker.on('error', (error) => finish({ messages, hung: null, error }));
    worker.on('exit', () => finish({ messages, hung: null, error: messages.some((m) => m.t === 'end') ? null : new Error('worker exited early') }));
  });
}

async function property(name: Extract<Job, { kind: 'property' }>['name'], runs: number): Promise<void> {
  const r = await runJob({ kind: 'property', name, runs: Math.round(runs * SCALE), seed: SEED }, 60_000);
  if (r.hung) {
    const saved = r.hung.lastInput ? saveInput(`hang-${name}-${r.hung.lastInput.path}`, r.hung.lastInput.text) : '(no input)';
    assert.fail(`${name}: parseNotes hung (> 60 s) on ${r.hung.lastInput?.path}; input saved to ${saved}`);
  }
  if (r.error) throw r.error;
  const fail = r.messages.find((m): m is Extract<Msg, { t: 'fail' }> => m.t === 'fail');
  if (fail) assert.fail(`${name} (seed ${SEED}): ${fail.message}`);
}

const slow = { timeout: 10 * 60_000 };

if (isMainThread) {
  test('random bytes decoded as UTF-8 (lossy) never throw and give in-file lines', slow, () => property('bytes', 300));
  test('random Unicode strings never throw and give in-file lines', slow, () => property('unicode', 300));
  test('random UTF-16 units (lone surrogates too) never throw', slow, () => property('units', 200));
  test('token soup (checkboxes, fences, tables, headings, org, emoji fields) never throws', slow, () => property('soup', 400));
  test('random mutations of every corpus file never throw and give in-file lines', { ...slow, skip: skipUnless(corpusNeed()) }, () => property('mutations', 30));

  test('mutate() applies every kind of mutation', () => {
    const base = 'a\nb\nc\nd';
    assert.equal(mutate(base, [{ op: 'delete', at: 1, count: 2 }]), 'a\nd');
    assert.equal(mutate(base, [{ op: 'duplicate', at: 0, count: 1 }]), 'a\na\nb\nc\nd');
    assert.equal(mutate(base, [{ op: 'loneCR', at: 0 }]), 'a\rb\nc\nd');
    assert.equal(mutate(base, [{ op: 'bom' }]).charCodeAt(0), 0xfeff);
    assert.equal(mutate(base, [{ op: 'inject', at: 2, col: 1, text: '- [ ] ' }]), 'a\nb\nc- [ ] \nd');
  });

  // Pathological inputs: all run in one worker up front; each gets its own test below.
  const runnable = PATHOLOGICAL.filter((p) => !p.known);
  let results: Promise<Map<string, { ms?: number; quarterMs?: number; items?: number; error?: string; hung?: boolean }>> | null = null;
  const pathoResults = () =>
    (results ??= (async () => {
      const out = new Map<string, { ms?: number; quarterMs?: number; items?: number; error?: string; hung?: boolean }>();
      let left = runnable.map((p) => p.name);
      // A hang kills the worker; start a new one for the cases after it.
      while (left.length) {
        const r = await runJob({ kind: 'pathological', names: left }, 45_000);
        for (const m of r.messages) {
          if (m.t === 'caseDone') out.set(m.name, { ms: m.ms, quarterMs: m.quarterMs, items: m.items });
          else if (m.t === 'caseError') out.set(m.name, { error: m.message });
        }
        if (r.hung?.lastCase) out.set(r.hung.lastCase, { hung: true });
        else if (r.error) for (const n of left) if (!out.has(n)) out.set(n, { error: r.error.message });
        left = left.filter((n) => !out.has(n));
      }
      return out;
    })());

  for (const p of PATHOLOGICAL) {
    test(`pathological: ${p.name} (${p.ext}) reads in time that grows linearly with its size`, { ...slow, ...(p.known ? { skip: p.known } : {}) }, async () => {
      const r = (await pathoResults()).get(p.name);
      assert.ok(r, 'no result');
      if (r.hung) assert.fail(`hung (> 45 s); input saved to ${saveInput(`hang-${p.name}${p.ext}`, p.make(K200))}`);
      if (r.error) assert.fail(`threw: ${r.error}`);
      const ms = Math.round(r.ms!);
      const growth = r.ms! / Math.max(r.quarterMs!, 1);
      // Superlinear: four times the input took more than GROWTH times as long, and long enough to matter.
      assert.ok(!(growth > GROWTH && r.ms! > MIN_MS_FOR_GROWTH), `4× the input took ${growth.toFixed(1)}× the CPU (${Math.round(r.quarterMs!)} → ${ms} ms): the reader grows faster than linearly on it`);
      assert.ok(r.ms! < MAX_MS, `took ${ms} ms of CPU for 200 KB (${r.items} items)`);
    });
  }
}
