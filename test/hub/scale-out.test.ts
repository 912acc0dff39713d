// Scale-out: two `waymark hub serve` processes on one PostgreSQL work as one hub. A push sent
// through one reaches a live board open on the other within 1 s (LISTEN/NOTIFY), the other's
// board answers with it within 1 s however often it is read (its ETag moves), a token revoked
// through one is refused by the other within 1 s, a comment made on one is read on the other,
// and a browser session and the sign-in limit hold across both: nothing lives in one
// process's memory alone. And the CLI's flows (hub token, push, comments, pull) on PostgreSQL.
// Skips with one line without a PostgreSQL server.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { main } from '../../src/cli/main.js';
import type { CliContext } from '../../src/cli/context.js';
import { hashPassword } from '../../src/hub/server/passwords.js';
import { openDb } from '../../src/hub/store/db.js';
import { HubStore } from '../../src/hub/store/store.js';
import { samplePush } from '../../src/hub/store/store.contract.js';
import { need } from '../needs.js';
import { usePostgres } from '../postgres.js';
import { spawnHub, type HubProcess } from './processes.js';

const pg = usePostgres();

test('two hub processes on one PostgreSQL: a push through one is seen live on the other, and sessions, comments and the sign-in limit are shared', async (t) => {
  if (!need(t, pg.need)) return;
  const url = await pg.database();
  const store = await HubStore.open(await openDb({ kind: 'postgres', url }));
  let member = '';
  let mentor = '';
  let extra = '';
  let extraId = 0;
  try {
    const c = await store.ensureCohort('twins', 'Twins');
    const m = await store.ensureUser('mo', 'Mo');
    const t2 = await store.ensureUser('tess', 'Tess');
    await store.setRole(c.id, m.id, 'member');
    await store.setRole(c.id, t2.id, 'mentor');
    await store.setPasswordHash(t2.id, await hashPassword('a long enough password'));
    member = (await store.createToken(m.id, c.id)).token;
    mentor = (await store.createToken(t2.id, c.id)).token;
    ({ token: extra, id: extraId } = await store.createToken(m.id, c.id));
  } finally {
    await store.close();
  }

  const hubs: HubProcess[] = [];
  try {
    const [a, b] = await Promise.all([spawnHub(url), spawnHub(url)]);
    hubs.push(a, b);
    assert.notEqual(a.pid, b.pid);
    const auth = (token: string) => ({ authorization: `Bearer ${token}` });

    const before = await fetch(`${b.url}/api/cohorts/twins/members`, { headers: auth(mentor) });
    assert.equal(before.status, 200);
    const etag = before.headers.get('etag')!;
    assert.equal(((await before.json()) as { members: { summary: unknown }[] }).members.every((x) => x.summary === null), true);

    // A live board open on B.
    const ctl = new AbortController();
    const live = await fetch(`${b.url}/api/cohorts/twins/live`, { headers: auth(mentor), signal: ctl.signal });
    assert.equal(live.status, 200);
    const reader = live.body!.getReader();
    const dec = new TextDecoder();
    let seen = '';
    while (!seen.includes('event: ready')) seen += dec.decode((await reader.read()).value);
    const arrived = (async () => {
      while (!seen.includes('event: change')) {
        const { value, done } = await reader.read();
        if (done) return null;
        seen += dec.decode(value);
      }
      return performance.now();
    })();

    const sent = performance.now();
    const push = await fetch(`${a.url}/api/push`, { method: 'POST', headers: { ...auth(member), 'content-type': 'application/json' }, body: JSON.stringify(samplePush(3, 'mo')) });
    assert.equal(push.status, 200, await push.clone().text());
    const at = await Promise.race([arrived, new Promise<null>((r) => setTimeout(() => r(null), 5000))]);
    ctl.abort();
    assert.ok(at !== null, 'the change never reached the board open on the other process');
    assert.ok(at - sent < 1000, `the change took ${Math.round(at - sent)} ms to cross`);
    assert.match(seen, /"what":"push"/);

    // B's board has it within 1 s, however often it is read meanwhile (B keeps a page for a
    // moment, server/fresh.ts): its version moved in the database, not in A's memory. Once the
    // new page is served, the old one never is again.
    let fresh: Response | null = null;
    const reading = performance.now();
    let reads = 0;
    while (performance.now() - sent < 1000) {
      const res = await fetch(`${b.url}/api/cohorts/twins/members`, { headers: { ...auth(mentor), 'if-none-match': etag } });
      reads++;
      if (res.status === 200) {
        fresh = res;
        break;
      }
      assert.equal(res.status, 304);
    }
    assert.ok(fresh, `B still served the board as before the push ${Math.round(performance.now() - sent)} ms after it (${reads} reads since ${Math.round(reading - sent)} ms)`);
    const newEtag = fresh.headers.get('etag');
    assert.notEqual(newEtag, etag);
    const mo = ((await fresh.json()) as { members: { handle: string; summary: { work: { items: number } } | null }[] }).members.find((x) => x.handle === 'mo');
    assert.equal(mo?.summary?.work.items, 3);
    for (let i = 0; i < 20; i++) {
      const again = await fetch(`${b.url}/api/cohorts/twins/members`, { headers: { ...auth(mentor), 'if-none-match': etag } });
      assert.equal(again.status, 200, 'the page from before the push came back');
      await again.arrayBuffer();
    }

    // A token B has checked and kept, revoked through A: B refuses it within 1 s.
    assert.equal((await fetch(`${b.url}/api/cohorts/twins/members`, { headers: auth(extra) })).status, 200);
    const revoke = await fetch(`${a.url}/api/tokens/${extraId}`, { method: 'DELETE', headers: auth(extra) });
    assert.equal(revoke.status, 200, await revoke.clone().text());
    const revokedAt = performance.now();
    let refused = false;
    while (performance.now() - revokedAt < 1000) {
      const res = await fetch(`${b.url}/api/cohorts/twins/members`, { headers: auth(extra) });
      await res.arrayBuffer();
      if (res.status === 401) {
        refused = true;
        break;
      }
      assert.equal(res.status, 200);
    }
    assert.ok(refused, 'B still took a token revoked through A 1 s later');

    // A comment made through B is the member's news through A.
    const comment = await fetch(`${b.url}/api/cohorts/twins/members/mo/items/mo0/comments`, { method: 'POST', headers: { ...auth(mentor), 'content-type': 'application/json' }, body: JSON.stringify({ body: 'Skim chapter 2.' }) });
    assert.equal(comment.status, 201);
    const news = (await (await fetch(`${a.url}/api/cohorts/twins/comments/new`, { headers: auth(member) })).json()) as { comments: { body: string }[] };
    assert.deepEqual(news.comments.map((x) => x.body), ['Skim chapter 2.']);

    // A browser session started on A is good on B.
    const login = await fetch(`${a.url}/login`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'handle=tess&password=a+long+enough+password&next=%2Fc%2Ftwins' });
    assert.equal(login.status, 303);
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const page = await fetch(`${b.url}/c/twins`, { headers: { cookie }, redirect: 'manual' });
    assert.equal(page.status, 200);
    assert.match(await page.text(), /Mo/);

    // Failed sign-ins on A count on B.
    for (let i = 0; i < 5; i++) {
      const r = await fetch(`${a.url}/login`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'handle=mo&password=wrong-wrong-wrong' });
      assert.equal(r.status, 401);
    }
    const limited = await fetch(`${b.url}/login`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'handle=mo&password=wrong-wrong-wrong' });
    assert.equal(limited.status, 429);
  } finally {
    await Promise.all(hubs.map((h) => h.stop()));
  }
});

test('the CLI on PostgreSQL: hub token, push (public items only), comments and pull against a hub process on DATABASE_URL', async (t) => {
  if (!need(t, pg.need)) return;
  const url = await pg.database();
  const dir = mkdtempSync(join(tmpdir(), 'waymark-hub-pg-cli-'));
  const notes = join(dir, 'notes');
  mkdirSync(notes);
  writeFileSync(join(notes, 'reading.md'), '# Reading\n\n- [x] Designing Data-Intensive Applications\n- [ ] Database Internals\n- [ ] Therapy workbook #private\n');
  const run = async (argv: string[], cwd = dir): Promise<{ code: number; stdout: string; stderr: string }> => {
    let stdout = '';
    let stderr = '';
    const ctx: CliContext = {
      stdout: { write: (x: string) => (stdout += x), isTTY: false },
      stderr: { write: (x: string) => (stderr += x), isTTY: false },
      cwd, env: { NO_COLOR: '1', TZ: 'UTC', DATABASE_URL: url, XDG_CONFIG_HOME: join(dir, 'config') }, now: () => new Date('2026-12-04T10:00:00Z'), color: false,
    };
    return { code: await main(argv, ctx), stdout, stderr };
  };
  const owner = await run(['hub', 'token', '--cohort', 'pg-group', '--user', 'olga', '--role', 'owner']);
  assert.equal(owner.code, 0, owner.stderr);
  const member = await run(['hub', 'token', '--cohort', 'pg-group', '--user', 'mia']);
  assert.equal(member.code, 0, member.stderr);
  const ownerToken = owner.stdout.trim().split('\n').at(-1)!;
  const memberToken = member.stdout.trim().split('\n').at(-1)!;
  const hub = await spawnHub(url);
  try {
    writeFileSync(join(notes, 'waymark.json'), JSON.stringify({ hub: { url: hub.url } }) + '\n');
    const pushed = await run(['push', '--token', memberToken, 'notes']);
    assert.equal(pushed.code, 0, pushed.stderr);
    assert.match(pushed.stdout, /pushed 2 items/);
    assert.match((await run(['push', 'notes'])).stdout, /nothing new/);
    const auth = { authorization: `Bearer ${ownerToken}` };
    const items = (await (await fetch(`${hub.url}/api/cohorts/pg-group/members/mia/items`, { headers: auth })).json()) as { items: { id: string; title: string }[] };
    assert.deepEqual(items.items.map((i) => i.title).sort(), ['Database Internals', 'Designing Data-Intensive Applications']);
    const res = await fetch(`${hub.url}/api/cohorts/pg-group/members/mia/items/${items.items[0]!.id}/comments`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ body: 'Chapter 9 first.' }) });
    assert.equal(res.status, 201);
    assert.match((await run(['comments', 'notes'])).stdout, /olga on "[^"]+":\n {2}Chapter 9 first\./);
    const session = await fetch(`${hub.url}/api/cohorts/pg-group/sessions`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ day: '2026-12-10', title: 'Raft' }) });
    assert.equal(session.status, 201);
    assert.match((await run(['pull', 'notes'])).stdout, /added 1 session to reading-group\.md/);
    assert.match(readFileSync(join(notes, 'reading-group.md'), 'utf8'), /^- \[ \] Raft — due 2026-12-10/m);
  } finally {
    await hub.stop();
  }
});
