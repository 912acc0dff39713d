// Serves the built page (`web-dist/`): hashed assets cached for good, gzip when asked,
// and index.html with this session's write token put in its <meta> tag.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Context } from 'hono';

/** `web-dist/` beside `src/` (and beside `dist/` once compiled). */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web-dist/', import.meta.url));
export const TOKEN_PLACEHOLDER = '__WAYMARK_TOKEN__';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json', '.txt']);

interface Asset {
  body: Buffer;
  gzip: Buffer | null;
  type: string;
  immutable: boolean;
}

/** How many bytes of files (plain and gzipped) the cache keeps: the built page is well under it. */
export const STATIC_CACHE_BYTES = 32 * 1024 * 1024;

/**
 * The files read so far, by their normalised path, least recently used first; bounded by
 * bytes. A path that is no file is not kept, so requests for endless made-up paths (a
 * scanner, a crawler) grow nothing.
 */
export class AssetCache {
  private readonly assets = new Map<string, Asset>();
  private used = 0;

  constructor(readonly maxBytes = STATIC_CACHE_BYTES) {}

  get(key: string): Asset | undefined {
    const a = this.assets.get(key);
    if (a) {
      this.assets.delete(key);
      this.assets.set(key, a);
    }
    return a;
  }

  set(key: string, a: Asset): void {
    const size = a.body.length + (a.gzip?.length ?? 0);
    // A file larger than the whole cache is served from disk each time.
    if (size > this.maxBytes) return;
    this.assets.set(key, a);
    this.used += size;
    for (const [k, old] of this.assets) {
      if (this.used <= this.maxBytes) break;
      this.assets.delete(k);
      this.used -= old.body.length + (old.gzip?.length ?? 0);
    }
  }

  /** Files kept and their bytes. */
  stats(): { entries: number; bytes: number } {
    return { entries: this.assets.size, bytes: this.used };
  }
}

/** A handler for every GET that is not the API; `cache` is there to be looked at (tests). */
export function staticHandler(webRoot: string, token: string, cache = new AssetCache()) {
  const root = normalize(webRoot.endsWith(sep) ? webRoot : webRoot + sep);

  const load = (rel: string): Asset | null => {
    // "a//b" and "./a/b" are the same file: one entry.
    const abs = normalize(join(root, rel));
    const hit = cache.get(abs);
    if (hit) return hit;
    if (!abs.startsWith(root) || !existsSync(abs) || !statSync(abs).isFile()) return null;
    const ext = extname(abs);
    let body = readFileSync(abs);
    const page = abs === join(root, 'index.html');
    if (page) body = Buffer.from(body.toString('utf8').replaceAll(TOKEN_PLACEHOLDER, token), 'utf8');
    const asset: Asset = {
      body,
      gzip: COMPRESSIBLE.has(ext) && body.length > 1024 ? gzipSync(body, { level: 9 }) : null,
      type: TYPES[ext] ?? 'application/octet-stream',
      immutable: abs.startsWith(join(root, 'assets') + sep),
    };
    cache.set(abs, asset);
    return asset;
  };

  return (c: Context): Response => {
    let rel: string;
    try {
      rel = decodeURIComponent(new URL(c.req.url).pathname).replace(/^\/+/, '');
    } catch {
      return c.text('bad path', 400);
    }
    if (rel.includes('\0') || rel.split('/').includes('..')) return c.text('bad path', 400);
    // The page routes with the hash, so any other path that is not a file is the page.
    const asset = load(rel === '' ? 'index.html' : rel) ?? (extname(rel) ? null : load('index.html'));
    if (!asset) {
      if (!existsSync(join(root, 'index.html'))) {
        return c.text('The web page is not built. Run `npm run build` (it runs `vite build` into web-dist/), then start `waymark serve` again.\n', 503);
      }
      return c.text('not found', 404);
    }
    const headers: Record<string, string> = {
      'content-type': asset.type,
      'cache-control': asset.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      vary: 'accept-encoding',
    };
    const gz = asset.gzip && /\bgzip\b/.test(c.req.header('accept-encoding') ?? '');
    if (gz) headers['content-encoding'] = 'gzip';
    const body = gz ? asset.gzip! : asset.body;
    return c.req.method === 'HEAD' ? c.body(null, 200, headers) : c.body(new Uint8Array(body), 200, headers);
  };
}
