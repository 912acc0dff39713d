// Guards for a server on the person's own machine: only its own Host and Origin are
// answered (a DNS-rebinding page gets 403), writes need the session's token, and every
// response says how the browser may use it.
import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { HttpError } from './errors.js';

export const TOKEN_HEADER = 'x-waymark-token';

/** The Host values a loopback server on `port` is reached by. */
export function loopbackHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`];
}

/** Rejects a request whose Host (or Origin, when sent) is not one of `hosts`. */
export function hostGuard(hosts: readonly string[]): MiddlewareHandler {
  const allowed = new Set(hosts.map((h) => h.toLowerCase()));
  const origins = new Set([...allowed].map((h) => `http://${h}`));
  return async (c, next) => {
    const host = (c.req.header('host') ?? new URL(c.req.url).host).toLowerCase();
    if (!allowed.has(host)) throw new HttpError(403, 'E_BAD_HOST', `this server answers only to ${hosts[0]}, not ${JSON.stringify(host)}`);
    const origin = c.req.header('origin');
    if (origin !== undefined && !origins.has(origin.toLowerCase())) {
      throw new HttpError(403, 'E_BAD_ORIGIN', `requests from ${JSON.stringify(origin)} are not allowed`);
    }
    await next();
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Every write needs `x-waymark-token: <token>`; the token lives only in the served page. */
export function tokenGuard(token: string): MiddlewareHandler {
  const want = Buffer.from(token, 'utf8');
  return async (c, next) => {
    if (!SAFE_METHODS.has(c.req.method)) {
      const got = Buffer.from(c.req.header(TOKEN_HEADER) ?? '', 'utf8');
      if (got.length !== want.length || !timingSafeEqual(got, want)) {
        throw new HttpError(403, 'E_BAD_TOKEN', 'this write needs the session token of the page `waymark serve` served; reload the page');
      }
    }
    await next();
  };
}

const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

/**
 * No framing, no sniffing, no referrer, and scripts only from this server. Set before the
 * handler runs (every handler answers through `c.body`/`c.json`, which carry them): setting
 * them afterwards would rebuild each response, a third of a request's cost.
 */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Frame-Options', 'DENY');
    c.header('Content-Security-Policy', CSP);
    await next();
  };
}
