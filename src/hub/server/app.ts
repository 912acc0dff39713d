// The hub's HTTP app (hono): the JSON API the CLI and pages use, and the server-rendered
// pages a browser signs in to. Every route asks `cohortAccess` who may see what; one error
// handler answers JSON (API) or a short page.
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import { HttpError, toErrorResponse } from '../../server/errors.js';
import type { HubStore } from '../store/store.js';
import type { Role } from '../store/types.js';
import {
  checkCsrf, cohortAccess, endSessionCookie, isHttps, loginKey, LOGIN_LIMIT, LOGIN_WINDOW_MS, needRole, requirePrincipal, resolvePrincipal, startSession, type HubEnv,
} from './auth.js';
import { BOARD_PAGE_HTML, BoardCache, boardQuery, etagMatches } from './board.js';
import { CohortVersions, TokenCache } from './fresh.js';
import type { LiveChanges } from './live.js';
import { boardPage, esc, homePage, invitePage, joinPage, LIVE_SCRIPT, loginPage, memberPage, type PageUser } from './pages.js';
import { checkPassword, hashPassword, MIN_PASSWORD } from './passwords.js';
import { CommentSchema, firstIssue, HANDLE, InviteSchema, MAX_PUSH_BYTES, PushSchema, SeenSchema, SessionSchema, TokenSchema } from './schemas.js';

export interface HubAppOptions {
  store: HubStore;
  /** Live updates across processes; without it the live route says so. */
  live?: LiveChanges | null;
  /** The address people reach the hub at, for invite links (default: the request's origin). */
  publicUrl?: string | null;
  /** Believe X-Forwarded-Proto/-For from a proxy in front (behind a load balancer). */
  trustProxy?: boolean;
}

const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

const SMALL_BODY = 64 * 1024;

export function createHubApp(opts: HubAppOptions): Hono<HubEnv> {
  const { store } = opts;
  const trustProxy = opts.trustProxy ?? false;
  const app = new Hono<HubEnv>();
  const secure = (c: Context): boolean => isHttps(c, trustProxy);
  const origin = (c: Context): string => opts.publicUrl?.replace(/\/$/, '') ?? new URL(c.req.url).origin;

  app.onError((err, c) => {
    const { status, body } = toErrorResponse(err);
    if (status >= 500 && !(err instanceof HttpError)) console.error(err);
    if (c.req.path.startsWith('/api/')) return c.json(body, status);
    return c.html(`<!doctype html><meta charset="utf-8"><title>${status}</title><p>${esc(body.error.message)}</p><p><a href="/">Back</a></p>`, status);
  });
  app.notFound((c) => {
    if (c.req.path.startsWith('/api/')) return c.json({ error: { code: 'E_NOT_FOUND', message: `no such route: ${c.req.method} ${c.req.path}` } }, 404);
    return c.html('<!doctype html><meta charset="utf-8"><title>Not found</title><p>Not found. <a href="/">Back</a></p>', 404);
  });

  // How long the hub took over an API answer (Server-Timing), so a client's wait can be split
  // into the hub's work and the queues before it. Not on the live stream, whose answer stays open.
  app.use('/api/*', async (c, next) => {
    const started = performance.now();
    await next();
    if (!c.req.path.endsWith('/live')) c.res.headers.set('Server-Timing', `app;dur=${(performance.now() - started).toFixed(1)}`);
  });
  app.use('*', async (c, next) => {
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'same-origin');
    c.header('X-Frame-Options', 'DENY');
    c.header('Content-Security-Policy', CSP);
    c.header('Cache-Control', 'no-store');
    await next();
  });
  // The push route takes a roadmap; everything else is small.
  const limit = (max: number): MiddlewareHandler<HubEnv> =>
    bodyLimit({ maxSize: max, onError: () => { throw new HttpError(413, 'E_TOO_LARGE', `request body over ${Math.round(max / 1024)} KB`); } });
  const pushLimit = limit(MAX_PUSH_BYTES);
  const smallLimit = limit(SMALL_BODY);
  // A GET or HEAD has no body to limit (and asking for one costs a whole Request object).
  app.use((c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : (c.req.path === '/api/push' ? pushLimit : smallLimit)(c, next)));
  // What this process keeps of the database between requests, and how it knows it still holds.
  const versions = new CohortVersions(store);
  const tokens = new TokenCache(store, versions);
  const boards = new BoardCache(store, versions);
  app.use(async (c: Context<HubEnv>, next) => {
    const p = await resolvePrincipal(c, store, tokens);
    c.set('principal', p);
    await checkCsrf(c, p);
    await next();
  });

  const json = async <T extends z.ZodType>(c: Context, schema: T): Promise<z.output<T>> => {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      throw new HttpError(400, 'E_BAD_JSON', 'the body is not valid JSON');
    }
    const r = schema.safeParse(body);
    if (!r.success) throw new HttpError(400, 'E_INVALID', firstIssue(r.error));
    return r.data;
  };
  const form = async (c: Context): Promise<Record<string, string>> => {
    const body = await c.req.parseBody();
    return Object.fromEntries(Object.entries(body).filter((e): e is [string, string] => typeof e[1] === 'string'));
  };
  const member = async (cohortId: number, handle: string) => {
    const u = await store.user(handle);
    const role = u ? await store.role(cohortId, u.id) : null;
    if (!u || !role) throw new HttpError(404, 'E_NO_MEMBER', `no member "${handle}" in this cohort`);
    return { user: u, role };
  };
  /** Owners and mentors see every member's roadmap; a member sees their own. */
  const mayRead = (role: Role, self: boolean): boolean => self || role === 'owner' || role === 'mentor';
  const sessionOnly = (c: Context<HubEnv>) => {
    const p = requirePrincipal(c);
    if (p.tokenId !== null) throw new HttpError(403, 'E_SESSION_ONLY', 'this needs a signed-in browser, not a token');
    return p;
  };

  // ── API ─────────────────────────────────────────────────────────────

  app.get('/api/me', async (c) => {
    const p = requirePrincipal(c);
    const cohorts = (await store.cohortsOf(p.user.id)).filter((x) => p.cohortId === null || x.id === p.cohortId);
    return c.json({ user: { handle: p.user.handle, name: p.user.name }, cohorts: cohorts.map(({ slug, name, role }) => ({ slug, name, role })) });
  });

  app.get('/api/tokens', async (c) => c.json({ tokens: await store.tokens(requirePrincipal(c).user.id) }));
  app.post('/api/tokens', async (c) => {
    const p = sessionOnly(c);
    const body = await json(c, TokenSchema);
    const { cohort } = await cohortAccess(c, store, body.cohort);
    const t = await store.createToken(p.user.id, cohort.id, body.label ?? '');
    return c.json({ id: t.id, token: t.token }, 201);
  });
  app.delete('/api/tokens/:id', async (c) => {
    const p = requirePrincipal(c);
    const id = Number(c.req.param('id'));
    if (!Number.isInteger(id) || !(await store.revokeToken(p.user.id, id))) throw new HttpError(404, 'E_NO_TOKEN', `you have no live token ${c.req.param('id')}`);
    // Other processes drop it when they see its cohort's access version move; this one now.
    tokens.forgetAll();
    return c.json({ revoked: id });
  });

  /** What the hub has of the caller: a push sends only the events after this. */
  app.get('/api/push', async (c) => {
    const p = requirePrincipal(c);
    if (p.cohortId === null) throw new HttpError(403, 'E_TOKEN_ONLY', 'pushing needs a token made for a cohort (`waymark hub token`)');
    return c.json({ lastEventAt: await store.lastEventAt(p.cohortId, p.user.id) });
  });
  app.post('/api/push', async (c) => {
    const p = requirePrincipal(c);
    if (p.cohortId === null) throw new HttpError(403, 'E_TOKEN_ONLY', 'pushing needs a token made for a cohort (`waymark hub token`)');
    const payload = await json(c, PushSchema);
    const r = await store.push(p.cohortId, p.user.id, payload);
    const unseen = await store.unseenComments(p.cohortId, p.user.id);
    return c.json({ ...r, newComments: unseen.length });
  });

  // The board, a page at a time (?after=HANDLE&limit=N); 304 when the caller has this version.
  app.get('/api/cohorts/:c/members', async (c) => {
    const { cohort } = await cohortAccess(c, store, c.req.param('c'));
    const page = await boards.page(cohort, boardQuery(c.req.query()));
    // Each member revalidates; no shared cache may keep a cohort's board.
    const headers = { etag: page.etag, 'cache-control': 'private, no-cache' };
    if (etagMatches(c.req.header('if-none-match'), page.etag)) return c.body(null, 304, headers);
    return c.body(page.body, 200, { ...headers, 'content-type': 'application/json; charset=utf-8' });
  });
  /** One member's board line in full (every track); everyone in the cohort sees the board. */
  app.get('/api/cohorts/:c/members/:m', async (c) => {
    const { cohort } = await cohortAccess(c, store, c.req.param('c'));
    const m = await member(cohort.id, c.req.param('m'));
    return c.json({ member: await store.boardMember(cohort.id, m.user.id) });
  });
  app.get('/api/cohorts/:c/members/:m/items', async (c) => {
    const { p, cohort, role } = await cohortAccess(c, store, c.req.param('c'));
    const m = await member(cohort.id, c.req.param('m'));
    if (!mayRead(role, m.user.id === p.user.id)) throw new HttpError(403, 'E_ROLE', 'members see their own roadmap in full; mentors and owners see everyone\'s');
    return c.json({ items: await store.items(cohort.id, m.user.id) });
  });
  app.get('/api/cohorts/:c/members/:m/comments', async (c) => {
    const { p, cohort, role } = await cohortAccess(c, store, c.req.param('c'));
    const m = await member(cohort.id, c.req.param('m'));
    if (!mayRead(role, m.user.id === p.user.id)) throw new HttpError(403, 'E_ROLE', 'members see comments on their own roadmap only');
    return c.json({ comments: await store.comments(cohort.id, m.user.id, c.req.query('item')) });
  });
  app.post('/api/cohorts/:c/members/:m/items/:item/comments', async (c) => {
    const { p, cohort, role } = await cohortAccess(c, store, c.req.param('c'));
    const m = await member(cohort.id, c.req.param('m'));
    if (!mayRead(role, m.user.id === p.user.id)) throw new HttpError(403, 'E_ROLE', 'members comment on their own roadmap; mentors and owners on anyone\'s');
    const body = await json(c, CommentSchema);
    return c.json(await store.addComment(cohort.id, m.user.id, c.req.param('item'), p.user.id, body.body), 201);
  });
  app.get('/api/cohorts/:c/comments/new', async (c) => {
    const { p, cohort } = await cohortAccess(c, store, c.req.param('c'));
    return c.json({ comments: await store.unseenComments(cohort.id, p.user.id) });
  });
  app.post('/api/cohorts/:c/comments/seen', async (c) => {
    const { p, cohort } = await cohortAccess(c, store, c.req.param('c'));
    const { upTo } = await json(c, SeenSchema);
    await store.markCommentsSeen(cohort.id, p.user.id, upTo);
    return c.json({ seen: upTo });
  });

  app.get('/api/cohorts/:c/sessions', async (c) => {
    const { cohort } = await cohortAccess(c, store, c.req.param('c'));
    const [sessions, attendance] = await Promise.all([store.sessions(cohort.id), store.attendance(cohort.id)]);
    return c.json({ sessions: sessions.map((s) => ({ ...s, attendance: attendance.get(s.id) ?? [] })) });
  });
  app.post('/api/cohorts/:c/sessions', async (c) => {
    const { cohort, role } = await cohortAccess(c, store, c.req.param('c'));
    needRole(role, ['owner'], 'set the schedule');
    const s = await json(c, SessionSchema);
    return c.json(await store.addSession(cohort.id, { day: s.day, title: s.title, link: s.link ?? null, presenter: s.presenter ?? null }), 201);
  });
  app.delete('/api/cohorts/:c/sessions/:id', async (c) => {
    const { cohort, role } = await cohortAccess(c, store, c.req.param('c'));
    needRole(role, ['owner'], 'set the schedule');
    if (!(await store.removeSession(cohort.id, Number(c.req.param('id'))))) throw new HttpError(404, 'E_NO_SESSION', `no session ${c.req.param('id')} in this cohort`);
    return c.json({ removed: Number(c.req.param('id')) });
  });

  app.post('/api/cohorts/:c/invites', async (c) => {
    const { p, cohort, role } = await cohortAccess(c, store, c.req.param('c'));
    needRole(role, ['owner'], 'invite people');
    const body = await json(c, InviteSchema);
    const code = await store.createInvite(cohort.id, body.role ?? 'member', p.user.id, { ...(body.days ? { days: body.days } : {}), ...(body.uses ? { uses: body.uses } : {}) });
    return c.json({ url: `${origin(c)}/join/${code}`, role: body.role ?? 'member' }, 201);
  });

  app.get('/api/cohorts/:c/live', async (c) => {
    const { cohort } = await cohortAccess(c, store, c.req.param('c'));
    const live = opts.live;
    if (!live) throw new HttpError(503, 'E_NO_LIVE', 'live updates are off on this hub');
    return streamSSE(c, async (stream) => {
      const unsubscribe = live.subscribe(cohort.id, (ch) => {
        void stream.writeSSE({ event: 'change', data: JSON.stringify({ what: ch.what }) });
      });
      await stream.writeSSE({ event: 'ready', data: '{}' });
      await new Promise<void>((resolve) => stream.onAbort(() => resolve()));
      unsubscribe();
    });
  });

  // ── pages ───────────────────────────────────────────────────────────

  const pageUser = (c: Context<HubEnv>): PageUser | null => {
    const p = c.get('principal');
    return p && p.csrf !== null ? { handle: p.user.handle, csrf: p.csrf } : null;
  };
  const signedIn = (c: Context<HubEnv>): PageUser => {
    const u = pageUser(c);
    if (!u) throw new HttpError(401, 'E_SIGN_IN', 'sign in first');
    return u;
  };
  const toLogin = (c: Context<HubEnv>) => c.redirect(`/login?next=${encodeURIComponent(c.req.path)}`);
  const safeNext = (next: string | undefined): string => (next && /^\/(?!\/)[\w\-./%]*$/.test(next) ? next : '/');

  app.get('/hub.js', (c) => c.body(LIVE_SCRIPT, 200, { 'content-type': 'text/javascript; charset=utf-8' }));
  app.get('/healthz', async (c) => {
    await store.db.query('SELECT 1');
    return c.json({ ok: true, db: store.db.kind });
  });

  app.get('/login', (c) => c.html(loginPage({ next: safeNext(c.req.query('next')) })));
  app.post('/login', async (c) => {
    const f = await form(c);
    const handle = (f.handle ?? '').trim().toLowerCase();
    const next = safeNext(f.next);
    const key = loginKey(c, handle, trustProxy);
    if ((await store.failedLogins(key, LOGIN_WINDOW_MS)) >= LOGIN_LIMIT) {
      return c.html(loginPage({ error: 'Too many failed sign-ins; wait 15 minutes and try again.', next, handle }), 429);
    }
    const u = await store.user(handle);
    if (!(await checkPassword(u?.passwordHash ?? null, f.password ?? '')) || !u) {
      await store.failedLogin(key, LOGIN_WINDOW_MS);
      return c.html(loginPage({ error: 'That name and password do not match.', next, handle }), 401);
    }
    const s = await store.createSession(u.id);
    startSession(c, s.cookie, secure(c));
    return c.redirect(next, 303);
  });
  app.post('/logout', async (c) => {
    const p = c.get('principal');
    const cookie = c.req.header('cookie') ?? '';
    if (p?.csrf) {
      const m = /(?:^|;\s*)waymark_hub=([^;]+)/.exec(cookie);
      if (m) await store.endSession(decodeURIComponent(m[1]!));
    }
    endSessionCookie(c, secure(c));
    return c.redirect('/login', 303);
  });

  app.get('/join/:code', async (c) => {
    const inv = await store.invite(c.req.param('code'));
    if (!inv) throw new HttpError(404, 'E_NO_INVITE', 'this invite link is unknown, used or expired; ask for a new one');
    return c.html(joinPage(inv.cohort, inv.role, c.req.param('code'), pageUser(c)));
  });
  app.post('/join/:code', async (c) => {
    const code = c.req.param('code');
    const inv = await store.invite(code);
    if (!inv) throw new HttpError(404, 'E_NO_INVITE', 'this invite link is unknown, used or expired; ask for a new one');
    const me = pageUser(c);
    const p = c.get('principal');
    if (me && p) {
      await store.acceptInvite(code, { existing: p.user });
      return c.redirect(`/c/${inv.cohort.slug}`, 303);
    }
    const f = await form(c);
    const handle = (f.handle ?? '').trim().toLowerCase();
    const name = (f.name ?? '').trim().slice(0, 100);
    const password = f.password ?? '';
    const problem = !HANDLE.test(handle) ? 'A name to sign in with is 1–40 of a-z, 0-9, ".", "_", "-".'
      : !name ? 'Say your name as others should see it.'
        : password.length < MIN_PASSWORD ? `A password needs ${MIN_PASSWORD} characters or more.` : null;
    if (problem) return c.html(joinPage(inv.cohort, inv.role, code, null, problem, { handle, name }), 400);
    const joined = await store.acceptInvite(code, { handle, name, passwordHash: await hashPassword(password) });
    if (!joined) return c.html(joinPage(inv.cohort, inv.role, code, null, `The name "${handle}" is taken; pick another, or sign in first if it is yours.`, { name }), 409);
    const s = await store.createSession(joined.user.id);
    startSession(c, s.cookie, secure(c));
    return c.redirect(`/c/${joined.cohort.slug}`, 303);
  });

  app.get('/', async (c) => {
    const u = pageUser(c);
    if (!u) return toLogin(c);
    const p = requirePrincipal(c);
    const cohorts = await store.cohortsOf(p.user.id);
    if (cohorts.length === 1) return c.redirect(`/c/${cohorts[0]!.slug}`);
    return c.html(homePage(u, cohorts));
  });
  app.get('/c/:c', async (c) => {
    if (!pageUser(c)) return toLogin(c);
    const { p, cohort, role } = await cohortAccess(c, store, c.req.param('c'));
    const q = boardQuery(c.req.query(), BOARD_PAGE_HTML);
    const [board, sessions, attendance, unseen] = await Promise.all([store.board(cohort.id, q), store.sessions(cohort.id), store.attendance(cohort.id), store.unseenComments(cohort.id, p.user.id)]);
    return c.html(boardPage(signedIn(c), { cohort, role, me: p.user.handle, board, first: q.after === null, limit: q.limit, sessions, attendance, newComments: unseen.length }));
  });
  app.get('/c/:c/m/:m', async (c) => {
    if (!pageUser(c)) return toLogin(c);
    const { p, cohort, role } = await cohortAccess(c, store, c.req.param('c'));
    const m = await member(cohort.id, c.req.param('m'));
    const self = m.user.id === p.user.id;
    if (!mayRead(role, self)) throw new HttpError(403, 'E_ROLE', 'members see their own roadmap in full; mentors and owners see everyone\'s');
    const board = (await store.boardMember(cohort.id, m.user.id))!;
    const comments = await store.comments(cohort.id, m.user.id);
    if (self) {
      const last = comments.at(-1);
      if (last) await store.markCommentsSeen(cohort.id, p.user.id, last.id);
    }
    return c.html(memberPage(signedIn(c), { cohort, member: board, items: await store.items(cohort.id, m.user.id), comments, canComment: true }));
  });
  app.post('/c/:c/m/:m/items/:item/comments', async (c) => {
    const { p, cohort, role } = await cohortAccess(c, store, c.req.param('c'));
    const m = await member(cohort.id, c.req.param('m'));
    if (!mayRead(role, m.user.id === p.user.id)) throw new HttpError(403, 'E_ROLE', 'members comment on their own roadmap; mentors and owners on anyone\'s');
    const r = CommentSchema.safeParse({ body: (await form(c)).body ?? '' });
    if (!r.success) throw new HttpError(400, 'E_INVALID', firstIssue(r.error));
    await store.addComment(cohort.id, m.user.id, c.req.param('item'), p.user.id, r.data.body);
    return c.redirect(`/c/${cohort.slug}/m/${m.user.handle}#item-${encodeURIComponent(c.req.param('item'))}`, 303);
  });
  app.post('/c/:c/sessions', async (c) => {
    const { cohort, role } = await cohortAccess(c, store, c.req.param('c'));
    needRole(role, ['owner'], 'set the schedule');
    const f = await form(c);
    const r = SessionSchema.safeParse({ day: f.day ?? '', title: (f.title ?? '').trim(), link: f.link?.trim() || null, presenter: f.presenter?.trim() || null });
    if (!r.success) throw new HttpError(400, 'E_INVALID', firstIssue(r.error));
    await store.addSession(cohort.id, { day: r.data.day, title: r.data.title, link: r.data.link ?? null, presenter: r.data.presenter ?? null });
    return c.redirect(`/c/${cohort.slug}`, 303);
  });
  app.post('/c/:c/sessions/:id/delete', async (c) => {
    const { cohort, role } = await cohortAccess(c, store, c.req.param('c'));
    needRole(role, ['owner'], 'set the schedule');
    await store.removeSession(cohort.id, Number(c.req.param('id')));
    return c.redirect(`/c/${cohort.slug}`, 303);
  });
  app.post('/c/:c/invites', async (c) => {
    const { p, cohort, role } = await cohortAccess(c, store, c.req.param('c'));
    needRole(role, ['owner'], 'invite people');
    const r = z.enum(['owner', 'mentor', 'member']).safeParse((await form(c)).role ?? 'member');
    const inviteRole: Role = r.success ? r.data : 'member';
    const code = await store.createInvite(cohort.id, inviteRole, p.user.id);
    return c.html(invitePage(signedIn(c), cohort, `${origin(c)}/join/${code}`, inviteRole));
  });

  return app;
}
