// `waymark status` answers from what the last run kept (.waymark/status.memo.v8) only while
// nothing it was made from changed: after any change, what it shows equals a run that keeps
// nothing.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { deserialize, serialize } from 'node:v8';
import fc from 'fast-check';
import type { CliContext } from '../context.js';
import { main } from '../main.js';

const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const MEMO = join('.waymark', 'status.memo.v8');

function root(): string {
  const d = mkdtempSync(join(tmpdir(), 'wm-status-memo-'));
  dirs.push(d);
  mkdirSync(join(d, '.waymark'));
  return d;
}

/** A context whose caches trust files' stamps at once (their clock a minute ahead). */
function context(cwd: string, now: Date): CliContext & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (s: string) => (out += s), isTTY: false },
    stderr: { write: (s: string) => (err += s), isTTY: false },
    cwd, env: { NO_COLOR: '1', TZ: 'UTC' }, now: () => now, color: false, clock: () => Date.now() + 60_000,
    out: () => out, err: () => err,
  };
}

async function status(cwd: string, now: Date, ...args: string[]): Promise<string> {
  const c = context(cwd, now);
  assert.equal(await main(['status', ...args], c), 0, c.err());
  return c.out();
}

const note = (i: number, extra = '') => `# Part ${i}\n\nBudget: 6 hours/week\n\n- [ ] Task ${i} alpha ~2h\n- [ ] Task ${i} beta ~3h\n- [/] Course ${i}: lecture 2 of 10\n${extra}`;

type Op =
  | { t: 'sameSize'; i: number }
  | { t: 'rewrite'; i: number; extra: string }
  | { t: 'add' }
  | { t: 'delete'; i: number }
  | { t: 'done'; i: number }
  | { t: 'config'; tz: string; hours: number }
  | { t: 'later'; hours: number }
  | { t: 'nothing' };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ t: fc.constant('sameSize' as const), i: fc.nat() }),
  fc.record({ t: fc.constant('rewrite' as const), i: fc.nat(), extra: fc.constantFrom('', '- [x] Done thing\n', '- [ ] Read SICP by Dec 15\n', 'Deadline: March 2027\n') }),
  fc.constant({ t: 'add' as const }),
  fc.record({ t: fc.constant('delete' as const), i: fc.nat() }),
  fc.record({ t: fc.constant('done' as const), i: fc.nat() }),
  fc.record({ t: fc.constant('config' as const), tz: fc.constantFrom('UTC', 'Pacific/Kiritimati', 'America/Los_Angeles'), hours: fc.constantFrom(5, 8) }),
  fc.record({ t: fc.constant('later' as const), hours: fc.constantFrom(1, 13, 30) }),
  fc.constant({ t: 'nothing' as const }),
);

const notesIn = (d: string) => readdirSync(d).filter((n) => n.endsWith('.md')).sort();

test('status kept between runs is never wrong: after any change it equals a run that keeps nothing', async () => {
  await fc.assert(fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 6 }), async (ops) => {
    const d = root();
    for (let i = 0; i < 3; i++) writeFileSync(join(d, `n${i}.md`), note(i));
    let now = new Date('2026-11-22T22:30:00Z');
    let added = 3;
    const check = async (what: string): Promise<void> => {
      for (const args of [[], ['--json', '--warnings']]) {
        const kept = await status(d, now, ...args);
        rmSync(join(d, MEMO), { force: true });
        const fresh = await status(d, now, ...args);
        assert.equal(kept, fresh, `${what} ${args.join(' ')}`);
        // And again, from what the fresh run kept.
        assert.equal(await status(d, now, ...args), fresh, `${what} ${args.join(' ')}, kept`);
      }
    };
    await check('first');
    for (const o of ops) {
      const names = notesIn(d);
      const name = names.length ? names[('i' in o ? o.i : 0) % names.length]! : null;
      // A file's ctime moves with the kernel's clock tick: let one pass before a change.
      await new Promise((r) => setTimeout(r, 12));
      if (o.t === 'sameSize' && name) {
        const p = join(d, name);
        const st = statSync(p);
        writeFileSync(p, readFileSync(p, 'utf8').replace('alpha', 'gamma'));
        utimesSync(p, st.atime, st.mtime);
      } else if (o.t === 'rewrite' && name) {
        writeFileSync(join(d, name), note(o.i, o.extra));
      } else if (o.t === 'add') {
        writeFileSync(join(d, `n${added}.md`), note(added));
        added++;
      } else if (o.t === 'delete' && name) {
        unlinkSync(join(d, name));
      } else if (o.t === 'done' && name) {
        const title = /- \[ \] (Task \d+ \w+)/.exec(readFileSync(join(d, name), 'utf8'))?.[1];
        // (Whether or not the title finds its item: status must show the notes and history as they are.)
        if (title) await main(['done', title, '.'], context(d, now));
      } else if (o.t === 'config') {
        writeFileSync(join(d, 'waymark.json'), JSON.stringify({ timeZone: o.tz, plan: { hoursPerWeek: o.hours } }));
      } else if (o.t === 'later') {
        now = new Date(now.getTime() + o.hours * 3_600_000);
      }
      await check(JSON.stringify(o));
    }
  }), { numRuns: 12 });
});

test('status answers from what it kept while nothing changed, and reads again once a note changes', async () => {
  const d = root();
  for (let i = 0; i < 3; i++) writeFileSync(join(d, `n${i}.md`), note(i));
  const now = new Date('2026-11-22T10:00:00Z');
  const first = await status(d, now, '--json');
  // Doctor what was kept: the kept answer is the one shown, so the doctored count shows.
  const kept = deserialize(readFileSync(join(d, MEMO))) as { value: { facts: { summary: { counts: { todo: number } } } } };
  kept.value.facts.summary.counts.todo = 999;
  writeFileSync(join(d, MEMO), serialize(kept));
  assert.equal((JSON.parse(await status(d, now, '--json')) as { counts: { todo: number } }).counts.todo, 999);
  // Written again as it was: the same notes, still the kept answer.
  await new Promise((r) => setTimeout(r, 12));
  writeFileSync(join(d, 'n1.md'), note(1));
  assert.equal((JSON.parse(await status(d, now, '--json')) as { counts: { todo: number } }).counts.todo, 999);
  // A note changed: read again, the true count.
  await new Promise((r) => setTimeout(r, 12));
  writeFileSync(join(d, 'n1.md'), note(1, '- [ ] Another task\n'));
  const changed = await status(d, now, '--json');
  assert.notEqual((JSON.parse(changed) as { counts: { todo: number } }).counts.todo, 999);
  assert.notEqual(changed, first);
  rmSync(join(d, MEMO), { force: true });
  assert.equal(await status(d, now, '--json'), changed);
  // A damaged one is no answer: read again.
  writeFileSync(join(d, MEMO), 'garbage');
  assert.equal(await status(d, now, '--json'), changed);
});

test('a note edited a moment ago is proven by its content: the next status answers from what was kept, a change unseen by its stamp is not', async () => {
  const d = root();
  for (let i = 0; i < 3; i++) writeFileSync(join(d, `n${i}.md`), note(i));
  const now = new Date('2026-11-22T10:00:00Z');
  // The real clock: a note changed this moment cannot be proven by its stamp (racy).
  const run = async (): Promise<string> => {
    const c = { ...context(d, now), clock: Date.now };
    assert.equal(await main(['status', '--json'], c), 0, c.err());
    return c.out();
  };
  await run();
  await new Promise((r) => setTimeout(r, 12));
  writeFileSync(join(d, 'n1.md'), note(1, '- [ ] Something new\n'));
  const first = await run();
  const doctor = (todo: number): void => {
    const kept = deserialize(readFileSync(join(d, MEMO))) as { value: { facts: { summary: { counts: { todo: number } } } } };
    kept.value.facts.summary.counts.todo = todo;
    writeFileSync(join(d, MEMO), serialize(kept));
  };
  // Kept, though the edit is a moment old: the doctored count shows.
  doctor(999);
  assert.equal((JSON.parse(await run()) as { counts: { todo: number } }).counts.todo, 999);
  // The same size and mtime, other content, in the same moment: read again, the true count.
  const p = join(d, 'n1.md');
  const st = statSync(p);
  writeFileSync(p, readFileSync(p, 'utf8').replace('alpha', 'gamma'));
  utimesSync(p, st.atime, st.mtime);
  doctor(999);
  const fresh = JSON.parse(await run()) as { counts: { todo: number } };
  assert.notEqual(fresh.counts.todo, 999);
  assert.equal(JSON.stringify(fresh.counts), JSON.stringify((JSON.parse(first) as { counts: unknown }).counts));
});

test('status of the whole notes root and of a folder holding every note are kept apart', async () => {
  const d = root();
  mkdirSync(join(d, 'notes'));
  writeFileSync(join(d, 'notes', 'a.md'), note(0));
  // A correction for a note not there: only a read of the whole root can say so.
  writeFileSync(join(d, 'waymark.json'), JSON.stringify({ corrections: [{ action: 'ignore', path: 'gone.md', text: 'x' }] }));
  const now = new Date('2026-11-22T10:00:00Z');
  const whole = await status(d, now, '--json', '--warnings');
  assert.match(whole, /correction-orphaned/);
  const part = await status(d, now, '--json', '--warnings', 'notes');
  assert.doesNotMatch(part, /correction-orphaned/);
  assert.equal(await status(d, now, '--json', '--warnings'), whole);
  assert.equal(await status(d, now, '--json', '--warnings', 'notes'), part);
});

test('status makes .waymark/ for its caches only where waymark.json sets Waymark up', async () => {
  const now = new Date('2026-11-22T10:00:00Z');
  const d = mkdtempSync(join(tmpdir(), 'wm-status-none-'));
  dirs.push(d);
  writeFileSync(join(d, 'a.md'), note(0));
  await status(d, now);
  assert.deepEqual(readdirSync(d), ['a.md']);
  // A git repository alone: no untracked folder appears in it.
  mkdirSync(join(d, '.git'));
  await status(d, now);
  assert.deepEqual(readdirSync(d).sort(), ['.git', 'a.md']);
  writeFileSync(join(d, 'waymark.json'), '{}');
  const first = await status(d, now);
  assert.deepEqual(readdirSync(join(d, '.waymark')).sort(), ['read-cache.v8', 'status-in-progress.memo.v8', 'status.memo.v8']);
  assert.equal(await status(d, now), first);
});
