// The hub's API, proven route by route: an authorization matrix (every route with each role,
// no token, a bad token, a revoked token and another cohort's token), sign-in and CSRF, and
// bad input that gets a clear 4xx and changes nothing. Run on PGlite and on PostgreSQL (app.test.ts).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Hono } from 'hono';
import { samplePush } from '../store/store.contract.js';
import type { HubStore } from '../store/store.js';
import { createHubApp } from './app.js';
import type { HubEnv } from './auth.js';
import { MAX_PUSH_ITEMS } from './schemas.js';

type Who = 'none' | 'bad' | 'revoked' | 'other' | 'member' | 'mentor' | 'owner';
const WHO: Who[] = ['none', 'bad', 'revoked', 'other', 'member', 'mentor', 'owner'];

interface Fixture {
  app: Hono<HubEnv>;
  store: HubStore;
  tokens: Record<Who, string | null>;
}

const UNAUTH = { none: 401, bad: 401, revoked: 401 } as const;

/** Runs `check` until it passes, for at most `ms`: what a hub may take to show a change. */
export async function within<T>(ms: number, check: () => Promise<T>): Promise<T> {
  const end = performance.now() + ms;
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (performance.now() >= end) throw err;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

export function hubApiContract(name: string, open: () => Promise<HubStore>, opts: { skip?: string | false } = {}): void {
  void describe(`hub API: ${name}`, { skip: opts.skip ?? false }, () => {
    const f = {} as Fixture;
    before(async () => {
      f.store = await open();
      f.app = createHubApp({ store: f.store });
      const a = await f.store.ensureCohort('alpha', 'Alpha group');
      const b = await f.store.ensureCohort('beta', 'Beta group');
      const mk = async (handle: string, cohort: number, role: 'owner' | 'mentor' | 'member') => {
        const u = await f.store.ensureUser(handle, handle.toUpperCase());
        await f.store.setRole(cohort, u.id, role);
        return { u, t: (await f.store.createToken(u.id, cohort)).token };
      };
      const owner = await mk('olga', a.id, 'owner');
      const mentor = await mk('teo', a.id, 'mentor');
      const member = await mk('mia', a.id, 'member');
      const other = await mk('xavi', b.id, 'member');
      const m2 = await mk('max', a.id, 'member');
      const revoked = await f.store.createToken(m2.u.id, a.id);
      await f.store.revokeToken(m2.u.id, revoked.id);
      await f.store.push(a.id, m2.u.id, samplePush(2, 'max'));
      await f.store.push(b.id, other.u.id, samplePush(2, 'xavi'));
      f.tokens = { none: null, bad: 'wmh_not-a-real-token-at-all', revoked: revoked.token, other: other.t, member: member.t, mentor: mentor.t, owner: owner.t };
    });
    after(async () => {
      await f.store?.close();
    });

    const call = async (who: Who, method: string, path: string, body?: unknown): Promise<Response> => {
      const headers: Record<string, string> = {};
      const t = f.tokens[who];
      if (t) headers.authorization = `Bearer ${t}`;
      if (body !== undefined) headers['content-type'] = 'application/json';
      return f.app.request(path, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
    };

    // Each row: the route, and the status each caller gets.
    const readAll = { ...UNAUTH, other: 404, member: 200, mentor: 200, owner: 200 };
    const mentorsOnly = { ...UNAUTH, other: 404, member: 403, mentor: 200, owner: 200 };
    const ownerOnly = (ok: number) => ({ ...UNAUTH, other: 404, member: 403, mentor: 403, owner: ok });
    const anyone = { ...UNAUTH, other: 200, member: 200, mentor: 200, owner: 200 };
    const MATRIX: { route: string; method: string; path: string | (() => Promise<string>); body?: unknown; want: Record<Who, number> }[] = [
      { route: 'me', method: 'GET', path: '/api/me', want: anyone },
      { route: 'list tokens', method: 'GET', path: '/api/tokens', want: anyone },
      { route: 'make a token (browser only)', method: 'POST', path: '/api/tokens', body: { cohort: 'alpha' }, want: { ...UNAUTH, other: 403, member: 403, mentor: 403, owner: 403 } },
      { route: 'revoke an unknown token', method: 'DELETE', path: '/api/tokens/999999', want: { ...UNAUTH, other: 404, member: 404, mentor: 404, owner: 404 } },
      { route: 'push state', method: 'GET', path: '/api/push', want: anyone },
      { route: 'push', method: 'POST', path: '/api/push', body: samplePush(2, 'p'), want: anyone },
      { route: 'board', method: 'GET', path: '/api/cohorts/alpha/members', want: readAll },
      { route: 'another cohort\'s board', method: 'GET', path: '/api/cohorts/beta/members', want: { ...UNAUTH, other: 200, member: 404, mentor: 404, owner: 404 } },
      { route: 'a board page', method: 'GET', path: '/api/cohorts/alpha/members?after=max&limit=2', want: readAll },
      { route: 'a bad board page', method: 'GET', path: '/api/cohorts/alpha/members?limit=0', want: { ...readAll, member: 400, mentor: 400, owner: 400 } },
      { route: 'one member\'s board line', method: 'GET', path: '/api/cohorts/alpha/members/max', want: readAll },
      { route: 'a member of another cohort\'s line', method: 'GET', path: '/api/cohorts/alpha/members/xavi', want: { ...UNAUTH, other: 404, member: 404, mentor: 404, owner: 404 } },
      { route: 'an unknown cohort', method: 'GET', path: '/api/cohorts/nope/members', want: { ...UNAUTH, other: 404, member: 404, mentor: 404, owner: 404 } },
      { route: 'another member\'s items', method: 'GET', path: '/api/cohorts/alpha/members/max/items', want: mentorsOnly },
      { route: 'one\'s own items', method: 'GET', path: '/api/cohorts/alpha/members/mia/items', want: readAll },
      { route: 'a member of another cohort', method: 'GET', path: '/api/cohorts/alpha/members/xavi/items', want: { ...UNAUTH, other: 404, member: 404, mentor: 404, owner: 404 } },
      { route: 'comments on another member\'s items', method: 'GET', path: '/api/cohorts/alpha/members/max/comments', want: mentorsOnly },
      { route: 'comment on another member\'s item', method: 'POST', path: '/api/cohorts/alpha/members/max/items/max0/comments', body: { body: 'Good start.' }, want: { ...mentorsOnly, mentor: 201, owner: 201 } },
      { route: 'comment on one\'s own item', method: 'POST', path: '/api/cohorts/alpha/members/mia/items/p0/comments', body: { body: 'A note to self.' }, want: { ...readAll, member: 201, mentor: 201, owner: 201 } },
      { route: 'new comments', method: 'GET', path: '/api/cohorts/alpha/comments/new', want: readAll },
      { route: 'mark comments seen', method: 'POST', path: '/api/cohorts/alpha/comments/seen', body: { upTo: 0 }, want: readAll },
      { route: 'the schedule', method: 'GET', path: '/api/cohorts/alpha/sessions', want: readAll },
      { route: 'add a session', method: 'POST', path: '/api/cohorts/alpha/sessions', body: { day: '2026-12-10', title: 'Raft' }, want: ownerOnly(201) },
      {
        route: 'remove a session', method: 'DELETE', want: ownerOnly(200),
        path: async () => {
          const a = (await f.store.cohort('alpha'))!;
          return `/api/cohorts/alpha/sessions/${(await f.store.addSession(a.id, { day: '2026-12-11', title: 'x', link: null, presenter: null })).id}`;
        },
      },
      { route: 'invite', method: 'POST', path: '/api/cohorts/alpha/invites', body: { role: 'member' }, want: ownerOnly(201) },
      { route: 'live updates', method: 'GET', path: '/api/cohorts/alpha/live', want: { ...readAll, member: 503, mentor: 503, owner: 503 } },
    ];

    void test('authorization matrix: every route, every caller', async () => {
      const wrong: string[] = [];
      for (const row of MATRIX) {
        for (const who of WHO) {
          const path = typeof row.path === 'string' ? row.path : await row.path();
          const res = await call(who, row.method, path, row.body);
          if (res.status !== row.want[who]) wrong.push(`${row.route} as ${who}: ${res.status} (want ${row.want[who]}) ${await res.text()}`);
          else if (res.status >= 400) {
            const body = (await res.json()) as { error?: { message?: string } };
            if (!body.error?.message) wrong.push(`${row.route} as ${who}: ${res.status} without a message`);
          }
        }
      }
      assert.deepEqual(wrong, []);
    });

    void test('nothing of cohort B reaches a member of cohort A, even by a B item\'s id', async () => {
      const board = (await (await call('owner', 'GET', '/api/cohorts/alpha/members')).json()) as { members: { handle: string }[] };
      assert.ok(!board.members.some((m) => m.handle === 'xavi'));
      const text = JSON.stringify(board);
      assert.ok(!text.includes('xavi') && !text.includes('Beta'));
      const res = await call('owner', 'POST', '/api/cohorts/beta/members/xavi/items/xavi0/comments', { body: 'hi' });
      assert.equal(res.status, 404);
      const b = (await f.store.cohort('beta'))!;
      const x = (await f.store.user('xavi'))!;
      assert.deepEqual(await f.store.comments(b.id, x.id), []);
    });

    void test('a push twice is one push; the board shows it', async () => {
      const p = samplePush(4, 'twice');
      const r1 = (await (await call('member', 'POST', '/api/push', p)).json()) as { changed: boolean };
      const r2 = (await (await call('member', 'POST', '/api/push', p)).json()) as { changed: boolean };
      assert.equal(r1.changed, true);
      assert.equal(r2.changed, false);
      // The board's JSON is kept for a moment (server/fresh.ts); the push is on it within 1 s.
      await within(1000, async () => {
        const board = (await (await call('mentor', 'GET', '/api/cohorts/alpha/members')).json()) as { members: { handle: string; summary: { work: { items: number } } | null }[] };
        assert.equal(board.members.find((m) => m.handle === 'mia')?.summary?.work.items, 4);
      });
    });

    void test('the board: pages that walk every member once, a 304 until it changes, a member\'s line in full', async () => {
      type Page = { members: { handle: string; summary: { tracks: unknown[] } | null; tracksTotal?: number }[]; next: string | null; total: number };
      const handles: string[] = [];
      let path = '/api/cohorts/alpha/members?limit=2';
      for (;;) {
        const page = (await (await call('member', 'GET', path)).json()) as Page;
        assert.ok(page.members.length <= 2);
        handles.push(...page.members.map((m) => m.handle));
        if (!page.next) break;
        path = `/api/cohorts/alpha/members?limit=2&after=${page.next}`;
      }
      const all = (await (await call('member', 'GET', '/api/cohorts/alpha/members')).json()) as Page;
      assert.deepEqual(handles, all.members.map((m) => m.handle));
      assert.equal(all.total, handles.length);
      assert.equal(new Set(handles).size, handles.length);

      const first = await call('member', 'GET', '/api/cohorts/alpha/members');
      const etag = first.headers.get('etag');
      assert.ok(etag);
      const again = await f.app.request('/api/cohorts/alpha/members', { headers: { authorization: `Bearer ${f.tokens.mentor!}`, 'if-none-match': etag } });
      assert.equal(again.status, 304, 'unchanged: the same ETag for every member of the cohort');
      assert.equal(await again.text(), '');
      const manyTracks = samplePush(3, 'tracks');
      manyTracks.summary.tracks = Array.from({ length: 9 }, (_, i) => ({ name: `T${i}`, items: 1, done: 0 }));
      assert.equal((await call('member', 'POST', '/api/push', manyTracks)).status, 200);
      const changed = await within(1000, async () => {
        const res = await f.app.request('/api/cohorts/alpha/members', { headers: { authorization: `Bearer ${f.tokens.mentor!}`, 'if-none-match': etag } });
        assert.equal(res.status, 200, 'a push changes the board');
        return res;
      });
      assert.notEqual(changed.headers.get('etag'), etag);
      const mia = ((await changed.json()) as Page).members.find((m) => m.handle === 'mia')!;
      assert.equal(mia.summary?.tracks.length, 6, 'a board line lists the first tracks');
      assert.equal(mia.tracksTotal, 9);
      const line = (await (await call('owner', 'GET', '/api/cohorts/alpha/members/mia')).json()) as { member: { summary: { tracks: unknown[] } } };
      assert.equal(line.member.summary.tracks.length, 9, 'a member\'s own line has them all');
    });

    void test('bad input: a 4xx with a clear message, and nothing changes', async () => {
      const a = (await f.store.cohort('alpha'))!;
      const mia = (await f.store.user('mia'))!;
      await call('member', 'POST', '/api/push', samplePush(3, 'keep'));
      const before = await f.store.items(a.id, mia.id);
      const raw = (body: string, type = 'application/json') => f.app.request('/api/push', { method: 'POST', headers: { authorization: `Bearer ${f.tokens.member}`, 'content-type': type }, body });
      const cases: [string, Response, number, RegExp][] = [
        ['malformed JSON', await raw('{"schema": '), 400, /not valid JSON/],
        ['an unknown field', await call('member', 'POST', '/api/push', { ...samplePush(1), extra: 1 }), 400, /unknown field "extra"/],
        ['an unknown item field', await call('member', 'POST', '/api/push', { ...samplePush(1), items: [{ ...samplePush(1).items[0], secret: 'x' }] }), 400, /items\.0: unknown field "secret"/],
        ['a wrong schema', await call('member', 'POST', '/api/push', { ...samplePush(1), schema: 'other' }), 400, /schema/],
        ['a bad status', await call('member', 'POST', '/api/push', { ...samplePush(1), items: [{ ...samplePush(1).items[0], status: 'nearly' }] }), 400, /items\.0\.status/],
        ['oversized (17 MB)', await raw(`{"pad":"${'x'.repeat(17 * 1024 * 1024)}"}`), 413, /over/],
      ];
      const many = samplePush(1);
      many.items = Array.from({ length: 100_000 }, (_, i) => ({ ...many.items[0]!, id: `i${i}`, title: 'x' }));
      many.events = [];
      const body = JSON.stringify(many);
      cases.push([`a push of 100,000 items (${(body.length / 1e6).toFixed(1)} MB)`, await raw(body), body.length > 16 * 1024 * 1024 ? 413 : 400, body.length > 16 * 1024 * 1024 ? /over/ : new RegExp(`at most ${MAX_PUSH_ITEMS.toLocaleString('en-US')} items`)]);
      cases.push(['a comment too long', await call('member', 'POST', '/api/cohorts/alpha/members/mia/items/keep0/comments', { body: 'x'.repeat(6000) }), 400, /at most 5000/]);
      cases.push(['a session without a title', await call('owner', 'POST', '/api/cohorts/alpha/sessions', { day: '2026-12-10', title: '' }), 400, /title/]);
      cases.push(['a session with a javascript: link', await call('owner', 'POST', '/api/cohorts/alpha/sessions', { day: '2026-12-10', title: 'x', link: 'javascript:alert(1)' }), 400, /link/]);
      const wrong: string[] = [];
      for (const [what, res, status, msg] of cases) {
        const raw = await res.text();
        let text = raw;
        try {
          text = (JSON.parse(raw) as { error: { message: string } }).error.message;
        } catch {
          // Not JSON: the text itself.
        }
        if (res.status !== status || !msg.test(text)) wrong.push(`${what}: ${res.status} ${text.slice(0, 200)}`);
      }
      assert.deepEqual(wrong, []);
      assert.deepEqual(await f.store.items(a.id, mia.id), before);
      assert.equal((await f.store.sessions(a.id)).filter((s) => s.day === '2026-12-10' && s.title !== 'Raft').length, 0);
    });

    void test('titles full of HTML render inert on the board and the member page', async () => {
      const evil = '<img src=x onerror=alert(1)><script>alert(2)</script>';
      const p = samplePush(1, 'evil');
      p.items[0]!.title = evil;
      p.summary.doing = [evil];
      p.summary.tracks = [{ name: evil, items: 1, done: 0 }];
      await call('member', 'POST', '/api/push', p);
      const { cookie } = await signIn(f, 'teo');
      for (const path of ['/c/alpha', '/c/alpha/m/mia']) {
        const html = await (await f.app.request(path, { headers: { cookie } })).text();
        assert.ok(!html.includes('<img src=x') && !html.includes('<script>alert'), `${path} keeps the markup inert`);
        assert.ok(html.includes('&#60;img src=x onerror=alert(1)&#62;'), `${path} shows the title as text`);
      }
    });

    void test('sign-in: argon2id, cookie flags, CSRF on every form, a rate limit', async () => {
      const owner = (await f.store.user('olga'))!;
      const a = (await f.store.cohort('alpha'))!;
      const code = await f.store.createInvite(a.id, 'member', owner.id);
      const join = await f.app.request(`/join/${code}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'handle=nina&name=Nina&password=correct-horse-battery' });
      assert.equal(join.status, 303);
      const setCookie = join.headers.get('set-cookie') ?? '';
      assert.match(setCookie, /HttpOnly/);
      assert.match(setCookie, /SameSite=Lax/);
      assert.doesNotMatch(setCookie, /Secure/);
      assert.match((await f.store.user('nina'))!.passwordHash ?? '', /^\$argon2id\$/);
      const cookie = setCookie.split(';')[0]!;
      const page = await (await f.app.request('/c/alpha', { headers: { cookie } })).text();
      assert.match(page, /NINA|Nina/);
      // A form without the CSRF token is refused, and changes nothing.
      const noCsrf = await f.app.request('/c/alpha/m/nina/items/x/comments', { method: 'POST', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: 'body=hi' });
      assert.equal(noCsrf.status, 403);
      const nina = (await f.store.user('nina'))!;
      assert.deepEqual(await f.store.comments(a.id, nina.id), []);
      const csrf = /name="_csrf" value="([^"]+)"/.exec(page)![1]!;
      const withCsrf = await f.app.request('/c/alpha/m/nina/items/x/comments', { method: 'POST', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: `_csrf=${encodeURIComponent(csrf)}&body=hi` });
      assert.equal(withCsrf.status, 303);
      const apiNoCsrf = await f.app.request('/api/cohorts/alpha/sessions', { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: '{"day":"2026-12-01","title":"x"}' });
      assert.equal(apiNoCsrf.status, 403);
      // Behind https (a proxy that says so, when trusted) the cookie is Secure.
      const secureApp = createHubApp({ store: f.store, trustProxy: true });
      const login = await secureApp.request('/login', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-proto': 'https' }, body: 'handle=nina&password=correct-horse-battery' });
      assert.equal(login.status, 303);
      assert.match(login.headers.get('set-cookie') ?? '', /Secure/);
      // Five wrong passwords, then even the right one waits.
      for (let i = 0; i < 5; i++) {
        const r = await f.app.request('/login', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'handle=nina&password=wrong-password' });
        assert.equal(r.status, 401);
      }
      const blocked = await f.app.request('/login', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'handle=nina&password=correct-horse-battery' });
      assert.equal(blocked.status, 429);
      // A used invite does not work twice.
      const again = await f.app.request(`/join/${code}`);
      assert.equal(again.status, 404);
    });

    void test('tokens: a signed-in person makes, lists and revokes them; a revoked one stops at once', async () => {
      const { cookie, csrf } = await signIn(f, 'teo');
      const made = await f.app.request('/api/tokens', { method: 'POST', headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' }, body: '{"cohort":"alpha","label":"laptop"}' });
      assert.equal(made.status, 201);
      const { id, token } = (await made.json()) as { id: number; token: string };
      const me = await f.app.request('/api/me', { headers: { authorization: `Bearer ${token}` } });
      assert.equal(me.status, 200);
      const list = (await (await f.app.request('/api/tokens', { headers: { cookie } })).json()) as { tokens: { id: number; label: string }[] };
      assert.ok(list.tokens.some((t) => t.id === id && t.label === 'laptop'));
      assert.ok(!JSON.stringify(list).includes(token), 'a token is shown once, never listed');
      const del = await f.app.request(`/api/tokens/${id}`, { method: 'DELETE', headers: { cookie, 'x-csrf-token': csrf } });
      assert.equal(del.status, 200);
      assert.equal((await f.app.request('/api/me', { headers: { authorization: `Bearer ${token}` } })).status, 401);
    });
  });
}

/** Gives a user a password and signs them in; the cookie header and the page's CSRF token. */
async function signIn(f: Fixture, handle: string): Promise<{ cookie: string; csrf: string }> {
  const { hashPassword } = await import('./passwords.js');
  const u = (await f.store.user(handle))!;
  await f.store.setPasswordHash(u.id, await hashPassword('a long enough password'));
  const res = await f.app.request('/login', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `handle=${handle}&password=a+long+enough+password` });
  assert.equal(res.status, 303, `${handle} signs in`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  const page = await (await f.app.request('/c/alpha', { headers: { cookie } })).text();
  return { cookie, csrf: /name="_csrf" value="([^"]+)"/.exec(page)![1]! };
}
