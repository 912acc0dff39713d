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

/** A handler for every GET that is not the API. */
export function staticHandler(webRoot: string, token: string) {
  const cache = new Map<string, Asset | null>();
  const root = normalize(webRoot.endsWith(sep) ? webRoot : webRoot + sep);

  const load = (rel: string): Asset | null => {
    if (cache.has(rel)) return cache.get(rel)!;
    const abs = normalize(join(root, rel));
    let asset: Asset | null = null;
    if (abs.startsWith(root) && existsSync(abs) && statSync(abs).isFile()) {
      const ext = extname(abs);
      let body = readFileSync(abs);
      if (rel === 'index.html') body = Buffer.from(body.toString('utf8').replaceAll(TOKEN_PLACEHOLDER, token), 'utf8');
      asset = {
        body,
        gzip: COMPRESSIBLE.has(ext) && body.length > 1024 ? gzipSync(body, { level: 9 }) : null,
        type: TYPES[ext] ?? 'application/octet-stream',
        immutable: rel.startsWith('assets/'),
      };
    }
    cache.set(rel, asset);
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
