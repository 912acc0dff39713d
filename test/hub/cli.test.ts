// The hub end to end from the CLI, on the embedded PostgreSQL: `hub token` sets up a cohort,
// `waymark push` sends only what the public site would show and is idempotent, the board
// shows it, `waymark comments` reads a mentor's comment; the token lives in the config
// folder, mode 600, never beside the notes.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { main } from '../../src/cli/main.js';
import type { CliContext } from '../../src/cli/context.js';
import { startHub, type RunningHub } from '../../src/hub/run.js';

const dir = mkdtempSync(join(tmpdir(), 'waymark-hub-cli-'));
const data = join(dir, 'hub-data');
const notes = join(dir, 'notes');
const config = join(dir, 'config');

async function run(argv: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const ctx: CliContext = {
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    cwd: dir, env: { NO_COLOR: '1', TZ: 'UTC', XDG_CONFIG_HOME: config, ...env }, now: () => new Date('2026-12-04T10:00:00Z'), color: false,
  };
  const code = await main(argv, ctx);
  return { code, stdout, stderr };
}

let hub: RunningHub;
let ownerToken = '';
let memberToken = '';

before(async () => {
  mkdirSync(notes);
  writeFileSync(join(notes, 'waymark.json'), '{}\n');
  writeFileSync(join(notes, 'reading.md'), [
    '# Reading', '', '- [x] Designing Data-Intensive Applications', '- [ ] Database Internals', '- [ ] Therapy workbook #private', '',
    '## Health #private', '', '- [ ] Physiotherapy exercises', '',
    '## Courses', '', '- [ ] MIT 6.824 Distributed Systems (lecture 3 of 20)', '',
  ].join('\n'));
  const o = await run(['hub', 'token', '--data', data, '--cohort', 'reading-group', '--user', 'olga', '--role', 'owner']);
  assert.equal(o.code, 0, o.stderr);
  ownerToken = o.stdout.trim().split('\n').at(-1)!;
  const m = await run(['hub', 'token', '--data', data, '--cohort', 'reading-group', '--user', 'mia']);
  assert.equal(m.code, 0, m.stderr);
  assert.match(m.stderr, /mia is a member of reading-group/);
  memberToken = m.stdout.trim().split('\n').at(-1)!;
  hub = await startHub({ target: { kind: 'pglite', dir: data }, host: '127.0.0.1', port: 0 });
});
after(async () => {
  await hub?.close();
});

test('push sends the public items only, once; the board shows them', async () => {
  const r = await run(['push', '--hub', hub.url, '--token', memberToken, 'notes']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /pushed 3 items and 0 new events/);
  assert.match(r.stdout, /2 private or excluded items stayed home/);
  const items = await (await fetch(`${hub.url}/api/cohorts/reading-group/members/mia/items`, { headers: { authorization: `Bearer ${ownerToken}` } })).json() as { items: { title: string }[] };
  const titles = items.items.map((i) => i.title).sort();
  assert.deepEqual(titles, ['Database Internals', 'Designing Data-Intensive Applications', 'MIT 6.824 Distributed Systems']);
  const board = await (await fetch(`${hub.url}/api/cohorts/reading-group/members`, { headers: { authorization: `Bearer ${ownerToken}` } })).json() as { members: { handle: string; summary: { work: { items: number; done: number }; doing: string[] } | null }[] };
  assert.ok(!/Therapy|Physio|Health/.test(JSON.stringify(board) + JSON.stringify(items)), 'nothing private on the hub');
  const mia = board.members.find((m) => m.handle === 'mia')!;
  assert.equal(mia.summary?.work.items, 3);
  assert.equal(mia.summary?.work.done, 1);
  assert.deepEqual(mia.summary?.doing, ['MIT 6.824 Distributed Systems']);
  // The same push again changes nothing; the token was kept, so it is not needed now.
  const again = await run(['push', '--hub', hub.url, 'notes']);
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stdout, /nothing new/);
});

test('the token is kept in the config folder, mode 600, never in the notes folder', () => {
  const file = join(config, 'waymark', 'hub.json');
  assert.equal(statSync(file).mode & 0o777, 0o600);
  assert.match(readFileSync(file, 'utf8'), new RegExp(memberToken));
  const inNotes = readdirSync(notes, { recursive: true }).map(String).filter((f) => !f.startsWith('.waymark'));
  for (const f of inNotes) assert.ok(!readFileSync(join(notes, f)).toString().includes(memberToken), `${f} holds no token`);
});

test('a mentor\'s comment reaches the member: push says so, `waymark comments` shows it once', async () => {
  const items = await (await fetch(`${hub.url}/api/cohorts/reading-group/members/mia/items`, { headers: { authorization: `Bearer ${ownerToken}` } })).json() as { items: { id: string; title: string }[] };
  const ddia = items.items.find((i) => i.title.startsWith('Designing'))!;
  const res = await fetch(`${hub.url}/api/cohorts/reading-group/members/mia/items/${ddia.id}/comments`, {
    method: 'POST', headers: { authorization: `Bearer ${ownerToken}`, 'content-type': 'application/json' }, body: JSON.stringify({ body: 'Chapter 9 is the heart of it.' }),
  });
  assert.equal(res.status, 201);
  writeFileSync(join(notes, 'waymark.json'), JSON.stringify({ hub: { url: hub.url } }));
  const p = await run(['push', 'notes']);
  assert.match(p.stdout, /1 new comment · waymark comments/);
  const st = await run(['status', 'notes']);
  assert.equal(st.code, 0, st.stderr);
  assert.match(st.stdout, /1 new comment · waymark comments\n/);
  const c = await run(['comments', 'notes']);
  assert.equal(c.code, 0, c.stderr);
  assert.match(c.stdout, /olga on "Designing Data-Intensive Applications":\n {2}Chapter 9 is the heart of it\./);
  assert.match((await run(['comments', 'notes'])).stdout, /no new comments/);
  assert.doesNotMatch((await run(['status', 'notes'])).stdout, /new comment/);
});

test('a bad token and an unknown hub say what to do', async () => {
  const bad = await run(['push', '--hub', hub.url, 'notes'], { WAYMARK_HUB_TOKEN: 'wmh_nope' });
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /401: this token is not valid/);
  const none = await run(['push', '--hub', 'http://127.0.0.1:9', 'notes'], { XDG_CONFIG_HOME: join(dir, 'empty') });
  assert.equal(none.code, 2);
  assert.match(none.stderr, /no token for http:\/\/127\.0\.0\.1:9/);
});

test('hub invite on a running hub (an owner\'s token) prints a link that opens a join page; a member may not', async () => {
  const r = await run(['hub', 'invite', '--hub', hub.url, '--token', ownerToken, '--cohort', 'reading-group', '--role', 'mentor']);
  assert.equal(r.code, 0, r.stderr);
  const link = r.stdout.trim().split('\n').at(-1)!;
  assert.match(link, new RegExp(`^${hub.url}/join/wmi_`));
  const page = await (await fetch(link)).text();
  assert.match(page, /Join reading-group/);
  assert.match(page, /invited as a <strong>mentor/);
  const no = await run(['hub', 'invite', '--hub', hub.url, '--token', memberToken, '--cohort', 'reading-group']);
  assert.equal(no.code, 1);
  assert.match(no.stderr, /403: only owners can invite people/);
});

test('the embedded database is one process\'s: an admin command while the hub runs says so', async () => {
  const r = await run(['hub', 'token', '--data', data, '--cohort', 'reading-group', '--user', 'zed']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /in use by another process/);
});

test('pull writes the reading schedule into reading-group.md; ticking one off comes back with the next push', async () => {
  for (const s of [{ day: '2026-12-03', title: 'Paxos Made Simple' }, { day: '2026-12-10', title: 'In Search of an Understandable Consensus Algorithm', link: 'https://raft.github.io/raft.pdf', presenter: 'mia' }]) {
    const res = await fetch(`${hub.url}/api/cohorts/reading-group/sessions`, { method: 'POST', headers: { authorization: `Bearer ${ownerToken}`, 'content-type': 'application/json' }, body: JSON.stringify(s) });
    assert.equal(res.status, 201);
  }
  const p = await run(['pull', 'notes']);
  assert.equal(p.code, 0, p.stderr);
  assert.match(p.stdout, /added 2 sessions to reading-group\.md/);
  const note = readFileSync(join(notes, 'reading-group.md'), 'utf8');
  assert.match(note, /^- \[ \] In Search of an Understandable Consensus Algorithm \(presented by mia\) — due 2026-12-10 — https:\/\/raft\.github\.io\/raft\.pdf$/m);
  assert.match((await run(['pull', 'notes'])).stdout, /has every session already \(2\)/);
  // The sessions are entries like any other: plan, status and done see them.
  const list = await run(['list', 'notes', '--json']);
  assert.match(list.stdout, /"title": "Paxos Made Simple"/);
  const done = await run(['done', 'Paxos Made Simple', 'notes']);
  assert.equal(done.code, 0, done.stderr);
  assert.match(readFileSync(join(notes, 'reading-group.md'), 'utf8'), /^- \[x\] Paxos Made Simple — due 2026-12-03/m);
  assert.match((await run(['push', 'notes'])).stdout, /pushed 5 items and 1 new event/);
  const sessions = await (await fetch(`${hub.url}/api/cohorts/reading-group/sessions`, { headers: { authorization: `Bearer ${ownerToken}` } })).json() as { sessions: { title: string; attendance: { handle: string; status: string }[] }[] };
  assert.deepEqual(sessions.sessions.map((s) => [s.title.slice(0, 14), s.attendance]), [
    ['Paxos Made Sim', [{ handle: 'mia', status: 'done' }]],
    ['In Search of a', [{ handle: 'mia', status: 'todo' }]],
  ]);
});

test('hub tokens lists a person\'s tokens without the tokens themselves; hub revoke ends one', async () => {
  const other = join(dir, 'hub-data-tokens');
  const made = await run(['hub', 'token', '--data', other, '--cohort', 'c1', '--user', 'ray', '--label', 'laptop']);
  assert.equal(made.code, 0, made.stderr);
  const token = made.stdout.trim().split('\n').at(-1)!;
  assert.equal((await run(['hub', 'token', '--data', other, '--cohort', 'c1', '--user', 'ray'])).code, 0);
  const list = await run(['hub', 'tokens', '--data', other, '--user', 'ray']);
  assert.equal(list.code, 0, list.stderr);
  assert.match(list.stdout, /^ {3}1 {2}c1 {2}made \d{4}-\d\d-\d\d {2}never used {2}laptop\n {3}2 {2}c1 /);
  assert.ok(!list.stdout.includes(token), 'only hashes are kept');
  const revoked = await run(['hub', 'revoke', '--data', other, '--user', 'ray', '1']);
  assert.equal(revoked.code, 0, revoked.stderr);
  assert.match(revoked.stdout, /revoked token 1 of ray/);
  const json = JSON.parse((await run(['hub', 'tokens', '--data', other, '--user', 'ray', '--json'])).stdout) as { tokens: { id: number; revokedAt: string | null }[] };
  assert.deepEqual(json.tokens.map((t) => [t.id, t.revokedAt !== null]), [[1, true], [2, false]]);
  const again = await run(['hub', 'revoke', '--data', other, '--user', 'ray', '1']);
  assert.equal(again.code, 2);
  assert.match(again.stderr, /no live token 1/);
});
