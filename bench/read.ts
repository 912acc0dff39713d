// Read benchmark: generates a deterministic ~50 MB vault of 10,000 realistic learning
// notes into bench/.vault/ (reused when already there with the same parameters), then
// measures the notes reader:
//   - throughput of the pure parseNotes over all texts in memory (best of 3, one core),
//   - cold time: the first loadRoadmap in a fresh child process (file reading included),
//   - warm time: a second loadRoadmap in that same process.
// The target is ≥ 20 MB/s. Run standalone: `node --import tsx bench/read.ts`
// (BENCH_NOTES / BENCH_MB shrink the vault and BENCH_VAULT=/tmp/dir puts it elsewhere, for a quick
// look). Below the target, or with BENCH_PROFILE=1, it profiles one parse of a fifth of the vault
// (bench/.vault/.parse.cpuprofile) and prints the hottest functions.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { Session } from 'node:inspector';
import { fileURLToPath } from 'node:url';
import { parseNotes, type NoteFile } from '../src/core/notes/index.js';
import { loadRoadmap } from '../src/edge/workspace.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
const NOW = new Date('2026-11-22T10:00:00Z');
export const TARGET_MBS = 20;
/** Bump when the generator's output changes, so an old vault is regenerated. */
const GENERATOR_VERSION = 4;

export interface VaultParams {
  seed: number;
  notes: number;
  bytes: number;
}

export interface ReadBenchResult {
  name: 'read';
  vault: string;
  files: number;
  bytes: number;
  items: number;
  warnings: number;
  /** parseNotes over all texts in memory: each of the runs, and the best. */
  parseRunsMs: number[];
  /** CPU time of each run (user + system), which other load on the machine does not inflate. */
  parseCpuMs: number[];
  /** MB/s by the best wall-clock run: the figure the target is judged on. */
  throughputMBs: number;
  /** MB/s by the best CPU-time run. */
  throughputCpuMBs: number;
  /** 1-minute load average and cores, to judge how noisy the figures are. */
  load: { avg1: number; cores: number };
  targetMBs: number;
  pass: boolean;
  /** First loadRoadmap in a fresh process, file reading included. */
  coldMs: number | null;
  /** Second loadRoadmap in the same process. */
  warmMs: number | null;
  coldCpuMs: number | null;
  warmCpuMs: number | null;
  /** Hottest functions of a CPU profile of one parse, when one was taken. */
  hotSpots: HotSpot[];
  /** Which share of the notes the profile parsed (1 = the whole vault). */
  profileShare: number;
  /** MB/s (CPU time, best of 3) on every 10th note alone: well above the full vault's means the reader slows as the vault grows. */
  sampleCpuMBs: number | null;
  /** The vault's shape (measured on every 10th note), beside the corpus's. */
  shape: VaultShape | null;
  summary: string;
}

export interface HotSpot {
  functionName: string;
  url: string;
  line: number;
  /** Share of the parse's samples in the function itself (regexes it runs show apart, as "RegExp: …"). */
  selfShare: number;
  /** Share in the function and everything it calls. */
  totalShare: number;
}

// ---------------------------------------------------------------------------------
// Deterministic randomness

/** mulberry32: small, fast, good enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  constructor(readonly next: () => number) {}
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** Standard normal (Box–Muller). */
  normal(): number {
    const u = Math.max(this.next(), 1e-12);
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}

// ---------------------------------------------------------------------------------
// Vocabulary

const SUBJECTS = [
  'Linear Algebra', 'Probability', 'Statistics', 'Calculus', 'Discrete Math', 'Algorithms', 'Data Structures',
  'Operating Systems', 'Computer Networks', 'Databases', 'Distributed Systems', 'Compilers', 'Computer Architecture',
  'Machine Learning', 'Deep Learning', 'Reinforcement Learning', 'NLP', 'Computer Vision', 'Cryptography',
  'Functional Programming', 'Type Theory', 'Rust', 'Go', 'TypeScript', 'Kubernetes', 'PostgreSQL', 'MLOps',
  'System Design', 'Graph Theory', 'Numerical Methods', 'Signal Processing', 'Quantum Computing', 'Category Theory',
  'Bayesian Inference', 'Information Theory', 'Game Theory', 'Econometrics', 'Organic Chemistry', 'Japanese', 'Music Theory',
];
const BOOKS = [
  'Designing Data-Intensive Applications', 'Structure and Interpretation of Computer Programs', 'Introduction to Algorithms',
  'The Pragmatic Programmer', 'Deep Learning (Goodfellow)', 'Pattern Recognition and Machine Learning', 'Operating Systems: Three Easy Pieces',
  'Computer Systems: A Programmer\'s Perspective', 'Crafting Interpreters', 'The Rust Programming Language', 'Linear Algebra Done Right',
  'Elements of Statistical Learning', 'Database Internals', 'Site Reliability Engineering', 'Clean Architecture',
  'Grokking Algorithms', 'How to Prove It', 'Concrete Mathematics', 'Thinking, Fast and Slow', 'The Art of Computer Programming Vol 1',
  'Designing Machine Learning Systems', 'Probabilistic Machine Learning', 'Hands-On Machine Learning', 'Fluent Python',
];
const COURSES = [
  'MIT 6.006', 'MIT 6.824', 'MIT 18.06', 'CS50', 'CS229', 'CS231n', 'CS224n', 'Stanford CS144', 'Berkeley CS61A',
  'fast.ai Practical Deep Learning', 'Andrew Ng Machine Learning', 'Nand2Tetris Part 1', 'Nand2Tetris Part 2',
  'CMU 15-445 Databases', 'Full Stack Open', 'The Odin Project', 'Missing Semester', 'Coursera Algorithms Part I',
  'Udacity Intro to Statistics', 'Khan Academy Multivariable Calculus', 'DeepLearning.AI MLOps Specialization',
];
const PAPERS = [
  'Attention Is All You Need', 'EfficientNet', 'ResNet', 'BERT', 'Dropout', 'Batch Normalization', 'Adam', 'GPT-3',
  'MapReduce', 'Bigtable', 'Dynamo', 'Raft', 'Paxos Made Simple', 'Spanner', 'The Google File System', 'Chord',
  'LoRA', 'Vision Transformer', 'CLIP', 'Word2Vec', 'AlphaGo', 'U-Net', 'YOLO', 'Chinchilla',
];
const VERBS = ['Read', 'Watch', 'Implement', 'Build', 'Study', 'Review', 'Practice', 'Finish', 'Revise', 'Write up', 'Solve', 'Skim', 'Re-read', 'Summarise'];
const THINGS = [
  'chapter on consensus', 'lecture notes', 'problem set', 'flashcards', 'exercises', 'cheat sheet', 'toy project', 'blog post draft',
  'LeetCode mediums', 'mock interview', 'reading group notes', 'lab 2', 'midterm prep', 'final project proposal', 'dataset cleaning script',
  'benchmark harness', 'CLI tool', 'web scraper', 'compiler frontend', 'key-value store', 'ray tracer', 'chess engine', 'tokenizer',
];
const SITES = [
  'https://www.youtube.com/watch?v=', 'https://arxiv.org/abs/', 'https://github.com/', 'https://ocw.mit.edu/courses/',
  'https://www.coursera.org/learn/', 'https://en.wikipedia.org/wiki/', 'https://docs.python.org/3/library/', 'https://blog.example.org/posts/',
];
const UNITS = ['lecture', 'chapter', 'video', 'module', 'week', 'problem', 'page'];
const WORDS = (
  'the a to of and in is it that for on with as this be are at by not or from but have an they which you one we all were ' +
  'there can so if will about what when more out up some into time only then them these could like would other than how ' +
  'its also after first two way even most because any our new just very through much where before should well still ' +
  'learning notes progress understand idea proof example intuition model system practice again slowly tomorrow week today'
).split(' ');
const TOPICS = (
  'consensus leader-election log-compaction snapshots eigenvalues eigenvectors SVD PCA backprop attention transformers tokenization ' +
  'embeddings dropout regularization gradient-descent momentum Adam convexity duality Lagrangians KKT Newton line-search B-trees ' +
  'LSM-trees WAL MVCC isolation-levels two-phase-commit Paxos vector-clocks CRDTs gossip sharding replication quorum caching ' +
  'paging TLB scheduling mutexes semaphores condition-variables deadlock virtual-memory file-systems inodes journaling TCP ' +
  'congestion-control routing DNS TLS HTTP/2 QUIC sockets epoll async-IO futures ownership borrowing lifetimes traits generics ' +
  'closures monads functors type-inference unification parsing lexing SSA register-allocation garbage-collection JIT ' +
  'dynamic-programming greedy graphs BFS DFS Dijkstra union-find segment-trees tries heaps hashing bloom-filters sorting ' +
  'recursion induction proofs limits integrals series Fourier Laplace probability Bayes Markov-chains entropy hypothesis-tests ' +
  'regression bootstrapping sampling kernels SVMs decision-trees boosting clustering k-means GANs diffusion RLHF Q-learning ' +
  'policy-gradients CNNs RNNs LSTMs ResNets batching indexing query-planning joins normalization migrations observability ' +
  'tracing metrics logging containers pods services ingress Helm Terraform CI pipelines testing mocking refactoring profiling'
).split(' ');
const TAGS = ['#math', '#cs', '#ml', '#reading', '#project', '#review', '#exam', '#career', '#lang', '#infra'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const EMOJI_DATES = ['📅', '⏳', '🛫', '➕', '✅'];
const EMOJI_PRIO = ['🔺', '⏫', '🔼', '🔽', '⏬'];
const UNICODE_BITS = ['✦', 'Éva', 'naïve', 'Schrödinger', '線形代数', '第 3 章', 'Übung', 'café', '—', '→', '数学', 'ℝⁿ'];

/**
 * Catalogues of resource names, as many as a large vault's authors would name between
 * them: the famous ones above and thousands more made from parts. A name recurs across
 * notes (and merges as a duplicate) about as often as in real notes, not hundreds of times.
 */
function catalogue(seed: number, size: number, famous: readonly string[], make: (r: Rng) => string): string[] {
  const r = new Rng(prng(seed));
  const names = new Set(famous);
  while (names.size < size) names.add(make(r));
  return [...names];
}
const UNIS = ['MIT', 'Stanford', 'Berkeley', 'CMU', 'Harvard', 'ETH', 'EPFL', 'Oxford', 'Cambridge', 'Caltech', 'Princeton', 'Cornell', 'UW', 'Georgia Tech', 'Coursera', 'edX', 'Udacity', 'fast.ai'];
const DEPTS = ['CS', '6.', '18.', 'EE', 'STAT', 'MATH', 'CSE', '15-', '11-', 'COMP'];
const COURSE_NAMES = catalogue(101, 4000, COURSES, (r) => `${r.pick(UNIS)} ${r.pick(DEPTS)}${r.int(100, 999)}${r.chance(0.5) ? ` ${r.pick(SUBJECTS)}` : ''}`);
const BOOK_PATTERNS: ((r: Rng) => string)[] = [
  (r) => `Introduction to ${r.pick(SUBJECTS)}`, (r) => `${r.pick(SUBJECTS)} in Action`, (r) => `Practical ${r.pick(TOPICS)}`,
  (r) => `The ${r.pick(TOPICS)} Handbook`, (r) => `${r.pick(SUBJECTS)}: A Modern Approach`, (r) => `Understanding ${r.pick(TOPICS)}`,
  (r) => `${r.pick(SUBJECTS)} for ${r.pick(['Engineers', 'Hackers', 'Scientists', 'Beginners', 'Practitioners'])}`,
  (r) => `Foundations of ${r.pick(SUBJECTS)} (${r.int(1, 4)}e)`, (r) => `Programming ${r.pick(TOPICS)} with ${r.pick(SUBJECTS)}`,
];
const BOOK_NAMES = catalogue(102, 4000, BOOKS, (r) => r.pick(BOOK_PATTERNS)(r));
const PAPER_NAMES = catalogue(103, 3000, PAPERS, (r) => `${r.pick(['Scalable', 'Efficient', 'Robust', 'Learned', 'Sparse', 'Deep', 'Adaptive', 'Fast', 'Verified'])} ${r.pick(TOPICS)} ${r.pick(['for', 'via', 'with', 'without'])} ${r.pick(TOPICS)}`);

// ---------------------------------------------------------------------------------
// Note generators: each writes lines into `out` until it has about `size` bytes.

type Out = string[];

function date(r: Rng, year = 2026): string {
  return `${year}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
}

function url(r: Rng): string {
  const s = r.pick(SITES);
  const tail = s.includes('youtube') ? `dQw${r.int(1000, 99999)}Xc` : s.includes('arxiv') ? `${r.int(1500, 2410)}.${r.int(10000, 19999)}` : `${r.pick(SUBJECTS).toLowerCase().replace(/[^a-z]+/g, '-')}-${r.int(1, 999)}`;
  return s + tail;
}

function sentence(r: Rng, min = 6, max = 22): string {
  const n = r.int(min, max);
  const w: string[] = [];
  for (let i = 0; i < n; i++) w.push(r.chance(0.03) ? r.pick(UNICODE_BITS) : r.pick(WORDS));
  const s = w.join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1) + r.pick(['.', '.', '.', '!', '?', '...']);
}

/** What a piece of work is about: one to three topic words ("raft log compaction"). */
function topic(r: Rng): string {
  const n = r.int(1, 3);
  const w: string[] = [];
  for (let i = 0; i < n; i++) w.push(r.pick(TOPICS));
  return w.join(' ');
}

/**
 * An item title of a plausible kind, sometimes with a trailing estimate or mark. Like real
 * notes, most titles say what exactly they are about; a resource named bare (a book, a
 * course, a paper) recurs across notes and merges as a duplicate.
 */
function title(r: Rng): string {
  const k = r.int(0, 5);
  let t: string;
  if (k === 0) t = `${r.pick(['Read', 'Finish', 'Re-read'])} ${r.pick(BOOK_NAMES)}${r.chance(0.6) ? ` ${r.pick(['ch.', 'chapter', 'part'])} ${r.int(1, 30)}: ${topic(r)}` : ''}`;
  else if (k === 1) t = `${r.pick(COURSE_NAMES)}${r.chance(0.6) ? ` — ${r.pick(['lecture', 'week', 'module', 'problem set'])} ${r.int(1, 24)} ${topic(r)}` : r.chance(0.3) ? ` — ${r.pick(SUBJECTS)}` : ''}`;
  else if (k === 2) t = `${r.pick(['Read', 'Skim', 'Summarise'])} ${r.pick(PAPER_NAMES)} paper${r.chance(0.5) ? ` (${topic(r)})` : ''}`;
  else if (k === 3) t = `${r.pick(VERBS)} ${r.pick(SUBJECTS)} ${r.pick(THINGS)}: ${topic(r)}`;
  else if (k === 4) t = `${r.pick(SUBJECTS)}: ${topic(r)} ${r.pick(THINGS)} ${r.int(1, 40)}`;
  else t = `${r.pick(VERBS)} ${topic(r)} ${r.pick(THINGS)}`;
  if (r.chance(0.12)) t += ` (${r.pick(['~2h', '1.5 hrs', '2h30m', '45 min', '3 hours', 'a week full time', '4+ weeks full time'])})`;
  if (r.chance(0.05)) t += r.pick([' (optional)', ' (IMP)', ' bonus']);
  if (r.chance(0.08)) t += ` ${r.pick(TAGS)}`;
  return t;
}

function progressPhrase(r: Rng): string {
  const unit = r.pick(UNITS);
  const total = r.int(5, 40);
  const done = r.int(0, total);
  switch (r.int(0, 7)) {
    case 0: return `Lec ${done} done out of ${total}`;
    case 1: return `done upto and including chapter ${done}`;
    case 2: return `page ${r.int(1, 600)} of ${r.int(600, 900)}`;
    case 3: return `${r.int(0, 100)}%`;
    case 4: return `${done}/${total} ${unit}s`;
    case 5: return `Upto and including week ${r.int(1, 12)} done`;
    case 6: return r.pick(['finished', 'in progress', 'not started', 'halfway through']);
    default: return `${unit} ${done} of ${total}`;
  }
}

function genChecklist(r: Rng, out: Out, size: number, used: () => number): void {
  out.push(`# ${r.pick(SUBJECTS)} ${r.pick(['roadmap', 'checklist', 'plan', 'study list', 'TODO'])}`, '');
  if (r.chance(0.5)) out.push(sentence(r), '');
  while (used() < size) {
    out.push(`## ${r.pick([r.pick(SUBJECTS), `Week ${r.int(1, 20)}: ${r.pick(SUBJECTS)}`, `Phase ${r.int(1, 7)}`, r.pick(BOOK_NAMES)])}`, '');
    const n = r.int(3, 25);
    let depth = 0;
    for (let i = 0; i < n && used() < size; i++) {
      depth = Math.max(0, Math.min(4, depth + r.int(-1, 1)));
      const ind = (r.chance(0.15) ? '\t' : '    ').repeat(depth);
      const box = r.pick(['- [ ] ', '- [x] ', '- [X] ', '* [ ] ', '1. [ ] ', '- ', '- [ ] ', '- [-] ']);
      let line = `${ind}${box}${title(r)}`;
      if (r.chance(0.35)) line += r.chance(0.5) ? `: ${url(r)}` : ` [${r.pick(['video', 'notes', 'slides', 'pdf'])}](${url(r)})`;
      if (r.chance(0.1)) line += ` - ${progressPhrase(r)}`;
      out.push(line);
      if (r.chance(0.12)) out.push(`${ind}    - ${url(r)}`);
      if (r.chance(0.05)) out.push(`${ind}    ${sentence(r, 4, 10)}`);
    }
    out.push('');
    if (r.chance(0.3)) out.push(sentence(r), sentence(r), '');
  }
}

function genCurrentState(r: Rng, out: Out, size: number, used: () => number): void {
  out.push(r.pick(['Current state', 'Where I am', 'Status as of ' + date(r), 'current progress:']), '');
  while (used() < size) {
    out.push(`${r.pick(['Courses', 'Books', 'Papers', 'Infra level', 'Service Layer', 'Math', r.pick(SUBJECTS)])}:`);
    const n = r.int(2, 12);
    for (let i = 0; i < n && used() < size; i++) {
      const k = r.int(0, 3);
      if (k === 0) {
        out.push(`${i + 1}. ${r.pick(COURSE_NAMES)}`, `   ${url(r)}`, `   ${progressPhrase(r)}`);
      } else if (k === 1) {
        out.push(`${r.pick(BOOK_NAMES)} - ${progressPhrase(r)}`);
      } else if (k === 2) {
        out.push(`${r.pick(SUBJECTS).toLowerCase()} ${topic(r)} ${r.pick(THINGS)}`);
      } else {
        out.push(`${r.pick(['[ ] ', '[x] ', '']) }${title(r)} (${progressPhrase(r)})`);
      }
    }
    out.push('');
    if (r.chance(0.25)) out.push(`${r.int(10, 40)} hours/week x ${r.int(4, 16)} weeks = ${r.int(100, 600)} total hours`, '');
    if (r.chance(0.1)) out.push(`Ideally the timeline is ${r.int(2, 4)} to ${r.int(5, 9)} months, after that it is waste.`, '');
    if (r.chance(0.3)) out.push(sentence(r), '');
  }
}

function genSchedule(r: Rng, out: Out, size: number, used: () => number): void {
  const weeks = r.int(2, 12);
  out.push(`# ${r.int(2, 12)}-Week ${r.pick(SUBJECTS)} Learning Roadmap`, '', `${r.int(20, 40)} hours/week x ${weeks} weeks`, '');
  let w = 1;
  while (used() < size) {
    out.push(`## **Week ${w}: ${r.pick(SUBJECTS)} ${r.pick(['Foundations', 'Deep Dive', 'Mastery', 'Review', 'Project'])}**`, '');
    out.push('### Learning Objectives', `- Understand ${topic(r)}`, `- Implement ${topic(r)} ${r.pick(THINGS)}`, '');
    for (const day of DAYS.slice(0, r.int(3, 7))) {
      if (used() >= size) break;
      const h = r.int(2, 8);
      out.push(`#### **${day} (${h} hours): ${r.pick(PAPER_NAMES)} ${r.pick(['Deep Dive', 'Foundations', 'Lab'])}**`, '```');
      for (const part of ['Morning', 'Afternoon', 'Evening'].slice(0, r.int(1, 3))) {
        out.push(`${part} (${r.int(1, 4)} hours):`);
        for (let i = r.int(2, 4); i > 0; i--) {
          const k = r.int(0, 3);
          if (k === 0) out.push(`- Read ${r.pick(PAPER_NAMES)} paper: ${url(r)}`);
          else if (k === 1) out.push(`- Watch: "${r.pick(PAPER_NAMES)} Explained" by ${r.pick(['Yannic Kilcher', '3Blue1Brown', 'Karpathy', 'StatQuest'])}`);
          else if (k === 2) out.push(`- Hands-on: ${r.pick(VERBS)} ${topic(r)} ${r.pick(THINGS)}`);
          else out.push(`- ${r.pick(['Code', 'Experiment', 'Study'])}: ${r.pick(SUBJECTS)} ${topic(r)} ${r.pick(THINGS)}`);
        }
        out.push('');
      }
      out.pop();
      out.push('```', '', '**Deliverables:**');
      for (let i = r.int(1, 3); i > 0; i--) out.push(`- [${r.chance(0.3) ? 'x' : ' '}] ${r.pick(PAPER_NAMES)} ${r.pick(['notebook', 'report', 'blog post', 'implementation'])}`);
      out.push('');
    }
    out.push('**Success criteria:**', `- [ ] ${r.pick(VERBS)} ${topic(r)} ${r.pick(THINGS)} without notes`, '', '---', '');
    w++;
  }
}

function genTasks(r: Rng, out: Out, size: number, used: () => number): void {
  out.push('---', `lastmod: ${date(r)}`, `tags: [${r.pick(TAGS).slice(1)}, tasks]`, '---', '', `# ${r.pick(SUBJECTS)} tasks`, '');
  let id = 0;
  while (used() < size) {
    if (r.chance(0.15)) out.push('', `## ${r.pick(SUBJECTS)}`, '');
    const st = r.pick([' ', ' ', ' ', 'x', '-', '/']);
    let line = `- [${st}] #task ${title(r)}`;
    for (const e of EMOJI_DATES) if (r.chance(0.25)) line += ` ${e} ${date(r)}`;
    if (r.chance(0.3)) line += ` ${r.pick(EMOJI_PRIO)}`;
    if (r.chance(0.1)) line += ` 🔁 ${r.pick(['every day', 'every week on Monday', 'every 2 weeks when done'])}`;
    if (r.chance(0.15)) line += ` 🆔 t${++id}`;
    if (id > 1 && r.chance(0.1)) line += ` ⛔ t${r.int(1, id)}`;
    if (r.chance(0.08)) line += ` [estimate:: ${r.int(1, 6)}h]`;
    if (st === '-' && r.chance(0.5)) line += ` ❌ ${date(r)}`;
    out.push(line);
    if (r.chance(0.05)) out.push('```tasks', 'not done', 'due before tomorrow', '```');
  }
}

function genOrg(r: Rng, out: Out, size: number, used: () => number): void {
  out.push(`#+title: ${r.pick(SUBJECTS)}`, `#+startup: overview`, '');
  while (used() < size) {
    out.push(`* ${r.pick(SUBJECTS)} ${r.chance(0.3) ? `[${r.int(0, 3)}/${r.int(3, 6)}]` : ''}`.trimEnd());
    for (let i = r.int(1, 8); i > 0 && used() < size; i--) {
      const kw = r.pick(['TODO ', 'DONE ', 'NEXT ', 'HOLD ', '', '[ ] ', '[X] ', '[-] ']);
      const prio = r.chance(0.3) ? `[#${r.pick(['A', 'B', 'C'])}] ` : '';
      out.push(`${'*'.repeat(r.int(2, 4))} ${kw}${prio}${r.chance(0.2) ? `[[id:${r.int(1e6, 9e6)}][${title(r)}]]` : title(r)}${r.chance(0.2) ? ' :' + r.pick(TAGS).slice(1) + ':' : ''}`);
      if (kw === 'DONE ' && r.chance(0.7)) out.push(`   CLOSED: [${date(r)} Tue ${r.int(10, 23)}:${r.int(10, 59)}]`);
      if (r.chance(0.3)) out.push(`   ${r.pick(['SCHEDULED', 'DEADLINE'])}: <${date(r)} Fri ${r.int(10, 23)}:30>`);
      if (r.chance(0.3)) out.push('   :PROPERTIES:', `   :Effort:   ${r.int(0, 5)}:${r.pick(['00', '15', '30', '45'])}`, '   :END:');
      if (r.chance(0.35)) {
        out.push(':LOGBOOK:');
        for (let c = r.int(1, 4); c > 0; c--) {
          const d = date(r);
          const h = r.int(6, 20);
          out.push(`CLOCK: [${d} Mon ${String(h).padStart(2, '0')}:00]--[${d} Mon ${String(h + 1).padStart(2, '0')}:${r.int(10, 59)}] =>  1:${r.int(10, 59)}`);
        }
        out.push(':END:');
      }
      if (r.chance(0.2)) out.push(`- Note taken on [${date(r)} Thu 07:07] \\\\`, `  ${r.pick(['Just finished chapter ' + r.int(1, 20), 'Rereading', sentence(r, 3, 8)])}`);
      if (r.chance(0.15)) out.push(sentence(r));
    }
    out.push('');
  }
}

function genTable(r: Rng, out: Out, size: number, used: () => number): void {
  out.push(`# ${r.pick(SUBJECTS)} curriculum`, '', sentence(r), '');
  while (used() < size) {
    out.push(`## ${r.pick(['Core', 'Advanced', 'Electives', 'Intro', r.pick(SUBJECTS)])}`, '');
    const pipes = r.chance(0.5);
    const row = (cells: string[]) => (pipes ? `| ${cells.join(' | ')} |` : cells.join(' | '));
    out.push(row(['Courses', 'Duration', 'Effort', 'Prerequisites', 'Status']), row([':--', ':--:', ':--:', ':--:', ':--:']));
    for (let i = r.int(3, 14); i > 0; i--) {
      out.push(row([
        `[${r.pick(COURSE_NAMES)}](${url(r)})`,
        `${r.int(4, 14)} weeks`,
        `${r.int(2, 6)}-${r.int(7, 12)} hours/week`,
        r.chance(0.4) ? 'none' : r.pick(COURSE_NAMES),
        r.pick(['Done', 'In progress', 'Planned', '', '40%']),
      ]));
    }
    out.push('');
  }
}

function genProse(r: Rng, out: Out, size: number, used: () => number): void {
  out.push(`## ${date(r)} (${r.int(1, 5)}h)`, '');
  while (used() < size) {
    const n = r.int(2, 6);
    const para: string[] = [];
    for (let i = 0; i < n; i++) para.push(sentence(r));
    // Wrapped at ~80 columns like real diaries; sometimes one long line.
    const text = para.join(' ');
    if (r.chance(0.3)) out.push(text);
    else for (let i = 0; i < text.length; i += 78) out.push(text.slice(i, i + 78));
    out.push('');
    if (r.chance(0.2)) out.push(`## ${date(r)} (${r.int(1, 5)}h)`, '');
    if (r.chance(0.1)) out.push(`> ${sentence(r)}`, '');
  }
}

export type Kind = 'checklist' | 'state' | 'schedule' | 'tasks' | 'org' | 'table' | 'prose';
const GENERATORS: Record<Kind, { ext: string[]; gen: (r: Rng, out: Out, size: number, used: () => number) => void }> = {
  checklist: { ext: ['.md'], gen: genChecklist },
  state: { ext: ['.txt', '.txt', '.md'], gen: genCurrentState },
  schedule: { ext: ['.md', '.txt'], gen: genSchedule },
  tasks: { ext: ['.md'], gen: genTasks },
  org: { ext: ['.org'], gen: genOrg },
  table: { ext: ['.md', '.markdown'], gen: genTable },
  prose: { ext: ['.md', '.txt'], gen: genProse },
};
const MIX: Kind[] = ['checklist', 'checklist', 'checklist', 'state', 'state', 'schedule', 'schedule', 'tasks', 'org', 'table', 'prose', 'prose'];

/** One note of about `size` UTF-8 bytes (cut at a line end). */
function note(r: Rng, kind: Kind, size: number): string {
  const out: Out = [];
  let bytes = 0;
  let counted = 0;
  const used = () => {
    for (; counted < out.length; counted++) bytes += Buffer.byteLength(out[counted]!) + 1;
    return bytes;
  };
  if (size < 80) return `- [ ] ${title(r)}\n`.slice(0, Math.max(4, size));
  GENERATORS[kind].gen(r, out, size, used);
  let text = out.join('\n') + '\n';
  if (r.chance(0.05)) text = text.replace(/\n/g, '\r\n');
  if (r.chance(0.03)) text = '\uFEFF' + text;
  return text;
}

/**
 * One note of about `bytes` bytes from the vault's generators, sections of the given kinds in
 * turn (a long note mixes a checklist, a schedule, a current-state list …), for the big-note
 * benches. Deterministic for a seed.
 */
export function generateNote(seed: number, kinds: readonly Kind[], bytes: number): string {
  const r = new Rng(prng(seed));
  const part = Math.max(1, Math.ceil(bytes / kinds.length));
  const out: string[] = [];
  let size = 0;
  for (let k = 0; size < bytes; k++) {
    const chunk = note(r, kinds[k % kinds.length]!, Math.min(part, bytes - size)).replace(/\r\n/g, '\n').replace(/^\uFEFF/, '');
    out.push(chunk);
    size += Buffer.byteLength(chunk);
  }
  return out.join('\n');
}

/** Target sizes: log-normal (most notes a few KB, a long tail to a few hundred KB), scaled to the total. */
function sizes(r: Rng, n: number, total: number): number[] {
  const raw: number[] = [];
  for (let i = 0; i < n; i++) raw.push(r.chance(0.02) ? r.int(3, 60) : Math.exp(7.6 + 1.3 * r.normal()));
  const cap = 400 * 1024;
  // Scale so the sum hits the total, with every note between a few bytes and the cap.
  let s = 1;
  for (let k = 0; k < 30; k++) {
    const sum = raw.reduce((a, x) => a + Math.min(cap, x < 61 ? x : x * s), 0);
    s *= total / sum;
  }
  return raw.map((x) => Math.round(x < 61 ? x : Math.min(cap, x * s)));
}

// ---------------------------------------------------------------------------------
// The vault on disk

/** bench/.vault, or BENCH_VAULT (an absolute folder) for a quick run that leaves the big vault alone. */
export function vaultDir(): string {
  return process.env.BENCH_VAULT ?? join(HERE, '.vault');
}

export function defaultParams(): VaultParams {
  return {
    seed: 20261122,
    notes: Number(process.env.BENCH_NOTES ?? 10_000),
    bytes: Math.round(Number(process.env.BENCH_MB ?? 50) * 1024 * 1024),
  };
}

/** Writes the vault unless the same parameters' vault is already there. Returns whether it generated. */
export function ensureVault(params: VaultParams, dir = vaultDir()): boolean {
  const manifest = join(dir, '.params.json');
  const want = JSON.stringify({ ...params, version: GENERATOR_VERSION });
  if (existsSync(manifest) && readFileSync(manifest, 'utf8') === want) return false;
  if (existsSync(dir) && !existsSync(manifest) && readdirSync(dir).length) throw new Error(`${dir} exists and is not a bench vault; not overwriting it`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const r = new Rng(prng(params.seed));
  const sz = sizes(r, params.notes, params.bytes);
  const folders = Math.max(1, Math.ceil(params.notes / 100));
  for (let i = 0; i < params.notes; i++) {
    const kind = r.pick(MIX);
    const spec = GENERATORS[kind];
    const sub = join(dir, `area-${String(i % folders).padStart(3, '0')}`, r.chance(0.3) ? r.pick(['archive', 'courses', 'daily', 'books']) : '');
    mkdirSync(sub, { recursive: true });
    const name = `${String(i).padStart(5, '0')}-${kind}${r.chance(0.1) ? ' with spaces' : ''}${r.pick(spec.ext)}`;
    writeFileSync(join(sub, name), note(r, kind, sz[i]!));
  }
  writeFileSync(manifest, want);
  return true;
}

/** Every note in the vault, read into memory as the edge would hand it to the core. */
export function readVault(dir = vaultDir()): NoteFile[] {
  const out: NoteFile[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d).sort()) {
      if (n.startsWith('.')) continue;
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else out.push({ path: relative(dir, p).split(sep).join('/'), text: readFileSync(p, 'utf8'), sha256: '' });
    }
  };
  walk(dir);
  return out;
}

// ---------------------------------------------------------------------------------
// Measurements

interface ParseReport {
  /** Wall-clock ms of each run. */
  runs: number[];
  /** CPU ms (user + system) of each run: what the reader costs even when other work shares the core. */
  cpu: number[];
  /** Every 10th note alone (child-parse only). */
  sampleBytes?: number;
  sampleCpu?: number[];
  shape?: VaultShape;
  items: number;
  warnings: number;
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function parseBestOf(files: NoteFile[], runs: number, budgetMs: number): ParseReport {
  const times: number[] = [];
  const cpu: number[] = [];
  let items = 0;
  let warnings = 0;
  const started = performance.now();
  for (let i = 0; i < runs; i++) {
    const c0 = cpuMs();
    const t0 = performance.now();
    const rm = parseNotes(files, { now: NOW });
    times.push(performance.now() - t0);
    cpu.push(cpuMs() - c0);
    items = rm.items.length;
    warnings = rm.warnings.length;
    // A very slow reader would make best-of-3 take many minutes; one run says enough.
    if (performance.now() - started > budgetMs) break;
  }
  return { runs: times, cpu, items, warnings };
}

interface ChildReport {
  coldMs: number;
  warmMs: number;
  coldCpuMs: number;
  warmCpuMs: number;
  items: number;
}

/** The child-process side of the cold/warm measurement (`--child-load DIR`). */
async function childLoad(dir: string): Promise<void> {
  const c0 = cpuMs();
  const t0 = performance.now();
  const a = await loadRoadmap([dir], { cwd: dir, now: NOW });
  const coldMs = performance.now() - t0;
  const c1 = cpuMs();
  const t1 = performance.now();
  await loadRoadmap([dir], { cwd: dir, now: NOW });
  const warmMs = performance.now() - t1;
  const c2 = cpuMs();
  const report: ChildReport = { coldMs, warmMs, coldCpuMs: c1 - c0, warmCpuMs: c2 - c1, items: a.roadmap.items.length };
  process.stdout.write(JSON.stringify(report) + '\n');
}

interface ChildResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs node on this file in a child process, pinned to one core when taskset exists. */
function nodeOnOneCore(args: string[]): Promise<ChildResult> {
  // (With the V8 flag the CLI sets in bin/waymark.js: the reader is measured as it runs there.)
  const nodeArgs = ['--max-old-space-size=8192', '--no-regexp-tier-up', '--import', 'tsx', fileURLToPath(import.meta.url), ...args];
  const pin = existsSync('/usr/bin/taskset') && process.env.BENCH_NO_PIN === undefined;
  const [cmd, argv] = pin ? ['/usr/bin/taskset', ['-c', '0', process.execPath, ...nodeArgs]] : [process.execPath, nodeArgs];
  return new Promise((resolve) => {
    const child = spawn(cmd, argv, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr = (stderr + s).slice(-8000)));
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
}

/** The JSON line a child printed last, or null (and a note on stderr) when it failed. */
function childJson<T>(what: string, res: ChildResult): T | null {
  try {
    return JSON.parse(res.stdout.trim().split('\n').pop() ?? '') as T;
  } catch {
    process.stderr.write(`read bench: the ${what} child failed (status ${res.status}, signal ${res.signal})\n${res.stderr.slice(-2000)}\n`);
    return null;
  }
}

async function coldWarm(dir: string): Promise<ChildReport | null> {
  return childJson<ChildReport>('cold/warm', await nodeOnOneCore(['--child-load', dir]));
}

/** The child side of the throughput run (`--child-parse DIR`): one core, all texts in memory. */
function childParse(dir: string): void {
  const files = readVault(dir);
  const r = parseBestOf(files, 3, Number(process.env.BENCH_BUDGET_MS ?? 240_000));
  // Every 10th note alone: how throughput changes with the vault's size.
  const sample = files.filter((_, i) => i % 10 === 0);
  const s = parseBestOf(sample, 3, 60_000);
  const sampleBytes = sample.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
  process.stdout.write(JSON.stringify({ ...r, sampleBytes, sampleCpu: s.cpu, shape: vaultShape(sample) }) + '\n');
}

/**
 * How the notes look, to compare with real ones (../shared/corpus: about 41 bytes a line
 * (median note), 159 bytes an item, 0.99 of item titles unique, 0.04 mentions an item).
 */
export interface VaultShape {
  bytesPerLine: number;
  bytesPerItem: number;
  uniqueTitleShare: number;
  mentionsPerItem: number;
}

export function vaultShape(files: NoteFile[]): VaultShape {
  const rm = parseNotes(files, { now: NOW });
  const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
  const lines = files.reduce((n, f) => n + f.text.split('\n').length, 0);
  const items = Math.max(1, rm.items.length);
  const r2 = (x: number) => Math.round(x * 100) / 100;
  return {
    bytesPerLine: Math.round(bytes / Math.max(1, lines)),
    bytesPerItem: Math.round(bytes / items),
    uniqueTitleShare: r2(new Set(rm.items.map((i) => i.title)).size / items),
    mentionsPerItem: r2(rm.items.reduce((n, i) => n + i.mentions.length, 0) / items),
  };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

/** Self-time shares of a .cpuprofile, hottest first. */
export function hotSpotsOf(profilePath: string, top = 12): HotSpot[] {
  const prof = JSON.parse(readFileSync(profilePath, 'utf8')) as { nodes: ProfileNode[] };
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const stats = new Map<string, { fn: string; url: string; line: number; self: number; total: number }>();
  const keyOf = (n: ProfileNode) => `${n.callFrame.functionName}@${n.callFrame.url}:${n.callFrame.lineNumber}`;
  let all = 0;
  for (const n of prof.nodes) all += n.hitCount ?? 0;
  // Self time per function, and total time (self + callees), counting a recursive function once.
  const active = new Map<string, number>();
  const walk = (n: ProfileNode): number => {
    const key = keyOf(n);
    const outer = !active.get(key);
    active.set(key, (active.get(key) ?? 0) + 1);
    let sub = n.hitCount ?? 0;
    for (const c of n.children ?? []) sub += walk(byId.get(c)!);
    active.set(key, active.get(key)! - 1);
    const { functionName, url, lineNumber } = n.callFrame;
    if (!['(idle)', '(program)', '(root)'].includes(functionName)) {
      const e = stats.get(key) ?? { fn: functionName || '(anonymous)', url, line: lineNumber + 1, self: 0, total: 0 };
      e.self += n.hitCount ?? 0;
      if (outer) e.total += sub;
      stats.set(key, e);
    }
    return sub;
  };
  const root = prof.nodes[0];
  if (root) walk(root);
  const share = (h: number) => (all ? h / all : 0);
  return [...stats.values()]
    .sort((a, b) => b.self - a.self)
    .slice(0, top)
    .map((e) => {
      const file = e.url.replace(/^file:\/\//, '');
      return { functionName: e.fn, url: file.replace(ROOT + '/', ''), line: sourceLine(file, e.fn) ?? e.line, selfShare: share(e.self), totalShare: share(e.total) };
    });
}

/** The line where a function is declared in its TypeScript source (profile lines are of the transpiled code). */
function sourceLine(file: string, fn: string): number | null {
  if (!file.endsWith('.ts') || !/^[\w$]+$/.test(fn) || !existsSync(file)) return null;
  const lines = readFileSync(file, 'utf8').split('\n');
  const decl = new RegExp(`(?:function\\*?\\s+${fn}\\s*[<(]|(?:const|let)\\s+${fn}\\s*=|^\\s*(?:(?:private|public|static|async|get|set)\\s+)*${fn}\\s*\\()`);
  const i = lines.findIndex((l) => decl.test(l));
  return i < 0 ? null : i + 1;
}

/** BENCH_PROFILE_SHARE=0.2 profiles a fifth of the notes instead of the whole vault. */
const profileShare = () => Math.min(1, Math.max(0.01, Number(process.env.BENCH_PROFILE_SHARE ?? 1)));

/** Profiles one parse of (a sample of) the vault in a child process. */
async function profile(dir: string): Promise<HotSpot[]> {
  return childJson<HotSpot[]>('profile', await nodeOnOneCore(['--child-profile', dir])) ?? [];
}

/** The child side of the profile (`--child-profile DIR`): the inspector's CPU profiler around one parse only. */
async function childProfile(dir: string): Promise<void> {
  const files = readVault(dir);
  // A fraction of the vault keeps the profile quick while hitting every generator.
  const every = Math.max(1, Math.round(1 / profileShare()));
  const sample = files.filter((_, i) => i % every === 0);
  const session = new Session();
  session.connect();
  const post = <T>(method: string, params?: object) =>
    new Promise<T>((res, rej) => session.post(method, params ?? {}, (err, out) => (err ? rej(err) : res(out as T))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 200 });
  await post('Profiler.start');
  parseNotes(sample, { now: NOW });
  const { profile: prof } = await post<{ profile: { nodes: ProfileNode[] } }>('Profiler.stop');
  // Inside the (gitignored) vault, hidden so no reader counts it as a note.
  const path = join(dir, '.parse.cpuprofile');
  writeFileSync(path, JSON.stringify(prof));
  process.stdout.write(JSON.stringify(hotSpotsOf(path)) + '\n');
}

const fmtMB = (b: number) => (b / 1024 / 1024).toFixed(1);

export async function runReadBench(): Promise<ReadBenchResult> {
  const params = defaultParams();
  const dir = vaultDir();
  const t0 = performance.now();
  const generated = ensureVault(params, dir);
  const log = (s: string) => process.stderr.write(s + '\n');
  log(generated ? `read bench: generated ${params.notes} notes in ${((performance.now() - t0) / 1000).toFixed(1)} s` : 'read bench: reusing bench/.vault');
  const files = readVault(dir);
  const bytes = files.reduce((s, f) => s + Buffer.byteLength(f.text), 0);
  log(`read bench: ${files.length} notes, ${fmtMB(bytes)} MB; parsing (best of 3, one core)…`);

  const parsed = childJson<ParseReport>('parse', await nodeOnOneCore(['--child-parse', dir])) ?? { runs: [], cpu: [], items: 0, warnings: 0 };
  const mbs = (ms: number[]) => (ms.length ? bytes / 1024 / 1024 / (Math.min(...ms) / 1000) : NaN);
  const throughput = mbs(parsed.runs);
  const loadDuringParse = loadavg()[0]!;
  const pass = throughput >= TARGET_MBS;

  log('read bench: cold and warm loadRoadmap in a fresh process…');
  const cw = await coldWarm(dir);
  let hotSpots: HotSpot[] = [];
  if (!pass || process.env.BENCH_PROFILE) {
    log('read bench: below target (or BENCH_PROFILE set): profiling one parse…');
    hotSpots = await profile(dir);
  }
  const summary = `${(Math.round(throughput * 100) / 100).toFixed(1)} MB/s on one core (target ≥ ${TARGET_MBS}), cold ${cw ? (cw.coldMs / 1000).toFixed(2) : '?'} s, warm ${cw ? (cw.warmMs / 1000).toFixed(2) : '?'} s${parsed.shape ? `; notes of ${parsed.shape.bytesPerLine} B/line, ${parsed.shape.bytesPerItem} B/item, ${parsed.shape.uniqueTitleShare} of titles unique` : ''}`;
  return {
    name: 'read',
    vault: relative(ROOT, dir).startsWith('..') ? dir : relative(ROOT, dir),
    files: files.length,
    bytes,
    items: parsed.items,
    warnings: parsed.warnings,
    parseRunsMs: parsed.runs.map((x) => Math.round(x)),
    parseCpuMs: parsed.cpu.map((x) => Math.round(x)),
    throughputMBs: Math.round(throughput * 100) / 100,
    throughputCpuMBs: Math.round(mbs(parsed.cpu) * 100) / 100,
    load: { avg1: Math.round(loadDuringParse * 100) / 100, cores: cpus().length },
    targetMBs: TARGET_MBS,
    pass,
    coldMs: cw ? Math.round(cw.coldMs) : null,
    warmMs: cw ? Math.round(cw.warmMs) : null,
    coldCpuMs: cw ? Math.round(cw.coldCpuMs) : null,
    warmCpuMs: cw ? Math.round(cw.warmCpuMs) : null,
    hotSpots,
    profileShare: profileShare(),
    sampleCpuMBs: parsed.sampleBytes && parsed.sampleCpu?.length ? Math.round((parsed.sampleBytes / 1024 / 1024 / (Math.min(...parsed.sampleCpu) / 1000)) * 100) / 100 : null,
    shape: parsed.shape ?? null,
    summary,
  };
}

const secs = (ms: number[]) => ms.map((m) => (m / 1000).toFixed(2) + ' s').join(', ');

export function formatReadReport(r: ReadBenchResult): string {
  const lines = [
    'Notes reader benchmark',
    `  vault       ${r.vault}: ${r.files} notes, ${fmtMB(r.bytes)} MB (MB = 2^20 bytes), ${r.items} items, ${r.warnings} warnings`,
    `  parseNotes  all texts in memory, pinned to one core; runs ${secs(r.parseRunsMs)} wall (${secs(r.parseCpuMs)} CPU)`,
    `  throughput  ${r.throughputMBs.toFixed(1)} MB/s (best wall-clock run); ${r.throughputCpuMBs.toFixed(1)} MB/s by CPU time`,
    ...(r.sampleCpuMBs !== null ? [`  scaling     ${r.sampleCpuMBs.toFixed(1)} MB/s by CPU time on every 10th note alone (vs ${r.throughputCpuMBs.toFixed(1)} on all)${r.sampleCpuMBs > 1.5 * r.throughputCpuMBs ? ': slower per MB as the vault grows (superlinear)' : ''}`] : []),
    `  target      ≥ ${r.targetMBs} MB/s  →  ${r.pass ? 'PASS' : 'FAIL'}`,
    `  cold        ${r.coldMs === null ? 'failed' : `${(r.coldMs / 1000).toFixed(2)} s (${((r.coldCpuMs ?? 0) / 1000).toFixed(2)} s CPU)`}: first loadRoadmap in a fresh process, file reading included`,
    `  warm        ${r.warmMs === null ? 'failed' : `${(r.warmMs / 1000).toFixed(2)} s (${((r.warmCpuMs ?? 0) / 1000).toFixed(2)} s CPU)`}: second loadRoadmap, same process`,
    `  machine     load average ${r.load.avg1} on ${r.load.cores} cores as the parse runs ended${r.load.avg1 > 1 ? ' (busy: wall-clock figures are pessimistic)' : ''}`,
  ];
  if (r.hotSpots.length) {
    lines.push(`  hot spots   one profiled parse of ${r.profileShare === 1 ? 'the whole vault' : `${Math.round(r.profileShare * 100)}% of the notes`}; self % / total % (with callees):`);
    for (const h of r.hotSpots) lines.push(`    ${(h.selfShare * 100).toFixed(1).padStart(5)}% ${(h.totalShare * 100).toFixed(1).padStart(5)}%  ${h.functionName}  ${h.url}${h.line ? `:${h.line}` : ''}`);
  }
  return lines.join('\n') + '\n';
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const [flag, arg] = process.argv.slice(2);
  if (flag === '--child-load' && arg) await childLoad(arg);
  else if (flag === '--child-parse' && arg) childParse(arg);
  else if (flag === '--child-profile' && arg) await childProfile(arg);
  else {
    const r = await runReadBench();
    process.stdout.write(formatReadReport(r));
    process.exitCode = r.pass ? 0 : 1;
  }
}
