// Who is asking: an API token (`Authorization: Bearer wmh_…`, the CLI) or a browser session
// (an HttpOnly, SameSite=Lax cookie, Secure behind https). A session's state-changing
// request must carry its CSRF token (header or form field); a token is never ambient, so
// it needs none. Failed sign-ins are counted in the database, so a limit holds across
// every hub process.
import { timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { getCookie, setCookie, deleteCookie } from 'hono/cookie';
import { HttpError } from '../../server/errors.js';
import type { HubStore } from '../store/store.js';
import type { Cohort, Principal, Role } from '../store/types.js';

export const SESSION_COOKIE = 'waymark_hub';
export const CSRF_HEADER = 'x-csrf-token';
export const CSRF_FIELD = '_csrf';

/** Failed sign-ins allowed per name and address in LOGIN_WINDOW_MS. */
export const LOGIN_LIMIT = 5;
export const LOGIN_WINDOW_MS = 15 * 60_000;

export type HubEnv = { Variables: { principal: Principal | null } };

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Whether the request came over https (directly, or via a proxy that says so). */
export function isHttps(c: Context, trustProxy: boolean): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  return trustProxy && c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
}

/** Finds the principal; a bad or revoked token is a 401 at once, never a quiet downgrade. */
export async function resolvePrincipal(c: Context, store: HubStore, tokens: { principal(token: string): Promise<Principal | null> } = { principal: (t) => store.tokenPrincipal(t) }): Promise<Principal | null> {
  const auth = c.req.header('authorization');
  if (auth !== undefined) {
    const m = /^Bearer\s+(\S+)$/i.exec(auth);
    const p = m ? await tokens.principal(m[1]!) : null;
    if (!p) throw new HttpError(401, 'E_BAD_TOKEN', 'this token is not valid (unknown or revoked); make a new one with `waymark hub token`');
    return p;
  }
  const cookie = getCookie(c, SESSION_COOKIE);
  return cookie ? store.sessionPrincipal(cookie) : null;
}

/** A session's writes need its CSRF token. */
export async function checkCsrf(c: Context, p: Principal | null): Promise<void> {
  if (SAFE.has(c.req.method) || !p || p.csrf === null) return;
  let got = c.req.header(CSRF_HEADER);
  if (got === undefined && (c.req.header('content-type') ?? '').includes('application/x-www-form-urlencoded')) {
    const form = await c.req.parseBody();
    const v = form[CSRF_FIELD];
    got = typeof v === 'string' ? v : undefined;
  }
  const want = Buffer.from(p.csrf);
  const have = Buffer.from(got ?? '');
  if (have.length !== want.length || !timingSafeEqual(have, want)) {
    throw new HttpError(403, 'E_CSRF', 'this form is stale or came from another site; reload the page and try again');
  }
}

export function requirePrincipal(c: Context<HubEnv>): Principal {
  const p = c.get('principal');
  if (!p) throw new HttpError(401, 'E_SIGN_IN', 'sign in first, or send `Authorization: Bearer <token>`');
  return p;
}

/**
 * The cohort and the caller's role in it. Unknown cohorts and cohorts the caller is not in
 * get the same 404, so nothing tells a stranger a cohort exists; a token works only in the
 * cohort it was made for.
 */
export async function cohortAccess(c: Context<HubEnv>, store: HubStore, slug: string): Promise<{ p: Principal; cohort: Cohort; role: Role; boardVersion: string }> {
  const p = requirePrincipal(c);
  // A token's own cohort came with the token; any other slug is one it cannot see.
  const found = p.tokenCohort ? (p.tokenCohort.cohort.slug === slug ? p.tokenCohort : null) : await store.cohortAndRole(slug, p.user.id);
  const cohort = found?.cohort ?? null;
  const role = cohort && (p.cohortId === null || p.cohortId === cohort.id) ? found!.role : null;
  if (!cohort || !role) throw new HttpError(404, 'E_NO_COHORT', `no cohort "${slug}" that you belong to`);
  return { p, cohort, role, boardVersion: found!.boardVersion };
}

export function needRole(role: Role, allowed: readonly Role[], what: string): void {
  if (!allowed.includes(role)) throw new HttpError(403, 'E_ROLE', `only ${allowed.join(' or ')}s can ${what}; you are a ${role}`);
}

export function startSession(c: Context, cookie: string, secure: boolean): void {
  setCookie(c, SESSION_COOKIE, cookie, { httpOnly: true, sameSite: 'Lax', secure, path: '/', maxAge: 14 * 86_400 });
}

export function endSessionCookie(c: Context, secure: boolean): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure });
}

/** The rate limit's key: the name tried and the address it came from. */
export function loginKey(c: Context, handle: string, trustProxy: boolean): string {
  const fwd = trustProxy ? c.req.header('x-forwarded-for')?.split(',')[0]?.trim() : undefined;
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return `${fwd ?? env?.incoming?.socket?.remoteAddress ?? 'local'}|${handle.toLowerCase()}`;
}
