// The guards of a server on the person's own machine: DNS rebinding, cross-site writes,
// the write token, and what the served page carries.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Hono } from 'hono';
import type { Roadmap } from '../../src/core/model/types.js';
import { errorHandler } from '../../src/server/errors.js';
import { copyExamples, HOST, makeApp, pageHeaders, TOKEN, writeHeaders } from './helpers.js';

void describe('security', () => {
  let ws: ReturnType<typeof copyExamples>;
  let t: ReturnType<typeof makeApp>;
  let webRoot: string;
  let firstId: string;
  before(async () => {
    ws = copyExamples();
    webRoot = join(ws.dir, '.web');
    mkdirSync(join(webRoot, 'assets'), { recursive: true });
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><meta name="waymark-token" content="__WAYMARK_TOKEN__"><script type="module" src="/assets/app.js"></script>');
    writeFileSync(join(webRoot, 'assets', 'app.js'), `console.log(${JSON.stringify('x'.repeat(4000))})`);
    t = makeApp(ws.dir, webRoot);
    const roadmap = (await (await t.app.request('/api/roadmap?all=1', { headers: pageHeaders() })).json()) as Roadmap;
    firstId = roadmap.items.find((i) => i.status === 'todo')!.id;
  });
  after(async () => { await t.state.close(); ws.cleanup(); });

  void it('rejects a Host that is not the server own (DNS rebinding)', async () => {
    for (const host of ['evil.example:4173', '127.0.0.1:80', 'localhost.evil.example:4173']) {
      const res = await t.app.request('/api/roadmap', { headers: { host } });
      assert.equal(res.status, 403, host);
      assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'E_BAD_HOST');
    }
    for (const host of [HOST, 'localhost:4173', '[::1]:4173']) {
      assert.equal((await t.app.request('/api/health', { headers: { host } })).status, 200, host);
    }
  });

  void it('rejects a request from another Origin, even with the token', async () => {
    const res = await t.app.request(`/api/items/${firstId}/status`, {
      method: 'POST', headers: { ...writeHeaders(), origin: 'http://evil.example' }, body: JSON.stringify({ status: 'done' }),
    });
    assert.equal(res.status, 403);
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'E_BAD_ORIGIN');
    const nullOrigin = await t.app.request('/api/roadmap', { headers: { host: HOST, origin: 'null' } });
    assert.equal(nullOrigin.status, 403);
  });

  void it('a write without the session token is refused and the notes stay as they were', async () => {
    const before = readFileSync(join(ws.dir, 'roadmap.md'));
    for (const token of [undefined, 'wrong', TOKEN + 'x']) {
      const headers: Record<string, string> = { ...writeHeaders() };
      if (token === undefined) delete headers['x-waymark-token'];
      else headers['x-waymark-token'] = token;
      const res = await t.app.request(`/api/items/${firstId}/status`, { method: 'POST', headers, body: JSON.stringify({ status: 'done' }) });
      assert.equal(res.status, 403, String(token));
      assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'E_BAD_TOKEN');
    }
    const undo = await t.app.request('/api/undo', { method: 'POST', headers: { host: HOST } });
    assert.equal(undo.status, 403);
    assert.ok(readFileSync(join(ws.dir, 'roadmap.md')).equals(before));
  });

  void it('the page carries the token; assets are cached and gzipped; no path escapes the web root', async () => {
    const page = await t.app.request('/', { headers: pageHeaders() });
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, new RegExp(`content="${TOKEN}"`));
    assert.match(page.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    assert.equal(page.headers.get('x-frame-options'), 'DENY');
    const js = await t.app.request('/assets/app.js', { headers: pageHeaders({ 'accept-encoding': 'gzip' }) });
    assert.equal(js.headers.get('content-encoding'), 'gzip');
    assert.match(js.headers.get('cache-control') ?? '', /immutable/);
    for (const p of ['/../roadmap.md', '/%2e%2e/roadmap.md', '/assets/../../roadmap.md']) {
      const res = await t.app.request(p, { headers: pageHeaders() });
      assert.ok(res.status === 400 || res.status === 404 || !(await res.text()).includes('Week 1'), p);
    }
  });

  void it('API answers and refusals carry the security headers too; a write body over 64 KB is refused', async () => {
    for (const headers of [pageHeaders(), { host: 'evil.example:4173' }]) {
      const res = await t.app.request('/api/overview', { headers });
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      assert.match(res.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
    }
    const big = await t.app.request(`/api/items/${firstId}/log`, { method: 'POST', headers: writeHeaders(), body: JSON.stringify({ hours: 1, note: 'x'.repeat(70_000) }) });
    assert.equal(big.status, 413);
  });

  void it('the central handler answers unexpected errors with a 500 and no stack', async () => {
    const logs: string[] = [];
    const app = new Hono();
    app.onError(errorHandler((s) => logs.push(s)));
    app.get('/boom', () => { throw new Error('secret detail at /home/x'); });
    const res = await app.request('/boom');
    assert.equal(res.status, 500);
    const text = await res.text();
    assert.doesNotMatch(text, /secret|home/);
    assert.match(logs.join(''), /secret detail/);
  });
});
