// The hub store's contract: one suite, run against every database the hub supports
// (store.test.ts runs it on PGlite and on a PostgreSQL server).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { PUSH_SCHEMA, type PushPayload } from '../../core/hub/push.js';
import type { Change, HubStore } from './store.js';

export interface ContractClock {
  now: Date;
}

/** A small push: `n` items, one of them under way, and one event per item. */
export function samplePush(n: number, tag = 'a'): PushPayload {
  const items = Array.from({ length: n }, (_, i) => ({
    id: `${tag}${i}`, title: `Chapter ${i + 1}`, kind: 'book' as const, status: i === 0 ? 'doing' as const : 'todo' as const,
    progress: null, estimateHours: 2, track: 'Books', parent: null, due: null, links: [],
  }));
  return {
    schema: PUSH_SCHEMA,
    summary: {
      today: '2026-12-04', tracks: [{ name: 'Books', items: n, done: 0 }], work: { items: n, done: 0, totalHours: 2 * n, doneHours: 0 },
      week: { start: '2026-11-30', hours: 3, budget: 10 }, streak: { current: 2, longest: 5 }, finish: '2027-01-10', verdict: 'On track.', doing: ['Chapter 1'],
    },
    items,
    events: items.map((it, i) => ({
      key: `2026-12-0${1 + (i % 3)}T10:00:00.000Z|${it.id}|status|doing|||`, at: `2026-12-0${1 + (i % 3)}T10:00:00.000Z`, day: '2026-12-01',
      itemId: it.id, kind: 'status', toStatus: 'doing' as const, toDone: null, total: null, hours: null,
    })),
  };
}

export function hubStoreContract(name: string, open: (clock: ContractClock) => Promise<HubStore>, opts: { skip?: string | false } = {}): void {
  void describe(`hub store contract: ${name}`, { skip: opts.skip ?? false }, () => {
    const clock: ContractClock = { now: new Date('2026-12-04T12:00:00Z') };
    let store: HubStore;
    before(async () => {
      store = await open(clock);
    });
    after(async () => {
      await store?.close();
    });

    void test('cohorts and users are created once; roles are one per member', async () => {
      const c1 = await store.ensureCohort('reading-group', 'Reading group');
      const c2 = await store.ensureCohort('reading-group');
      assert.equal(c1.id, c2.id);
      assert.equal(c2.name, 'Reading group');
      const u = await store.ensureUser('ann', 'Ann');
      assert.equal((await store.ensureUser('ann')).id, u.id);
      assert.equal(await store.role(c1.id, u.id), null);
      await store.setRole(c1.id, u.id, 'member');
      await store.setRole(c1.id, u.id, 'mentor');
      assert.equal(await store.role(c1.id, u.id), 'mentor');
      assert.deepEqual((await store.cohortsOf(u.id)).map((c) => [c.slug, c.role]), [['reading-group', 'mentor']]);
    });

    void test('a token is stored as a hash, signs in until revoked, and is listed', async () => {
      const c = await store.ensureCohort('tokens');
      const u = await store.ensureUser('tok');
      await store.setRole(c.id, u.id, 'member');
      const { id, token } = await store.createToken(u.id, c.id, 'laptop');
      assert.match(token, /^wmh_[\w-]{20,}$/);
      const stored = await store.db.query<{ hash: string }>('SELECT hash FROM tokens WHERE id = $1', [id]);
      assert.notEqual(stored[0]!.hash, token);
      assert.ok(!stored[0]!.hash.includes(token));
      const p = await store.tokenPrincipal(token);
      assert.equal(p?.user.handle, 'tok');
      assert.equal(p?.cohortId, c.id);
      assert.equal(await store.tokenPrincipal(`${token}x`), null);
      const listed = await store.tokens(u.id);
      assert.equal(listed.length, 1);
      assert.equal(listed[0]!.label, 'laptop');
      assert.equal(listed[0]!.lastUsedAt, clock.now.toISOString());
      const other = await store.ensureUser('someone-else');
      assert.equal(await store.revokeToken(other.id, id), false, 'only the owner revokes a token');
      assert.equal(await store.revokeToken(u.id, id), true);
      assert.equal(await store.revokeToken(u.id, id), false);
      assert.equal(await store.tokenPrincipal(token), null);
      assert.ok((await store.tokens(u.id))[0]!.revokedAt);
    });

    void test('sessions expire; failed sign-ins are counted in a window', async () => {
      const u = await store.ensureUser('sess');
      const { cookie, csrf } = await store.createSession(u.id, 1);
      const p = await store.sessionPrincipal(cookie);
      assert.equal(p?.user.id, u.id);
      assert.equal(p?.csrf, csrf);
      clock.now = new Date(clock.now.getTime() + 2 * 86_400_000);
      assert.equal(await store.sessionPrincipal(cookie), null);
      const s2 = await store.createSession(u.id);
      await store.endSession(s2.cookie);
      assert.equal(await store.sessionPrincipal(s2.cookie), null);
      assert.equal(await store.failedLogin('ip:1|sess', 60_000), 1);
      assert.equal(await store.failedLogin('ip:1|sess', 60_000), 2);
      clock.now = new Date(clock.now.getTime() + 61_000);
      assert.equal(await store.failedLogins('ip:1|sess', 60_000), 0);
    });

    void test('an invite is used once, never lowers a role, and expires', async () => {
      const c = await store.ensureCohort('invites');
      const owner = await store.ensureUser('owner-i');
      await store.setRole(c.id, owner.id, 'owner');
      const code = await store.createInvite(c.id, 'member', owner.id);
      assert.equal((await store.invite(code))?.cohort.slug, 'invites');
      const joined = await store.acceptInvite(code, { handle: 'newbie', name: 'New Bie', passwordHash: 'x' });
      assert.equal(joined?.role, 'member');
      assert.equal(await store.acceptInvite(code, { handle: 'second', name: 'S', passwordHash: 'x' }), null, 'used up');
      const again = await store.createInvite(c.id, 'member', owner.id);
      assert.equal(await store.acceptInvite(again, { handle: 'newbie', name: 'Impostor', passwordHash: 'y' }), null, 'a taken handle');
      assert.ok(await store.invite(again), 'a failed join does not use the code');
      assert.equal((await store.acceptInvite(again, { existing: owner }))?.role, 'owner', 'an owner stays owner');
      const late = await store.createInvite(c.id, 'member', owner.id, { days: 1 });
      clock.now = new Date(clock.now.getTime() + 2 * 86_400_000);
      assert.equal(await store.invite(late), null);
    });

    void test('a push is stored; the same push twice changes nothing; events are kept by key', async () => {
      const c = await store.ensureCohort('push');
      const u = await store.ensureUser('pusher');
      await store.setRole(c.id, u.id, 'member');
      const seen: Change[] = [];
      const stop = await store.onChange((ch) => seen.push(ch));
      const first = await store.push(c.id, u.id, samplePush(3));
      assert.deepEqual(first, { changed: true, items: 3, eventsAdded: 3 });
      const before = await store.db.query('SELECT * FROM snapshots WHERE cohort_id = $1', [c.id]);
      clock.now = new Date(clock.now.getTime() + 60_000);
      assert.deepEqual(await store.push(c.id, u.id, samplePush(3)), { changed: false, items: 3, eventsAdded: 0 });
      assert.deepEqual(await store.db.query('SELECT * FROM snapshots WHERE cohort_id = $1', [c.id]), before, 'not even the time of the push moves');
      const fewer = samplePush(2);
      assert.deepEqual(await store.push(c.id, u.id, fewer), { changed: true, items: 2, eventsAdded: 0 });
      assert.deepEqual((await store.items(c.id, u.id)).map((i) => i.id).sort(), ['a0', 'a1']);
      assert.equal(await store.eventCount(c.id, u.id), 3, 'history is kept');
      assert.equal(await store.lastEventAt(c.id, u.id), '2026-12-03T10:00:00.000Z');
      const board = await store.board(c.id);
      assert.equal(board.members.length, 1);
      assert.equal(board.members[0]!.summary?.verdict, 'On track.');
      await new Promise((r) => setTimeout(r, 200));
      await stop();
      assert.ok(seen.filter((s) => s.what === 'push' && s.cohort === c.id).length >= 2, 'each change is announced');
    });

    void test('two pushes at once both land whole', async () => {
      const c = await store.ensureCohort('race');
      const u = await store.ensureUser('racer');
      await store.setRole(c.id, u.id, 'member');
      const rs = await Promise.all([store.push(c.id, u.id, samplePush(5, 'x')), store.push(c.id, u.id, samplePush(5, 'x'))]);
      assert.deepEqual(rs.map((r) => r.changed).sort(), [false, true]);
      assert.equal((await store.items(c.id, u.id)).length, 5);
    });

    void test('the board lists members without a push too, and nothing of another cohort', async () => {
      const a = await store.ensureCohort('board-a');
      const b = await store.ensureCohort('board-b');
      const x = await store.ensureUser('xena', 'Xena');
      const y = await store.ensureUser('yuri', 'Yuri');
      await store.setRole(a.id, x.id, 'member');
      await store.setRole(b.id, y.id, 'member');
      await store.push(b.id, y.id, samplePush(1, 'y'));
      assert.deepEqual((await store.board(a.id)).members.map((m) => [m.handle, m.summary]), [['xena', null]]);
      assert.deepEqual((await store.board(b.id)).members.map((m) => m.handle), ['yuri']);
      assert.deepEqual(await store.items(a.id, y.id), []);
      assert.equal((await store.boardMember(a.id, y.id)), null, 'not in that cohort');
      assert.equal((await store.boardMember(b.id, y.id))?.summary?.work.items, 1);
    });

    void test('the board pages by name, then handle; each change to it moves its version', async () => {
      const c = await store.ensureCohort('pages');
      const version = async () => (await store.cohortAndRole('pages', 0))!.boardVersion;
      const v0 = await version();
      const names = ['Cy', 'Ann', 'Bo', 'Ann', 'Di'];
      const ids: number[] = [];
      for (const [i, n] of names.entries()) {
        const u = await store.ensureUser(`p${i}`, n);
        await store.setRole(c.id, u.id, 'member');
        ids.push(u.id);
      }
      const v1 = await version();
      assert.ok(BigInt(v1) > BigInt(v0), 'joining moves it');
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const page = await store.board(c.id, { after, limit: 2 });
        assert.equal(page.total, 5);
        assert.ok(page.members.length <= 2);
        seen.push(...page.members.map((m) => `${m.name}/${m.handle}`));
        after = page.next;
        pages++;
      } while (after !== null);
      assert.equal(pages, 3);
      assert.deepEqual(seen, ['Ann/p1', 'Ann/p3', 'Bo/p2', 'Cy/p0', 'Di/p4']);
      await store.push(c.id, ids[0]!, samplePush(2, 'pg'));
      const v2 = await version();
      assert.ok(BigInt(v2) > BigInt(v1), 'a push moves it');
      await store.push(c.id, ids[0]!, samplePush(2, 'pg'));
      assert.equal(await version(), v2, 'the same push again does not');
      await store.addComment(c.id, ids[0]!, 'pg0', ids[1]!, 'hi');
      assert.equal(await version(), v2, 'a comment is not on the board');
    });

    void test('the reading schedule is kept in date order', async () => {
      const c = await store.ensureCohort('schedule');
      const s2 = await store.addSession(c.id, { day: '2026-12-17', title: 'Raft', link: 'https://raft.github.io/raft.pdf', presenter: 'ann' });
      await store.addSession(c.id, { day: '2026-12-10', title: 'Paxos Made Simple', link: null, presenter: null });
      assert.deepEqual((await store.sessions(c.id)).map((s) => s.title), ['Paxos Made Simple', 'Raft']);
      // Attendance: a member's pushed item titled as the session (as `waymark pull` writes it).
      const u = await store.ensureUser('reader-s');
      await store.setRole(c.id, u.id, 'member');
      const p = samplePush(2, 's');
      p.items[0]!.title = 'raft (presented by ann)';
      p.items[0]!.status = 'done';
      await store.push(c.id, u.id, p);
      const att = await store.attendance(c.id);
      assert.deepEqual(att.get(s2.id), [{ handle: 'reader-s', status: 'done' }]);
      assert.equal(att.size, 1);
      assert.equal(await store.removeSession(c.id, s2.id), true);
      assert.equal(await store.removeSession(c.id, s2.id), false);
      const other = await store.ensureCohort('schedule-other');
      assert.deepEqual(await store.sessions(other.id), []);
    });

    void test('comments: on an item, unseen until marked seen, never one\'s own', async () => {
      const c = await store.ensureCohort('comments');
      const m = await store.ensureUser('mentee');
      const t = await store.ensureUser('mentor-c');
      await store.setRole(c.id, m.id, 'member');
      await store.setRole(c.id, t.id, 'mentor');
      await store.push(c.id, m.id, samplePush(2, 'm'));
      const c1 = await store.addComment(c.id, m.id, 'm0', t.id, 'Read chapter 2 first.');
      await store.addComment(c.id, m.id, 'm0', m.id, 'Thanks!');
      await store.addComment(c.id, m.id, 'm1', t.id, 'Nice.');
      assert.equal(c1.itemTitle, 'Chapter 1');
      assert.deepEqual((await store.comments(c.id, m.id, 'm0')).map((x) => [x.author, x.body]), [['mentor-c', 'Read chapter 2 first.'], ['mentee', 'Thanks!']]);
      const unseen = await store.unseenComments(c.id, m.id);
      assert.equal(unseen.length, 2);
      await store.markCommentsSeen(c.id, m.id, unseen[0]!.id);
      assert.equal((await store.unseenComments(c.id, m.id)).length, 1);
      await store.markCommentsSeen(c.id, m.id, unseen[1]!.id);
      await store.markCommentsSeen(c.id, m.id, unseen[0]!.id);
      assert.equal((await store.unseenComments(c.id, m.id)).length, 0, 'marking never goes back');
    });
  });
}
