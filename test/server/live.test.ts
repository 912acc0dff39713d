// Live updates: the watcher sees a note change, the hub tells every subscribed page,
// and the SSE endpoint streams it.
import assert from 'node:assert/strict';
import { appendFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { findFreePort, watchNotes } from '../../src/server/index.js';
import { copyExamples, makeApp, pageHeaders } from './helpers.js';

void describe('live updates', () => {
  let ws: ReturnType<typeof copyExamples>;
  before(() => { ws = copyExamples(); });
  after(() => ws.cleanup());

  void it('watchNotes reports a changed note once per burst, and ignores other files', async () => {
    const seen: string[][] = [];
    let resolve!: () => void;
    const got = new Promise<void>((ok) => { resolve = ok; });
    const w = await watchNotes({ paths: ['.'], cwd: ws.dir, debounceMs: 50, onChange: (p) => { seen.push(p); resolve(); } });
    try {
      writeFileSync(join(ws.dir, 'ignored.bin'), 'x');
      appendFileSync(join(ws.dir, 'roadmap.md'), '- [ ] one\n');
      appendFileSync(join(ws.dir, 'roadmap.md'), '- [ ] two\n');
      await got;
      await new Promise((ok) => setTimeout(ok, 150));
      assert.deepEqual(seen, [['roadmap.md']]);
    } finally {
      await w.close();
    }
  });

  void it('GET /api/events streams a `changed` event when the hub is told', async () => {
    const t = makeApp(ws.dir);
    const ctrl = new AbortController();
    const res = await t.app.request('/api/events', { headers: pageHeaders(), signal: ctrl.signal });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /text\/event-stream/);
    const reader = res.body!.getReader();
    const dec = new TextDecoder();
    let text = '';
    while (!text.includes('event: hello')) text += dec.decode((await reader.read()).value);
    t.hub.notify({ paths: ['roadmap.md'], reason: 'disk' });
    while (!text.includes('event: changed')) text += dec.decode((await reader.read()).value);
    assert.match(text, /data: \{"paths":\["roadmap.md"\],"reason":"disk"\}/);
    ctrl.abort();
    await reader.cancel();
    await t.state.close();
  });

  void it('findFreePort skips a busy port', async () => {
    const busy = createServer();
    const port = await new Promise<number>((ok) => busy.listen(0, '127.0.0.1', () => ok((busy.address() as { port: number }).port)));
    try {
      const got = await findFreePort(port);
      assert.ok(got > port);
    } finally {
      busy.close();
    }
  });
});
