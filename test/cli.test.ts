// The CLI, in process: `main(argv, ctx)` with a fake context (captured output, pinned clock,
// no TTY). Checks the export against the spec's shape (../shared/spec/roadmap-json.md) with a
// zod schema, exit codes and messages for a user's mistakes, filters, colour rules, and that
// a binary or undecodable note is a warning rather than a crash.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { main } from '../src/cli/main.js';
import { defaultContext, type CliContext } from '../src/cli/context.js';
import { builtNeed, need } from './needs.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const NOW = '2026-11-22T10:00:00Z';
const ANSI = /\u001b\[/;
const STACK = /\n\s+at .+[:(]\d+:\d+|internal error/;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function fakeContext(over: Partial<CliContext> = {}): { ctx: CliContext; out: () => { stdout: string; stderr: string } } {
  let stdout = '';
  let stderr = '';
  const ctx: CliContext = {
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    cwd: ROOT,
    env: { NO_COLOR: '1' },
    now: () => new Date(NOW),
    color: false,
    ...over,
  };
  return { ctx, out: () => ({ stdout, stderr }) };
}

async function run(argv: string[], over: Partial<CliContext> = {}): Promise<Run> {
  const { ctx, out } = fakeContext(over);
  const code = await main(argv, ctx);
  return { code, ...out() };
}

// ---------------------------------------------------------------------------------
// The spec's shapes, as zod schemas. Extra fields are allowed (the spec calls them additive).

const ymd = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const line = z.number().int().min(1);

export const ItemSchema = z.looseObject({
  id: z.string().min(1),
  title: z.string().min(1),
  kind: z.enum(['course', 'book', 'paper', 'article', 'video', 'project', 'topic', 'task', 'deliverable', 'milestone', 'question', 'skill']),
  status: z.enum(['todo', 'doing', 'done', 'skipped']),
  progress: z
    .object({
      done: z.number().min(0),
      total: z.number().min(0).nullable(),
      // singular, lower case
      unit: z.string().regex(/^[a-z]+$/).refine((u) => u === 'class' || u === 'progress' || !u.endsWith('s'), 'unit must be singular'),
    })
    .nullable(),
  estimate: z.object({ hours: z.number().min(0), basis: z.enum(['explicit', 'derived', 'default']) }).nullable(),
  spentHours: z.number().min(0),
  links: z.array(z.string().min(1)),
  path: z.array(z.string()),
  parent: z.string().min(1).nullable(),
  dependsOn: z.array(z.string().min(1)),
  dates: z.looseObject({ due: ymd.optional(), scheduled: ymd.optional(), start: ymd.optional(), done: ymd.optional() }),
  tags: z.array(z.string()),
  optional: z.boolean(),
  source: z.object({ path: z.string().min(1), line, endLine: line }).refine((s) => s.endLine >= s.line, 'endLine before line'),
  mentions: z.array(z.object({ path: z.string().min(1), line })),
});

export const RoadmapSchema = z.looseObject({
  schema: z.literal('waymark.roadmap/1'),
  generatedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/),
  sources: z.array(z.object({ path: z.string().min(1), sha256: z.string().regex(/^[0-9a-f]{64}$/), items: z.number().int().min(0) })),
  budget: z.object({
    hoursPerWeek: z.number().positive().nullable(),
    weeks: z.number().positive().nullable(),
    totalHours: z.number().positive().nullable(),
    start: ymd.nullable(),
    deadline: ymd.nullable(),
    source: z.object({ path: z.string().min(1), line }).nullable(),
  }),
  items: z.array(ItemSchema),
});

type Roadmap = z.infer<typeof RoadmapSchema>;

/** Parses and validates, with every zod issue in the failure message. */
function validRoadmap(json: string): Roadmap {
  const res = RoadmapSchema.safeParse(JSON.parse(json));
  if (!res.success) assert.fail(`export does not match the spec:\n${res.error.issues.slice(0, 20).map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  return res.data;
}

// ---------------------------------------------------------------------------------

test('export --format json examples/ matches the spec: top level, every item field, references', async () => {
  const r = await run(['export', '--format', 'json', 'examples/']);
  assert.equal(r.code, 0, r.stderr);
  const rm = validRoadmap(r.stdout);
  assert.equal(rm.generatedAt, NOW, 'generatedAt comes from the pinned clock');
  assert.ok(rm.items.length > 0, 'the examples have items');
  assert.deepEqual(rm.sources.map((s) => s.path).sort(), ['examples/about.md', 'examples/current-state.txt', 'examples/reading.org', 'examples/roadmap.md']);
  // Items arrive in source order, and each source's count is its items'.
  const ids = new Set(rm.items.map((i) => i.id));
  assert.equal(ids.size, rm.items.length, 'ids are unique');
  for (const s of rm.sources) assert.equal(s.items, rm.items.filter((i) => i.source.path === s.path).length, `items of ${s.path}`);
  for (const it of rm.items) {
    assert.ok(rm.sources.some((s) => s.path === it.source.path), `${it.id}: source path is a listed source`);
    if (it.parent !== null) assert.ok(ids.has(it.parent), `${it.id}: parent ${it.parent} is an item`);
    for (const d of it.dependsOn) assert.ok(ids.has(d) && d !== it.id, `${it.id}: dependsOn ${d} is another item`);
  }
  // Warnings are additive; whatever is there has a path, code and message.
  const warnings = (JSON.parse(r.stdout) as { warnings?: unknown[] }).warnings ?? [];
  for (const w of warnings) assert.ok(z.object({ path: z.string(), line: line.nullable(), code: z.string(), message: z.string() }).safeParse(w).success, JSON.stringify(w));
});

test('export is deterministic for the same notes and clock', async () => {
  const a = await run(['export', 'examples/']);
  const b = await run(['export', 'examples/']);
  assert.equal(a.stdout, b.stdout);
});

test('the item schema rejects what the spec forbids (the validator is not vacuous)', async () => {
  const r = await run(['export', 'examples/']);
  const item = (JSON.parse(r.stdout) as { items: Record<string, unknown>[] }).items[0]!;
  const broken: Record<string, unknown>[] = [
    { ...item, kind: 'movie' },
    { ...item, status: 'started' },
    { ...item, progress: { done: 1, total: 2, unit: 'Lectures' } },
    { ...item, estimate: { hours: 2, basis: 'guess' } },
    { ...item, source: { path: 'x', line: 0, endLine: 0 } },
    { ...item, dates: { due: '22/11/2026' } },
    Object.fromEntries(Object.entries(item).filter(([k]) => k !== 'mentions')),
  ];
  for (const b of broken) assert.equal(ItemSchema.safeParse(b).success, false, JSON.stringify(b).slice(0, 120));
});

test('an unknown command exits 2 with a message and no stack trace', async () => {
  const r = await run(['frobnicate']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /unknown command 'frobnicate'/);
  assert.doesNotMatch(r.stderr, STACK);
  assert.equal(r.stdout, '');
});

test('an unknown flag exits 2 with a message and no stack trace', async () => {
  for (const argv of [['export', '--bogus', 'examples/'], ['status', '--nope'], ['list', '-Z']]) {
    const r = await run(argv);
    assert.equal(r.code, 2, argv.join(' '));
    assert.match(r.stderr, /unknown option/, argv.join(' '));
    assert.doesNotMatch(r.stderr, STACK);
  }
});

test('a bad flag value is a usage error: exit 2, the allowed values named', async () => {
  const kind = await run(['list', '--kind', 'bookz', 'examples/']);
  assert.equal(kind.code, 2);
  assert.match(kind.stderr, /unknown kind "bookz".*book/);
  const format = await run(['export', '--format', 'xml', 'examples/']);
  assert.equal(format.code, 2);
  assert.match(format.stderr, /unknown export format "xml"/);
  for (const r of [kind, format]) assert.doesNotMatch(r.stderr, STACK);
});

test('a missing path is a usage mistake: exit 2 with a clear message', async () => {
  for (const cmd of ['status', 'list', 'export', 'plan', 'stats', 'review', 'undo', 'site']) {
    const r = await run([cmd, 'no/such/notes']);
    assert.equal(r.code, 2, cmd);
    assert.match(r.stderr, /no such file or folder: no\/such\/notes/, cmd);
    assert.doesNotMatch(r.stderr, STACK);
    assert.equal(r.stdout, '', `${cmd} prints nothing on stdout`);
  }
});

test('status --json on examples/ gives counts that agree with the export', async () => {
  const r = await run(['status', '--json', 'examples/']);
  assert.equal(r.code, 0, r.stderr);
  const s = z
    .looseObject({
      items: z.number().int(),
      counts: z.object({ todo: z.number().int(), doing: z.number().int(), done: z.number().int(), skipped: z.number().int() }),
      inProgress: z.array(z.looseObject({ id: z.string(), title: z.string() })),
      next: z.array(z.looseObject({ id: z.string(), title: z.string(), kind: z.string() })),
      warnings: z.number().int(),
    })
    .parse(JSON.parse(r.stdout));
  const rm = validRoadmap((await run(['export', 'examples/'])).stdout);
  assert.equal(s.items, rm.items.length);
  for (const st of ['todo', 'doing', 'done', 'skipped'] as const) assert.equal(s.counts[st], rm.items.filter((i) => i.status === st).length, st);
  const ids = new Set(rm.items.map((i) => i.id));
  for (const p of [...s.inProgress, ...s.next]) assert.ok(ids.has(p.id), `${p.title} is an exported item`);
  for (const p of s.inProgress) assert.equal(rm.items.find((i) => i.id === p.id)?.status, 'doing');
});

test('list --kind book shows only books, as many as the export has', async () => {
  const rm = validRoadmap((await run(['export', 'examples/'])).stdout);
  const books = rm.items.filter((i) => i.kind === 'book');
  assert.ok(books.length > 0, 'the examples have books');
  const json = await run(['list', '--kind', 'book', '--json', 'examples/']);
  assert.equal(json.code, 0, json.stderr);
  const items = z.array(ItemSchema).parse(JSON.parse(json.stdout));
  assert.deepEqual(items.map((i) => i.id), books.map((i) => i.id));
  const text = await run(['list', '--kind', 'book', 'examples/']);
  assert.equal(text.code, 0);
  const lines = text.stdout.trimEnd().split('\n');
  // The items, then the footer with them on stdout.
  assert.equal(lines.length, books.length + 1);
  for (const l of lines.slice(0, -1)) assert.match(l, /\bbook\b/);
  assert.equal(lines.at(-1), `${books.length} item${books.length === 1 ? '' : 's'}`);
  // Several kinds at once.
  const two = z.array(ItemSchema).parse(JSON.parse((await run(['list', '--kind', 'book,course', '--json', 'examples/'])).stdout));
  assert.equal(two.length, rm.items.filter((i) => i.kind === 'book' || i.kind === 'course').length);
});

test('no TTY and NO_COLOR: no ANSI escapes anywhere; colour only when asked for', async () => {
  for (const argv of [['status', 'examples/'], ['list', 'examples/'], ['export', 'examples/'], ['status', '--warnings', 'examples/'], ['frobnicate'], ['status', 'nope/']]) {
    const r = await run(argv);
    assert.doesNotMatch(r.stdout + r.stderr, ANSI, argv.join(' '));
  }
  // The default context honours NO_COLOR even when FORCE_COLOR is absent and stdout is a TTY.
  const saved = { NO_COLOR: process.env.NO_COLOR, FORCE_COLOR: process.env.FORCE_COLOR, tty: process.stdout.isTTY };
  try {
    delete process.env.FORCE_COLOR;
    process.env.NO_COLOR = '1';
    process.stdout.isTTY = true;
    assert.equal(defaultContext().color, false, 'NO_COLOR turns colour off on a TTY');
    delete process.env.NO_COLOR;
    process.stdout.isTTY = false;
    assert.equal(defaultContext().color, false, 'no colour when stdout is not a TTY');
  } finally {
    if (saved.NO_COLOR === undefined) delete process.env.NO_COLOR; else process.env.NO_COLOR = saved.NO_COLOR;
    if (saved.FORCE_COLOR === undefined) delete process.env.FORCE_COLOR; else process.env.FORCE_COLOR = saved.FORCE_COLOR;
    process.stdout.isTTY = saved.tty;
  }
  // And the check can see colour when it is on.
  const coloured = await run(['status', 'examples/'], { color: true, env: {} });
  assert.match(coloured.stdout, ANSI);
});

test('a binary or undecodable note in a folder is a warning, not a crash', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'waymark-cli-'));
  try {
    // A PNG saved with a .md name: NUL bytes.
    writeFileSync(join(dir, 'diagram.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0]));
    // Control bytes and a lone 0xFF: not UTF-8, nor any legacy encoding's text, no NUL.
    writeFileSync(join(dir, 'old-notes.txt'), Buffer.concat([Buffer.from('- [ ] caf'), Buffer.from([0x81, 0x20, 0x8d, 0x20, 0xff, 0x0a]), Buffer.from('- [ ] Read a book\n')]));
    // A note saved in GBK by an older Chinese editor: read in it (Waymark never rewrites it).
    writeFileSync(join(dir, 'gbk-notes.txt'), Buffer.concat([Buffer.from('- [ ] '), Buffer.from([0xd1, 0xa7, 0xcf, 0xb0, 0xd4, 0xc4, 0xb6, 0xc1]), Buffer.from(' SICP\n')]));
    writeFileSync(join(dir, 'plan.md'), '# Plan\n\n- [ ] Read Designing Data-Intensive Applications\n- [x] Watch MIT 6.824 lecture 1\n');
    // Unreadable for a normal user (root reads it anyway; either way no crash).
    writeFileSync(join(dir, 'secret.org'), '* TODO x\n');
    chmodSync(join(dir, 'secret.org'), 0o000);

    const r = await run(['export', '--format', 'json', dir]);
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stderr, STACK);
    const rm = validRoadmap(r.stdout);
    const warnings = (JSON.parse(r.stdout) as { warnings: { path: string; code: string; message: string }[] }).warnings;
    const about = (name: string) => warnings.find((w) => w.path.endsWith(name));
    assert.ok(about('diagram.md'), `a warning names diagram.md: ${JSON.stringify(warnings)}`);
    assert.match(about('diagram.md')!.message, /binary/i);
    assert.ok(about('old-notes.txt'), `a warning names old-notes.txt: ${JSON.stringify(warnings)}`);
    assert.match(about('old-notes.txt')!.message, /UTF-8/);
    // The good notes are still read.
    assert.ok(rm.items.some((i) => i.source.path.endsWith('plan.md') && /Designing Data-Intensive Applications/.test(i.title)));
    assert.ok(rm.items.some((i) => i.source.path.endsWith('gbk-notes.txt') && i.title === '学习阅读 SICP'), JSON.stringify(rm.items.map((i) => i.title)));
    assert.ok(!rm.sources.some((s) => s.path.endsWith('diagram.md') || s.path.endsWith('old-notes.txt')), 'skipped files are not sources');

    const status = await run(['status', dir]);
    assert.equal(status.code, 0, status.stderr);
    assert.match(status.stdout + status.stderr, /\d+ warnings?/);
    const list = await run(['status', '--warnings', dir]);
    assert.equal(list.code, 0);
    assert.match(list.stdout, /diagram\.md/);
    assert.match(list.stdout, /old-notes\.txt/);
  } finally {
    chmodSync(join(dir, 'secret.org'), 0o644);
    rmSync(dir, { recursive: true, force: true });
  }
});

// bin/waymark.js itself handles the closed pipe, and it runs the built command.
test('a reader that stops early (`waymark list | head`) ends the command quietly', async (t) => {
  if (!need(t, builtNeed())) return;
  // Output well past a pipe's buffer, so the command is still writing when the reader leaves.
  const dir = mkdtempSync(join(tmpdir(), 'waymark-pipe-'));
  try {
    writeFileSync(join(dir, 'long.md'), Array.from({ length: 4000 }, (_, i) => `- [ ] Read chapter ${i} of a long book`).join('\n'));
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'waymark.js'), 'list', dir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(code, 0);
    assert.doesNotMatch(stderr, /EPIPE/);
    assert.doesNotMatch(stderr, STACK);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
